// The offline voice engine on any text: analysing it and asking every built-in voice for a line (several variants,
// each language) never crashes, stays within the variant period, and gives the same line for the same variant.
#include "FuzzCheck.h"
#include "voices/PasticheEngine.h"
#include "voices/SentenceAnalysis.h"
#include "voices/VoiceLibrary.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace coinage;
    static const VoiceLibrary library = VoiceLibrary::builtIn();
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const SentenceAnalysis analysis = SentenceAnalyzer::analyze(text);
    const int variant = size > 0 ? data[size - 1] % 5 : 0;
    // A few voices per input keep each run fast; which ones depends on the input.
    const QList<Voice> &voices = library.voices();
    for (qsizetype k = 0; k < std::min<qsizetype>(3, voices.size()); ++k) {
        const Voice &voice = voices.at(qsizetype((size + size_t(k) * 5) % size_t(voices.size())));
        for (const VoiceLanguage language : {VoiceLanguage::Auto, VoiceLanguage::English, VoiceLanguage::Chinese}) {
            const int period = PasticheEngine::variantCount(voice, analysis, language);
            FUZZ_CHECK(period >= 0);
            const PasticheLine first = PasticheEngine::line(voice, analysis, language, variant);
            const PasticheLine again = PasticheEngine::line(voice, analysis, language, variant);
            FUZZ_CHECK(first.text == again.text);
            if (!first.isEmpty())
                FUZZ_CHECK(first.source == PasticheEngine::TemplateSource);
        }
    }
    return 0;
}
