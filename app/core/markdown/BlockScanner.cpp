#include "BlockScanner.h"

#include "BlockStarts.h"
#include "text/AsciiChars.h"

#include <vector>

namespace coinage {
namespace {

using namespace blockstarts;
using Type = ScanBlock::Type;

// An open container: a list, a list item, a block quote or a footnote definition.
struct Container
{
    Type type = Type::Quote;
    qsizetype block = 0;   // its index in the block list
    int contentIndent = 0; // Item: the columns its content is indented by (marker offset + padding)
    bool hasChild = false; // Item: something was added to it (an item may begin with one blank line only)
    bool ordered = false;  // List: the kind of its items
    QChar character;       // List: '-', '+', '*' or '.', ')'
};

Container container(Type type)
{
    Container c;
    c.type = type;
    return c;
}

enum class Leaf
{
    None,
    Paragraph,
    Fenced,
    Indented,
    Html,
    Table,
    Break // a thematic break: like cmark, it runs over the blank lines after it
};

// The state machine of CommonMark's block parsing (the "container / leaf" algorithm of cmark's blocks.c), one line
// at a time, recording blocks instead of building nodes.
class ContainerScanner
{
public:
    ContainerScanner(QStringView text, int firstLine, QList<ScanHeading> &headings, QList<ScanBlock> &blocks)
        : m_text(text)
        , m_firstLine(firstLine)
        , m_headings(headings)
        , m_blocks(blocks)
    {}

    void run(qsizetype bodyStart)
    {
        const QStringView body = m_text.sliced(bodyStart);
        int lineNumber = m_firstLine;
        qsizetype start = 0;
        int lastLine = m_firstLine - 1;
        while (start < body.size()) {
            qsizetype end = body.indexOf(u'\n', start);
            if (end < 0)
                end = body.size();
            m_lineOffset = bodyStart + start;
            processLine(body.sliced(start, end - start), lineNumber);
            lastLine = lineNumber++;
            start = end + 1;
        }
        // At the end of the input every open block ends on the last line.
        closeLeaf(lastLine);
        closeContainers(0, lastLine);
    }

private:
    // ---- the line cursor: a position and a column (tabs stop every 4 columns, and can be consumed in part)
    int indentColumns(qsizetype &firstNonSpace) const
    {
        int column = m_column;
        qsizetype i = m_pos;
        while (i < m_line.size() && isSpaceOrTab(m_line[i])) {
            column += m_line[i] == u'\t' ? 4 - column % 4 : 1;
            ++i;
        }
        firstNonSpace = i;
        return column - m_column;
    }
    void advanceColumns(int columns)
    {
        while (columns > 0 && m_pos < m_line.size() && isSpaceOrTab(m_line[m_pos])) {
            const int width = m_line[m_pos] == u'\t' ? 4 - m_column % 4 : 1;
            if (width > columns) {
                m_column += columns; // a tab consumed in part
                return;
            }
            m_column += width;
            columns -= width;
            ++m_pos;
        }
    }
    void advanceTo(qsizetype pos, int columns)
    {
        m_pos = pos;
        m_column += columns;
    }
    void advanceChars(qsizetype count)
    {
        m_pos += count;
        m_column += int(count);
    }

    // ---- blocks
    qsizetype open(Type type, int line, int level = 0)
    {
        // A list holds only items: any other block ends it.
        if (type != Type::ListItem && !m_stack.empty() && m_stack.back().type == Type::List)
            closeContainers(m_stack.size() - 1, line - 1);
        ScanBlock block;
        block.type = type;
        block.firstLine = line;
        block.lastLine = line;
        block.depth = int(m_stack.size());
        block.level = level;
        m_blocks.append(block);
        if (!m_stack.empty() && m_stack.back().type == Type::ListItem)
            m_stack.back().hasChild = true;
        return m_blocks.size() - 1;
    }
    void openContainer(Container container, int line)
    {
        container.block = open(container.type, line);
        m_stack.push_back(container);
    }
    void closeContainers(size_t keep, int lastLine)
    {
        while (m_stack.size() > keep) {
            m_blocks[m_stack.back().block].lastLine = std::max(lastLine, m_blocks[m_stack.back().block].firstLine);
            m_stack.pop_back();
        }
    }
    void closeLeaf(int lastLine)
    {
        switch (m_leaf) {
        case Leaf::None:
            return;
        case Leaf::Paragraph:
            finishParagraph();
            break;
        case Leaf::Indented: // cmark's lines include the blank lines after the code
        case Leaf::Break:
        case Leaf::Fenced:
        case Leaf::Html:
        case Leaf::Table:
            m_blocks[m_leafBlock].lastLine = std::max(lastLine, m_blocks[m_leafBlock].firstLine);
            break;
        }
        m_leaf = Leaf::None;
    }
    // A paragraph made only of link reference definitions is no paragraph.
    void finishParagraph()
    {
        m_blocks[m_leafBlock].lastLine = m_lastContentLine;
        if (m_paragraphDefinitionsOnly && m_leafBlock == m_blocks.size() - 1)
            m_blocks.removeLast();
    }
    void addHeading(int level, QStringView content, int line, qsizetype offset)
    {
        ScanHeading heading;
        heading.level = level;
        heading.text = BlockScanner::headingText(content);
        heading.line = line;
        heading.offset = offset;
        m_headings.append(heading);
    }

