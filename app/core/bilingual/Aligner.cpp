#include "Aligner.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace coinage {
namespace {

constexpr double infinity = std::numeric_limits<double>::infinity();

// Moves of the DP: (source blocks, target blocks).
constexpr std::pair<int, int> moves[] = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}};

// The longest chain of points increasing strictly on both coordinates.
QList<std::pair<int, int>> longestIncreasingChain(QList<std::pair<int, int>> points)
{
    // Sort by first ascending, second descending, then a strict LIS on second picks at most one point per first.
    std::sort(points.begin(), points.end(), [](const auto &x, const auto &y) {
        return x.first != y.first ? x.first < y.first : x.second > y.second;
    });
    QList<int> tails; // index into points of the smallest tail of a chain of each length
    QList<int> previous(points.size(), -1);
    for (int k = 0; k < points.size(); ++k) {
        const auto it = std::lower_bound(tails.cbegin(), tails.cend(), points[k].second,
                                         [&points](int index, int value) { return points[index].second < value; });
        const int length = int(it - tails.cbegin());
        previous[k] = length > 0 ? tails[length - 1] : -1;
        if (length == tails.size())
            tails.append(k);
        else
            tails[length] = k;
    }
    QList<std::pair<int, int>> chain;
    for (int k = tails.isEmpty() ? -1 : tails.last(); k >= 0; k = previous[k])
        chain.prepend(points[k]);
    return chain;
}

} // namespace

Aligner::Aligner(Segments source, Segments target, AlignOptions options)
    : m_source(std::move(source))
    , m_target(std::move(target))
    , m_options(std::move(options))
    , m_model(m_source, m_target, m_options.sourceLanguage, m_options.targetLanguage)
{
    for (int i = 0; i < m_source.size(); ++i) {
        if (m_source[i].kind != Segment::Kind::FootnoteDefinition)
            m_sourceFlow.append(i);
    }
    for (int j = 0; j < m_target.size(); ++j) {
        if (m_target[j].kind != Segment::Kind::FootnoteDefinition)
            m_targetFlow.append(j);
    }
    QList<std::pair<int, int>> points;
    for (const auto &[si, ti] : m_model.uniqueAnchors()) {
        const int p = flowPosition(Side::Source, si);
        const int q = flowPosition(Side::Target, ti);
        if (p < m_sourceFlow.size() && m_sourceFlow[p] == si && q < m_targetFlow.size() && m_targetFlow[q] == ti)
            points.append({p, q});
    }
    m_chain = longestIncreasingChain(points);
}

int Aligner::flowPosition(Side side, int segmentIndex) const
{
    const QList<int> &flow = side == Side::Source ? m_sourceFlow : m_targetFlow;
    return int(std::lower_bound(flow.cbegin(), flow.cend(), segmentIndex) - flow.cbegin());
}

QString Aligner::text(Side side, const AlignedPair &pair) const
{
    const Segments &segments = side == Side::Source ? m_source : m_target;
    QStringList parts;
    for (int k = pair.index(side); k < pair.index(side) + pair.count(side) && k < segments.size(); ++k)
        parts.append(segments[k].prose);
    return parts.join(QStringLiteral("\n\n"));
}

PairStatus Aligner::inferredStatus(const AlignedPair &pair) const
{
    if (!pair.hasTarget())
        return PairStatus::Untranslated;
    bool placeholders = true;
    for (int k = pair.targetIndex; k < pair.targetIndex + pair.targetCount; ++k)
        placeholders = placeholders && m_target[k].placeholder;
    if (placeholders)
        return PairStatus::Untranslated;
    if (pair.hasSource() && text(Side::Source, pair) == text(Side::Target, pair))
        return PairStatus::Untranslated;
    return PairStatus::Translated;
}

AlignedPair Aligner::makePair(int si, int sc, int ti, int tc, double confidence) const
{
    AlignedPair pair;
    pair.sourceIndex = si;
    pair.sourceCount = sc;
    pair.targetIndex = ti;
    pair.targetCount = tc;
    if (sc > 0)
        pair.sourceLines = {m_source[si].firstLine, m_source[si + sc - 1].lastLine};
    if (tc > 0)
        pair.targetLines = {m_target[ti].firstLine, m_target[ti + tc - 1].lastLine};
    pair.confidence = confidence;
    pair.status = inferredStatus(pair);
    return pair;
}

