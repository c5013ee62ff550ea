#pragma once

#include "Segment.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace coinage {

enum class Side
{
    Source,
    Target
};

// A 0-based inclusive range of file lines; first < 0 when empty (the missing side of a 1-0 or 0-1 pair).
struct LineRange
{
    int first = -1;
    int last = -1;
    bool isEmpty() const { return first < 0; }
    bool contains(int line) const { return !isEmpty() && line >= first && line <= last; }
    bool intersects(int a, int b) const { return !isEmpty() && first <= b && a <= last; }
    friend bool operator==(const LineRange &, const LineRange &) = default;
};

enum class PairStatus
{
    Untranslated, // no translation yet: a missing or empty block, a placeholder, or a copy of the source
    Draft,        // a translation not yet done (e.g. from a model)
    Translated,
    NeedsReview, // the source changed after the translation was made
    Approved
};

QString pairStatusName(PairStatus status); // "untranslated", "draft", "translated", "needs-review", "approved"
bool pairStatusFromName(QStringView name, PairStatus &status);

// One group of the alignment: sourceCount blocks of the source paired with targetCount blocks of the translation
// (1-1, 1-2, 2-1, 1-0 or 0-1, or any size for a pinned group). Indexes are into the Segments of each side.
struct AlignedPair
{
    int sourceIndex = 0;
    int sourceCount = 0;
    int targetIndex = 0;
    int targetCount = 0;
    LineRange sourceLines;
    LineRange targetLines;
    double confidence = 0; // 0..1
    bool pinned = false;   // fixed by the user (sidecar); re-alignment keeps it
    bool byId = false;     // footnote definitions paired by their label, outside the document order
    PairStatus status = PairStatus::Untranslated;
    QString sourceChange; // NeedsReview: the source text the translation was made from

    bool hasSource() const { return sourceCount > 0; }
    bool hasTarget() const { return targetCount > 0; }
    QString shape() const; // "1-1", "2-1", "1-0", ...
    const LineRange &lines(Side side) const { return side == Side::Source ? sourceLines : targetLines; }
    int index(Side side) const { return side == Side::Source ? sourceIndex : targetIndex; }
    int count(Side side) const { return side == Side::Source ? sourceCount : targetCount; }
};

// The alignment of a post and its translation: pairs in document order on both sides (footnote definitions, which
// pair by id, may cross). Carries the revisions of the two texts it was computed from.
struct Alignment
{
    QList<AlignedPair> pairs;
    quint64 sourceRevision = 0;
    quint64 targetRevision = 0;

    // The pair holding a 0-based line on one side, or -1 (a blank line between blocks belongs to no pair).
    int pairAt(Side side, int line) const;
    // The lines of the counterpart of the block at a line: what the view highlights on the other side.
    LineRange counterpart(Side side, int line) const;
    int count(PairStatus status) const;
    // The next pair after `from` whose status is not Translated or Approved, wrapping around; -1 when none.
    int nextUnfinished(int from) const;
};

} // namespace coinage

Q_DECLARE_METATYPE(coinage::Alignment)
