#include "TextScope.h"

#include "post/FrontMatter.h"

#include <QTextBoundaryFinder>

using namespace Qt::StringLiterals;

namespace coinage {

namespace {

bool isBlankLine(QStringView line)
{
    return line.trimmed().isEmpty();
}

bool isCjkStop(QChar c)
{
    return c == u'。' || c == u'！' || c == u'？' || c == u'；';
}

bool isClosing(QChar c)
{
    return c == u'”' || c == u'’' || c == u'」' || c == u'』' || c == u'）' || c == u'》' || c == u'"' || c == u')';
}

} // namespace

QList<std::pair<qsizetype, qsizetype>> TextScope::sentences(QStringView text)
{
    QString flat = text.toString();
    flat.replace(u'\n', u' ');
    QList<qsizetype> breaks;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, flat);
    for (qsizetype at = finder.toNextBoundary(); at > 0; at = finder.toNextBoundary())
        breaks.append(at);
    for (qsizetype i = 0; i < flat.size(); ++i) {
        if (!isCjkStop(flat.at(i)))
            continue;
        qsizetype end = i + 1;
        while (end < flat.size() && (isCjkStop(flat.at(end)) || isClosing(flat.at(end))))
            ++end;
        breaks.append(end);
        i = end - 1;
    }
    breaks.append(flat.size());
    std::sort(breaks.begin(), breaks.end());
    breaks.erase(std::unique(breaks.begin(), breaks.end()), breaks.end());

    QList<std::pair<qsizetype, qsizetype>> ranges;
    qsizetype start = 0;
    for (const qsizetype at : breaks) {
        qsizetype s = start;
        qsizetype e = at;
        while (s < e && flat.at(s).isSpace())
            ++s;
        while (e > s && flat.at(e - 1).isSpace())
            --e;
        if (e > s)
            ranges.append({s, e});
        start = at;
    }
    return ranges;
}

ScopedText TextScope::paragraphAt(const QString &text, qsizetype caret)
{
    caret = std::clamp<qsizetype>(caret, 0, text.size());
    qsizetype start = caret;
    // Walk back line by line to the line after a blank one.
    qsizetype lineStart = text.lastIndexOf(u'\n', caret - 1 < 0 ? 0 : caret - 1);
    lineStart = (caret == 0 || lineStart < 0) ? 0 : lineStart + 1;
    qsizetype lineEnd = text.indexOf(u'\n', caret);
    if (lineEnd < 0)
        lineEnd = text.size();
    if (isBlankLine(QStringView(text).sliced(lineStart, lineEnd - lineStart)))
        return {caret, 0, {}};
    start = lineStart;
    while (start > 0) {
        const qsizetype prevEnd = start - 1; // the '\n' before this line
        qsizetype prevStart = text.lastIndexOf(u'\n', prevEnd - 1);
        prevStart = prevEnd == 0 ? 0 : (prevStart < 0 ? 0 : prevStart + 1);
        if (prevEnd == 0 || isBlankLine(QStringView(text).sliced(prevStart, prevEnd - prevStart)))
            break;
        start = prevStart;
    }
    qsizetype end = lineEnd;
    while (end < text.size()) {
        qsizetype nextEnd = text.indexOf(u'\n', end + 1);
        if (nextEnd < 0)
            nextEnd = text.size();
        if (isBlankLine(QStringView(text).sliced(end + 1, nextEnd - end - 1)))
            break;
        end = nextEnd;
    }
    return {start, end - start, text.mid(start, end - start)};
}

ScopedText TextScope::find(const QString &text, VoiceScope scope, qsizetype caret, qsizetype selectionStart,
                           qsizetype selectionEnd)
{
    // Front matter is never prose: a caret or selection inside it scopes the body's first text instead.
    const FrontMatterSplit split = splitFrontMatter(text);
    if (split.hasFrontMatter()) {
        caret = std::max(caret, split.bodyStart);
        if (selectionEnd <= split.bodyStart)
            selectionStart = selectionEnd = -1;
        else
            selectionStart = std::max(selectionStart, split.bodyStart);
        if (caret < text.size() && text.at(caret) == u'\n') {
            while (caret < text.size() && text.at(caret) == u'\n')
                ++caret; // from the blank line after the front matter to the first paragraph
        }
    }
    if (scope == VoiceScope::Selection && selectionStart >= 0 && selectionEnd > selectionStart) {
        const qsizetype s = std::min<qsizetype>(selectionStart, text.size());
        const qsizetype e = std::min<qsizetype>(selectionEnd, text.size());
        return {s, e - s, text.mid(s, e - s)};
    }
    const ScopedText paragraph = paragraphAt(text, caret);
    if (scope == VoiceScope::Paragraph || paragraph.length == 0)
        return paragraph;
    const qsizetype local = std::clamp<qsizetype>(caret - paragraph.start, 0, paragraph.length);
    const auto ranges = sentences(paragraph.text);
    if (ranges.isEmpty())
        return paragraph;
    auto chosen = ranges.last();
    for (const auto &range : ranges) {
        if (local <= range.second) {
            chosen = range;
            break;
        }
    }
    return {paragraph.start + chosen.first, chosen.second - chosen.first,
            paragraph.text.mid(chosen.first, chosen.second - chosen.first)};
}

} // namespace coinage
