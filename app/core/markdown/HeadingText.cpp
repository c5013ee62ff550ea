// BlockScanner::headingText: the inline text of a heading as cmark-gfm's text and code nodes give it.
#include "BlockScanner.h"

namespace coinage {
namespace {

bool isAsciiPunctuation(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'!' && u <= u'/') || (u >= u':' && u <= u'@') || (u >= u'[' && u <= u'`') || (u >= u'{' && u <= u'~');
}

// The index of the bracket closing the one at `open` (nested brackets and escapes respected), or -1.
qsizetype matchingBracket(QStringView s, qsizetype open, QChar opening, QChar closing)
{
    int depth = 0;
    for (qsizetype i = open; i < s.size(); ++i) {
        if (s[i] == u'\\') {
            ++i;
        } else if (s[i] == u'`') {
            qsizetype run = 1;
            while (i + run < s.size() && s[i + run] == u'`')
                ++run;
            const qsizetype close = s.indexOf(QString(run, u'`'), i + run);
            i = (close < 0 ? i : close) + run - 1;
        } else if (s[i] == opening) {
            ++depth;
        } else if (s[i] == closing && --depth == 0) {
            return i;
        }
    }
    return -1;
}

QString decodeEntity(QStringView entity)
{
    static const struct
    {
        const char16_t *name;
        char16_t value;
    } named[] = {{u"amp", u'&'},  {u"lt", u'<'},      {u"gt", u'>'},      {u"quot", u'"'},     {u"apos", u'\''},
                 {u"nbsp", 0xA0}, {u"mdash", 0x2014}, {u"ndash", 0x2013}, {u"hellip", 0x2026}, {u"copy", 0xA9}};
    if (entity.startsWith(u'#')) {
        bool ok = false;
        const uint code = entity.size() > 1 && (entity[1] == u'x' || entity[1] == u'X')
                              ? entity.sliced(2).toUInt(&ok, 16)
                              : entity.sliced(1).toUInt(&ok);
        if (!ok || code == 0 || code > 0x10FFFF)
            return QString(QChar(QChar::ReplacementCharacter));
        const char32_t c = code;
        return QString::fromUcs4(&c, 1);
    }
    for (const auto &n : named) {
        if (entity == QStringView(n.name))
            return QString(QChar(n.value));
    }
    return {};
}

void appendInline(QStringView s, QString &out)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c == u'\\' && i + 1 < s.size() && isAsciiPunctuation(s[i + 1])) {
            out += s[++i];
        } else if (c == u'\\' && i + 1 < s.size() && s[i + 1] == u'\n') {
            out += u' ';
            ++i;
        } else if (c == u'`') {
            qsizetype run = 1;
            while (i + run < s.size() && s[i + run] == u'`')
                ++run;
            qsizetype close = i + run;
            for (;;) {
                close = s.indexOf(u'`', close);
                if (close < 0)
                    break;
                qsizetype closeRun = 1;
                while (close + closeRun < s.size() && s[close + closeRun] == u'`')
                    ++closeRun;
                if (closeRun == run)
                    break;
                close += closeRun;
            }
            if (close < 0) {
                out += s.sliced(i, run);
                i += run - 1;
                continue;
            }
            QString code = s.sliced(i + run, close - i - run).toString();
            code.replace(u'\n', u' ');
            if (code.size() >= 2 && code.front() == u' ' && code.back() == u' ' && !code.trimmed().isEmpty())
                code = code.sliced(1, code.size() - 2);
            out += code;
            i = close + run - 1;
        } else if (c == u'*' || c == u'~' ||
                   (c == u'_' &&
                    !(i > 0 && s[i - 1].isLetterOrNumber() && i + 1 < s.size() && s[i + 1].isLetterOrNumber()))) {
            continue; // emphasis and strikethrough delimiters
        } else if (c == u'[' && i + 1 < s.size() && s[i + 1] == u'^') {
            const qsizetype close = s.indexOf(u']', i);
            if (close < 0) {
                out += c;
                continue;
            }
            i = close; // a footnote reference
        } else if (c == u'[' || (c == u'!' && i + 1 < s.size() && s[i + 1] == u'[')) {
            const qsizetype open = c == u'!' ? i + 1 : i;
            const qsizetype close = matchingBracket(s, open, u'[', u']');
            const qsizetype after = close + 1;
            qsizetype end = -1;
            if (close > 0 && after < s.size() && s[after] == u'(')
                end = matchingBracket(s, after, u'(', u')');
            else if (close > 0 && after < s.size() && s[after] == u'[')
                end = matchingBracket(s, after, u'[', u']');
            if (end < 0) {
                out += c;
                continue;
            }
            appendInline(s.sliced(open + 1, close - open - 1), out);
            i = end;
        } else if (c == u'<') {
            const qsizetype close = s.indexOf(u'>', i);
            const QStringView inside = close > i ? s.sliced(i + 1, close - i - 1) : QStringView();
            const qsizetype colon = inside.indexOf(u':');
            if (close > i && colon > 1 && !inside.contains(u' ')) {
                out += inside; // an autolink shows its address
                i = close;
            } else if (close > i && !inside.isEmpty() &&
                       (inside[0].isLetter() || inside[0] == u'/' || inside[0] == u'!' || inside[0] == u'?')) {
                i = close; // inline HTML
            } else {
                out += c;
            }
        } else if (c == u'&') {
            const qsizetype semicolon = s.indexOf(u';', i);
            const QString decoded =
                semicolon > i + 1 && semicolon - i <= 32 ? decodeEntity(s.sliced(i + 1, semicolon - i - 1)) : QString();
            if (decoded.isEmpty()) {
                out += c;
            } else {
                out += decoded;
                i = semicolon;
            }
        } else {
            out += c;
        }
    }
}

} // namespace

QString BlockScanner::headingText(QStringView content)
{
    QString out;
    out.reserve(content.size());
    appendInline(content, out);
    return out.simplified();
}

} // namespace coinage
