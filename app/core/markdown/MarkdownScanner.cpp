#include "MarkdownScanner.h"

#include "BlockScanner.h"

namespace coinage {

ScanSnapshot MarkdownScanner::scan(const QString &text, quint64 revision)
{
    ScanSnapshot snapshot;
    snapshot.revision = revision;
    snapshot.frontMatter = splitFrontMatter(text);
    const bool hasFrontMatter = snapshot.frontMatter.hasFrontMatter();
    const qsizetype bodyStart = hasFrontMatter ? snapshot.frontMatter.bodyStart : 0;
    const int bodyFirstLine = hasFrontMatter ? snapshot.frontMatter.bodyFirstLine : 0;
    snapshot.lineCount = int(text.count(u'\n')) + 1;
    snapshot.counts = countText(QStringView(text).sliced(bodyStart));
    BlockScanner::scan(text, bodyStart, bodyFirstLine, snapshot.headings, snapshot.blocks);
    return snapshot;
}

} // namespace coinage
