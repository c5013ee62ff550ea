#pragma once

#include <QStringView>

namespace coinage {

struct TextCounts
{
    qsizetype words = 0;         // CJK characters + other words
    qsizetype cjkCharacters = 0; // each one a word
    qsizetype otherWords = 0;    // by Unicode word boundaries
    qsizetype characters = 0;    // code points, without Markdown syntax
    qsizetype charactersNoSpaces = 0;
    qsizetype paragraphs = 0;
    friend bool operator==(const TextCounts &, const TextCounts &) = default;
};

// Counts the words of Markdown prose: each CJK character is a word, other words follow Unicode word boundaries.
// Markdown syntax is not counted: heading and list markers, emphasis, link targets, footnote markers, HTML tags,
// code fences. Pass the body only (without front matter).
TextCounts countText(QStringView markdown);

// The prose of a Markdown text with its syntax removed, as countText sees it.
QString proseOf(QStringView markdown);

} // namespace coinage
