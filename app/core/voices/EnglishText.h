#pragma once

#include <QString>
#include <QStringView>

namespace coinage {

// Small English helpers for filling template slots.
class EnglishText
{
public:
    // "Large models" -> "large models"; keeps "I", acronyms ("GPU"), inner capitals ("OpenAI", "iPhone") and
    // capitalised words that are not known common words (likely names: "Beijing", "Heidegger").
    static QString lowerInitial(const QString &text);
    static QString upperInitial(const QString &text);
    static bool isCommonWord(QStringView lowercaseWord);
    static bool startsWithDeterminer(QStringView text);
    // Drops a leading determiner ("the", "a", "these", "so-called"...).
    static QString stripDeterminer(const QString &text);
    // "a" or "an" for the word that follows ("an hour", "a university", "an LLM").
    static QString indefiniteArticle(QStringView nextWord);
    static QString withIndefiniteArticle(const QString &text);
    static QString withDefiniteArticle(const QString &text);
    // Whether a noun phrase reads as plural ("large models", not "glass" or "corpus").
    static bool looksPlural(QStringView phrase);
    static QString firstWord(QStringView text);
};

} // namespace coinage
