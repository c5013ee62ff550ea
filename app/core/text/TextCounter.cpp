#include "TextCounter.h"

#include "Cjk.h"

#include <QString>
#include <QTextBoundaryFinder>

#include <array>

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

constexpr std::array<bool, 128> startsInlineSyntax = [] {
    std::array<bool, 128> table{};
    for (char c : {'[', ']', '<', '\\', '*', '`', '~', '!'})
        table[size_t(c)] = true;
    return table;
}();

// Removes inline syntax: footnote markers, link and image targets, HTML tags and autolinks, emphasis and code
// markers, backslash escapes.
void appendInlineProse(QStringView line, QString &out)
{
    // Characters are copied in runs: a run ends where syntax is dropped or replaced.
    qsizetype run = 0;
    auto skip = [&](qsizetype from, qsizetype to) { // drops line[from, to)
        out.append(line.sliced(run, from - run));
        run = to;
    };
    const char16_t *data = line.utf16();
    for (qsizetype i = 0; i < line.size(); ++i) {
        // Only the characters of startsInlineSyntax start syntax: everything else is prose.
        if (data[i] >= 0x80 || !startsInlineSyntax[data[i]])
            continue;
        const QChar c = line[i];
        if (c == u'[' && i + 1 < line.size() && line[i + 1] == u'^') {
            const qsizetype close = line.indexOf(u']', i);
            if (close > i) {
                skip(i, close + 1);
                i = close;
                continue;
            }
        }
        if (c == u']' && i + 1 < line.size() && line[i + 1] == u'(') {
            const qsizetype close = line.indexOf(u')', i);
            if (close > i) {
                skip(i, close + 1);
                i = close;
                continue;
            }
        }
        if (c == u'<') {
            const qsizetype close = line.indexOf(u'>', i);
            if (close > i && close - i < 2048 && (i + 1 < line.size()) &&
                (line[i + 1].isLetter() || line[i + 1] == u'/' || line[i + 1] == u'!')) {
                skip(i, close + 1);
                i = close;
                continue;
            }
        }
        if (c == u'\\' && i + 1 < line.size() && line[i + 1].isPunct()) {
            skip(i, i + 1); // the escaped character stays
            ++i;
            continue;
        }
        if (c == u'*' || c == u'`' || c == u'[' || c == u']' ||
            (c == u'~' && i + 1 < line.size() && line[i + 1] == u'~')) {
            skip(i, i + 1);
            continue;
        }
        if (c == u'!' && i + 1 < line.size() && line[i + 1] == u'[') {
            skip(i, i + 1);
            continue;
        }
    }
    out.append(line.sliced(run));
}

// Word_Break classes (Unicode UAX #29) of the characters the fast path knows; Unknown sends a token to
// QTextBoundaryFinder.
enum class WordClass : quint8
{
    Other,
    Letter, // ALetter
    Numeric,
    ExtendNumLet, // '_'
    MidLetter,    // ':'
    MidNum,       // ',' ';'
    MidNumLet,    // '.' and the apostrophes (MidNumLetQ)
    Space,        // ' ', '\t', '\n', '\r', '\f', '\v': the spaces that separate tokens
    Unknown
};

constexpr WordClass asciiClass(char16_t c)
{
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'))
        return WordClass::Letter;
    if (c >= u'0' && c <= u'9')
        return WordClass::Numeric;
    switch (c) {
    case u'_':
        return WordClass::ExtendNumLet;
    case u':':
        return WordClass::MidLetter;
    case u',':
    case u';':
        return WordClass::MidNum;
    case u'.':
    case u'\'':
        return WordClass::MidNumLet;
    case u' ':
    case u'\t':
    case u'\n':
    case u'\r':
    case u'\f':
    case u'\v':
        return WordClass::Space;
    default:
        return c < 0x20 || c == 0x7F ? WordClass::Unknown : WordClass::Other;
    }
}

constexpr std::array<WordClass, 128> asciiClasses = [] {
    std::array<WordClass, 128> table{};
    for (char16_t c = 0; c < 128; ++c)
        table[c] = asciiClass(c);
    return table;
}();

// Ideographs and hiragana letters of the BMP: CJK characters (isCjk) with a word boundary on each side.
inline bool isKnownIdeograph(char16_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x3041 && c <= 0x3096);
}

// The class of a character outside ASCII and the known ideographs: the punctuation of CJK and English prose.
WordClass punctuationClass(char16_t c)
{
    switch (c) {
    case 0xFF0C: // ，
    case 0xFF1B: // ；
        return WordClass::MidNum;
    case 0xFF1A: // ：
        return WordClass::MidLetter;
    case 0xFF0E: // ．
    case 0x2018: // ‘
    case 0x2019: // ’
        return WordClass::MidNumLet;
    case 0x3001: // 、
    case 0x3002: // 。
    case 0x300A: // 《
    case 0x300B: // 》
    case 0x300C: // 「
    case 0x300D: // 」
    case 0x300E: // 『
    case 0x300F: // 』
    case 0x3010: // 【
    case 0x3011: // 】
    case 0xFF01: // ！
    case 0xFF08: // （
    case 0xFF09: // ）
    case 0xFF1F: // ？
    case 0x2013: // –
    case 0x2014: // —
    case 0x2026: // …
    case 0x201C: // “
    case 0x201D: // ”
    case 0x00D7: // ×
        return WordClass::Other;
    default:
        return WordClass::Unknown;
    }
}

inline WordClass wordClass(char16_t c)
{
    if (c < 0x80)
        return asciiClasses[c];
    if (isKnownIdeograph(c))
        return WordClass::Other;
    return punctuationClass(c);
}

inline bool isWordSpace(char16_t c)
{
    return c < 0x80 && asciiClasses[c] == WordClass::Space;
}

