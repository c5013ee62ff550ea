#pragma once

#include "Voice.h"

#include <QStringView>

namespace coinage {

// Chinese or English by the share of CJK characters. A CJK character counts as 1/1.5 of a word (the average
// Chinese word is about 1.5 characters), a run of Latin letters or digits as one word; ties go to Chinese.
class LanguageDetector
{
public:
    struct Mix
    {
        int cjkCharacters = 0;
        int latinWords = 0;
        // Share of the text's words that are Chinese, 0..1 (0.5 for text without words).
        double chineseRatio() const;
    };
    static Mix measure(QStringView text);
    static VoiceLanguage detect(QStringView text);
    // Auto -> detect(text); anything else unchanged.
    static VoiceLanguage resolve(VoiceLanguage requested, QStringView text);
};

} // namespace coinage