    // Does the open container match this line (consuming its prefix)? CommonMark's continuation rules.
    bool matches(Container &container)
    {
        const bool blank = isBlank(m_line.sliced(m_pos));
        qsizetype firstNonSpace = 0;
        const int indent = indentColumns(firstNonSpace);
        switch (container.type) {
        case Type::Quote:
            if (indent <= 3 && firstNonSpace < m_line.size() && m_line[firstNonSpace] == u'>') {
                advanceTo(firstNonSpace + 1, indent + 1);
                if (m_pos < m_line.size() && isSpaceOrTab(m_line[m_pos]))
                    advanceColumns(1);
                return true;
            }
            return false;
        case Type::ListItem:
            if (!blank && indent >= container.contentIndent) {
                advanceColumns(container.contentIndent);
                return true;
            }
            if (blank && container.hasChild) {
                advanceTo(firstNonSpace, indent);
                return true;
            }
            return false;
        case Type::FootnoteDefinition:
            if (indent >= 4) {
                advanceColumns(4);
                return true;
            }
            return m_line.isEmpty() || m_line == u"\r";
        default: // lists always continue; their items decide
            return true;
        }
    }

    void processLine(QStringView line, int lineNumber);
    bool openNewBlocks(int lineNumber, bool blank, bool allMatched, size_t matched);
    bool openSetextOrTable(int lineNumber, QStringView rest);
    void addText(int lineNumber);

    QStringView m_text;
    int m_firstLine = 0;
    QList<ScanHeading> &m_headings;
    QList<ScanBlock> &m_blocks;

    std::vector<Container> m_stack;
    Leaf m_leaf = Leaf::None;
    qsizetype m_leafBlock = -1;
    int m_lastContentLine = 0; // the last non-blank line of the open paragraph or indented code
    Fence m_fence;             // of the open fenced code block
    int m_htmlKind = 0;        // of the open HTML block
    bool m_paragraphDefinitionsOnly = false;
    std::vector<QStringView> m_paragraphLines; // the open paragraph's lines, without container prefixes
    qsizetype m_paragraphOffset = 0;           // the start of its first line

