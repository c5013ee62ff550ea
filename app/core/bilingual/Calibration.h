#pragma once

#include <QString>
#include <QStringView>

namespace coinage {

// The length model of the Gale–Church alignment, calibrated for Chinese and English.
//
// A block's length is counted in English-equivalent characters (englishLength): its CJK characters divided by the
// density of its language (CJK characters per English character), its other characters (Latin words left in a
// Chinese text, digits, punctuation) one for one; so the expected ratio of the two sides is 1.
// Measured on the seed pair (../shared/fixtures/seed, the 10 prose paragraphs; tests/core/tst_alignment.cpp
// calibrationMatchesSeed prints and checks it):
//   zh CJK characters / (en characters - the zh text's other characters) = 0.291
//   (all non-space characters: zh/en = 0.319 overall, 0.27 .. 0.40 per paragraph),
//   variance of (zh length - en length) per English character = 2.7 (Gale & Church measured 6.8 for
//   English-French/German paragraphs). We use the measured 2.7; the anchors and block types carry the pairs a freer
//   translation would push past it, and 1-0 / 0-1 cost a constant rather than their length (see Aligner).
// Japanese and Korean densities are estimates, not measurements.
class Calibration
{
public:
    static constexpr double zhDensity = 0.291;
    static constexpr double jaDensity = 0.45;
    static constexpr double koDensity = 0.45;
    static constexpr double variance = 2.7;

    // Characters per English character for a language code ("zh", "zh-CN", "en", ...); 1 for alphabetic scripts.
    static double density(QStringView language);
    // A block's length in English-equivalent characters: CJK characters divided by the density of the block's
    // language (of Chinese when the language is not a CJK one), everything else (Latin words left in Chinese text,
    // punctuation, digits) one for one.
    static double englishLength(int characters, int cjkCharacters, QStringView language);
    // True for zh, ja, ko (and their regional variants).
    static bool isCjkLanguage(QStringView language);
    // "zh" when most letters are CJK (or "ja" with kana), "en" otherwise; empty for text without letters.
    static QString detectLanguage(QStringView text);
    // The language of a post: its `lang` front matter when set, else detected from the body.
    static QString languageOfPost(const QString &text);
};

} // namespace coinage
