#include "PostStatistics.h"

#include "post/FrontMatter.h"

#include <cmath>

namespace coinage {

int PostStatistics::readingMinutesRounded() const
{
    return int(std::ceil(readingMinutes - 1e-9));
}

PostStatistics PostStatistics::ofText(QStringView markdown)
{
    PostStatistics statistics;
    statistics.counts = countText(markdown);
    statistics.readingMinutes = double(statistics.counts.cjkCharacters) / cjkCharactersPerMinute +
                                double(statistics.counts.otherWords) / otherWordsPerMinute;
    return statistics;
}

PostStatistics PostStatistics::ofPost(QStringView text)
{
    const FrontMatterSplit split = splitFrontMatter(text);
    return ofText(split.hasFrontMatter() ? split.body(text) : text);
}

QString StatisticsText::readingTime(const PostStatistics &statistics)
{
    const int minutes = statistics.readingMinutesRounded();
    if (minutes == 0)
        return tr("none");
    return tr("%1 min").arg(minutes);
}

QString StatisticsText::selectionSummary(const PostStatistics &statistics)
{
    const qsizetype words = statistics.counts.words;
    const qsizetype characters = statistics.counts.characters;
    const QString wordText = words == 1 ? tr("1 word") : tr("%1 words").arg(words);
    const QString characterText = characters == 1 ? tr("1 character") : tr("%1 characters").arg(characters);
    return tr("Selection: %1, %2").arg(wordText, characterText);
}

} // namespace coinage
