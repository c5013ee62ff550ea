#include "Slugify.h"

#include <QHash>

namespace coinage {
namespace {

bool isSlugWordChar(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    switch (category) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
        return true;
    default:
        return false;
    }
}

bool isSpace(char32_t c)
{
    // Ruby's \s: [ \t\r\n\f\v]
    return c == U' ' || c == U'\t' || c == U'\r' || c == U'\n' || c == U'\f' || c == U'\v';
}

bool kept(char32_t c, SlugMode mode)
{
    switch (mode) {
    case SlugMode::Raw:
        return !isSpace(c);
    case SlugMode::Pretty:
        return isSlugWordChar(c) || (c < 128 && std::char_traits<char>::find("._~!$&'()+,;=@", 14, char(c)));
    case SlugMode::Ascii:
        return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9');
    default:
        return isSlugWordChar(c);
    }
}

// I18n::Backend::Transliterator::HashTransliterator::DEFAULT_APPROXIMATIONS (i18n 1.14)
QString transliterate(QStringView text)
{
    static const QHash<char32_t, QString> table = [] {
        static const char *const pairs[] = {
            "À", "A",  "Á", "A",  "Â", "A",  "Ã", "A", "Ä", "A",  "Å", "A",  "Æ", "AE", "Ç", "C",  "È", "E",  "É", "E",
            "Ê", "E",  "Ë", "E",  "Ì", "I",  "Í", "I", "Î", "I",  "Ï", "I",  "Ð", "D",  "Ñ", "N",  "Ò", "O",  "Ó", "O",
            "Ô", "O",  "Õ", "O",  "Ö", "O",  "×", "x", "Ø", "O",  "Ù", "U",  "Ú", "U",  "Û", "U",  "Ü", "U",  "Ý", "Y",
            "Þ", "Th", "ß", "ss", "ẞ", "SS", "à", "a", "á", "a",  "â", "a",  "ã", "a",  "ä", "a",  "å", "a",  "æ", "ae",
            "ç", "c",  "è", "e",  "é", "e",  "ê", "e", "ë", "e",  "ì", "i",  "í", "i",  "î", "i",  "ï", "i",  "ð", "d",
            "ñ", "n",  "ò", "o",  "ó", "o",  "ô", "o", "õ", "o",  "ö", "o",  "ø", "o",  "ù", "u",  "ú", "u",  "û", "u",
            "ü", "u",  "ý", "y",  "þ", "th", "ÿ", "y", "Ā", "A",  "ā", "a",  "Ă", "A",  "ă", "a",  "Ą", "A",  "ą", "a",
            "Ć", "C",  "ć", "c",  "Ĉ", "C",  "ĉ", "c", "Ċ", "C",  "ċ", "c",  "Č", "C",  "č", "c",  "Ď", "D",  "ď", "d",
            "Đ", "D",  "đ", "d",  "Ē", "E",  "ē", "e", "Ĕ", "E",  "ĕ", "e",  "Ė", "E",  "ė", "e",  "Ę", "E",  "ę", "e",
            "Ě", "E",  "ě", "e",  "Ĝ", "G",  "ĝ", "g", "Ğ", "G",  "ğ", "g",  "Ġ", "G",  "ġ", "g",  "Ģ", "G",  "ģ", "g",
            "Ĥ", "H",  "ĥ", "h",  "Ħ", "H",  "ħ", "h", "Ĩ", "I",  "ĩ", "i",  "Ī", "I",  "ī", "i",  "Ĭ", "I",  "ĭ", "i",
            "Į", "I",  "į", "i",  "İ", "I",  "ı", "i", "Ĳ", "IJ", "ĳ", "ij", "Ĵ", "J",  "ĵ", "j",  "Ķ", "K",  "ķ", "k",
            "ĸ", "k",  "Ĺ", "L",  "ĺ", "l",  "Ļ", "L", "ļ", "l",  "Ľ", "L",  "ľ", "l",  "Ŀ", "L",  "ŀ", "l",  "Ł", "L",
            "ł", "l",  "Ń", "N",  "ń", "n",  "Ņ", "N", "ņ", "n",  "Ň", "N",  "ň", "n",  "ŉ", "'n", "Ŋ", "NG", "ŋ", "ng",
            "Ō", "O",  "ō", "o",  "Ŏ", "O",  "ŏ", "o", "Ő", "O",  "ő", "o",  "Œ", "OE", "œ", "oe", "Ŕ", "R",  "ŕ", "r",
            "Ŗ", "R",  "ŗ", "r",  "Ř", "R",  "ř", "r", "Ś", "S",  "ś", "s",  "Ŝ", "S",  "ŝ", "s",  "Ş", "S",  "ş", "s",
            "Š", "S",  "š", "s",  "Ţ", "T",  "ţ", "t", "Ť", "T",  "ť", "t",  "Ŧ", "T",  "ŧ", "t",  "Ũ", "U",  "ũ", "u",
            "Ū", "U",  "ū", "u",  "Ŭ", "U",  "ŭ", "u", "Ů", "U",  "ů", "u",  "Ű", "U",  "ű", "u",  "Ų", "U",  "ų", "u",
            "Ŵ", "W",  "ŵ", "w",  "Ŷ", "Y",  "ŷ", "y", "Ÿ", "Y",  "Ź", "Z",  "ź", "z",  "Ż", "Z",  "ż", "z",  "Ž", "Z",
            "ž", "z"};
        QHash<char32_t, QString> hash;
        for (size_t i = 0; i + 1 < std::size(pairs); i += 2)
            hash.insert(QString::fromUtf8(pairs[i]).toUcs4().at(0), QString::fromUtf8(pairs[i + 1]));
        return hash;
    }();
    QString out;
    for (char32_t c : text.toUcs4()) {
        if (c < 128)
            out.append(QChar(c));
        else
            out.append(table.value(c, QStringLiteral("?")));
    }
    return out;
}

} // namespace

