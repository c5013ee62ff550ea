#include "FootnoteText.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coinage {

MarkerPlacement FootnoteStyle::placementFor(const QString &language) const
{
    if (auto it = byLanguage.constFind(language); it != byLanguage.cend())
        return *it;
    const QString primary = language.section(u'-', 0, 0).section(u'_', 0, 0);
    if (auto it = byLanguage.constFind(primary); it != byLanguage.cend())
        return *it;
    return placement;
}

qsizetype mapOffset(const TextEdits &edits, qsizetype offset)
{
    qsizetype shift = 0;
    for (const TextEdit &e : edits) {
        if (e.start > offset)
            break;
        if (e.end() > offset && e.length > 0)
            return e.start + shift; // inside a replaced range: its start
        shift += e.replacement.size() - e.length;
    }
    return offset + shift;
}

namespace FootnoteText {

QString definitionBody(const QString &text)
{
    QString out;
    const QStringList lines = text.trimmed().split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0) {
            out += u'\n';
            if (!lines[i].trimmed().isEmpty())
                out += u"    "_s;
        }
        out += i > 0 && lines[i].trimmed().isEmpty() ? QString() : lines[i];
    }
    return out;
}

QString definition(const QString &label, const QString &text)
{
    const QString body = definitionBody(text);
    return body.isEmpty() ? u"[^%1]:"_s.arg(label) : u"[^%1]: %2"_s.arg(label, body);
}

QList<int> topLevelDefinitions(const FootnoteIndex &index)
{
    QList<int> out;
    for (int i = 0; i < index.definitions().size(); ++i) {
        const FootnoteDefinition &d = index.definitions()[i];
        if (d.depth == 0 && !d.glued)
            out.append(i);
    }
    return out;
}

bool blankBetweenDefinitions(QStringView text, const FootnoteIndex &index)
{
    const QList<int> defs = topLevelDefinitions(index);
    for (qsizetype i = 0; i + 1 < defs.size(); ++i) {
        const TextRange range = index.definitions()[defs[i]].range;
        // A definition of several lines is followed by a blank line whatever the style (see gatherAtEnd).
        if (text.sliced(range.start, range.length).contains(u'\n'))
            continue;
        const qsizetype from = range.end();
        const qsizetype to = index.definitions()[defs[i + 1]].range.start;
        const QStringView between = text.sliced(from, to - from);
        if (between.trimmed().isEmpty() && between.count(u'\n') >= 2)
            return true;
    }
    return false;
}

namespace {
// True when the last of these joined definitions spans several lines.
bool endsMultiLine(const QString &definitions)
{
    const qsizetype last = definitions.lastIndexOf(u"\n[^");
    return definitions.indexOf(u'\n', last < 0 ? 0 : last + 1) >= 0;
}
} // namespace

QString joinDefinitions(const QStringList &definitions, bool blank)
{
    QString joined;
    for (qsizetype k = 0; k < definitions.size(); ++k) {
        if (k > 0)
            joined += blank || definitions[k - 1].contains(u'\n') ? u"\n\n"_s : u"\n"_s;
        joined += definitions[k];
    }
    return joined;
}

namespace {
bool lineIsBlankBefore(QStringView text, qsizetype lineStart, qsizetype bodyStart)
{
    // The line before lineStart is empty (or there is none in the body).
    if (lineStart <= bodyStart)
        return true;
    return lineStart >= 2 && text[lineStart - 2] == u'\n';
}
} // namespace