void Aligner::alignRegion(int a, int b, int c, int d, QList<AlignedPair> &out) const
{
    const int n = b - a, m = d - c;
    if (n <= 0 && m <= 0)
        return;
    auto sourceAt = [&](int i) {
        return a + i < m_sourceFlow.size() ? m_sourceFlow[a + i] : int(m_source.size());
    };
    auto targetAt = [&](int j) {
        return c + j < m_targetFlow.size() ? m_targetFlow[c + j] : int(m_target.size());
    };

    // The band: around the path through the anchors inside the region.
    QList<std::pair<int, int>> points{{0, 0}};
    for (const auto &[p, q] : m_chain) {
        if (p >= a && p < b && q >= c && q < d)
            points.append({p - a, q - c});
    }
    points.append({n, m});
    int band = m_options.minimumBand;
    for (int k = 1; k < points.size(); ++k) {
        const int drift = std::abs((points[k].first - points[k - 1].first) - (points[k].second - points[k - 1].second));
        band = std::max(band, m_options.minimumBand + drift);
    }
    band = std::min(band, std::max(m_options.maximumBand, m_options.minimumBand));
    std::vector<int> lo(size_t(n) + 1, std::numeric_limits<int>::max()), hi(size_t(n) + 1, -1);
    for (int k = 1; k < points.size(); ++k) {
        const auto [i0, j0] = points[k - 1];
        const auto [i1, j1] = points[k];
        for (int i = i0; i <= i1; ++i) {
            const double centre = i1 == i0 ? j0 : j0 + double(j1 - j0) * (i - i0) / (i1 - i0);
            const int from = int(std::floor(i1 == i0 ? std::min(j0, j1) : centre)) - band;
            const int to = int(std::ceil(i1 == i0 ? std::max(j0, j1) : centre)) + band;
            lo[size_t(i)] = std::clamp(std::min(lo[size_t(i)], from), 0, m);
            hi[size_t(i)] = std::clamp(std::max(hi[size_t(i)], to), 0, m);
        }
    }
    std::vector<size_t> rowStart(size_t(n) + 2, 0);
    for (int i = 0; i <= n; ++i)
        rowStart[size_t(i) + 1] = rowStart[size_t(i)] + size_t(hi[size_t(i)] - lo[size_t(i)] + 1);
    std::vector<double> cost(rowStart.back(), infinity);
    std::vector<quint8> move(rowStart.back(), 255);
    auto at = [&](int i, int j) -> double {
        if (i < 0 || j < 0 || j < lo[size_t(i)] || j > hi[size_t(i)])
            return infinity;
        return cost[rowStart[size_t(i)] + size_t(j - lo[size_t(i)])];
    };

    for (int i = 0; i <= n; ++i) {
        for (int j = lo[size_t(i)]; j <= hi[size_t(i)]; ++j) {
            const size_t cell = rowStart[size_t(i)] + size_t(j - lo[size_t(i)]);
            if (i == 0 && j == 0) {
                cost[cell] = 0;
                continue;
            }
            for (quint8 k = 0; k < std::size(moves); ++k) {
                const auto [di, dj] = moves[k];
                if (i < di || j < dj)
                    continue;
                // A group never spans a block that is not in the flow (a footnote definition between two).
                if (di == 2 && sourceAt(i - 1) != sourceAt(i - 2) + 1)
                    continue;
                if (dj == 2 && targetAt(j - 1) != targetAt(j - 2) + 1)
                    continue;
                const double before = at(i - di, j - dj);
                if (before == infinity)
                    continue;
                const double total = before + m_model.score(sourceAt(i - di), di, targetAt(j - dj), dj).cost;
                if (total < cost[cell]) {
                    cost[cell] = total;
                    move[cell] = k;
                }
            }
        }
    }

    QList<AlignedPair> groups;
    for (int i = n, j = m; i > 0 || j > 0;) {
        const quint8 k = move[rowStart[size_t(i)] + size_t(j - lo[size_t(i)])];
        Q_ASSERT(k < std::size(moves));
        const auto [di, dj] = moves[k];
        i -= di;
        j -= dj;
        const auto score = m_model.score(sourceAt(i), di, targetAt(j), dj);
        groups.append(makePair(sourceAt(i), di, targetAt(j), dj, score.confidence));
    }
    std::reverse(groups.begin(), groups.end());
    out += groups;
}

