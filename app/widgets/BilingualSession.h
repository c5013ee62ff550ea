#pragma once

#include "bilingual/AlignmentSidecar.h"
#include "bilingual/PairAlignment.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace coinage::gui {

class Document;

// A post and its translation open side by side: keeps their alignment current and holds the user's decisions.
//
// After a pause in typing on either side (debounce growing with the texts) PairAlignment::compute runs on a worker;
// one runs at a time, edits made meanwhile start the next as it ends, and a result whose revisions are older than the
// documents' is dropped. The sidecar (AlignmentSidecar, next to the translation) keeps pins, splits, merges and
// statuses; every decision is written at once (QSaveFile through core). When the pair has no sidecar yet, the
// first alignment records the pairs that already look translated as "translated" (in memory), so an edit of their
// source turns them into "needs review"; that baseline is written with the first decision or save.
class BilingualSession : public QObject
{
    Q_OBJECT
public:
    BilingualSession(Document *source, Document *target, QObject *parent = nullptr);
    ~BilingualSession() override;

    Document *source() const { return m_source; }
    Document *target() const { return m_target; }
    QString sidecarPath() const { return m_sidecarPath; }
    const AlignmentSidecar &sidecar() const { return m_sidecar; }
    // An error reading the sidecar (empty when fine or missing); the session then starts from scratch.
    QString sidecarProblem() const { return m_sidecarProblem; }
    // The last error writing the sidecar (empty when the last write went well).
    QString writeProblem() const { return m_writeProblem; }

    bool hasResult() const { return m_hasResult; }
    const Alignment &alignment() const { return m_result.alignment; }
    const QList<Diagnostic> &findings() const { return m_result.findings; }
    const Aligner *aligner() const { return m_result.aligner.get(); }
    // True when the alignment matches both documents' current revisions.
    bool isCurrent() const;
    bool isIdle() const { return !m_running && !m_debounce.isActive() && !m_pending; }

    // Aligns now, without the debounce.
    void alignNow();

    // Decisions on a pair of the current alignment (by index); each is written to the sidecar at once.
    bool setStatus(int pair, PairStatus status);
    bool pin(int pair);
    bool unpin(int pair);
    bool mergeWithNext(int pair);
    // Splits a group of several blocks into two pinned groups: the first takes the group's first sourceCount source
    // blocks and targetCount translation blocks, the second the rest (each part keeps at least one block).
    bool split(int pair, int sourceCount, int targetCount);
    static bool isValidSplit(const AlignedPair &pair, int sourceCount, int targetCount);

    // Every decision (status, pin, unpin, merge, split) is one step of the alignment's own undo history, kept for
    // the session: undo puts the sidecar back as it was before the step (written at once) and aligns again.
    bool canUndoDecision() const { return !m_undo.isEmpty(); }
    bool canRedoDecision() const { return !m_redo.isEmpty(); }
    bool undoDecision();
    bool redoDecision();
    // Writes the sidecar now (also done after every decision and when a side is saved).
    bool saveSidecar();

    static int debounceMilliseconds(qsizetype characters);

Q_SIGNALS:
    // A new alignment (or new statuses) is available.
    void alignmentChanged();
    // The decision history changed (canUndoDecision / canRedoDecision).
    void decisionHistoryChanged();
    void sidecarWritten(const QString &path);
    void sidecarWriteFailed(const QString &message);

private:
    void schedule();
    void start();
    void onFinished();
    void recordBaseline();
    bool realignAfterDecision();
    void remember();
    bool restore(QList<AlignmentSidecar> &from, QList<AlignmentSidecar> &to);

    QPointer<Document> m_source;
    QPointer<Document> m_target;
    QString m_sidecarPath;
    AlignmentSidecar m_sidecar;
    bool m_sidecarDirty = false;
    bool m_baselineDone = false;
    QString m_sidecarProblem;
    QString m_writeProblem;
    QTimer m_debounce;
    QFutureWatcher<PairAlignment> m_watcher;
    bool m_running = false;
    bool m_pending = false;
    bool m_hasResult = false;
    quint64 m_sidecarGeneration = 0; // grows with every decision
    quint64 m_runningGeneration = 0; // of the sidecar the running alignment was given
    PairAlignment m_result;
    QList<AlignmentSidecar> m_undo; // the sidecar before each decision, newest last
    QList<AlignmentSidecar> m_redo;
};

} // namespace coinage::gui
