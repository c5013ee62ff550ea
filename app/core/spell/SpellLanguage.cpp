#include "SpellLanguage.h"

using namespace Qt::StringLiterals;

namespace coinage {
namespace {

QString primaryLanguage(const QString &code)
{
    return code.section(u'_', 0, 0).toLower();
}

// The dictionary for a language code: the exact one, else the same language in another region (the language's own
// region first: en_US for en, de_DE for de).
QString bestMatch(const QString &code, const QStringList &available)
{
    for (const QString &dictionary : available) {
        if (dictionary.compare(code, Qt::CaseInsensitive) == 0)
            return dictionary;
    }
    const QString language = primaryLanguage(code);
    const QString home = language == u"en" ? u"en_US"_s : language + u'_' + language.toUpper();
    if (available.contains(home))
        return home;
    for (const QString &dictionary : available) {
        if (primaryLanguage(dictionary) == language)
            return dictionary;
    }
    return {};
}

} // namespace

SpellLanguageChoice resolveSpellLanguage(const QString &lang, const QStringList &available,
                                         const QString &defaultDictionary)
{
    SpellLanguageChoice choice;
    QString code = lang.trimmed();
    code.replace(u'-', u'_');
    if (code.isEmpty()) {
        choice.dictionary =
            available.contains(defaultDictionary) ? defaultDictionary : bestMatch(defaultDictionary, available);
        choice.missing = choice.dictionary.isEmpty();
        return choice;
    }
    const QString language = primaryLanguage(code);
    if (language == u"zh" || language == u"ja" || language == u"ko") {
        choice.latinOnly = true;
        choice.dictionary = primaryLanguage(defaultDictionary) == u"en" && available.contains(defaultDictionary)
                                ? defaultDictionary
                                : bestMatch(u"en"_s, available);
        return choice; // no English dictionary: nothing to check, and nothing missing the post asked for
    }
    choice.dictionary = bestMatch(code, available);
    choice.missing = choice.dictionary.isEmpty();
    return choice;
}

} // namespace coinage
