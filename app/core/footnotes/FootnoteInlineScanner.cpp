#include "FootnoteInlineScanner.h"

#include "text/AsciiChars.h"

namespace coinage {
namespace {

// The characters the inline scan stops at: \ ` $ [ ] < ^
constexpr bool isInlineSpecial(char16_t c)
{
    return c < 128 && ((c >= u'[' && c <= u'`') || c == u'$' || c == u'<');
}

} // namespace

// Finds the closing run of exactly n characters c after (s, i) in the paragraph; false when there is none.
bool FootnoteInlineScanner::findClosingRun(qsizetype &s, qsizetype &i, char16_t c, qsizetype n) const
{
    for (qsizetype seg = s; seg < m_segments.size(); ++seg) {
        qsizetype j = seg == s ? i : m_segments[seg].first;
        const qsizetype e = m_segments[seg].second;
        while (j < e) {
            if (t[j] != c) {
                ++j;
                continue;
            }
            qsizetype k = j;
            while (k < e && t[k] == c)
                ++k;
            if (k - j == n) {
                s = seg;
                i = k;
                return true;
            }
            j = k;
        }
    }
    return false;
}

// The index of the bracket matching the one at open (nesting counted, escapes skipped), within [open, e).
qsizetype FootnoteInlineScanner::matchingBracket(qsizetype open, qsizetype e, char16_t o, char16_t c) const
{
    int level = 0;
    for (qsizetype j = open; j < e; ++j) {
        if (t[j] == u'\\') {
            ++j;
        } else if (t[j] == o) {
            ++level;
        } else if (t[j] == c && --level == 0) {
            return j;
        }
    }
    return -1;
}

void FootnoteInlineScanner::scan(int inDefinition)
{
    for (qsizetype s = 0; s < m_segments.size(); ++s) {
        qsizetype i = m_segments[s].first;
        while (i < m_segments[s].second) {
            const qsizetype e = m_segments[s].second;
            // Skip to the next character that can start something (the hot loop of the whole scan).
            const char16_t *data = reinterpret_cast<const char16_t *>(t.data());
            while (i < e && !isInlineSpecial(data[i]))
                ++i;
            if (i >= e)
                break;
            const char16_t c = data[i];
            switch (c) {
            case u'\\':
                i += 2;
                break;
            case u'`':
            case u'$': {
                qsizetype n = 1;
                while (i + n < e && t[i + n] == c)
                    ++n;
                if (c == u'$' && n != 2) {
                    i += n;
                    break;
                }
                qsizetype s2 = s, i2 = i + n;
                if (findClosingRun(s2, i2, c, n)) {
                    s = s2;
                    i = i2;
                } else {
                    i += n;
                }
                break;
            }
            case u'[':
                i = bracket(i, e, inDefinition);
                break;
            case u']':
                if (i + 1 < e && t[i + 1] == u'(') {
                    const qsizetype close = matchingBracket(i + 1, e, u'(', u')');
                    i = close < 0 ? i + 1 : close + 1;
                } else {
                    ++i;
                }
                break;
            case u'<':
                if (i + 1 < e && (t[i + 1].isLetter() || t[i + 1] == u'/' || t[i + 1] == u'!')) {
                    const qsizetype close = t.sliced(i, e - i).indexOf(u'>');
                    i = close < 0 ? i + 1 : i + close + 1;
                } else {
                    ++i;
                }
                break;
            case u'^':
                if (i + 1 < e && t[i + 1] == u'[') {
                    const qsizetype close = matchingBracket(i + 1, e, u'[', u']');
                    if (close > i + 2) {
                        m_out.inlineNotes.append(InlineNote{{i, close + 1 - i}, {i + 2, close - i - 2}});
                        i = close + 1;
                        break;
                    }
                }
                ++i;
                break;
            default:
                ++i;
            }
        }
    }
}

// "[^label]" or "[1]" at i; returns where to go on.
qsizetype FootnoteInlineScanner::bracket(qsizetype i, qsizetype e, int inDefinition)
{
    if (i + 1 < e && t[i + 1] == u'^') {
        qsizetype j = i + 2;
        while (j < e && t[j] != u']' && t[j] != u'[')
            ++j;
        if (j >= e || t[j] != u']' || j == i + 2)
            return i + 1;
        const QStringView label = t.sliced(i + 2, j - i - 2);
        if (!m_out.badLabels.isEmpty() && m_out.badLabels.last().range.start == i)
            return j + 1; // "[^bad label]:", already recorded
        if (FootnoteScanner::isValidLabel(label))
            m_out.references.append({label.toString(), {i, j + 1 - i}, inDefinition});
        else if (!label.trimmed().isEmpty())
            m_out.badLabels.append({label.toString(), {i, j + 1 - i}, false});
        return j + 1;
    }
    qsizetype j = i + 1;
    while (j < e && j - i <= 4 && isAsciiDigit(t[j]))
        ++j;
    if (j == i + 1 || j >= e || t[j] != u']')
        return i + 1;
    const bool link = j + 1 < e && (t[j + 1] == u'(' || t[j + 1] == u'[' || t[j + 1] == u':');
    const bool linkLabel = i > 0 && (t[i - 1] == u']' || t[i - 1] == u'!');
    if (!link && !linkLabel)
        m_out.numberMarkers.append({t.sliced(i + 1, j - i - 1).toString(), {i, j + 1 - i}, false});
    return j + 1;
}
} // namespace coinage
