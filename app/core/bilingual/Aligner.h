#pragma once

#include "Alignment.h"
#include "AlignmentModel.h"
#include "Segment.h"

#include <QList>

namespace coinage {

// A group the user fixed: blocks [sourceIndex, sourceIndex + sourceCount) of the source belong with
// [targetIndex, targetIndex + targetCount) of the translation. Manual split, merge and pin are all pins.
struct Pin
{
    int sourceIndex = 0;
    int sourceCount = 1;
    int targetIndex = 0;
    int targetCount = 1;
    friend bool operator==(const Pin &, const Pin &) = default;
};

struct AlignOptions
{
    QString sourceLanguage = QStringLiteral("en");
    QString targetLanguage = QStringLiteral("zh");
    int minimumBand = 16; // half-width of the DP band around the path through the anchors, in blocks
    int maximumBand = 600;
};

// Aligns the blocks of a post with those of its translation.
//
// Kramdown footnote definitions pair by label. Everything else is aligned in document order: unique strong anchors
// (footnote ids, links, code spans, identical text, found exactly once on each side) give a monotone chain (longest
// increasing subsequence) whose path centres a band, and a Gale–Church dynamic programme over 1-1, 1-2, 2-1, 1-0
// and 0-1 groups (costs: AlignmentModel) runs inside the band. Pins split the problem into independent regions.
// The band's half-width is minimumBand plus the largest drift between consecutive anchors, so the DP costs about
// n x (2 band + 1) x 5 group scores.
class Aligner
{
public:
    Aligner(Segments source, Segments target, AlignOptions options = {});

    const Segments &source() const { return m_source; }
    const Segments &target() const { return m_target; }
    const AlignOptions &options() const { return m_options; }

    Alignment align(const QList<Pin> &pins = {}) const;

    // An edit on one side: the old lines [firstLine, oldLastLine] (0-based) are now [firstLine, newLastLine].
    // The Aligner holds the segments after the edit.
    struct Edit
    {
        Side side = Side::Target;
        int firstLine = 0;
        int oldLastLine = 0;
        int newLastLine = 0;
    };
    struct Realigned
    {
        Alignment alignment;
        int firstPair = 0; // the pairs [firstPair, lastPair] of the new alignment were recomputed
        int lastPair = -1;
        bool full = false; // no stable pairs to hold on to: everything was recomputed
    };
    // Re-runs the DP only between the nearest stable pairs (pinned, or 1-1 with confidence >= 0.5) around the edit,
    // one stable pair of margin on each side; the pairs outside keep their status and shift their lines.
    Realigned realign(const Alignment &old, const Edit &edit, const QList<Pin> &pins = {}) const;

    // Untranslated when the target side is missing, only placeholders, or a copy of the source; else Translated.
    PairStatus inferredStatus(const AlignedPair &pair) const;
    // The source blocks' prose of a pair, joined by blank lines; and the same for the target.
    QString text(Side side, const AlignedPair &pair) const;

private:
    void alignRange(int a, int b, int c, int d, const QList<Pin> &pins, QList<AlignedPair> &out) const;
    void alignRegion(int a, int b, int c, int d, QList<AlignedPair> &out) const;
    QList<AlignedPair> footnotePairs() const;
    AlignedPair makePair(int si, int sc, int ti, int tc, double confidence) const;
    int flowPosition(Side side, int segmentIndex) const;

    Segments m_source;
    Segments m_target;
    AlignOptions m_options;
    AlignmentModel m_model;
    QList<int> m_sourceFlow; // segment indexes of the blocks aligned in order (not footnote definitions)
    QList<int> m_targetFlow;
    QList<std::pair<int, int>> m_chain; // unique anchors in flow positions, increasing on both sides
};

} // namespace coinage
