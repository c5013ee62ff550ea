// The Markdown scan: every block and heading lies inside the document.
#include "FuzzCheck.h"
#include "markdown/MarkdownScanner.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const coinage::ScanSnapshot snapshot = coinage::MarkdownScanner::scan(text, 1);
    for (const auto &block : snapshot.blocks)
        FUZZ_CHECK(block.firstLine >= 0 && block.firstLine <= block.lastLine && block.lastLine < snapshot.lineCount);
    for (const auto &heading : snapshot.headings) {
        FUZZ_CHECK(heading.level >= 1 && heading.level <= 6);
        FUZZ_CHECK(heading.offset >= 0 && heading.offset <= text.size());
    }
    FUZZ_CHECK(snapshot.counts.words == snapshot.counts.cjkCharacters + snapshot.counts.otherWords);
    return 0;
}
