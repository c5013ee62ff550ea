#include "FootnoteScanner.h"

#include "FootnoteInlineScanner.h"
#include "post/FrontMatter.h"
#include "text/AsciiChars.h"

namespace coinage {
namespace {

struct Indent
{
    int columns = 0;   // column reached
    qsizetype pos = 0; // first character that is not a space or tab
};

// Columns of indentation from pos (tabs stop every 4 columns), starting at column col.
Indent indentation(QStringView t, qsizetype pos, qsizetype end, int col)
{
    while (pos < end) {
        if (t[pos] == u' ')
            ++col;
        else if (t[pos] == u'\t')
            col += 4 - col % 4;
        else
            break;
        ++pos;
    }
    return {col, pos};
}

bool isAsciiWord(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_';
}

class DefinitionScanner
{
public:
    DefinitionScanner(QStringView text, FootnoteScan &out)
        : t(text)
        , m_out(out)
    {}

    void run(qsizetype from)
    {
        qsizetype ls = from;
        const qsizetype size = t.size();
        while (ls <= size) {
            qsizetype le = t.indexOf(u'\n', ls);
            if (le < 0)
                le = size;
            line(ls, le);
            if (le >= size)
                break;
            ls = le + 1;
        }
        closeFrom(0);
    }

private:
    enum class Kind
    {
        Quote,
        Item,
        Definition
    };
    struct Container
    {
        Kind kind = Kind::Quote;
        int indent = 0;      // content column (Item, Definition)
        int definition = -1; // index into m_out.definitions (Definition)
        // (Definition) The last line was an indented continuation line: kramdown's footnote definition takes the
        // next non-blank lines too, however little they are indented ("lazy" lines), until a blank line.
        bool lazy = false;
    };
    struct Fence
    {
        bool open = false;
        char16_t ch = u'`';
        qsizetype length = 0;
        qsizetype depth = 0;
    };

    QStringView t;
    FootnoteScan &m_out;
    QList<Container> m_stack;
    FootnoteInlineScanner::Segments m_segments; // the lines of the current paragraph
    bool m_inParagraph = false;
    bool m_code = false; // the last non-blank line was indented code
    Fence m_fence;

    bool isBlank(qsizetype p, qsizetype e) const
    {
        for (; p < e; ++p) {
            if (t[p] != u' ' && t[p] != u'\t')
                return false;
        }
        return true;
    }

    int currentDefinition() const
    {
        for (qsizetype i = m_stack.size() - 1; i >= 0; --i) {
            if (m_stack[i].kind == Kind::Definition)
                return m_stack[i].definition;
        }
        return -1;
    }

    void line(qsizetype ls, qsizetype le)
    {
        processLine(ls, le);
        if (isBlank(ls, le))
            return;
        for (const Container &c : std::as_const(m_stack)) {
            if (c.kind == Kind::Definition) {
                FootnoteDefinition &d = m_out.definitions[c.definition];
                d.range.length = le - d.range.start;
            }
        }
    }

