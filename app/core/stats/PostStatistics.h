#pragma once

#include "text/TextCounter.h"

#include <QCoreApplication>
#include <QStringView>

namespace coinage {

// Reading rates for the reading time. Chinese is read by characters, English (and other spaced scripts) by words;
// the figures are common averages for silent reading of non-technical prose: about 300 Chinese characters and 230
// English words a minute.
inline constexpr double cjkCharactersPerMinute = 300.0;
inline constexpr double otherWordsPerMinute = 230.0;

// The figures of a post or a selection: countText's counts (each CJK character a word; Markdown syntax not counted)
// and the reading time at the rates above.
struct PostStatistics
{
    TextCounts counts;
    double readingMinutes = 0; // cjkCharacters / 300 + otherWords / 230

    // Whole minutes, rounded up ("1 min" for any text, 0 for none).
    int readingMinutesRounded() const;

    // The statistics of a whole post: the body only, without the front matter.
    static PostStatistics ofPost(QStringView text);
    // The statistics of a piece of Markdown (a selection), front matter or not.
    static PostStatistics ofText(QStringView markdown);
};

// "12 words, 48 characters" style one-line summaries, for status bars.
class StatisticsText
{
    Q_DECLARE_TR_FUNCTIONS(coinage::StatisticsText)
public:
    static QString readingTime(const PostStatistics &statistics);
    static QString selectionSummary(const PostStatistics &statistics);
};

} // namespace coinage
