#pragma once

#include "ScanSnapshot.h"

namespace coinage {

// A fast line-based scanner of Markdown block structure (CommonMark containers and leaves, GFM tables, cmark-gfm
// footnote definitions): the blocks and headings of a ScanSnapshot, without building an inline tree. It follows
// cmark-gfm's block rules (tests/core/tst_blockscanner.cpp compares both on the seed, generated posts and edge
// cases; the known differences are listed there and in docs/performance.md). Linear in the text, no recursion.
class BlockScanner
{
public:
    // Scans text[bodyStart..]: bodyFirstLine is the 0-based line of bodyStart. Blocks come in document order
    // (parents before their children), with 0-based lines of the whole text.
    static void scan(QStringView text, qsizetype bodyStart, int bodyFirstLine, QList<ScanHeading> &headings,
                     QList<ScanBlock> &blocks);

    // The text of a heading's content (after the ATX markers or of a setext heading's lines), inline syntax removed
    // as cmark-gfm's text and code nodes give it, whitespace simplified.
    static QString headingText(QStringView content);
};

} // namespace coinage
