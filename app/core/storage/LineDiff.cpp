#include "LineDiff.h"

#include <QList>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace coinage {
namespace {

// Beyond this many cells the exact (LCS) diff of the changed middle would cost too much memory.
constexpr qint64 maxCells = 4'000'000;

struct Op
{
    char kind; // ' ', '-', '+'
    qsizetype line;
};

} // namespace

LineDiff LineDiff::compute(const QString &before, const QString &after, int context, int maxLines)
{
    LineDiff result;
    const QStringList a = before.split(u'\n');
    const QStringList b = after.split(u'\n');
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;
    if (n == 0 && m == 0)
        return result;

    // The edit script over the whole texts: common lines as ' ' (index into a), removals as '-' (into a), additions
    // as '+' (into b).
    std::vector<Op> ops;
    ops.reserve(size_t(prefix + n + m + suffix));
    for (qsizetype i = 0; i < prefix; ++i)
        ops.push_back({' ', i});
    if (n > 0 && m > 0 && qint64(n + 1) * qint64(m + 1) <= maxCells) {
        // lcs[i][j]: length of the longest common subsequence of a[prefix+i..] and b[prefix+j..].
        const size_t width = size_t(m + 1);
        std::vector<quint32> lcs(size_t(n + 1) * width, 0);
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                const size_t at = size_t(i) * width + size_t(j);
                lcs[at] = a.at(prefix + i) == b.at(prefix + j) ? lcs[at + width + 1] + 1
                                                               : std::max(lcs[at + width], lcs[at + 1]);
            }
        }
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.at(prefix + i) == b.at(prefix + j)) {
                ops.push_back({' ', prefix + i});
                ++i;
                ++j;
            } else if (i < n &&
                       (j == m || lcs[size_t(i + 1) * width + size_t(j)] >= lcs[size_t(i) * width + size_t(j + 1)])) {
                ops.push_back({'-', prefix + i}); // removals before additions, as unified diffs show them
                ++i;
            } else {
                ops.push_back({'+', prefix + j});
                ++j;
            }
        }
    } else {
        for (qsizetype i = 0; i < n; ++i)
            ops.push_back({'-', prefix + i});
        for (qsizetype j = 0; j < m; ++j)
            ops.push_back({'+', prefix + j});
    }
    for (qsizetype i = 0; i < suffix; ++i)
        ops.push_back({' ', a.size() - suffix + i});

    for (const Op &op : ops) {
        if (op.kind == '+')
            ++result.added;
        else if (op.kind == '-')
            ++result.removed;
    }

    // Hunks: runs of changes with up to `context` common lines around them.
    QStringList out;
    const qsizetype count = qsizetype(ops.size());
    qsizetype k = 0;
    // Line numbers (1-based) in a and b at op k.
    std::vector<qsizetype> lineA(size_t(count) + 1), lineB(size_t(count) + 1);
    for (qsizetype i = 0, la = 1, lb = 1; i <= count; ++i) {
        lineA[size_t(i)] = la;
        lineB[size_t(i)] = lb;
        if (i < count) {
            const char kind = ops[size_t(i)].kind;
            if (kind != '+')
                ++la;
            if (kind != '-')
                ++lb;
        }
    }
    while (k < count) {
        while (k < count && ops[size_t(k)].kind == ' ')
            ++k;
        if (k == count)
            break;
        qsizetype start = std::max<qsizetype>(0, k - context);
        qsizetype end = k;
        // Extend while the next change is within 2*context common lines.
        for (;;) {
            while (end < count && ops[size_t(end)].kind != ' ')
                ++end;
            qsizetype gap = end;
            while (gap < count && ops[size_t(gap)].kind == ' ' && gap - end <= 2 * context)
                ++gap;
            if (gap < count && ops[size_t(gap)].kind != ' ') {
                end = gap;
                continue;
            }
            end = std::min(count, end + context);
            break;
        }
        qsizetype oldCount = 0;
        qsizetype newCount = 0;
        for (qsizetype i = start; i < end; ++i) {
            if (ops[size_t(i)].kind != '+')
                ++oldCount;
            if (ops[size_t(i)].kind != '-')
                ++newCount;
        }
        out.append(QStringLiteral("@@ -%1,%2 +%3,%4 @@")
                       .arg(lineA[size_t(start)])
                       .arg(oldCount)
                       .arg(lineB[size_t(start)])
                       .arg(newCount));
        for (qsizetype i = start; i < end; ++i) {
            const Op &op = ops[size_t(i)];
            const QString &line = op.kind == '+' ? b.at(op.line) : a.at(op.line);
            out.append(QChar::fromLatin1(op.kind) + line);
        }
        k = end;
        if (out.size() >= maxLines) {
            result.truncated = true;
            out.resize(maxLines);
            break;
        }
    }
    result.unified = out.join(u'\n');
    return result;
}

TextEdit minimalEdit(const QString &before, const QString &after)
{
    const qsizetype shorter = std::min(before.size(), after.size());
    qsizetype prefix = 0;
    while (prefix < shorter && before.at(prefix) == after.at(prefix))
        ++prefix;
    if (prefix > 0 && prefix < shorter && before.at(prefix - 1).isHighSurrogate())
        --prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    if (suffix > 0 && before.at(before.size() - suffix).isLowSurrogate())
        --suffix;
    return {prefix, before.size() - prefix - suffix, after.mid(prefix, after.size() - prefix - suffix)};
}

} // namespace coinage
