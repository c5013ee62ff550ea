// The core benchmarks: load and split, the full scan, the footnote index, the word count, the export. Budgets from
// DESIGN.md ("a full scan (footnotes, outline) of 10 MB under 100 ms on a worker"); the others are ours, chosen so
// that opening a 10 MB post (load, split, scan, index) stays well under the 0.5 s of issue 9.
#include "Benchmark.h"

#include "footnotes/FootnoteIndex.h"
#include "jekyll/Exporter.h"
#include "markdown/MarkdownScanner.h"
#include "post/FrontMatter.h"
#include "post/PostFile.h"
#include "support/CmarkScan.h"
#include "text/TextCounter.h"

using namespace Qt::StringLiterals;
using namespace coinage;

namespace {
volatile qsizetype sink = 0; // keeps results alive
}

COINAGE_BENCHMARK(load10, "load + split front matter, 10 MB file", 150)
{
    return [file = context.file10mb] {
        const LoadResult loaded = PostFile::load(file);
        sink = splitFrontMatter(loaded.text).bodyStart + loaded.text.size();
    };
}

COINAGE_BENCHMARK(scan1, "full scan (MarkdownScanner), 1 MB", 10)
{
    return [&text = context.post1mb] {
        sink = MarkdownScanner::scan(text).blocks.size();
    };
}

COINAGE_BENCHMARK(scan10, "full scan (MarkdownScanner), 10 MB", 100)
{
    return [&text = context.post10mb] {
        sink = MarkdownScanner::scan(text).blocks.size();
    };
}

COINAGE_BENCHMARK(footnotes10, "footnote index (FootnoteIndex), 10 MB", 100)
{
    return [&text = context.post10mb] {
        sink = FootnoteIndex::build(text).footnotes().size();
    };
}

COINAGE_BENCHMARK(snapshot10, "scan + footnote index (a worker's pass), 10 MB", 150)
{
    return [&text = context.post10mb] {
        sink = MarkdownScanner::scan(text).blocks.size() + FootnoteIndex::build(text).footnotes().size();
    };
}

COINAGE_BENCHMARK(words10, "word count (countText), 10 MB", 60)
{
    return [&text = context.post10mb] {
        sink = countText(text).words;
    };
}

COINAGE_BENCHMARK(export1, "export (Exporter::render), 1 MB", 50)
{
    const auto site = Site::open(context.siteFolder);
    if (!site)
        qFatal("bench: the site did not open");
    return [exporter = Exporter(*site), &text = context.post1mb] {
        ExportOptions options;
        options.now = QDateTime(QDate(2025, 1, 5), QTime(22, 5));
        sink = exporter.render(u"/tmp/bench.md"_s, text, options).text.size();
    };
}

COINAGE_BENCHMARK(export10, "export (Exporter::render), 10 MB", 250)
{
    const auto site = Site::open(context.siteFolder);
    if (!site)
        qFatal("bench: the site did not open");
    return [exporter = Exporter(*site), &text = context.post10mb] {
        ExportOptions options;
        options.now = QDateTime(QDate(2025, 1, 5), QTime(22, 5));
        sink = exporter.render(u"/tmp/bench.md"_s, text, options).text.size();
    };
}

// The reference: what the snapshot cost when it came from cmark-gfm (the preview still parses with it).
COINAGE_BENCHMARK(cmark10, "reference: cmark-gfm blocks and headings, 10 MB", 0)
{
    return [&text = context.post10mb] {
        sink = test::cmarkScan(text).blocks.size();
    };
}

COINAGE_BENCHMARK(prose10, "reference: prose extraction (proseOf), 10 MB", 0)
{
    return [&text = context.post10mb] {
        sink = proseOf(text).size();
    };
}
