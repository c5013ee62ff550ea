#pragma once

#include "SentenceAnalysis.h"
#include "Voice.h"

#include <QList>
#include <QString>

namespace coinage {

// One line in a voice, and where it came from.
struct PasticheLine
{
    QString voiceId;
    VoiceLanguage language = VoiceLanguage::English;
    QString text;
    QString source;         // "template" (offline engine) or "model"
    int variant = 0;        // the variant number asked for
    int templateIndex = -1; // offline lines: the template used
    double score = 0;
    QString note; // why a model line was replaced by the offline one, for example

    bool isEmpty() const { return text.isEmpty(); }
};

// The offline engine: every applicable template of a voice filled from the analysis, ranked by template weight, fit
// (a template using the claim beats one using only the sentence when there is a claim) and the voice's signature
// phrases. Variant N takes the Nth line of that ranking (wrapping around), with attribution and lexicon picks drawn
// from a generator seeded by text + voice + language + variant: the same request always gives the same line.
// Lines are in the requested language's frame; the user's words are kept as written (no translation offline).
class PasticheEngine
{
public:
    static inline const QString TemplateSource = QStringLiteral("template");
    static inline const QString ModelSource = QStringLiteral("model");

    // Ranked lines for a voice (variant only seeds the picks). Never empty for a valid voice and a non-empty
    // analysis.
    static QList<PasticheLine> candidates(const Voice &voice, const SentenceAnalysis &analysis, VoiceLanguage language,
                                          int variant = 0);
    // The line for a variant. Auto language means the analysis' language.
    static PasticheLine line(const Voice &voice, const SentenceAnalysis &analysis, VoiceLanguage language,
                             int variant = 0);
    // How many distinct template lines a voice has for this analysis (the variant period).
    static int variantCount(const Voice &voice, const SentenceAnalysis &analysis, VoiceLanguage language);
    // Whether `text` is a usable line of `voice` in `language`: starts with one of its attributions, has more after
    // it, and is written in that language (judged on the words after the attribution, ignoring the user's topic).
    static bool isUsableLine(const Voice &voice, VoiceLanguage language, const QString &text,
                             QString *reason = nullptr);
};

} // namespace coinage
