#include "LanguageDetector.h"

#include "text/Cjk.h"

namespace coinage {

double LanguageDetector::Mix::chineseRatio() const
{
    const double chinese = cjkCharacters / 1.5;
    const double total = chinese + latinWords;
    return total > 0 ? chinese / total : 0.5;
}

LanguageDetector::Mix LanguageDetector::measure(QStringView text)
{
    Mix mix;
    bool inWord = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (isCjk(c)) {
            ++mix.cjkCharacters;
            inWord = false;
        } else if (c < 0x250 && (QChar::isLetterOrNumber(c))) {
            if (!inWord)
                ++mix.latinWords;
            inWord = true;
        } else if (!(inWord && (c == u'\'' || c == u'-' || c == 0x2019))) {
            inWord = false;
        }
    }
    return mix;
}

VoiceLanguage LanguageDetector::detect(QStringView text)
{
    return measure(text).chineseRatio() >= 0.5 ? VoiceLanguage::Chinese : VoiceLanguage::English;
}

VoiceLanguage LanguageDetector::resolve(VoiceLanguage requested, QStringView text)
{
    return requested == VoiceLanguage::Auto ? detect(text) : requested;
}

} // namespace coinage
