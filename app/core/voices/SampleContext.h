#pragma once

#include <QString>
#include <QStringList>

namespace coinage {

// Evidence for a learned term: the first place a sample uses it, with a few characters either side ("…所谓的进步，
// 不过是换了…"). Terms are VoiceTokenizer units: lowercased words, word pairs (any run of spaces between the two
// words matches), CJK n-grams.
class SampleContext
{
public:
    static QString find(const QStringList &samples, const QString &term, int radius = 24);
};

} // namespace coinage
