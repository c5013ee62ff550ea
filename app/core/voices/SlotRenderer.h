#pragma once

#include "SentenceAnalysis.h"
#include "SlotTemplate.h"

#include <QHash>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace coinage {

// Fills a template's slots from a sentence analysis: typed values (topic, claim, their bare forms, the copula, the
// end mark...), transforms (cap, lower, a, the, bare, quote), lexicon picks from `rng`, and the seams between slot
// and template text: no doubled head nouns ("之道之道", "the way of the way of"), no "the the", "a"/"an" agreeing
// with the next word, a space between Chinese and Latin words.
class SlotRenderer
{
public:
    static QString render(const SlotTemplate &slotTemplate, const SentenceAnalysis &analysis, VoiceLanguage language,
                          const QHash<QString, QStringList> &lexicon, QRandomGenerator &rng);
    // Attribution + body with the language's spacing and capitalisation, doubled words and punctuation tidied.
    static QString compose(const QString &attribution, const QString &body, VoiceLanguage language);
    // The value of one slot (no transforms), or a null string when the analysis has none.
    static QString slotValue(const QString &slot, const SentenceAnalysis &analysis, VoiceLanguage language);
};

} // namespace coinage
