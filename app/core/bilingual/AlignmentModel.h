#pragma once

#include "Segment.h"

#include <QList>
#include <QString>

#include <utility>
#include <vector>

namespace coinage {

// The cost of pairing a group of source blocks with a group of translation blocks (Gale–Church, in nats):
//   length:  -log(erfc(|delta| / sqrt 2)), delta = (lt - ls) / sqrt(variance * (ls + lt) / 2), lengths in
//            English-equivalent characters (Calibration); a placeholder translation has no length evidence.
// The confidence of a group: exp(-delta^2 / 8), raised by each strong anchor it shares (1 - (1 - c) 0.3^n), halved
// by each it breaks, x0.3 for a kind mismatch, x0.9 for a 1-2/2-1; a 1-0/0-1 has 0.6 (halved per anchor it breaks).
//   prior:   -log P(shape): 1-1 0.89, 1-2 and 2-1 0.05 each, 1-0 and 0-1 0.01 each (a missing block costs the
//            same whatever its length, so a long missing paragraph is not pushed into its neighbour's group).
//   kinds:   a heading with anything but one heading +8, heading levels differ +1.5, other kinds differ +1.
//   anchors: headings get a key "hLEVEL:N" (the N-th heading of that level) when both sides have as many headings
//            of the level. Each anchor key present on one side of the group only: +6 for footnote ids, links, code
//            spans and identical text, +0.7 for numbers. Keys found on one side of the whole document only are ignored.
class AlignmentModel
{
public:
    AlignmentModel(const Segments &source, const Segments &target, const QString &sourceLanguage,
                   const QString &targetLanguage);

    struct Score
    {
        double cost = 0;
        double confidence = 0; // 0..1
    };
    // Blocks [si, si + sc) of the source with [ti, ti + tc) of the target (segment indexes; sc or tc may be 0).
    Score score(int si, int sc, int ti, int tc) const;
    // Pairs (source index, target index) of blocks sharing a strong anchor key found exactly once on each side.
    const QList<std::pair<int, int>> &uniqueAnchors() const { return m_unique; }

    static constexpr double strongWeight = 6.0;
    static constexpr double numberWeight = 0.7;

private:
    struct Item
    {
        double length = 0;
        Segment::Kind kind = Segment::Kind::Paragraph;
        int level = 0;
        bool placeholder = false;
        std::vector<std::pair<int, float>> anchors; // (key id, weight), sorted by id
    };
    std::vector<Item> m_source;
    std::vector<Item> m_target;
    QList<std::pair<int, int>> m_unique;
};

} // namespace coinage
