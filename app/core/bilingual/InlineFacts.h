#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace coinage {

// What the alignment and the parity checks compare between a block and its translation: footnote markers, link
// targets, numbers, code spans and emphasis, read from the block's Markdown.
struct InlineFacts
{
    QStringList footnoteRefs; // "[^id]" markers and the seed's "[1]" style, in order, by id
    QStringList urls;         // inline link targets, autolinks and bare URLs, in order
    QStringList numbers;      // Arabic numerals (full-width digits folded, "1,000" -> "1000"), outside code/URLs
    QStringList codeSpans;    // contents of `code` spans
    int strong = 0;           // **x** / __x__ spans
    int emphasis = 0;         // *x* / _x_ spans
    // Offsets (in the analysed text) of each footnote ref / number / url, parallel to the lists above.
    QList<qsizetype> footnoteRefOffsets;
    QList<qsizetype> numberOffsets;
    QList<qsizetype> urlOffsets;
    // The text with code spans, link targets, URLs, footnote markers and block markers blanked out (same length, so
    // offsets match the input): what is left is prose and inline punctuation.
    QString masked;

    static InlineFacts of(QStringView markdown);
};

// The values of the Chinese numerals in a text ("二十一" -> 21, "两" -> 2, "一千零五" -> 1005), one per run.
QList<qint64> cjkNumeralValues(QStringView text);
// The values of English number words in a text ("twenty-one" -> 21, "three" -> 3), one per word or hyphenated pair.
QList<qint64> englishNumberValues(QStringView text);

} // namespace coinage
