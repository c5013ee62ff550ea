#include "MarkupCleaner.h"

#include "text/Cjk.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace coinage {

namespace {

QRegularExpression re(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption);
}

QString cleanLine(QString line)
{
    static const QRegularExpression quote = re(u"^\\s{0,3}(>\\s?)+"_s);
    static const QRegularExpression heading = re(u"^\\s{0,3}#{1,6}(\\s+|$)"_s);
    static const QRegularExpression closingHashes = re(u"\\s+#+\\s*$"_s);
    static const QRegularExpression listMarker = re(u"^\\s*([-*+]|\\d{1,9}[.)])\\s+"_s);
    static const QRegularExpression task = re(u"^\\[[ xX]\\]\\s+"_s);
    static const QRegularExpression caretNote = re(u"^\\^(?=\\S)"_s); // the seed's "1. ^text" references
    line.remove(quote);
    if (line.contains(heading)) {
        line.remove(heading);
        line.remove(closingHashes);
    }
    line.remove(listMarker);
    line.remove(task);
    line.remove(caretNote);
    return line;
}

QString cleanInline(QString text)
{
    static const QRegularExpression image = re(u"!\\[([^\\]]*)\\]\\([^)]*\\)"_s);
    static const QRegularExpression footnote = re(u"\\[\\^[^\\]\\s]+\\]"_s);
    static const QRegularExpression inlineNote = re(u"\\^\\[[^\\]]*\\]"_s);
    static const QRegularExpression seedNote = re(u"\\[\\d{1,3}\\]"_s);
    static const QRegularExpression link = re(u"\\[([^\\]]+)\\]\\([^)]*\\)"_s);
    static const QRegularExpression refLink = re(u"\\[([^\\]]+)\\]\\[[^\\]]*\\]"_s);
    static const QRegularExpression autolink = re(u"<((?:https?|mailto):[^>\\s]+)>"_s);
    static const QRegularExpression html = re(u"</?[A-Za-z][A-Za-z0-9-]*(\\s[^<>]*)?/?>"_s);
    static const QRegularExpression code = re(u"(`+)(.+?)\\1"_s);
    static const QRegularExpression strong = re(u"(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1"_s);
    static const QRegularExpression strike = re(u"~~(?=\\S)(.+?)(?<=\\S)~~"_s);
    static const QRegularExpression emStar = re(u"(?<![\\w*])\\*(?=\\S)(.+?)(?<=\\S)\\*(?![\\w*])"_s);
    static const QRegularExpression emUnderscore = re(u"(?<![\\w_])_(?=\\S)(.+?)(?<=\\S)_(?![\\w_])"_s);
    static const QRegularExpression strayMarks = re(u"\\*\\*|__|~~"_s);
    static const QRegularExpression liquid = re(u"\\{[{%].*?[%}]\\}"_s);
    text.replace(code, u"\\2"_s);
    text.replace(image, u"\\1"_s);
    text.remove(footnote);
    text.remove(inlineNote);
    text.replace(link, u"\\1"_s);
    text.replace(refLink, u"\\1"_s);
    text.remove(seedNote);
    text.replace(autolink, u"\\1"_s);
    text.remove(html);
    text.remove(liquid);
    text.replace(strong, u"\\2"_s);
    text.replace(strike, u"\\1"_s);
    text.replace(emStar, u"\\1"_s);
    text.replace(emUnderscore, u"\\1"_s);
    text.remove(strayMarks);
    return text;
}

bool cjkAt(const QString &s, qsizetype i)
{
    if (i < 0 || i >= s.size())
        return false;
    char32_t c = s.at(i).unicode();
    if (s.at(i).isLowSurrogate() && i > 0)
        c = QChar::surrogateToUcs4(s.at(i - 1), s.at(i));
    else if (s.at(i).isHighSurrogate() && i + 1 < s.size())
        c = QChar::surrogateToUcs4(s.at(i), s.at(i + 1));
    return isCjk(c) || isCjkPunctuation(c);
}

} // namespace

QString MarkupCleaner::clean(QStringView markdown)
{
    QString joined;
    const QStringList lines = markdown.toString().split(u'\n');
    for (const QString &raw : lines) {
        const QString line = cleanLine(raw).trimmed();
        if (line.isEmpty())
            continue;
        if (!joined.isEmpty() && !(cjkAt(joined, joined.size() - 1) && cjkAt(line, 0)))
            joined += u' ';
        joined += line;
    }
    QString text = cleanInline(joined);
    static const QRegularExpression spaces(u"\\s+"_s);
    text.replace(spaces, u" "_s);
    static const QRegularExpression spaceBeforePunct(u" +([,.;:!?，。；：！？、])"_s);
    text.replace(spaceBeforePunct, u"\\1"_s);
    return text.trimmed();
}

} // namespace coinage
