#include "MarkdownScanner.h"

#include "BlockScanner.h"

#include <algorithm>

namespace coinage {

ScanSnapshot MarkdownScanner::scan(const QString &text, quint64 revision)
{
    ScanSnapshot snapshot;
    snapshot.revision = revision;
    snapshot.frontMatter = splitFrontMatter(text);
    const bool hasFrontMatter = snapshot.frontMatter.hasFrontMatter();
    const qsizetype bodyStart = hasFrontMatter ? snapshot.frontMatter.bodyStart : 0;
    const int bodyFirstLine = hasFrontMatter ? snapshot.frontMatter.bodyFirstLine : 0;
    // std::count vectorises; QString::count(QChar) took ~5 ms of the 10 MB scan.
    snapshot.lineCount = int(std::count(text.utf16(), text.utf16() + text.size(), u'\n')) + 1;
    snapshot.counts = countText(QStringView(text).sliced(bodyStart));
    BlockScanner::scan(text, bodyStart, bodyFirstLine, snapshot.headings, snapshot.blocks);
    return snapshot;
}

} // namespace coinage
