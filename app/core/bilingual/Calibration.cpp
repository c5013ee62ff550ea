#include "Calibration.h"

#include "post/FrontMatter.h"
#include "post/FrontMatterData.h"
#include "text/Cjk.h"

namespace coinage {

namespace {
QStringView primarySubtag(QStringView language)
{
    const qsizetype dash = language.indexOf(u'-');
    const qsizetype underscore = language.indexOf(u'_');
    qsizetype cut = dash < 0 ? underscore : (underscore < 0 ? dash : std::min(dash, underscore));
    return cut < 0 ? language : language.first(cut);
}
} // namespace

double Calibration::density(QStringView language)
{
    const QStringView p = primarySubtag(language);
    if (p.compare(u"zh", Qt::CaseInsensitive) == 0)
        return zhDensity;
    if (p.compare(u"ja", Qt::CaseInsensitive) == 0)
        return jaDensity;
    if (p.compare(u"ko", Qt::CaseInsensitive) == 0)
        return koDensity;
    return 1.0;
}

double Calibration::englishLength(int characters, int cjkCharacters, QStringView language)
{
    const double cjkDensity = isCjkLanguage(language) ? density(language) : zhDensity;
    return cjkCharacters / cjkDensity + (characters - cjkCharacters);
}

bool Calibration::isCjkLanguage(QStringView language)
{
    const QStringView p = primarySubtag(language);
    return p.compare(u"zh", Qt::CaseInsensitive) == 0 || p.compare(u"ja", Qt::CaseInsensitive) == 0 ||
           p.compare(u"ko", Qt::CaseInsensitive) == 0;
}

QString Calibration::detectLanguage(QStringView text)
{
    qsizetype cjk = 0, kana = 0, hangul = 0, letters = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if (isCjk(c)) {
            ++cjk;
            kana += (c >= 0x3040 && c <= 0x30FF);
            hangul += (c >= 0xAC00 && c <= 0xD7AF);
        } else if (QChar::isLetter(c)) {
            ++letters;
        }
    }
    if (cjk == 0 && letters == 0)
        return {};
    // A CJK character carries about three Latin letters of meaning: weigh accordingly.
    if (cjk * 3 < letters)
        return QStringLiteral("en");
    if (hangul * 2 > cjk)
        return QStringLiteral("ko");
    if (kana * 5 > cjk)
        return QStringLiteral("ja");
    return QStringLiteral("zh");
}

QString Calibration::languageOfPost(const QString &text)
{
    const FrontMatterSplit split = splitFrontMatter(text);
    if (split.hasFrontMatter()) {
        const QString lang = FrontMatterData::parse(text, split).string(u"lang").trimmed();
        if (!lang.isEmpty())
            return lang;
    }
    return detectLanguage(split.hasFrontMatter() ? split.body(text) : QStringView(text));
}

} // namespace coinage
