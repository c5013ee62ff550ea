#include "TextScope.h"

#include "post/FrontMatter.h"
#include "text/SentenceSplitter.h"

using namespace Qt::StringLiterals;

namespace coinage {

namespace {

bool isBlankLine(QStringView line)
{
    return line.trimmed().isEmpty();
}

} // namespace

QList<std::pair<qsizetype, qsizetype>> TextScope::sentences(QStringView text)
{
    QList<std::pair<qsizetype, qsizetype>> ranges;
    for (const SentenceRange &range : SentenceSplitter::split(text))
        ranges.append({range.start, range.end});
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
    const SentenceRange chosen = SentenceSplitter::sentenceAt(paragraph.text, local);
    if (chosen.length() == 0)
        return paragraph;
    return {paragraph.start + chosen.start, chosen.length(), paragraph.text.mid(chosen.start, chosen.length())};
}

} // namespace coinage