QString slugify(QStringView text, SlugMode mode, bool cased)
{
    if (mode == SlugMode::None)
        return cased ? text.toString() : text.toString().toLower();
    const QString input = mode == SlugMode::Latin ? transliterate(text) : text.toString();
    QString slug;
    bool inRun = false;
    for (char32_t c : input.toUcs4()) {
        if (kept(c, mode)) {
            slug.append(QString::fromUcs4(&c, 1));
            inRun = false;
        } else if (!inRun) {
            slug.append(u'-');
            inRun = true;
        }
    }
    // gsub(/^-|-$/, ""): one hyphen at each end (no newline survives the replacement above)
    if (slug.startsWith(u'-'))
        slug.remove(0, 1);
    if (slug.endsWith(u'-'))
        slug.chop(1);
    return cased ? slug : slug.toLower();
}

std::optional<SlugMode> slugModeFromName(QStringView name)
{
    for (SlugMode mode :
         {SlugMode::Raw, SlugMode::Default, SlugMode::Pretty, SlugMode::Ascii, SlugMode::Latin, SlugMode::None}) {
        if (name == slugModeName(mode))
            return mode;
    }
    return std::nullopt;
}

QString slugModeName(SlugMode mode)
{
    switch (mode) {
    case SlugMode::Raw:
        return QStringLiteral("raw");
    case SlugMode::Default:
        return QStringLiteral("default");
    case SlugMode::Pretty:
        return QStringLiteral("pretty");
    case SlugMode::Ascii:
        return QStringLiteral("ascii");
    case SlugMode::Latin:
        return QStringLiteral("latin");
    case SlugMode::None:
        return QStringLiteral("none");
    }
    return {};
}

bool isValidSlug(QStringView slug)
{
    return !slug.isEmpty() && slugify(slug, SlugMode::Pretty, true) == slug;
}

} // namespace coinage