void Aligner::alignRange(int a, int b, int c, int d, const QList<Pin> &pins, QList<AlignedPair> &out) const
{
    // Pins here are in flow positions, sorted and non-overlapping.
    for (const Pin &pin : pins) {
        if (pin.sourceIndex < a || pin.targetIndex < c || pin.sourceIndex + pin.sourceCount > b ||
            pin.targetIndex + pin.targetCount > d)
            continue;
        alignRegion(a, pin.sourceIndex, c, pin.targetIndex, out);
        const int si = pin.sourceIndex < m_sourceFlow.size() ? m_sourceFlow[pin.sourceIndex] : int(m_source.size());
        const int ti = pin.targetIndex < m_targetFlow.size() ? m_targetFlow[pin.targetIndex] : int(m_target.size());
        AlignedPair pair = makePair(si, pin.sourceCount, ti, pin.targetCount, 1.0);
        pair.pinned = true;
        out.append(pair);
        a = pin.sourceIndex + pin.sourceCount;
        c = pin.targetIndex + pin.targetCount;
    }
    alignRegion(a, b, c, d, out);
}

QList<AlignedPair> Aligner::footnotePairs() const
{
    QHash<QString, int> lastSource, lastTarget; // a duplicate definition: the last wins
    for (int i = 0; i < m_source.size(); ++i) {
        if (m_source[i].kind == Segment::Kind::FootnoteDefinition)
            lastSource.insert(m_source[i].footnoteId, i);
    }
    for (int j = 0; j < m_target.size(); ++j) {
        if (m_target[j].kind == Segment::Kind::FootnoteDefinition)
            lastTarget.insert(m_target[j].footnoteId, j);
    }
    QList<AlignedPair> pairs;
    for (int i = 0; i < m_source.size(); ++i) {
        if (m_source[i].kind != Segment::Kind::FootnoteDefinition)
            continue;
        const QString &id = m_source[i].footnoteId;
        const int j = lastTarget.value(id, -1);
        AlignedPair pair = lastSource.value(id) == i && j >= 0 ? makePair(i, 1, j, 1, 1.0)
                                                               : makePair(i, 1, int(m_target.size()), 0, 0.6);
        pair.byId = true;
        pairs.append(pair);
    }
    for (int j = 0; j < m_target.size(); ++j) {
        if (m_target[j].kind != Segment::Kind::FootnoteDefinition)
            continue;
        const QString &id = m_target[j].footnoteId;
        if (lastTarget.value(id) == j && lastSource.contains(id))
            continue;
        AlignedPair pair = makePair(int(m_source.size()), 0, j, 1, 0.6);
        pair.byId = true;
        pairs.append(pair);
    }
    return pairs;
}

namespace {
// Pins as flow positions, sorted, overlapping or crossing ones dropped.
QList<Pin> flowPins(const QList<Pin> &pins, const QList<int> &sourceFlow, const QList<int> &targetFlow)
{
    auto toFlow = [](const QList<int> &flow, int index, int count, int &position) {
        position = int(std::lower_bound(flow.cbegin(), flow.cend(), index) - flow.cbegin());
        for (int k = 0; k < count; ++k) {
            if (position + k >= flow.size() || flow[position + k] != index + k)
                return false;
        }
        return count >= 0;
    };
    QList<Pin> out;
    for (const Pin &pin : pins) {
        Pin p = pin;
        if (pin.sourceCount + pin.targetCount <= 0 ||
            !toFlow(sourceFlow, pin.sourceIndex, pin.sourceCount, p.sourceIndex) ||
            !toFlow(targetFlow, pin.targetIndex, pin.targetCount, p.targetIndex))
            continue;
        out.append(p);
    }
    std::sort(out.begin(), out.end(), [](const Pin &x, const Pin &y) {
        return std::tie(x.sourceIndex, x.targetIndex) < std::tie(y.sourceIndex, y.targetIndex);
    });
    QList<Pin> kept;
    for (const Pin &p : std::as_const(out)) {
        if (!kept.isEmpty() && (p.sourceIndex < kept.last().sourceIndex + kept.last().sourceCount ||
                                p.targetIndex < kept.last().targetIndex + kept.last().targetCount))
            continue;
        kept.append(p);
    }
    return kept;
}
} // namespace

