#include "SpellWordSplitter.h"

#include "jekyll/CodeRanges.h"
#include "text/Cjk.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coinage {
namespace {

// Everything on a prose line that is markup or machine text rather than words, as one alternation.
const QRegularExpression &skippedPattern()
{
    static const QRegularExpression pattern(
        QStringList{
            uR"(\{%.*?(?:%\}|$))"_s,                           // Liquid tag
            uR"(\{\{.*?(?:\}\}|$))"_s,                         // Liquid output
            uR"(\{[:#.][^}]*(?:\}|$))"_s,                      // kramdown attribute list, heading id
            uR"(<!--.*?(?:-->|$))"_s,                          // HTML comment
            uR"(<[A-Za-z][A-Za-z0-9+.\-]{1,31}:[^<>\s]*>)"_s,  // autolink
            uR"(<[^<>\s@]+@[^<>\s]+>)"_s,                      // e-mail autolink
            uR"(</?[A-Za-z][A-Za-z0-9\-]*(?:\s[^<>]*)?/?>)"_s, // HTML tag
            uR"(\[\^[^\]]*\]:?)"_s,                            // footnote label
            uR"(\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\))"_s, // link target
            uR"(\]\[[^\]]*\])"_s,                                                            // reference label
            uR"(^ {0,3}\[[^\]]+\]:\s*\S*)"_s,                                                // reference definition
            uR"(\b[A-Za-z][A-Za-z0-9+.\-]*://[^\s<>]+)"_s,                                   // URL
            uR"(\b(?:mailto|tel):[^\s<>]+)"_s, uR"(\bwww\.[^\s<>]+)"_s,
            uR"([\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+)"_s, // e-mail address
            uR"(\$\$.*?(?:\$\$|$))"_s,               // math
            uR"(&#?\w+;)"_s,                         // HTML entity
        }
            .join(u'|'),
        QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

bool isApostrophe(char32_t c)
{
    return c == U'\'' || c == U'\u2019';
}

bool isWordLetter(char32_t c)
{
    if (isCjk(c))
        return false;
    const QChar::Category category = QChar::category(c);
    return QChar::isLetter(c) || category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining;
}

bool isTokenChar(char32_t c)
{
    return isWordLetter(c) || QChar::isDigit(c) || c == U'_' || isApostrophe(c);
}

char32_t codePointAt(QStringView text, qsizetype i, qsizetype *size)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        *size = 2;
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    }
    *size = 1;
    return c.unicode();
}

// A token worth checking: letters only (no digit or underscore), not an acronym or a mixed-case name, two letters or
// more, and not part of a domain or file name (a '.' followed or preceded by a letter at its edge).
bool isCheckable(QStringView line, qsizetype start, qsizetype end)
{
    const QStringView token = line.sliced(start, end - start);
    qsizetype letters = 0;
    qsizetype upper = 0;
    bool upperAfterFirst = false;
    for (qsizetype i = 0; i < token.size();) {
        qsizetype size = 1;
        const char32_t c = codePointAt(token, i, &size);
        if (QChar::isDigit(c) || c == U'_')
            return false;
        if (QChar::isLetter(c)) {
            if (QChar::isUpper(c)) {
                ++upper;
                if (letters > 0)
                    upperAfterFirst = true;
            }
            ++letters;
        }
        i += size;
    }
    if (letters < 2 || upper == letters || upperAfterFirst)
        return false;
    const auto letterAt = [&line](qsizetype i) {
        return i >= 0 && i < line.size() && line.at(i).isLetterOrNumber();
    };
    if (end < line.size() && line.at(end) == u'.' && letterAt(end + 1))
        return false;
    if (start > 0 && line.at(start - 1) == u'.' && letterAt(start - 2))
        return false;
    if ((start > 0 && line.at(start - 1) == u'@') || (end < line.size() && line.at(end) == u'@'))
        return false;
    return true;
}

} // namespace

const QStringList &SpellWordSplitter::checkedFrontMatterKeys()
{
    static const QStringList keys{u"title"_s,   u"subtitle"_s, u"description"_s, u"excerpt"_s,
                                  u"summary"_s, u"caption"_s,  u"abstract"_s};
    return keys;
}

QString SpellWordSplitter::frontMatterKey(QStringView line)
{
    static const QRegularExpression key(uR"(^([A-Za-z0-9_][A-Za-z0-9_\-]*)\s*:(?:\s|$))"_s);
    const QRegularExpressionMatch match = key.matchView(line);
    return match.hasMatch() ? match.captured(1) : QString();
}

QList<SpellWordSplitter::Range> SpellWordSplitter::skippedRanges(QStringView line)
{
    QList<Range> ranges;
    for (const CodeRanges::Range &span : CodeRanges::inlineSpans(line))
        ranges.append({span.start, span.end});
    QRegularExpressionMatchIterator it = skippedPattern().globalMatchView(line);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        ranges.append({match.capturedStart(), match.capturedEnd()});
    }
    std::sort(ranges.begin(), ranges.end(), [](const Range &a, const Range &b) { return a.start < b.start; });
    return ranges;
}

QList<SpellWord> SpellWordSplitter::words(QStringView line, SpellLineKind kind)
{
    QList<SpellWord> words;
    if (kind == SpellLineKind::Skip)
        return words;
    QList<Range> skipped = skippedRanges(line);
    if (kind == SpellLineKind::FrontMatterValue) {
        const QString key = frontMatterKey(line);
        if (!key.isEmpty())
            skipped.prepend({0, line.indexOf(u':') + 1});
    }
    qsizetype nextSkip = 0;
    qsizetype skipEnd = 0; // positions before this are skipped
    qsizetype i = 0;
    while (i < line.size()) {
        while (nextSkip < skipped.size() && skipped.at(nextSkip).start <= i) {
            skipEnd = std::max(skipEnd, skipped.at(nextSkip).end);
            ++nextSkip;
        }
        qsizetype size = 1;
        const char32_t c = codePointAt(line, i, &size);
        if (i < skipEnd || !isTokenChar(c)) {
            i += size;
            continue;
        }
        // A token runs to the first non-token character or the next skipped range.
        const qsizetype limit = nextSkip < skipped.size() ? skipped.at(nextSkip).start : line.size();
        qsizetype end = i;
        while (end < limit) {
            qsizetype s = 1;
            if (!isTokenChar(codePointAt(line, end, &s)))
                break;
            end += s;
        }
        qsizetype start = i;
        i = end;
        // Quotes and emphasis underscores around a word are not part of it.
        const auto edge = [](QChar ch) {
            return isApostrophe(ch.unicode()) || ch == u'_';
        };
        while (start < end && edge(line.at(start)))
            ++start;
        while (end > start && edge(line.at(end - 1)))
            --end;
        if (start < end && isCheckable(line, start, end))
            words.append({start, end - start, line.sliced(start, end - start).toString()});
    }
    return words;
}

} // namespace coinage
