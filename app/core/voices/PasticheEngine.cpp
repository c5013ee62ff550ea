#include "PasticheEngine.h"

#include "LanguageDetector.h"
#include "SlotRenderer.h"
#include "SlotTemplate.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cmath>

using namespace Qt::StringLiterals;

namespace coinage {

namespace {
struct PasticheText
{
    Q_DECLARE_TR_FUNCTIONS(coinage::PasticheEngine)
};

constexpr double ClaimFit = 1.5;
constexpr double TopicFit = 0.8;
constexpr double SignatureWeight = 0.3;
constexpr int LongLine = 180;

quint64 fnv1a(quint64 hash, QStringView text)
{
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 1099511628211ULL;
    }
    return hash;
}

quint64 seedFor(const Voice &voice, const SentenceAnalysis &a, VoiceLanguage language, int variant, int salt)
{
    quint64 hash = 14695981039346656037ULL;
    hash = fnv1a(hash, a.source);
    hash = fnv1a(hash, voice.id);
    hash = fnv1a(hash, languageCode(language));
    const QString numbers = QString::number(variant) + u'/' + QString::number(salt);
    hash = fnv1a(hash, numbers);
    return hash;
}

bool shapeFits(const VoiceTemplate &t, SentenceAnalysis::Shape shape)
{
    if (t.shapes.isEmpty())
        return true;
    const QString name = shape == SentenceAnalysis::Shape::Question      ? u"question"_s
                         : shape == SentenceAnalysis::Shape::Exclamation ? u"exclamation"_s
                                                                         : u"statement"_s;
    return t.shapes.contains(name);
}

} // namespace

QList<PasticheLine> PasticheEngine::candidates(const Voice &voice, const SentenceAnalysis &analysis,
                                               VoiceLanguage language, int variant)
{
    if (language == VoiceLanguage::Auto)
        language = analysis.language;
    QList<PasticheLine> lines;
    if (analysis.isEmpty())
        return lines;
    const VoiceLanguageBlock &block = voice.block(language);
    if (block.attributions.isEmpty())
        return lines;
    // Across languages only the whole sentence travels well: "子曰：Large models are…" rather than "large models者".
    const bool sameLanguage = analysis.language == language;
    QRandomGenerator attributionRng(seedFor(voice, analysis, language, variant, -1));
    const QString attribution = variant == 0
                                    ? block.attributions.first()
                                    : block.attributions.at(attributionRng.bounded(int(block.attributions.size())));
    for (qsizetype i = 0; i < block.templates.size(); ++i) {
        const VoiceTemplate &t = block.templates.at(i);
        SlotTemplate parsed;
        QString error;
        if (!SlotTemplate::parse(t.text, &parsed, &error) || !shapeFits(t, analysis.shape))
            continue;
        const SlotTemplate::Need need = parsed.need();
        if (need == SlotTemplate::Need::Claim && (!analysis.hasClaim() || !sameLanguage))
            continue;
        if (need == SlotTemplate::Need::Topic && (!analysis.hasTopic() || !sameLanguage))
            continue;
        QRandomGenerator rng(seedFor(voice, analysis, language, variant, int(i)));
        const QString body = SlotRenderer::render(parsed, analysis, language, block.lexicon, rng);
        PasticheLine line;
        line.voiceId = voice.id;
        line.language = language;
        line.text = SlotRenderer::compose(attribution, body, language);
        line.source = TemplateSource;
        line.variant = variant;
        line.templateIndex = int(i);
        double score = std::log(t.weight);
        if (need == SlotTemplate::Need::Claim)
            score += ClaimFit;
        else if (need == SlotTemplate::Need::Topic)
            score += TopicFit;
        for (const QString &signature : block.signatures) {
            if (!signature.isEmpty() && line.text.contains(signature) && !analysis.source.contains(signature))
                score += SignatureWeight;
        }
        if (line.text.size() > LongLine)
            score -= (line.text.size() - LongLine) / 100.0;
        line.score = score;
        lines.append(line);
    }
    std::stable_sort(lines.begin(), lines.end(),
                     [](const PasticheLine &a, const PasticheLine &b) { return a.score > b.score; });
    return lines;
}

PasticheLine PasticheEngine::line(const Voice &voice, const SentenceAnalysis &analysis, VoiceLanguage language,
                                  int variant)
{
    variant = std::max(variant, 0);
    const QList<PasticheLine> ranked = candidates(voice, analysis, language, variant);
    if (ranked.isEmpty())
        return {};
    return ranked.at(variant % ranked.size());
}

int PasticheEngine::variantCount(const Voice &voice, const SentenceAnalysis &analysis, VoiceLanguage language)
{
    return int(candidates(voice, analysis, language, 0).size());
}

bool PasticheEngine::isUsableLine(const Voice &voice, VoiceLanguage language, const QString &text, QString *reason)
{
    const QString trimmed = text.trimmed();
    const VoiceLanguageBlock &block = voice.block(language);
    QString attribution;
    for (const QString &a : block.attributions) {
        if (trimmed.startsWith(a.trimmed()) && a.trimmed().size() > attribution.size())
            attribution = a.trimmed();
    }
    auto fail = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    if (attribution.isEmpty())
        return fail(PasticheText::tr("the line does not start with one of the voice's attribution formulas"));
    const QString rest = trimmed.mid(attribution.size()).trimmed();
    if (rest.size() < 2)
        return fail(PasticheText::tr("the line has nothing after the attribution"));
    const LanguageDetector::Mix mix = LanguageDetector::measure(rest);
    // Chinese lines may quote English words and the other way round; the frame must be in the language.
    const double ratio = mix.chineseRatio();
    if (language == VoiceLanguage::Chinese && mix.cjkCharacters < 2)
        return fail(PasticheText::tr("the line is not in Chinese"));
    if (language == VoiceLanguage::English && (ratio > 0.8 || mix.latinWords < 2))
        return fail(PasticheText::tr("the line is not in English"));
    return true;
}

} // namespace coinage
