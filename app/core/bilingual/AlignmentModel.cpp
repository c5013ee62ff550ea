#include "AlignmentModel.h"

#include "Calibration.h"

#include <QHash>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace coinage {
namespace {

using namespace Qt::StringLiterals;

using Anchors = QVarLengthArray<std::pair<int, float>, 32>;

constexpr double priorOneOne = 0.89;
constexpr double priorMerge = 0.05; // each of 1-2 and 2-1
constexpr double priorIndel = 0.01; // each of 1-0 and 0-1

bool isStrongKey(QStringView key)
{
    return !key.startsWith(u"num:");
}

// -log(erfc(x / sqrt 2)): the cost of a standard normal deviation at least |x|.
double tailCost(double x)
{
    x = std::abs(x);
    const double p = std::erfc(x / std::numbers::sqrt2);
    if (p > 1e-300)
        return -std::log(p);
    return x * x / 2 + std::log(x * std::sqrt(std::numbers::pi / 2));
}

void collect(const auto &items, int first, int count, Anchors &out)
{
    for (int k = first; k < first + count; ++k)
        out.append(items[size_t(k)].anchors.data(), qsizetype(items[size_t(k)].anchors.size()));
    if (count > 1)
        std::sort(out.begin(), out.end());
}

} // namespace

AlignmentModel::AlignmentModel(const Segments &source, const Segments &target, const QString &sourceLanguage,
                               const QString &targetLanguage)
{
    // Headings by level and order: where both sides have as many headings of a level, the n-th pairs with the n-th.
    QList<QStringList> sourceKeys, targetKeys;
    auto headingKeys = [](const Segments &segments, QList<QStringList> &keys, QList<int> &perLevel) {
        perLevel = QList<int>(7, 0);
        for (const Segment &s : segments) {
            keys.append(s.anchors);
            if (s.kind == Segment::Kind::Heading && s.level >= 1 && s.level <= 6)
                keys.last().append(u"h%1:%2"_s.arg(s.level).arg(perLevel[s.level]++));
        }
    };
    QList<int> sourceLevels, targetLevels;
    headingKeys(source, sourceKeys, sourceLevels);
    headingKeys(target, targetKeys, targetLevels);
    auto dropUneven = [&](const Segments &segments, QList<QStringList> &keys) {
        for (int i = 0; i < segments.size(); ++i) {
            const int level = segments[i].level;
            if (segments[i].kind == Segment::Kind::Heading && level >= 1 && level <= 6 &&
                sourceLevels[level] != targetLevels[level])
                keys[i].removeLast();
        }
    };
    dropUneven(source, sourceKeys);
    dropUneven(target, targetKeys);

    // Keys that occur on both sides are evidence; count them per side to find the unique ones.
    QHash<QString, std::pair<int, int>> counts; // key -> (source count, target count)
    QHash<QString, std::pair<int, int>> where;  // key -> (last source index, last target index)
    for (int i = 0; i < source.size(); ++i) {
        for (const QString &key : sourceKeys[i]) {
            ++counts[key].first;
            where[key].first = i;
        }
    }
    for (int j = 0; j < target.size(); ++j) {
        for (const QString &key : targetKeys[j]) {
            ++counts[key].second;
            where[key].second = j;
        }
    }
    QHash<QString, int> ids;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it->first > 0 && it->second > 0) {
            ids.insert(it.key(), int(ids.size()));
            if (it->first == 1 && it->second == 1 && isStrongKey(it.key()))
                m_unique.append(where.value(it.key()));
        }
    }
    std::sort(m_unique.begin(), m_unique.end());
    m_unique.erase(std::unique(m_unique.begin(), m_unique.end()), m_unique.end());

    auto build = [&ids](const Segments &segments, const QList<QStringList> &keys, const QString &language,
                        std::vector<Item> &items) {
        items.reserve(size_t(segments.size()));
        for (int k = 0; k < segments.size(); ++k) {
            const Segment &s = segments[k];
            Item item;
            item.length = Calibration::englishLength(s.characters, s.cjkCharacters, language);
            item.kind = s.kind;
            item.level = s.level;
            item.placeholder = s.placeholder;
            for (const QString &key : keys[k]) {
                const auto id = ids.constFind(key);
                if (id != ids.cend())
                    item.anchors.emplace_back(*id, isStrongKey(key) ? float(strongWeight) : float(numberWeight));
            }
            std::sort(item.anchors.begin(), item.anchors.end());
            items.push_back(std::move(item));
        }
    };
    build(source, sourceKeys, sourceLanguage, m_source);
    build(target, targetKeys, targetLanguage, m_target);
}

