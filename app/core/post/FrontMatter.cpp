#include "FrontMatter.h"

namespace coinage {
namespace {

bool isDelimiterLine(QStringView line, QStringView delimiter)
{
    if (!line.startsWith(delimiter))
        return false;
    for (QChar c : line.sliced(delimiter.size())) {
        if (c != u' ' && c != u'\t')
            return false;
    }
    return true;
}

} // namespace

FrontMatterSplit splitFrontMatter(QStringView text)
{
    FrontMatterSplit split;
    const qsizetype firstEnd = text.indexOf(u'\n');
    if (firstEnd < 0 || !isDelimiterLine(text.first(firstEnd), u"---"))
        return split;
    split.present = true;
    split.yamlStart = firstEnd + 1;
    split.yamlFirstLine = 1;
    int line = 1;
    for (qsizetype start = firstEnd + 1; start < text.size(); ++line) {
        qsizetype end = text.indexOf(u'\n', start);
        const bool last = end < 0;
        if (last)
            end = text.size();
        const QStringView current = text.sliced(start, end - start);
        for (QStringView closer : {QStringView(u"---"), QStringView(u"...")}) {
            if (isDelimiterLine(current, closer)) {
                split.closed = true;
                split.closer = closer.toString();
                split.yamlEnd = start;
                split.bodyStart = last ? end : end + 1;
                split.bodyFirstLine = last ? line : line + 1;
                return split;
            }
        }
        start = end + 1;
    }
    // Not closed: Jekyll reads the whole file as content.
    split.yamlEnd = text.size();
    return split;
}

} // namespace coinage
