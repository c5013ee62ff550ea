#include "TextCounter.h"

#include "Cjk.h"

#include <QString>
#include <QTextBoundaryFinder>

namespace coinage {
namespace {

bool isFence(QStringView line)
{
    const QStringView t = line.trimmed();
    return t.startsWith(u"```") || t.startsWith(u"~~~");
}

// A line made only of one repeated marker (setext underline, thematic break) or a table separator row.
bool isRuleLine(QStringView line)
{
    const QStringView t = line.trimmed();
    if (t.size() < 3)
        return false;
    bool table = t.contains(u'|');
    for (QChar c : t) {
        if (c == u' ' || c == u'\t')
            continue;
        if (table ? !(c == u'|' || c == u'-' || c == u':') : !(c == u'-' || c == u'=' || c == u'*' || c == u'_'))
            return false;
    }
    return true;
}

// Drops block syntax at the start of a line: indentation, quote markers, list markers, task boxes, heading hashes,
// footnote definition labels.
QStringView stripBlockMarkers(QStringView line)
{
    for (bool again = true; again;) {
        again = false;
        line = line.trimmed();
        if (line.startsWith(u'>')) {
            line = line.mid(1);
            again = true;
        } else if (line.size() >= 2 && (line[0] == u'-' || line[0] == u'*' || line[0] == u'+') && line[1] == u' ') {
            line = line.mid(2);
            again = true;
        } else if (line.startsWith(u"[ ]") || line.startsWith(u"[x]") || line.startsWith(u"[X]")) {
            line = line.mid(3);
        } else {
            qsizetype i = 0;
            while (i < line.size() && i < 9 && line[i].isDigit())
                ++i;
            if (i > 0 && i + 1 < line.size() && (line[i] == u'.' || line[i] == u')') && line[i + 1] == u' ') {
                line = line.mid(i + 2);
                again = true;
            }
        }
    }
    if (line.startsWith(u'#')) {
        qsizetype i = 0;
        while (i < line.size() && line[i] == u'#')
            ++i;
        if (i <= 6 && (i == line.size() || line[i] == u' '))
            line = line.mid(i).trimmed();
    }
    if (line.startsWith(u"[^")) {
        const qsizetype close = line.indexOf(u"]:");
        if (close > 2)
            line = line.mid(close + 2);
    }
    return line;
}

// Removes inline syntax: footnote markers, link and image targets, HTML tags and autolinks, emphasis and code
// markers, backslash escapes.
void appendInlineProse(QStringView line, QString &out)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (c == u'[' && i + 1 < line.size() && line[i + 1] == u'^') {
            const qsizetype close = line.indexOf(u']', i);
            if (close > i) {
                i = close;
                continue;
            }
        }
        if (c == u']' && i + 1 < line.size() && line[i + 1] == u'(') {
            const qsizetype close = line.indexOf(u')', i);
            if (close > i) {
                i = close;
                continue;
            }
        }
        if (c == u'<') {
            const qsizetype close = line.indexOf(u'>', i);
            if (close > i && close - i < 2048 && (i + 1 < line.size()) &&
                (line[i + 1].isLetter() || line[i + 1] == u'/' || line[i + 1] == u'!')) {
                i = close;
                continue;
            }
        }
        if (c == u'\\' && i + 1 < line.size() && line[i + 1].isPunct()) {
            out.append(line[++i]);
            continue;
        }
        if (c == u'*' || c == u'`' || c == u'[' || c == u']' ||
            (c == u'~' && i + 1 < line.size() && line[i + 1] == u'~'))
            continue;
        if (c == u'!' && i + 1 < line.size() && line[i + 1] == u'[')
            continue;
        out.append(c);
    }
}

} // namespace

QString proseOf(QStringView markdown)
{
    QString out;
    out.reserve(markdown.size());
    bool inFence = false;
    qsizetype start = 0;
    while (start <= markdown.size()) {
        qsizetype end = markdown.indexOf(u'\n', start);
        if (end < 0)
            end = markdown.size();
        QStringView line = markdown.sliced(start, end - start);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (isFence(line)) {
            inFence = !inFence;
            out.append(u'\n');
        } else if (inFence) {
            out.append(line);
            out.append(u'\n');
        } else if (!isRuleLine(line)) {
            const QStringView trimmed = line.trimmed();
            // Link reference definitions: "[label]: url" carry no prose.
            const bool linkDefinition = trimmed.startsWith(u'[') && !trimmed.startsWith(u"[^") &&
                                        trimmed.indexOf(u"]:") > 0 && !trimmed.contains(u' ', Qt::CaseSensitive);
            if (!linkDefinition)
                appendInlineProse(stripBlockMarkers(line), out);
            out.append(u'\n');
        } else {
            out.append(u'\n');
        }
        start = end + 1;
    }
    if (!out.isEmpty())
        out.chop(1);
    return out;
}

TextCounts countText(QStringView markdown)
{
    const QString prose = proseOf(markdown);
    TextCounts counts;

    bool inParagraph = false;
    for (qsizetype i = 0; i < prose.size(); ++i) {
        const char32_t c = prose[i].isHighSurrogate() && i + 1 < prose.size()
                               ? QChar::surrogateToUcs4(prose[i], prose[i + 1])
                               : char32_t(prose[i].unicode());
        if (c > 0xFFFF)
            ++i;
        if (c == u'\n') {
            const qsizetype next = prose.indexOf(u'\n', i + 1);
            const QStringView nextLine = QStringView(prose).sliced(i + 1, (next < 0 ? prose.size() : next) - i - 1);
            if (nextLine.trimmed().isEmpty())
                inParagraph = false;
            continue;
        }
        ++counts.characters;
        if (!QChar::isSpace(c)) {
            ++counts.charactersNoSpaces;
            if (!inParagraph) {
                inParagraph = true;
                ++counts.paragraphs;
            }
        }
        if (isCjk(c))
            ++counts.cjkCharacters;
    }

    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, prose);
    qsizetype from = 0;
    for (qsizetype to = finder.toNextBoundary(); to >= 0; to = finder.toNextBoundary()) {
        const QStringView segment = QStringView(prose).sliced(from, to - from);
        bool hasCjk = false;
        bool hasWordCharacter = false;
        for (qsizetype k = 0; k < segment.size(); ++k) {
            const QChar ch = segment[k];
            if (ch.isHighSurrogate() && k + 1 < segment.size()) {
                const char32_t u = QChar::surrogateToUcs4(ch, segment[k + 1]);
                hasCjk = hasCjk || isCjk(u);
                hasWordCharacter = hasWordCharacter || QChar::isLetterOrNumber(u);
                ++k;
                continue;
            }
            hasCjk = hasCjk || isCjk(ch.unicode());
            hasWordCharacter = hasWordCharacter || ch.isLetterOrNumber();
        }
        if (hasWordCharacter && !hasCjk)
            ++counts.otherWords;
        from = to;
    }
    counts.words = counts.cjkCharacters + counts.otherWords;
    return counts;
}

} // namespace coinage