    void processLine(qsizetype ls, qsizetype le)
    {
        qsizetype p = ls;
        int col = 0;
        const bool blank = isBlank(ls, le);
        qsizetype matched = 0;
        bool swallowed = false; // a lazy line a definition takes
        for (; matched < m_stack.size(); ++matched) {
            const Container &c = m_stack[matched];
            const Indent in = indentation(t, p, le, col);
            if (c.kind == Kind::Quote) {
                if (in.columns - col > 3 || in.pos >= le || t[in.pos] != u'>')
                    break;
                p = in.pos + 1;
                col = in.columns + 1;
                if (p < le && t[p] == u' ') {
                    ++p;
                    ++col;
                }
                continue;
            }
            if (blank)
                continue;
            if (in.columns < c.indent) {
                if (c.kind == Kind::Definition && c.lazy && isLazyLine(in.pos, le)) {
                    swallowed = true; // taken into the definition as it stands
                    continue;
                }
                break;
            }
            while (col < c.indent && p < le) {
                col = t[p] == u'\t' ? col + 4 - col % 4 : col + 1;
                ++p;
            }
        }
        const bool restBlank = isBlank(p, le);
        for (qsizetype i = 0; i < matched; ++i)
            m_stack[i].lazy = m_stack[i].kind == Kind::Definition && !restBlank;
        if (matched < m_stack.size()) {
            bool lazy = !restBlank && m_inParagraph && !m_fence.open && !startsBlock(p, le, col);
            for (qsizetype i = matched; lazy && i < m_stack.size(); ++i)
                lazy = m_stack[i].kind != Kind::Definition;
            if (lazy) {
                // "[^label]:" here is glued to the paragraph above.
                const qsizetype q = indentation(t, p, le, col).pos;
                if (t[q] == u'[' && q + 1 < le && t[q + 1] == u'^' && definition(ls, q, le, col))
                    return;
                m_segments.append({p, le});
                return;
            }
            closeFrom(matched);
        }
        if (m_fence.open) {
            if (isFenceClose(p, le, col))
                m_fence.open = false;
            return;
        }
        if (restBlank) {
            flushParagraph();
            return;
        }
        if (swallowed && m_code) {
            // kramdown's indented code block takes lazy lines too: a "[^label]:" line is code in the note.
            const qsizetype q = indentation(t, p, le, col).pos;
            if (t[q] == u'[' && q + 1 < le && t[q + 1] == u'^')
                definition(ls, q, le, col, true);
            return;
        }
        m_code = false;
        for (;;) {
            const Indent in = indentation(t, p, le, col);
            if (in.columns - col >= 4) {
                if (m_inParagraph)
                    break;
                m_code = true;
                return; // indented code
            }
            const qsizetype q = in.pos;
            if (t[q] == u'>') {
                flushParagraph();
                m_stack.append({Kind::Quote, 0, -1});
                p = q + 1;
                col = in.columns + 1;
                if (p < le && t[p] == u' ') {
                    ++p;
                    ++col;
                }
                if (isBlank(p, le))
                    return;
                continue;
            }
            if (isThematicBreakOrUnderline(q, le)) {
                flushParagraph();
                return;
            }
            if (const qsizetype markerEnd = listMarkerEnd(q, le); markerEnd > 0) {
                flushParagraph();
                const int markerCol = in.columns + int(markerEnd - q);
                const Indent after = indentation(t, markerEnd, le, markerCol);
                const int spaces = after.columns - markerCol;
                const bool empty = after.pos >= le;
                const int indent = (empty || spaces > 4) ? markerCol + 1 : after.columns;
                m_stack.append({Kind::Item, indent, -1});
                p = empty ? le : (spaces > 4 ? markerEnd + 1 : after.pos);
                col = empty ? markerCol : indent;
                if (empty)
                    return;
                continue;
            }
            if (t[q] == u'#') {
                qsizetype h = q;
                while (h < le && t[h] == u'#')
                    ++h;
                if (h - q <= 6 && (h == le || t[h] == u' ' || t[h] == u'\t')) {
                    flushParagraph();
                    m_segments.append({h, le});
                    flushParagraph();
                    return;
                }
            }
            if (openFence(q, le)) {
                flushParagraph();
                return;
            }
            if (!m_inParagraph && t[q] == u'$' && q + 1 < le && t[q + 1] == u'$') {
                const QStringView rest = t.sliced(q + 2, le - q - 2);
                if (!rest.contains(u"$$")) {
                    m_fence = {true, u'$', 2, m_stack.size()};
                    return; // a math block's first line
                }
                if (rest.trimmed().endsWith(u"$$"))
                    return; // a one-line math block
            }
            if (t[q] == u'[' && q + 1 < le) {
                // A "[^label]:" line swallowed into a note's paragraph is printed as text in that note.
                if (t[q + 1] == u'^' && (currentDefinition() < 0 || (swallowed && m_inParagraph)) &&
                    definition(ls, q, le, col))
                    return;
                if (!m_inParagraph && t[q + 1] != u'^' && isLinkDefinition(q, le))
                    return;
            }
            break;
        }
        m_segments.append({p, le});
        m_inParagraph = true;
    }

