#include "BlockStarts.h"

#include "text/AsciiChars.h"

#include <QList>
#include <QString>

#include <array>

namespace coinage::blockstarts {
namespace {

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

QStringView trimmedEnd(QStringView s)
{
    while (!s.isEmpty() && (isSpaceOrTab(s.back()) || s.back() == u'\r'))
        s.chop(1);
    return s;
}

// The tag name at the start of s (letters, digits, '-', starting with a letter).
QStringView tagName(QStringView s)
{
    if (s.isEmpty() || !isAsciiLetter(s[0]))
        return {};
    qsizetype i = 1;
    while (i < s.size() && (isAsciiLetter(s[i]) || isAsciiDigit(s[i]) || s[i] == u'-'))
        ++i;
    return s.first(i);
}

bool isBlockTag(QStringView name)
{
    static constexpr std::array<const char16_t *, 62> names = {
        u"address",  u"article",  u"aside",    u"base",       u"basefont", u"blockquote", u"body",   u"caption",
        u"center",   u"col",      u"colgroup", u"dd",         u"details",  u"dialog",     u"dir",    u"div",
        u"dl",       u"dt",       u"fieldset", u"figcaption", u"figure",   u"footer",     u"form",   u"frame",
        u"frameset", u"h1",       u"h2",       u"h3",         u"h4",       u"h5",         u"h6",     u"head",
        u"header",   u"hr",       u"html",     u"iframe",     u"legend",   u"li",         u"link",   u"main",
        u"menu",     u"menuitem", u"nav",      u"noframes",   u"ol",       u"optgroup",   u"option", u"p",
        u"param",    u"search",   u"section",  u"summary",    u"table",    u"tbody",      u"td",     u"tfoot",
        u"th",       u"thead",    u"title",    u"tr",         u"track",    u"ul"};
    for (const char16_t *candidate : names) {
        if (name.compare(QStringView(candidate), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Kind 7: a complete open tag (with attributes) or closing tag, then only whitespace.
bool isCompleteTagLine(QStringView rest)
{
    const bool closing = rest.startsWith(u"</");
    const QStringView name = tagName(rest.sliced(closing ? 2 : 1));
    if (name.isEmpty())
        return false;
    qsizetype i = (closing ? 2 : 1) + name.size();
    QChar quote;
    for (; i < rest.size(); ++i) {
        const QChar c = rest[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'"' || c == u'\'') {
            if (closing)
                return false;
            quote = c;
        } else if (c == u'<') {
            return false;
        } else if (c == u'>') {
            return isBlank(rest.sliced(i + 1));
        }
    }
    return false;
}

} // namespace

bool isThematicBreak(QStringView rest)
{
    if (rest.isEmpty() || !(rest[0] == u'*' || rest[0] == u'-' || rest[0] == u'_'))
        return false;
    const QChar marker = rest[0];
    int count = 0;
    for (QChar c : rest) {
        if (c == marker)
            ++count;
        else if (!isSpaceOrTab(c) && c != u'\r')
            return false;
    }
    return count >= 3;
}

int atxHeading(QStringView rest, QStringView &content)
{
    int level = 0;
    while (level < rest.size() && rest[level] == u'#')
        ++level;
    if (level == 0 || level > 6 || (level < rest.size() && !isSpaceOrTab(rest[level]) && rest[level] != u'\r'))
        return 0;
    QStringView c = trimmedEnd(rest.sliced(level));
    while (!c.isEmpty() && isSpaceOrTab(c.front()))
        c = c.sliced(1);
    // An optional closing sequence of '#' preceded by a space (or making up the whole content).
    qsizetype end = c.size();
    while (end > 0 && c[end - 1] == u'#')
        --end;
    if (end == 0)
        c = {};
    else if (end < c.size() && isSpaceOrTab(c[end - 1]))
        c = trimmedEnd(c.first(end));
    content = c;
    return level;
}

int setextUnderline(QStringView rest)
{
    if (rest.isEmpty() || !(rest[0] == u'=' || rest[0] == u'-'))
        return 0;
    const QChar marker = rest[0];
    qsizetype i = 0;
    while (i < rest.size() && rest[i] == marker)
        ++i;
    if (!isBlank(rest.sliced(i)))
        return 0;
    return marker == u'=' ? 1 : 2;
}

Fence openingFence(QStringView rest)
{
    if (rest.isEmpty() || !(rest[0] == u'`' || rest[0] == u'~'))
        return {};
    const QChar character = rest[0];
    qsizetype length = 0;
    while (length < rest.size() && rest[length] == character)
        ++length;
    if (length < 3)
        return {};
    if (character == u'`' && rest.sliced(length).contains(u'`'))
        return {};
    return {character, length};
}

bool closesFence(QStringView rest, Fence open)
{
    qsizetype length = 0;
    while (length < rest.size() && rest[length] == open.character)
        ++length;
    return length >= open.length && isBlank(rest.sliced(length));
}

int htmlBlockStart(QStringView rest)
{
    if (rest.size() < 2 || rest[0] != u'<')
        return 0;
    const QStringView after = rest.sliced(1);
    for (QStringView name : {u"script", u"pre", u"style", u"textarea"}) {
        if (after.startsWith(name, Qt::CaseInsensitive)) {
            const QStringView tail = after.sliced(name.size());
            if (tail.isEmpty() || tail[0] == u'>' || isSpaceOrTab(tail[0]) || tail[0] == u'\r')
                return 1;
        }
    }
    if (after.startsWith(u"!--"))
        return 2;
    if (after.startsWith(u'?'))
        return 3;
    if (after.size() >= 2 && after[0] == u'!' && isAsciiLetter(after[1]))
        return 4;
    if (after.startsWith(u"![CDATA["))
        return 5;
    const bool closing = after.startsWith(u'/');
    const QStringView name = tagName(after.sliced(closing ? 1 : 0));
    if (!name.isEmpty() && isBlockTag(name)) {
        const QStringView tail = after.sliced((closing ? 1 : 0) + name.size());
        if (tail.isEmpty() || isSpaceOrTab(tail[0]) || tail[0] == u'>' || tail.startsWith(u"/>") || tail[0] == u'\r')
            return 6;
    }
    return isCompleteTagLine(rest) ? 7 : 0;
}

bool htmlBlockEnds(int kind, QStringView line)
{
    switch (kind) {
    case 1:
        for (QStringView end : {u"</script>", u"</pre>", u"</style>", u"</textarea>"}) {
            if (line.contains(end, Qt::CaseInsensitive))
                return true;
        }
        return false;
    case 2:
        return line.contains(u"-->");
    case 3:
        return line.contains(u"?>");
    case 4:
        return line.contains(u'>');
    case 5:
        return line.contains(u"]]>");
    default:
        return false;
    }
}

ListMarker listMarker(QStringView rest)
{
    ListMarker marker;
    if (rest.isEmpty())
        return marker;
    qsizetype width = 0;
    if (rest[0] == u'-' || rest[0] == u'+' || rest[0] == u'*') {
        marker.character = rest[0];
        width = 1;
    } else {
        int number = 0;
        while (width < rest.size() && width < 9 && isAsciiDigit(rest[width]))
            number = number * 10 + (rest[width++].unicode() - u'0');
        if (width == 0 || width >= rest.size() || !(rest[width] == u'.' || rest[width] == u')'))
            return marker;
        marker.ordered = true;
        marker.number = number;
        marker.character = rest[width];
        ++width;
    }
    if (width < rest.size() && !isSpaceOrTab(rest[width]) && rest[width] != u'\r')
        return marker;
    marker.width = width;
    marker.blankAfter = isBlank(rest.sliced(width));
    return marker;
}

qsizetype footnoteDefinition(QStringView rest)
{
    if (!rest.startsWith(u"[^"))
        return 0;
    qsizetype i = 2;
    while (i < rest.size() && rest[i] != u']' && !isSpaceOrTab(rest[i]) && rest[i] != u'[')
        ++i;
    if (i == 2 || i + 1 >= rest.size() || rest[i] != u']' || rest[i + 1] != u':')
        return 0;
    return i + 2;
}

int tableRowCells(QStringView rest)
{
    QStringView row = trimmedEnd(rest);
    if (row.startsWith(u'|'))
        row = row.sliced(1);
    int cells = 1;
    qsizetype codeRun = 0; // the length of the open code span's backtick run, 0 outside code
    for (qsizetype i = 0; i < row.size(); ++i) {
        const QChar c = row[i];
        if (c == u'\\' && i + 1 < row.size()) {
            ++i;
        } else if (c == u'`') {
            qsizetype run = 1;
            while (i + run < row.size() && row[i + run] == u'`')
                ++run;
            if (codeRun == 0)
                codeRun = row.sliced(i + run).contains(QString(run, u'`')) ? run : 0;
            else if (run == codeRun)
                codeRun = 0;
            i += run - 1;
        } else if (c == u'|' && codeRun == 0 && i + 1 < row.size()) {
            ++cells;
        }
    }
    return cells;
}

int tableDelimiterCells(QStringView rest)
{
    QStringView row = trimmedEnd(rest);
    if (!row.contains(u'-'))
        return 0;
    const bool piped = row.startsWith(u'|') || row.endsWith(u'|');
    if (row.startsWith(u'|'))
        row = row.sliced(1);
    if (row.endsWith(u'|'))
        row.chop(1);
    int cells = 0;
    for (QStringView cell : row.split(u'|')) {
        while (!cell.isEmpty() && isSpaceOrTab(cell.front()))
            cell = cell.sliced(1);
        while (!cell.isEmpty() && isSpaceOrTab(cell.back()))
            cell.chop(1);
        if (cell.startsWith(u':'))
            cell = cell.sliced(1);
        if (cell.endsWith(u':'))
            cell.chop(1);
        if (cell.isEmpty())
            return 0;
        for (QChar c : cell) {
            if (c != u'-')
                return 0;
        }
        ++cells;
    }
    return cells > 1 || piped ? cells : 0;
}

bool isLinkReferenceDefinition(QStringView rest)
{
    if (!rest.startsWith(u'[') || rest.startsWith(u"[^"))
        return false;
    qsizetype close = 1;
    while (close < rest.size() && rest[close] != u']') {
        if (rest[close] == u'[')
            return false;
        close += rest[close] == u'\\' ? 2 : 1;
    }
    if (close >= rest.size() - 1 || close == 1 || rest[close + 1] != u':')
        return false;
    QStringView tail = rest.sliced(close + 2);
    while (!tail.isEmpty() && isSpaceOrTab(tail.front()))
        tail = tail.sliced(1);
    if (tail.isEmpty())
        return false; // the destination on the next line: not handled, the line stays text
    qsizetype end = 0;
    if (tail[0] == u'<') {
        end = tail.indexOf(u'>');
        if (end < 0)
            return false;
        ++end;
    } else {
        while (end < tail.size() && !isSpaceOrTab(tail[end]))
            ++end;
    }
    tail = tail.sliced(end);
    while (!tail.isEmpty() && isSpaceOrTab(tail.front()))
        tail = tail.sliced(1);
    tail = trimmedEnd(tail);
    if (tail.isEmpty())
        return true;
    const QChar open = tail.front();
    const QChar closeQuote = open == u'(' ? u')' : open;
    return (open == u'"' || open == u'\'' || open == u'(') && tail.size() >= 2 && tail.back() == closeQuote && end > 0;
}

} // namespace coinage::blockstarts
