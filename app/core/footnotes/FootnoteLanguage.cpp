#include "FootnoteLanguage.h"

#include "post/FrontMatter.h"
#include "post/FrontMatterData.h"
#include "text/Cjk.h"

using namespace Qt::StringLiterals;

namespace coinage {
namespace {

constexpr qsizetype lookAround = 200;

// Full-width punctuation says Chinese too ("。" right before the caret); the ellipsis and the dash do not.
bool isChinese(char32_t c)
{
    return isCjk(c) || (isCjkPunctuation(c) && c != 0x2026 && c != 0x2014);
}

bool decides(char32_t c)
{
    return isChinese(c) || QChar::isLetter(c);
}

QString languageOf(char32_t c)
{
    return isChinese(c) ? u"zh"_s : u"en"_s;
}

} // namespace

QString footnoteLanguageAt(const QString &text, qsizetype caret)
{
    const FrontMatterSplit split = splitFrontMatter(text);
    if (split.hasFrontMatter()) {
        const QString lang = FrontMatterData::parse(text, split).string(u"lang").trimmed();
        if (!lang.isEmpty())
            return lang;
    }
    caret = qBound<qsizetype>(0, caret, text.size());
    const qsizetype from = qMax(caret - lookAround, qsizetype(0));
    for (qsizetype i = caret; i > from;) {
        char32_t c = text.at(--i).unicode();
        if (c == u'\n' && i > 0 && text.at(i - 1) == u'\n')
            break; // a blank line: the paragraph starts here
        if (QChar::isLowSurrogate(c) && i > 0 && text.at(i - 1).isHighSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i - 1), text.at(i));
            --i;
        }
        if (decides(c))
            return languageOf(c);
    }
    const qsizetype to = qMin(caret + lookAround, text.size());
    for (qsizetype i = caret; i < to; ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (decides(c))
            return languageOf(c);
    }
    return u"en"_s;
}

} // namespace coinage