    QStringView m_line;
    qsizetype m_lineOffset = 0;
    qsizetype m_pos = 0;
    int m_column = 0;
};

void ContainerScanner::processLine(QStringView line, int lineNumber)
{
    if (line.endsWith(u'\r'))
        line.chop(1);
    m_line = line;
    m_pos = 0;
    m_column = 0;
    size_t matched = 0;
    while (matched < m_stack.size() && matches(m_stack[matched]))
        ++matched;
    const bool allMatched = matched == m_stack.size();
    const bool blank = isBlank(line.sliced(m_pos)); // what the containers leave

    // The open leaf's own continuation.
    qsizetype firstNonSpace = 0;
    const int indent = indentColumns(firstNonSpace);
    if (allMatched && m_leaf == Leaf::Fenced) {
        m_blocks[m_leafBlock].lastLine = lineNumber;
        if (indent <= 3 && closesFence(line.sliced(firstNonSpace), m_fence))
            m_leaf = Leaf::None;
        return;
    }
    if (allMatched && m_leaf == Leaf::Html && (m_htmlKind <= 5 || !blank)) {
        m_blocks[m_leafBlock].lastLine = lineNumber;
        if (m_htmlKind <= 5 && htmlBlockEnds(m_htmlKind, line.sliced(m_pos)))
            m_leaf = Leaf::None;
        return;
    }
    if (allMatched && m_leaf == Leaf::Indented && (indent >= 4 || blank)) {
        if (!blank)
            m_lastContentLine = lineNumber;
        return;
    }
    if (allMatched && m_leaf == Leaf::Break && blank)
        return;
    if (m_leaf == Leaf::Indented || m_leaf == Leaf::Fenced || m_leaf == Leaf::Html || m_leaf == Leaf::Break)
        closeLeaf(lineNumber - 1); // not continued: it ends before this line
    const bool paragraphOpen = m_leaf == Leaf::Paragraph;
    if (openNewBlocks(lineNumber, blank, allMatched, matched))
        return;

    // Lazy continuation of a paragraph whose containers did not all match.
    if (!allMatched && paragraphOpen && !blank) {
        m_lastContentLine = lineNumber;
        m_paragraphDefinitionsOnly = false;
        m_paragraphLines.push_back(line.sliced(firstNonSpace));
        return;
    }
    if (!allMatched) {
        closeLeaf(lineNumber - 1);
        closeContainers(matched, lineNumber - 1);
    }
    if (blank) {
        if (m_leaf == Leaf::Paragraph || m_leaf == Leaf::Table)
            closeLeaf(lineNumber - 1);
        return;
    }
    addText(lineNumber);
}

// Opens the blocks that start on this line: containers (quotes, list items, footnote definitions), then at most one
// leaf. Returns true when it handled the line.
bool ContainerScanner::openNewBlocks(int lineNumber, bool blank, bool allMatched, size_t matched)
{
    const bool maybeLazy = m_leaf == Leaf::Paragraph;
    bool startedContainer = false;
    size_t keep = matched;
    // What this line does not continue ends before it, once the line is known to start a block.
    auto closeUnmatched = [&] {
        closeLeaf(lineNumber - 1);
        closeContainers(keep, lineNumber - 1);
    };
    for (;;) {
        qsizetype firstNonSpace = 0;
        const int indent = indentColumns(firstNonSpace);
        const QStringView rest = m_line.sliced(firstNonSpace);
        const bool indented = indent >= 4;
        const bool containerIsParagraph = m_leaf == Leaf::Paragraph && allMatched && !startedContainer;
        QStringView content;
        if (!indented && rest.startsWith(u'>')) {
            closeUnmatched();
            advanceTo(firstNonSpace + 1, indent + 1);
            if (m_pos < m_line.size() && isSpaceOrTab(m_line[m_pos]))
                advanceColumns(1);
            openContainer(container(Type::Quote), lineNumber);
            keep = m_stack.size();
            startedContainer = true;
            continue;
        }
        if (const int level = indented ? 0 : atxHeading(rest, content)) {
            closeUnmatched();
            open(Type::Heading, lineNumber, level);
            addHeading(level, content, lineNumber, m_lineOffset);
            return true;
        }
        if (const Fence fence = indented ? Fence{} : openingFence(rest); fence.length > 0) {
            closeUnmatched();
            m_leafBlock = open(Type::CodeBlock, lineNumber);
            m_leaf = Leaf::Fenced;
            m_fence = fence;
            return true;
        }
        if (const int kind = indented ? 0 : htmlBlockStart(rest);
            kind > 0 && (kind < 7 || !(containerIsParagraph || (!allMatched && maybeLazy)))) {
            closeUnmatched();
            m_leafBlock = open(Type::Html, lineNumber);
            m_leaf = Leaf::Html;
            m_htmlKind = kind;
            if (kind <= 5 && htmlBlockEnds(kind, rest))
                m_leaf = Leaf::None;
            return true;
        }
        if (!indented && containerIsParagraph && openSetextOrTable(lineNumber, rest))
            return true;
        if (!indented && isThematicBreak(rest)) {
            closeUnmatched();
            m_leafBlock = open(Type::ThematicBreak, lineNumber);
            m_leaf = Leaf::Break;
            return true;
        }
        if (const qsizetype marker = indented ? 0 : footnoteDefinition(rest); marker > 0) {
            closeUnmatched();
            advanceTo(firstNonSpace + marker, indent + int(marker));
            qsizetype next = 0;
            const int spaces = indentColumns(next);
            advanceTo(next, spaces);
            openContainer(container(Type::FootnoteDefinition), lineNumber);
            keep = m_stack.size();
            startedContainer = true;
            continue;
        }
        const bool inList = !m_stack.empty() && m_stack.back().type == Type::List;
        if (const ListMarker marker = !indented || inList ? listMarker(rest) : ListMarker{};
            marker.width > 0 &&
            !(containerIsParagraph && (marker.blankAfter || (marker.ordered && marker.number != 1)))) {
            closeUnmatched();
            advanceTo(firstNonSpace + marker.width, indent + int(marker.width));
            // Padding: 1 to 4 spaces after the marker; 5 or more (indented code) or none count as 1.
            qsizetype next = 0;
            const int spaces = indentColumns(next);
            int padding = int(marker.width) + spaces;
            if (spaces >= 5 || spaces < 1 || marker.blankAfter) {
                padding = int(marker.width) + 1;
                if (spaces > 0)
                    advanceColumns(1);
            } else {
                advanceTo(next, spaces);
            }
            const bool sameList = !m_stack.empty() && m_stack.back().type == Type::List &&
                                  m_stack.back().ordered == marker.ordered &&
                                  m_stack.back().character == marker.character;
            if (!sameList) {
                Container list = container(Type::List);
                list.ordered = marker.ordered;
                list.character = marker.character;
                openContainer(list, lineNumber);
            }
            Container item = container(Type::ListItem);
            item.contentIndent = indent + padding;
            openContainer(item, lineNumber);
            keep = m_stack.size();
            startedContainer = true;
            continue;
        }
        if (indented && !maybeLazy && !blank) {
            closeUnmatched();
            advanceColumns(4);
            m_leafBlock = open(Type::CodeBlock, lineNumber);
            m_leaf = Leaf::Indented;
            m_lastContentLine = lineNumber;
            return true;
        }
        break;
    }
    if (!startedContainer)
        return false;
    if (!blank && !isBlank(m_line.sliced(std::min(m_pos, m_line.size()))))
        addText(lineNumber);
    return true;
}

// A setext underline or a table delimiter row under the open paragraph.
bool ContainerScanner::openSetextOrTable(int lineNumber, QStringView rest)
{
    ScanBlock &paragraph = m_blocks[m_leafBlock];
    if (const int level = setextUnderline(rest); level > 0 && !m_paragraphDefinitionsOnly) {
        paragraph.type = Type::Heading;
        paragraph.level = level;
        paragraph.lastLine = lineNumber;
        QString joined;
        for (QStringView l : m_paragraphLines) {
            joined += l;
            joined += u'\n';
        }
        addHeading(level, joined, paragraph.firstLine, m_paragraphOffset);
        m_leaf = Leaf::None;
        return true;
    }
    const int cells = tableDelimiterCells(rest);
    if (cells == 0 || m_paragraphLines.empty() || tableRowCells(m_paragraphLines.back()) != cells)
        return false;
    const int headerLine = m_lastContentLine;
    if (paragraph.firstLine == headerLine) {
        paragraph.type = Type::Table;
    } else {
        paragraph.lastLine = headerLine - 1;
        const int depth = paragraph.depth;
        m_leafBlock = open(Type::Table, headerLine);
        m_blocks[m_leafBlock].depth = depth;
    }
    m_blocks[m_leafBlock].lastLine = lineNumber;
    m_leaf = Leaf::Table;
    return true;
}

// The rest of the line is text: it continues the open paragraph or table, or starts a paragraph.
void ContainerScanner::addText(int lineNumber)
{
    if (m_leaf == Leaf::Table) {
        m_blocks[m_leafBlock].lastLine = lineNumber;
        return;
    }
    qsizetype firstNonSpace = 0;
    const int indent = indentColumns(firstNonSpace);
    const QStringView rest = m_line.sliced(firstNonSpace);
    const bool definition = indent <= 3 && isLinkReferenceDefinition(rest);
    if (m_leaf == Leaf::Paragraph) {
        m_paragraphDefinitionsOnly = m_paragraphDefinitionsOnly && definition;
    } else {
        closeLeaf(lineNumber - 1);
        m_leafBlock = open(Type::Paragraph, lineNumber);
        m_leaf = Leaf::Paragraph;
        m_paragraphDefinitionsOnly = definition;
        m_paragraphLines.clear();
        m_paragraphOffset = m_lineOffset;
    }
    m_lastContentLine = lineNumber;
    m_paragraphLines.push_back(rest);
}

} // namespace

void BlockScanner::scan(QStringView text, qsizetype bodyStart, int bodyFirstLine, QList<ScanHeading> &headings,
                        QList<ScanBlock> &blocks)
{
    ContainerScanner scanner(text, bodyFirstLine, headings, blocks);
    scanner.run(bodyStart);
}

} // namespace coinage