TextEdits removeDefinitions(QStringView text, const FootnoteIndex &index, QList<int> definitions)
{
    struct Range
    {
        qsizetype start, end;
    };
    QList<Range> ranges;
    std::sort(definitions.begin(), definitions.end());
    for (int i : definitions) {
        const FootnoteDefinition &d = index.definitions()[i];
        qsizetype start = d.range.start, end = d.range.end();
        if (d.depth == 0 || d.parent >= 0) {
            // A definition swallowed into a note goes with its whole line.
            while (d.parent >= 0 && start > 0 && text[start - 1] != u'\n')
                --start;
            if (end < text.size() && text[end] == u'\n')
                ++end;
        } else {
            start = d.marker.start;
        }
        // Merge with the previous range when only blank lines lie between.
        if (!ranges.isEmpty() && d.depth == 0 &&
            text.sliced(ranges.last().end, start - ranges.last().end).trimmed().isEmpty())
            ranges.last().end = end;
        else
            ranges.append({start, end});
    }
    TextEdits edits;
    for (Range r : ranges) {
        const bool wholeLines = r.start == 0 || text[r.start - 1] == u'\n';
        if (wholeLines && (r.end == text.size() || text[r.end - 1] == u'\n')) {
            const bool blankBefore = lineIsBlankBefore(text, r.start, index.bodyStart());
            if (blankBefore && r.end < text.size() && text[r.end] == u'\n')
                ++r.end;
            else if (blankBefore && r.end == text.size() && r.start > index.bodyStart())
                --r.start;
        }
        edits.append({r.start, r.end - r.start, QString()});
    }
    return edits;
}

TextEdit insertDefinitions(QStringView text, const FootnoteIndex &index, int after, const QString &definitions,
                           qsizetype *definitionStart)
{
    const QList<int> defs = topLevelDefinitions(index);
    const QString gap = blankBetweenDefinitions(text, index) ? u"\n\n"_s : u"\n"_s;
    if (defs.isEmpty()) {
        QString prefix;
        if (text.size() > index.bodyStart()) {
            if (!text.endsWith(u'\n'))
                prefix = u"\n\n"_s;
            else if (!text.endsWith(u"\n\n"))
                prefix = u"\n"_s;
        }
        if (definitionStart)
            *definitionStart = prefix.size();
        return {text.size(), 0, prefix + definitions + u'\n'};
    }
    // A blank line after a definition of several lines, so the next one is not read as a lazy continuation of it.
    const bool blankAfterNew = endsMultiLine(definitions);
    if (after < 0) {
        const FootnoteDefinition &first = index.definitions()[defs.first()];
        if (definitionStart)
            *definitionStart = 0;
        return {first.range.start, 0, definitions + (blankAfterNew ? u"\n\n"_s : gap)};
    }
    const FootnoteDefinition &anchor = index.definitions()[after];
    const qsizetype end = anchor.range.end();
    const QString before = text.sliced(anchor.range.start, anchor.range.length).contains(u'\n') ? u"\n\n"_s : gap;
    const bool lineFollows = end + 1 < text.size() && text[end] == u'\n' && text[end + 1] != u'\n';
    if (definitionStart)
        *definitionStart = before.size();
    return {end, 0, before + definitions + (blankAfterNew && lineFollows ? u"\n"_s : QString())};
}

bool isClosingPunctuation(QStringView text, qsizetype at)
{
    if (at < 0 || at >= text.size())
        return false;
    static constexpr char16_t closing[] = u".,;:!?)]}\u201D\u2019\u3002\uFF0C\u3001\uFF1B\uFF1A\uFF01\uFF1F\uFF09"
                                          u"\u3011\u300D\u300F\u300B\u3009\u2026\uFF0E";
    const char16_t c = text[at].unicode();
    if (c == u'"' || c == u'\'')
        return at > 0 && !text[at - 1].isSpace();
    return std::char_traits<char16_t>::find(closing, std::size(closing) - 1, c) != nullptr;
}

qsizetype markerPosition(QStringView text, qsizetype caret, MarkerPlacement placement)
{
    caret = std::clamp<qsizetype>(caret, 0, text.size());
    if (placement == MarkerPlacement::AfterPunctuation) {
        while (isClosingPunctuation(text, caret))
            ++caret;
    } else {
        while (caret > 0 && isClosingPunctuation(text, caret - 1))
            --caret;
    }
    return caret;
}

} // namespace FootnoteText
} // namespace coinage