AlignmentModel::Score AlignmentModel::score(int si, int sc, int ti, int tc) const
{
    Score score;
    // Anchors: weighted symmetric difference of the two sides' keys.
    Anchors a, b;
    collect(m_source, si, sc, a);
    collect(m_target, ti, tc, b);
    double unbalanced = 0;
    int strongMatched = 0, strongUnbalanced = 0;
    for (qsizetype i = 0, j = 0; i < a.size() || j < b.size();) {
        if (i < a.size() && j < b.size() && a[i].first == b[j].first) {
            strongMatched += a[i].second >= float(strongWeight);
            ++i;
            ++j;
        } else if (j >= b.size() || (i < a.size() && a[i].first < b[j].first)) {
            unbalanced += a[i].second;
            strongUnbalanced += a[i].second >= float(strongWeight);
            ++i;
        } else {
            unbalanced += b[j].second;
            strongUnbalanced += b[j].second >= float(strongWeight);
            ++j;
        }
    }

    if (sc == 0 || tc == 0) {
        score.cost = -std::log(priorIndel) + unbalanced;
        score.confidence = 0.6 * std::pow(0.5, strongUnbalanced);
        return score;
    }

    double ls = 0, lt = 0;
    bool placeholders = true;
    int sourceHeadings = 0, targetHeadings = 0, kindCost = 0;
    for (int k = si; k < si + sc; ++k) {
        ls += m_source[size_t(k)].length;
        sourceHeadings += m_source[size_t(k)].kind == Segment::Kind::Heading;
    }
    for (int k = ti; k < ti + tc; ++k) {
        lt += m_target[size_t(k)].length;
        placeholders = placeholders && m_target[size_t(k)].placeholder;
        targetHeadings += m_target[size_t(k)].kind == Segment::Kind::Heading;
    }
    double kinds = 0;
    if (sourceHeadings || targetHeadings) {
        if (sc != 1 || tc != 1 || sourceHeadings != targetHeadings)
            kinds += 8;
        else if (m_source[size_t(si)].level != m_target[size_t(ti)].level)
            kinds += 1.5;
    } else if (sc == 1 && tc == 1 && m_source[size_t(si)].kind != m_target[size_t(ti)].kind) {
        kinds += 1;
    }
    kindCost = kinds > 0;

    double delta = 0;
    if (!placeholders) {
        const double mean = std::max((ls + lt) / 2, 1.0);
        delta = (lt - ls) / std::sqrt(Calibration::variance * mean);
    }
    const double prior = sc == 1 && tc == 1 ? priorOneOne : priorMerge;
    score.cost = -std::log(prior) + (placeholders ? 0.5 : tailCost(delta)) + kinds + unbalanced;

    // Length evidence as a likelihood with twice the model's spread: |delta| 1 -> 0.88, 2 -> 0.61, 3 -> 0.32, 4 ->
    // 0.14.
    const double lengthP = placeholders ? 0.5 : std::exp(-delta * delta / 8);
    double confidence = 1 - (1 - lengthP) * std::pow(0.3, strongMatched);
    confidence *= std::pow(0.5, strongUnbalanced);
    if (kindCost)
        confidence *= 0.3;
    if (sc + tc > 2)
        confidence *= 0.9;
    score.confidence = std::clamp(confidence, 0.0, 1.0);
    return score;
}

} // namespace coinage
