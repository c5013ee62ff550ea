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
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        const char16_t u = c.unicode();
        // Only these characters start syntax: everything else is prose.
        if (u != u'[' && u != u']' && u != u'<' && u != u'\\' && u != u'*' && u != u'`' && u != u'~' && u != u'!')
            continue;
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

inline WordClass wordClass(char16_t c)
{
    if (c < 0x80)
        return asciiClasses[c];
    if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
        (c >= 0x3041 && c <= 0x3096))
        return WordClass::Other; // ideographs and hiragana letters: a boundary on each side
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

inline bool isWordSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v';
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

// The same count without the boundary finder for tokens of known characters (ASCII, ideographs, common
// punctuation): runs of letters, digits and '_' joined by UAX #29's rules WB5-WB13b. -1 for an unknown character.
qsizetype countKnownToken(const char16_t *token, qsizetype size)
{
    qsizetype words = 0;
    bool inRun = false;
    bool runHasWordCharacter = false;
    WordClass previous = WordClass::Other;
    for (qsizetype i = 0; i < size; ++i) {
        char16_t c = token[i];
        if (c < 0x80 && inRun && (asciiClasses[c] == WordClass::Letter || asciiClasses[c] == WordClass::Numeric)) {
            previous = asciiClasses[c]; // the common case: a word goes on
            runHasWordCharacter = true;
            continue;
        }
        WordClass kind;
        if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(token[i + 1])) {
            const char32_t u = QChar::surrogateToUcs4(c, token[i + 1]);
            if (!((u >= 0x20000 && u <= 0x2EBEF) || (u >= 0x30000 && u <= 0x323AF)))
                return -1;
            ++i;
            kind = WordClass::Other; // an astral ideograph
        } else {
            kind = wordClass(c);
        }
        switch (kind) {
        case WordClass::Unknown:
            return -1;
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
            if (inRun && i + 1 < size) {
                const WordClass next = wordClass(token[i + 1]);
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
    return words;
}

qsizetype countOtherWords(QStringView prose)
{
    const char16_t *data = prose.utf16();
    const qsizetype size = prose.size();
    qsizetype words = 0;
    qsizetype i = 0;
    while (i < size) {
        while (i < size && isWordSpace(data[i]))
            ++i;
        const qsizetype start = i;
        while (i < size && !isWordSpace(data[i]))
            ++i;
        if (i == start)
            break;
        const qsizetype known = countKnownToken(data + start, i - start);
        words += known >= 0 ? known : countWithBoundaryFinder(prose.sliced(start, i - start));
    }
    return words;
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

    // A paragraph starts at each non-blank line after a blank one (or at the first).
    const char16_t *data = QStringView(prose).utf16();
    const qsizetype size = prose.size();
    bool lineHasText = false;
    bool previousLineBlank = true;
    for (qsizetype i = 0; i < size; ++i) {
        char32_t c = data[i];
        if (c == u'\n') {
            previousLineBlank = !lineHasText;
            lineHasText = false;
            continue;
        }
        ++counts.characters;
        bool space;
        if (c < 0x80) {
            space = c == u' ' || (c >= 0x09 && c <= 0x0D);
        } else {
            if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(data[i + 1]))
                c = QChar::surrogateToUcs4(char16_t(c), data[++i]);
            space = QChar::isSpace(c);
            if (isCjk(c))
                ++counts.cjkCharacters;
        }
        if (!space) {
            ++counts.charactersNoSpaces;
            if (!lineHasText && previousLineBlank)
                ++counts.paragraphs;
            lineHasText = true;
        }
    }

    counts.otherWords = countOtherWords(prose);
    counts.words = counts.cjkCharacters + counts.otherWords;
    return counts;
}

} // namespace coinage
