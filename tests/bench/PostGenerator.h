#pragma once

#include <QString>

namespace coinage::bench {

struct PostShape
{
    qsizetype bytes = 1024 * 1024; // about this many bytes of UTF-8
    int footnotes = -1;            // kramdown footnotes; -1: one every ~2 KB
    quint32 seed = 42;             // the same seed gives the same post
};

// The benchmark post: YAML front matter, then English and Chinese paragraphs with emphasis, links, code spans and
// kramdown footnote markers (about one every 2 KB), ATX and setext headings, lists, quotes, fenced code blocks with
// marker-like text inside, the odd table, and the footnote definitions at the end (some with a second paragraph).
// Deterministic: a function of the shape only. Used by the benchmarks and by the scanner comparison tests.
QString generatePost(const PostShape &shape);

} // namespace coinage::bench
