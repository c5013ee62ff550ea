// The reference for BlockScanner: the blocks and headings of a post as cmark-gfm parses it (with sourcepos,
// footnotes, table, strikethrough, autolink, tasklist), as MarkdownScanner computed them before it had its own block
// scanner. For the comparison tests and the benchmarks only.
#pragma once

#include "markdown/ScanSnapshot.h"
#include "text/LineIndex.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstring>
#include <memory>
#include <mutex>

namespace coinage::test {
namespace cmarkdetail {

inline void ensureExtensionsRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

struct ParserDeleter
{
    void operator()(cmark_parser *p) const { cmark_parser_free(p); }
};
struct NodeDeleter
{
    void operator()(cmark_node *n) const { cmark_node_free(n); }
};
struct IterDeleter
{
    void operator()(cmark_iter *i) const { cmark_iter_free(i); }
};

inline std::unique_ptr<cmark_parser, ParserDeleter> makeParser()
{
    ensureExtensionsRegistered();
    std::unique_ptr<cmark_parser, ParserDeleter> parser(
        cmark_parser_new(CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES | CMARK_OPT_UNSAFE));
    for (const char *name : {"table", "strikethrough", "autolink", "tasklist"}) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
    return parser;
}

inline ScanBlock::Type blockType(cmark_node *node, bool &isBlock)
{
    isBlock = true;
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_PARAGRAPH:
        return ScanBlock::Type::Paragraph;
    case CMARK_NODE_HEADING:
        return ScanBlock::Type::Heading;
    case CMARK_NODE_LIST:
        return ScanBlock::Type::List;
    case CMARK_NODE_ITEM:
        return ScanBlock::Type::ListItem;
    case CMARK_NODE_BLOCK_QUOTE:
        return ScanBlock::Type::Quote;
    case CMARK_NODE_CODE_BLOCK:
        return ScanBlock::Type::CodeBlock;
    case CMARK_NODE_HTML_BLOCK:
        return ScanBlock::Type::Html;
    case CMARK_NODE_THEMATIC_BREAK:
        return ScanBlock::Type::ThematicBreak;
    case CMARK_NODE_FOOTNOTE_DEFINITION:
        return ScanBlock::Type::FootnoteDefinition;
    default:
        break;
    }
    if (std::strcmp(cmark_node_get_type_string(node), "table") == 0)
        return ScanBlock::Type::Table;
    isBlock = false;
    return ScanBlock::Type::Paragraph;
}

} // namespace cmarkdetail

// Front matter split, headings and blocks (no counts).
inline ScanSnapshot cmarkScan(const QString &text, quint64 revision = 0)
{
    using namespace cmarkdetail;
    ScanSnapshot snapshot;
    snapshot.revision = revision;
    snapshot.frontMatter = splitFrontMatter(text);
    const bool hasFrontMatter = snapshot.frontMatter.hasFrontMatter();
    const qsizetype bodyStart = hasFrontMatter ? snapshot.frontMatter.bodyStart : 0;
    const int bodyFirstLine = hasFrontMatter ? snapshot.frontMatter.bodyFirstLine : 0;
    const QStringView body = QStringView(text).sliced(bodyStart);
    const LineIndex lines(text);
    snapshot.lineCount = lines.lineCount();

    const QByteArray utf8 = body.toUtf8();
    auto parser = makeParser();
    cmark_parser_feed(parser.get(), utf8.constData(), size_t(utf8.size()));
    std::unique_ptr<cmark_node, NodeDeleter> document(cmark_parser_finish(parser.get()));
    std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(document.get()));

    int depth = -1; // the document node itself is entered first
    ScanHeading *heading = nullptr;
    for (cmark_event_type event = cmark_iter_next(iter.get()); event != CMARK_EVENT_DONE;
         event = cmark_iter_next(iter.get())) {
        cmark_node *node = cmark_iter_get_node(iter.get());
        const cmark_node_type type = cmark_node_get_type(node);
        const bool container = event == CMARK_EVENT_ENTER || event == CMARK_EVENT_EXIT;
        bool isBlock = false;
        const ScanBlock::Type kind = blockType(node, isBlock);
        if (event == CMARK_EVENT_EXIT) {
            if (type == CMARK_NODE_HEADING)
                heading = nullptr;
            if (isBlock || type == CMARK_NODE_DOCUMENT)
                --depth;
            continue;
        }
        if (isBlock) {
            ScanBlock block;
            block.type = kind;
            block.firstLine = bodyFirstLine + cmark_node_get_start_line(node) - 1;
            block.lastLine =
                bodyFirstLine + std::max(cmark_node_get_end_line(node), cmark_node_get_start_line(node)) - 1;
            block.depth = std::max(depth, 0);
            if (type == CMARK_NODE_HEADING) {
                block.level = cmark_node_get_heading_level(node);
                ScanHeading h;
                h.level = block.level;
                h.line = block.firstLine;
                h.offset = lines.lineStart(std::min(h.line, lines.lineCount() - 1));
                snapshot.headings.append(h);
                heading = &snapshot.headings.last();
            }
            snapshot.blocks.append(block);
            // Leaf blocks get no EXIT event.
            const bool leaf =
                type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_THEMATIC_BREAK;
            if (!leaf && container)
                ++depth;
        } else if (type == CMARK_NODE_DOCUMENT) {
            ++depth;
        } else if (heading && (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE)) {
            heading->text += QString::fromUtf8(cmark_node_get_literal(node));
        } else if (heading && (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK)) {
            heading->text += u' ';
        }
    }
    for (auto &h : snapshot.headings)
        h.text = h.text.simplified();
    return snapshot;
}

} // namespace coinage::test
