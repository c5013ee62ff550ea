#pragma once

#include <QList>
#include <QStringView>

namespace coinage {

// Words of a text found by ICU's word breaking, which carries a dictionary for Chinese and Japanese (written without
// spaces between words): "所谓的文明" gives 所谓 | 的 | 文明. Spaces and punctuation are not words. Safe to call from
// any thread (each thread keeps its own break iterator). Should ICU's data be missing, each CJK character stands
// for a word and other runs break at spaces and punctuation.
class WordSegmenter
{
public:
    static QList<QStringView> words(QStringView text);
};

} // namespace coinage
