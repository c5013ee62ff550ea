#pragma once

#include "Aligner.h"
#include "Alignment.h"

#include "storage/AtomicWrite.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace coinage {

// The user's decisions about an alignment, kept in a sidecar file next to the translation, never inside a post:
//   <folder of the translation>/.coinage/<translation file name>.align.json
// (one translation has one source, so the file follows the translation; Jekyll skips dot folders). It holds pins
// (manual split, merge, pin) and pair statuses. Blocks are named by the hash of their prose, so the records survive
// edits elsewhere and moves; a stored index breaks ties between equal blocks. A status records the hash and the
// text of the source at the time, so a changed source turns translated/approved/draft pairs into needs-review and
// the view can show the old source next to the new.
class AlignmentSidecar
{
    Q_DECLARE_TR_FUNCTIONS(coinage::AlignmentSidecar)
public:
    struct Blocks
    {
        QStringList sourceHashes;
        QStringList targetHashes;
        int sourceIndex = 0; // where the blocks were, to pick among equal ones
        int targetIndex = 0;
    };
    struct PinRecord
    {
        Blocks blocks;
    };
    struct StatusRecord
    {
        Blocks blocks;
        PairStatus status = PairStatus::Translated;
        QString sourceHash; // of the source prose when the status was set
        QString sourceText; // that prose, to show what changed
    };

    static QString pathFor(const QString &translationPath);

    struct LoadResult
    {
        bool ok = true;       // false: the file exists but could not be read or is not a sidecar (error says why)
        bool missing = false; // no sidecar yet: an empty one
        QString error;
    };
    // A missing or corrupt file gives an empty sidecar and says so; it never throws or crashes.
    LoadResult load(const QString &path);
    WriteResult save(const QString &path) const;

    QJsonObject toJson() const;
    bool fromJson(const QJsonObject &object, QString *error = nullptr);

    QString sourceFile; // relative to the translation's folder, for information
    QString targetFile;
    QList<PinRecord> pins;
    QList<StatusRecord> statuses;

    // The pins that still match blocks of the current texts (stale ones are skipped).
    QList<Pin> resolvePins(const Segments &source, const Segments &target) const;
    // Sets each pair's status from its record: matched by the translation's blocks first (a changed source then
    // means needs-review), else by the source's blocks; pairs without a record keep their inferred status.
    void applyStatuses(Alignment &alignment, const Aligner &aligner) const;

    void setStatus(const Aligner &aligner, const AlignedPair &pair, PairStatus status);
    void pin(const Aligner &aligner, const Pin &pin);
    // Removes the pin that made this pair; false when it was not pinned.
    bool unpin(const Aligner &aligner, const AlignedPair &pair);
    // Manual merge: one pinned group of the pairs [first, last] of the alignment (in document order).
    void merge(const Aligner &aligner, const Alignment &alignment, int first, int last);
    // Manual split of a group into two pinned groups: the first takes sourceCount and targetCount blocks.
    void split(const Aligner &aligner, const AlignedPair &pair, int sourceCount, int targetCount);

private:
    Blocks blocksOf(const Aligner &aligner, int si, int sc, int ti, int tc) const;
};

} // namespace coinage