    // Something that ends a paragraph instead of continuing it lazily.
    bool startsBlock(qsizetype p, qsizetype le, int col) const
    {
        const Indent in = indentation(t, p, le, col);
        if (in.columns - col >= 4)
            return false;
        const QChar c = t[in.pos];
        return c == u'>' || c == u'#' || isThematicBreakOrUnderline(in.pos, le) || listMarkerEnd(in.pos, le) > 0 ||
               ((c == u'`' || c == u'~') && fenceRun(in.pos, le) >= 3);
    }

    // A line kramdown's footnote definition takes after an indented line: anything that is not blank, an IAL
    // ("{:"), an end-of-block marker ("^") or an HTML block tag ("<tag" / "</tag", approximated).
    bool isLazyLine(qsizetype q, qsizetype le) const
    {
        if (q >= le)
            return false;
        if (t[q] == u'{' && q + 1 < le && t[q + 1] == u':')
            return false;
        if (t[q] == u'^' && isBlank(q + 1, le))
            return false;
        if (t[q] == u'<' && q + 1 < le) {
            const QChar n = t[q + 1] == u'/' && q + 2 < le ? t[q + 2] : t[q + 1];
            if ((n >= u'a' && n <= u'z') || (n >= u'A' && n <= u'Z'))
                return false;
        }
        return true;
    }

    qsizetype fenceRun(qsizetype q, qsizetype le) const
    {
        qsizetype n = 0;
        while (q + n < le && t[q + n] == t[q])
            ++n;
        return n;
    }

    bool openFence(qsizetype q, qsizetype le)
    {
        if (t[q] != u'`' && t[q] != u'~')
            return false;
        const qsizetype n = fenceRun(q, le);
        if (n < 3)
            return false;
        if (t[q] == u'`' && t.sliced(q + n, le - q - n).contains(u'`'))
            return false;
        m_fence = {true, t[q].unicode(), n, m_stack.size()};
        return true;
    }

    bool isFenceClose(qsizetype p, qsizetype le, int col) const
    {
        const Indent in = indentation(t, p, le, col);
        if (in.columns - col > 3 || in.pos >= le)
            return false;
        if (m_fence.ch == u'$')
            return t.sliced(in.pos, le - in.pos).trimmed().endsWith(u"$$");
        if (t[in.pos] != m_fence.ch)
            return false;
        const qsizetype n = fenceRun(in.pos, le);
        return n >= m_fence.length && isBlank(in.pos + n, le);
    }

    // "---", "***", "___" (spaces allowed), or a setext underline "===" / "---" after a paragraph.
    bool isThematicBreakOrUnderline(qsizetype q, qsizetype le) const
    {
        const QChar c = t[q];
        if (c != u'-' && c != u'*' && c != u'_' && c != u'=')
            return false;
        int count = 0;
        bool spaced = false;
        for (qsizetype i = q; i < le; ++i) {
            if (t[i] == c)
                ++count;
            else if (t[i] == u' ' || t[i] == u'\t')
                spaced = true;
            else
                return false;
        }
        if (c == u'=')
            return m_inParagraph && !spaced;
        return count >= 3 || (c == u'-' && m_inParagraph && !spaced);
    }

    // The end of a list marker ("-", "*", "+", "1.", "1)") followed by a space or the line's end, else 0.
    qsizetype listMarkerEnd(qsizetype q, qsizetype le) const
    {
        qsizetype e = q;
        const QChar c = t[q];
        if (c == u'-' || c == u'*' || c == u'+') {
            e = q + 1;
        } else {
            while (e < le && e - q < 9 && isAsciiDigit(t[e]))
                ++e;
            if (e == q || e >= le || (t[e] != u'.' && t[e] != u')'))
                return 0;
            ++e;
        }
        if (e < le && t[e] != u' ' && t[e] != u'\t')
            return 0;
        return e;
    }

