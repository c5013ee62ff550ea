#pragma once

#include "ScanSnapshot.h"

namespace coinage {

// Scans a post's text once with cmark-gfm (GFM tables, strikethrough, autolinks, task lists, footnotes): the front
// matter split, headings and blocks with their lines, and the word counts. Pure function of its input, safe to run
// on a worker thread.
class MarkdownScanner
{
public:
    static ScanSnapshot scan(const QString &text, quint64 revision = 0);
};

} // namespace coinage
