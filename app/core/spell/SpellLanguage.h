#pragma once

#include <QString>
#include <QStringList>

namespace coinage {

// Which dictionary checks a post.
struct SpellLanguageChoice
{
    QString dictionary;     // a code from the available list ("en_US"); empty: nothing is checked
    bool missing = false;   // the post asks for a language that has no dictionary installed
    bool latinOnly = false; // a CJK post: only its Latin words are checked, with the English dictionary
};

// Resolves a post's `lang` ("en", "en-US", "zh-CN", "fr"...) against the installed dictionaries (Sonnet codes such
// as "en_US", "de_DE"). No `lang`: the default dictionary. An exact match wins, then the same language in another
// region (en -> en_US first). Chinese, Japanese and Korean posts have no dictionary of their own: their Latin words
// are checked in English (CJK runs are never words), so a bilingual essay still gets its English checked. A language
// with no dictionary checks nothing and says so (`missing`).
SpellLanguageChoice resolveSpellLanguage(const QString &lang, const QStringList &available,
                                         const QString &defaultDictionary);

} // namespace coinage