    // "[id]: url" at the start of a block: not scanned (its URL is no text).
    bool isLinkDefinition(qsizetype q, qsizetype le) const
    {
        const qsizetype close = t.sliced(q, le - q).indexOf(u"]:");
        if (close <= 1)
            return false;
        const QStringView label = t.sliced(q + 1, close - 1);
        return !label.contains(u'[') && !label.contains(u']') && q + close + 2 < le &&
               (t[q + close + 2] == u' ' || t[q + close + 2] == u'\t');
    }

    // "[^label]:" at q: a definition (or a definition-like line with a bad label). Returns true when handled.
    bool definition(qsizetype ls, qsizetype q, qsizetype le, int col, bool inCode = false)
    {
        const qsizetype close = t.sliced(q, le - q).indexOf(u']');
        if (close < 3 || q + close + 1 >= le || t[q + close + 1] != u':')
            return false;
        const QStringView label = t.sliced(q + 2, close - 2);
        if (!FootnoteScanner::isValidLabel(label)) {
            if (!label.contains(u'['))
                m_out.badLabels.append({label.toString(), {q, close + 2}, true});
            return false;
        }
        FootnoteDefinition d;
        d.label = label.toString();
        d.depth = int(m_stack.size());
        d.glued = m_inParagraph || inCode;
        d.parent = d.glued ? currentDefinition() : -1;
        d.marker = {q, close + 2};
        d.range.start = d.depth == 0 ? ls : q;
        d.range.length = le - d.range.start;
        const qsizetype cs = indentation(t, q + close + 2, le, 0).pos;
        d.content = {cs, le - cs};
        if (inCode) {
            d.text = t.sliced(cs, le - cs).trimmed().toString();
            m_out.definitions.append(d);
            return true;
        }
        if (d.glued) {
            // kramdown reads the line as part of the paragraph above.
            d.text = t.sliced(cs, le - cs).trimmed().toString();
            m_out.definitions.append(d);
            m_segments.append({cs, le});
            return true;
        }
        flushParagraph();
        m_out.definitions.append(d);
        m_stack.append({Kind::Definition, col + 4, int(m_out.definitions.size() - 1)});
        if (cs < le) {
            m_segments.append({cs, le});
            m_inParagraph = true;
        }
        return true;
    }

    void closeFrom(qsizetype depth)
    {
        flushParagraph();
        if (m_fence.open && m_fence.depth > depth)
            m_fence.open = false;
        while (m_stack.size() > depth) {
            const Container c = m_stack.takeLast();
            if (c.kind == Kind::Definition)
                finishDefinition(m_out.definitions[c.definition]);
        }
    }

    void finishDefinition(FootnoteDefinition &d) const
    {
        d.content.length = std::max<qsizetype>(0, d.range.end() - d.content.start);
        QString text;
        const QStringView content = t.sliced(d.content.start, d.content.length);
        bool first = true;
        for (QStringView line : content.split(u'\n')) {
            if (!first) {
                text += u'\n';
                const Indent in = indentation(line, 0, std::min<qsizetype>(line.size(), 4), 0);
                line = line.sliced(in.pos);
            }
            text += line;
            first = false;
        }
        d.text = text.trimmed();
    }

    void flushParagraph()
    {
        if (!m_segments.isEmpty()) {
            FootnoteInlineScanner(t, m_segments, m_out).scan(currentDefinition());
            m_segments.clear();
        }
        m_inParagraph = false;
    }
};

} // namespace

bool FootnoteScanner::isValidLabel(QStringView label)
{
    if (label.isEmpty() || label.front() == u'-')
        return false;
    for (QChar c : label) {
        if (!isAsciiWord(c) && c != u'-')
            return false;
    }
    return true;
}

FootnoteScan FootnoteScanner::scan(QStringView text)
{
    FootnoteScan result;
    const FrontMatterSplit split = splitFrontMatter(text);
    result.bodyStart = split.hasFrontMatter() ? split.bodyStart : 0;
    DefinitionScanner(text, result).run(result.bodyStart);
    return result;
}

} // namespace coinage
