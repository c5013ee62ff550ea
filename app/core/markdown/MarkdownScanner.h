#pragma once

#include "ScanSnapshot.h"

namespace coinage {

// Scans a post's text once: the front matter split, headings and blocks with their lines (BlockScanner, which
// follows cmark-gfm's block rules with GFM tables and footnote definitions) and the word counts (countText). Pure
// function of its input, safe to run on a worker thread; linear in the text (~10 MB in well under 100 ms, see
// docs/performance.md). The preview renders with cmark-gfm itself.
class MarkdownScanner
{
public:
    static ScanSnapshot scan(const QString &text, quint64 revision = 0);
};

} // namespace coinage