Alignment Aligner::align(const QList<Pin> &pins) const
{
    Alignment alignment;
    alignRange(0, int(m_sourceFlow.size()), 0, int(m_targetFlow.size()), flowPins(pins, m_sourceFlow, m_targetFlow),
               alignment.pairs);
    alignment.pairs += footnotePairs();
    return alignment;
}

Aligner::Realigned Aligner::realign(const Alignment &old, const Edit &edit, const QList<Pin> &pins) const
{
    const Side e = edit.side;
    const Side o = e == Side::Source ? Side::Target : Side::Source;
    const int lineDelta = edit.newLastLine - edit.oldLastLine;
    QList<AlignedPair> flow;
    for (const AlignedPair &p : old.pairs) {
        if (!p.byId)
            flow.append(p);
    }
    auto stable = [](const AlignedPair &p) {
        return p.pinned || (p.sourceCount == 1 && p.targetCount == 1 && p.confidence >= 0.5);
    };
    // The nearest stable pair clear of the edit (a block ending on the line before may have been joined), then one
    // more for margin.
    int before = -1;
    for (int k = int(flow.size()) - 1, found = 0; k >= 0 && found < 2; --k) {
        const LineRange &r = flow[k].lines(e);
        if (stable(flow[k]) && !r.isEmpty() && r.last < edit.firstLine - 1)
            before = ++found == 2 ? k : before;
    }
    int after = int(flow.size());
    for (int k = before + 1, found = 0; k < flow.size() && found < 2; ++k) {
        const LineRange &r = flow[k].lines(e);
        if (stable(flow[k]) && !r.isEmpty() && r.first > edit.oldLastLine + 1)
            after = ++found == 2 ? k : after;
    }

    auto full = [&] {
        Realigned result;
        result.alignment = align(pins);
        result.lastPair = int(result.alignment.pairs.size()) - 1;
        result.full = true;
        return result;
    };
    const Segments &edited = e == Side::Source ? m_source : m_target;
    int shift = 0; // segment index shift on the edited side after the edit
    int a = 0, c = 0;
    int b = int(m_sourceFlow.size()), d = int(m_targetFlow.size());
    if (before >= 0) {
        const AlignedPair &p = flow[before];
        a = flowPosition(Side::Source, p.sourceIndex + p.sourceCount);
        c = flowPosition(Side::Target, p.targetIndex + p.targetCount);
    }
    if (after < flow.size()) {
        const AlignedPair &p = flow[after];
        const int first = p.lines(e).first + lineDelta;
        const auto it =
            std::find_if(edited.cbegin(), edited.cend(), [first](const Segment &s) { return s.firstLine == first; });
        if (it == edited.cend())
            return full();
        shift = int(it - edited.cbegin()) - p.index(e);
        const int ePosition = flowPosition(e, p.index(e) + shift);
        const int oPosition = flowPosition(o, p.index(o));
        (e == Side::Source ? b : d) = ePosition;
        (e == Side::Source ? d : b) = oPosition;
    }
    if (a > b || c > d)
        return full();

    Realigned result;
    result.alignment.pairs = flow.mid(0, before + 1);
    result.firstPair = int(result.alignment.pairs.size());
    alignRange(a, b, c, d, flowPins(pins, m_sourceFlow, m_targetFlow), result.alignment.pairs);
    result.lastPair = int(result.alignment.pairs.size()) - 1;
    for (int k = after; k < flow.size(); ++k) {
        AlignedPair p = flow[k];
        (e == Side::Source ? p.sourceIndex : p.targetIndex) += shift;
        LineRange &r = e == Side::Source ? p.sourceLines : p.targetLines;
        if (!r.isEmpty()) {
            r.first += lineDelta;
            r.last += lineDelta;
        }
        result.alignment.pairs.append(p);
    }
    result.alignment.pairs += footnotePairs();
    return result;
}

} // namespace coinage
