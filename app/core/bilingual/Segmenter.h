#pragma once

#include "Segment.h"

#include "markdown/ScanSnapshot.h"

namespace coinage {

// Cuts a post's body into the blocks the bilingual view aligns, from the shared Markdown scan: headings, paragraphs,
// list items (each item by itself, without its nested lists), quotes and footnote definitions (whole), tables.
// Code blocks, HTML and rules are not translated and give no block. Non-blank lines that no block claims (cmark
// drops unreferenced footnote definitions and link definitions) become blocks of their own.
class Segmenter
{
public:
    static Segments segment(const QString &text, const ScanSnapshot &scan);
    static Segments segment(const QString &text);

    // The prose of a stretch of Markdown as the blocks hold it: syntax removed, white space simplified.
    static QString proseOf(QStringView markdown);
    // True when a block's prose is only a "translate me" marker ("[TODO]", "【待译】", "TODO", "TBD") or empty.
    static bool isPlaceholderProse(QStringView prose);
    static QString hashOf(QStringView prose);
};

} // namespace coinage