// Words of a token (no spaces) by Unicode word boundaries: segments with a letter or number and no CJK character.
qsizetype countWithBoundaryFinder(QStringView token)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, token.data(), token.size());
    qsizetype from = 0;
    qsizetype words = 0;
    for (qsizetype to = finder.toNextBoundary(); to >= 0; to = finder.toNextBoundary()) {
        const QStringView segment = token.sliced(from, to - from);
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
            ++words;
        from = to;
    }
    return words;
}

// What a token (the characters between two word spaces) adds to the counts.
struct TokenCounts
{
    qsizetype end = 0; // where the token ends: a word space or the end of the text
    qsizetype words = 0;
    qsizetype cjk = 0;
    qsizetype codePoints = 0;
};

// The token at data[start] when all its characters are known (ASCII, ideographs, common punctuation): its words are
// runs of letters, digits and '_' joined by UAX #29's rules WB5-WB13b, as QTextBoundaryFinder finds them. None of
// the known characters is a space (QChar::isSpace), so every one counts as a character without spaces. false at an
// unknown character: countText then takes the token one code point at a time.
bool countKnownToken(const char16_t *data, qsizetype size, qsizetype start, TokenCounts &token)
{
    qsizetype words = 0;
    qsizetype cjk = 0;
    qsizetype pairs = 0;
    bool inRun = false;
    bool runHasWordCharacter = false;
    WordClass previous = WordClass::Other;
    qsizetype i = start;
    for (; i < size; ++i) {
        const char16_t c = data[i];
        WordClass kind;
        if (c < 0x80) {
            kind = asciiClasses[c];
            if (inRun && (kind == WordClass::Letter || kind == WordClass::Numeric)) {
                previous = kind; // the common case: a word goes on
                runHasWordCharacter = true;
                continue;
            }
            if (kind == WordClass::Space)
                break;
        } else if (isKnownIdeograph(c)) {
            ++cjk;
            kind = WordClass::Other;
        } else if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(data[i + 1])) {
            const char32_t u = QChar::surrogateToUcs4(c, data[i + 1]);
            if (!((u >= 0x20000 && u <= 0x2EBEF) || (u >= 0x30000 && u <= 0x323AF)))
                return false;
            ++i;
            ++pairs;
            ++cjk;
            kind = WordClass::Other; // an astral ideograph
        } else {
            kind = punctuationClass(c);
        }
        switch (kind) {
        case WordClass::Unknown:
        case WordClass::Space: // not reached: handled above
            return false;
        case WordClass::Letter:
        case WordClass::Numeric:
        case WordClass::ExtendNumLet:
            if (!inRun) {
                inRun = true;
                runHasWordCharacter = kind != WordClass::ExtendNumLet;
            } else if (kind != WordClass::ExtendNumLet) {
                runHasWordCharacter = true;
            }
            previous = kind;
            continue;
        case WordClass::MidLetter:
        case WordClass::MidNum:
        case WordClass::MidNumLet:
            // A word space or the end after it ends the run: neither is a letter or a digit.
            if (inRun && i + 1 < size) {
                const WordClass next = wordClass(data[i + 1]);
                const bool letters = previous == WordClass::Letter && next == WordClass::Letter &&
                                     (kind == WordClass::MidLetter || kind == WordClass::MidNumLet);
                const bool numbers = previous == WordClass::Numeric && next == WordClass::Numeric &&
                                     (kind == WordClass::MidNum || kind == WordClass::MidNumLet);
                if (letters || numbers)
                    continue;
            }
            break;
        case WordClass::Other:
            break;
        }
        if (inRun && runHasWordCharacter)
            ++words;
        inRun = false;
    }
    if (inRun && runHasWordCharacter)
        ++words;
    token.end = i;
    token.words = words;
    token.cjk = cjk;
    token.codePoints = i - start - pairs;
    return true;
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
    const char16_t *data = QStringView(prose).utf16();
    const qsizetype size = prose.size();
    TextCounts counts;

    // One pass over the prose, token by token. A paragraph starts at the first non-space character of a line after
    // a blank one (or of the first line).
    bool lineHasText = false;
    bool previousLineBlank = true;
    auto nonSpace = [&] {
        ++counts.charactersNoSpaces;
        if (!lineHasText && previousLineBlank)
            ++counts.paragraphs;
        lineHasText = true;
    };
    TokenCounts token;
    qsizetype i = 0;
    while (i < size) {
        const char16_t c = data[i];
        if (isWordSpace(c)) {
            if (c == u'\n') {
                previousLineBlank = !lineHasText;
                lineHasText = false;
            } else {
                ++counts.characters;
            }
            ++i;
            continue;
        }
        if (countKnownToken(data, size, i, token)) {
            nonSpace();
            counts.charactersNoSpaces += token.codePoints - 1;
            counts.characters += token.codePoints;
            counts.cjkCharacters += token.cjk;
            counts.otherWords += token.words;
            i = token.end;
            continue;
        }
        // A token with other characters (accents, other scripts, emoji, non-ASCII spaces): one code point at a
        // time, its words by QTextBoundaryFinder.
        const qsizetype start = i;
        for (; i < size && !isWordSpace(data[i]); ++i) {
            char32_t u = data[i];
            if (QChar::isHighSurrogate(u) && i + 1 < size && QChar::isLowSurrogate(data[i + 1]))
                u = QChar::surrogateToUcs4(char16_t(u), data[++i]);
            ++counts.characters;
            if (isCjk(u))
                ++counts.cjkCharacters;
            if (!QChar::isSpace(u))
                nonSpace();
        }
        counts.otherWords += countWithBoundaryFinder(QStringView(prose).sliced(start, i - start));
    }
    counts.words = counts.cjkCharacters + counts.otherWords;
    return counts;
}

} // namespace coinage
