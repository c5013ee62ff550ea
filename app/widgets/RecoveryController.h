#pragma once

#include "storage/RecoveryJournal.h"

#include <QHash>
#include <QLockFile>
#include <QObject>
#include <QThreadPool>

#include <memory>

class QTimer;
class QWidget;

namespace coinage::gui {

class Document;
class EditorArea;
class FileCommands;

// Keeps every open post's unsaved text in the recovery journal (RecoveryJournal, in the user's data folder) and
// offers it back after a crash. A second after typing pauses (at most about two seconds into a burst of typing) the
// text of a modified post is written by one background writer, atomically; a clean save, an undo back to the saved
// text or closing the post removes its entry. Each running Coinage holds a session lock in the journal folder; at
// start, the entries of sessions whose process is gone are offered through Prompts::askRecovery, with a line diff
// against the file on disk. Damaged entries are set aside (renamed *.damaged) and reported, never opened.
class RecoveryController : public QObject
{
    Q_OBJECT
public:
    // Offers recovery once the event loop runs (after the window has opened its files and tests their prompts).
    RecoveryController(EditorArea *area, FileCommands *files, QWidget *window,
                       const QString &folder = RecoveryJournal::defaultFolder());
    ~RecoveryController() override;

    static constexpr int debounceMs = 1000;
    static constexpr int maxDelayMs = 2000;

    QString folder() const { return m_journal.folder(); }
    QString sessionId() const { return m_session; }
    // Writes the pending entries now and waits until the writer is idle (tests, shutdown).
    void flush();
    // Looks for entries left by ended sessions and asks what to do with them. Runs once; later calls do nothing.
    void offerRecovery();

private:
    struct Tracked
    {
        QString id;
        QTimer *timer = nullptr;
        qint64 pendingSince = -1; // ms on m_clock when the first unjournaled edit came
    };

    void track(Document *document);
    void onEdited(Document *document);
    void journal(Document *document);
    void forget(Document *document);
    void submit(std::function<void()> job);
    bool sessionIsOver(const QString &session) const;

    EditorArea *m_area;
    FileCommands *m_files;
    QWidget *m_window;
    RecoveryJournal m_journal;
    QString m_session;
    std::unique_ptr<QLockFile> m_lock;
    QThreadPool m_writer;
    QHash<Document *, Tracked> m_tracked;
    int m_next = 0;
    bool m_offered = false;
};

} // namespace coinage::gui
