#pragma once

#include <QString>
#include <QStringView>

namespace coinage {

// Markdown source -> the plain words a reader sees, on one line: heading hashes, list and quote markers, emphasis,
// code ticks, footnote markers ([^1], the seed's [1], ^[inline]) and HTML tags go; links and images keep their text.
// Lines are joined with a space, or with nothing between two CJK characters.
class MarkupCleaner
{
public:
    static QString clean(QStringView markdown);
};

} // namespace coinage
