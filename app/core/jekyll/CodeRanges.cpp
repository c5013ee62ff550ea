#include "CodeRanges.h"

#include "markdown/MarkdownScanner.h"
#include "text/LineIndex.h"

namespace coinage {
namespace {

qsizetype runLength(QStringView text, qsizetype at)
{
    qsizetype n = 0;
    while (at + n < text.size() && text.at(at + n) == u'`')
        ++n;
    return n;
}

void addSpans(QStringView text, qsizetype base, QList<CodeRanges::Range> &out)
{
    for (qsizetype i = 0; i < text.size();) {
        if (text.at(i) == u'\\' && i + 1 < text.size()) {
            i += 2;
            continue;
        }
        if (text.at(i) != u'`') {
            ++i;
            continue;
        }
        const qsizetype open = runLength(text, i);
        qsizetype j = i + open;
        bool closed = false;
        while (j < text.size()) {
            if (text.at(j) != u'`') {
                ++j;
                continue;
            }
            const qsizetype close = runLength(text, j);
            if (close == open) {
                out.append({base + i, base + j + close});
                i = j + close;
                closed = true;
                break;
            }
            j += close;
        }
        if (!closed)
            i += open;
    }
}

} // namespace

CodeRanges::CodeRanges(const QString &text)
{
    const ScanSnapshot scan = MarkdownScanner::scan(text);
    const LineIndex lines(text);
    QList<bool> codeLine(lines.lineCount(), false);
    for (const ScanBlock &block : scan.blocks) {
        if (block.type != ScanBlock::Type::CodeBlock)
            continue;
        const int last = std::min(block.lastLine, lines.lineCount() - 1);
        for (int l = block.firstLine; l <= last; ++l)
            codeLine[l] = true;
        if (block.firstLine <= last)
            m_ranges.append({lines.lineStart(block.firstLine), lines.lineEnd(last)});
    }
    // Paragraph-like runs of lines between blank lines and code blocks.
    const int first = scan.frontMatter.hasFrontMatter() ? scan.frontMatter.bodyFirstLine : 0;
    int runStart = -1;
    auto flush = [&](int endLine) {
        if (runStart < 0)
            return;
        const qsizetype start = lines.lineStart(runStart);
        const qsizetype end = lines.lineEnd(endLine - 1);
        addSpans(QStringView(text).sliced(start, end - start), start, m_ranges);
        runStart = -1;
    };
    for (int l = first; l < lines.lineCount(); ++l) {
        const bool blank =
            QStringView(text).sliced(lines.lineStart(l), lines.lineEnd(l) - lines.lineStart(l)).trimmed().isEmpty();
        if (codeLine[l] || blank) {
            flush(l);
        } else if (runStart < 0) {
            runStart = l;
        }
    }
    flush(lines.lineCount());
    std::sort(m_ranges.begin(), m_ranges.end(), [](const Range &a, const Range &b) { return a.start < b.start; });
}

QList<CodeRanges::Range> CodeRanges::inlineSpans(QStringView text, qsizetype base)
{
    QList<Range> spans;
    addSpans(text, base, spans);
    return spans;
}

bool CodeRanges::contains(qsizetype offset) const
{
    auto it = std::upper_bound(m_ranges.cbegin(), m_ranges.cend(), offset,
                               [](qsizetype o, const Range &r) { return o < r.start; });
    if (it == m_ranges.cbegin())
        return false;
    --it;
    return offset < it->end;
}

} // namespace coinage
