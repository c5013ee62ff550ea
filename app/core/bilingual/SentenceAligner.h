#pragma once

#include "Aligner.h"

#include <QList>
#include <QStringView>

namespace coinage {

// A sentence of a block: offsets into the text given to split() (a block's Markdown, so adding the block's start
// gives document offsets).
struct SentenceSpan
{
    qsizetype start = 0;
    qsizetype length = 0;
    friend bool operator==(const SentenceSpan &, const SentenceSpan &) = default;
};

// Sentence level inside a pair: splits both sides into sentences and aligns them with the same model as blocks.
class SentenceAligner
{
public:
    // The sentences of SentenceSplitter.
    static QList<SentenceSpan> split(QStringView text);

    struct Result
    {
        QList<SentenceSpan> source;
        QList<SentenceSpan> target;
        QList<AlignedPair> pairs; // sourceIndex/targetIndex index the sentence lists; lines are unset
    };
    static Result align(QStringView sourceText, QStringView targetText, const AlignOptions &options);
};

} // namespace coinage
