#include "EnglishText.h"

#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace coinage {

namespace {

const QSet<QString> &determiners()
{
    static const QSet<QString> words = {u"the"_s,   u"a"_s,     u"an"_s,    u"this"_s, u"that"_s,
                                        u"these"_s, u"those"_s, u"my"_s,    u"our"_s,  u"your"_s,
                                        u"his"_s,   u"her"_s,   u"their"_s, u"its"_s,  u"so-called"_s,
                                        u"some"_s,  u"every"_s, u"each"_s,  u"such"_s};
    return words;
}

// Words that often start an English sentence. Capitalised words outside this list (and without a common suffix)
// are taken for names and keep their capital.
const QSet<QString> &commonWords()
{
    static const QSet<QString> words = [] {
        const char *list =
            "a about above after again against all almost also although always among an and another any anyone "
            "anything are art as at bad be beauty because been before being best better between big black body "
            "book books both but by can capital change child children city cities code coin coins come common "
            "computer computers could country culture data day days death desire did do does dog doing done down "
            "during each early earth economy end enough even ever every everyone everything evil eye eyes face fact "
            "faith family far fear few fire first for free freedom friend friends from future god gold good great "
            "half happiness hard have he her here history home hope how human humans i idea ideas if in intelligence "
            "into is it its just justice kind knowledge land language large last late law laws learning less life "
            "light like little long love machine machines man many market markets meaning men mind minds model "
            "models modern money moon more morning most mother much music my name nature never new news night no "
            "none not nothing now of old on once one only or other others our out over paper past people perhaps "
            "person place poetry politics poor power progress real reason rich right sea she silence since small so "
            "society some someone something sometimes soon soul speech still stone story such sun system systems "
            "technology than that the their them then there these they thing things this those though thought time "
            "to today tomorrow too truth two under up us very war water way we wealth what when where which while "
            "white who why wisdom with woman women word words work world writing years yesterday yet you young "
            "your youth true false real open public private high low simple strange beautiful silver copper currency "
            "credit trust value values users user software network internet "
            "science art beauty memory dream dreams labour labor capitalism state government school schools "
            "teacher teachers student students writer writers reader readers essay essays translation ai";
        QSet<QString> set;
        for (const QString &w : QString::fromLatin1(list).split(u' ', Qt::SkipEmptyParts))
            set.insert(w);
        return set;
    }();
    return words;
}

bool hasCommonSuffix(QStringView word)
{
    static const QStringList suffixes = {u"tion"_s, u"tions"_s, u"sion"_s, u"ness"_s, u"ment"_s, u"ments"_s,
                                         u"ity"_s,  u"ism"_s,   u"ing"_s,  u"ings"_s, u"ers"_s,  u"ly"_s,
                                         u"ance"_s, u"ence"_s,  u"ship"_s, u"ies"_s,  u"ful"_s,  u"less"_s};
    if (word.size() < 5)
        return false;
    // Romanised names: Beijing, Chongqing.
    if (word.endsWith(u"jing") || word.endsWith(u"qing"))
        return false;
    return std::any_of(suffixes.cbegin(), suffixes.cend(), [&](const QString &s) { return word.endsWith(s); });
}

} // namespace

QString EnglishText::firstWord(QStringView text)
{
    qsizetype end = 0;
    while (end < text.size() && !text.at(end).isSpace() && text.at(end) != u',' && text.at(end) != u'.')
        ++end;
    return text.left(end).toString();
}

bool EnglishText::isCommonWord(QStringView lowercaseWord)
{
    return commonWords().contains(lowercaseWord.toString());
}

QString EnglishText::lowerInitial(const QString &text)
{
    if (text.isEmpty() || !text.at(0).isUpper())
        return text;
    const QString word = firstWord(text);
    if (word == u"I" || word.startsWith(u"I'") || word.startsWith(u"I\u2019"))
        return text;
    for (qsizetype i = 1; i < word.size(); ++i) {
        if (word.at(i).isUpper() || word.at(i).isDigit())
            return text; // GPU, OpenAI, GPT-4
    }
    const QString lower = word.toLower();
    QString bare = lower;
    while (!bare.isEmpty() && !bare.back().isLetter())
        bare.chop(1);
    if (!isCommonWord(bare) && !hasCommonSuffix(bare) && !(bare.endsWith(u's') && isCommonWord(bare.chopped(1))))
        return text;
    QString result = text;
    result[0] = result.at(0).toLower();
    return result;
}

QString EnglishText::upperInitial(const QString &text)
{
    QString result = text;
    for (qsizetype i = 0; i < result.size(); ++i) {
        if (result.at(i).isLetter()) {
            result[i] = result.at(i).toUpper();
            break;
        }
        if (result.at(i).isDigit())
            break;
    }
    return result;
}

bool EnglishText::startsWithDeterminer(QStringView text)
{
    return determiners().contains(firstWord(text).toLower()) && text.size() > firstWord(text).size();
}

QString EnglishText::stripDeterminer(const QString &text)
{
    QString result = text;
    while (startsWithDeterminer(result))
        result = result.mid(firstWord(result).size()).trimmed();
    return result;
}

QString EnglishText::indefiniteArticle(QStringView nextWord)
{
    const QString w = nextWord.toString();
    if (w.isEmpty())
        return u"a"_s;
    const QString lower = w.toLower();
    // Acronyms read letter by letter: an LLM, an FAQ, a GPU.
    bool acronym = w.size() > 1;
    for (const QChar c : w) {
        if (c.isLetter() && !c.isUpper())
            acronym = false;
    }
    if (acronym)
        return QStringLiteral("AEFHILMNORSX").contains(w.at(0)) ? u"an"_s : u"a"_s;
    static const QStringList anExceptions = {u"hour"_s, u"honest"_s, u"honour"_s, u"honor"_s, u"heir"_s};
    static const QStringList aExceptions = {u"uni"_s, u"use"_s, u"usu"_s, u"uti"_s, u"one"_s, u"once"_s,
                                            u"eu"_s,  u"ewe"_s, u"uri"_s, u"ure"_s, u"uto"_s};
    for (const QString &p : anExceptions) {
        if (lower.startsWith(p))
            return u"an"_s;
    }
    for (const QString &p : aExceptions) {
        if (lower.startsWith(p))
            return u"a"_s;
    }
    return QStringLiteral("aeiou").contains(lower.at(0)) ? u"an"_s : u"a"_s;
}

QString EnglishText::withIndefiniteArticle(const QString &text)
{
    if (text.isEmpty() || startsWithDeterminer(text) || looksPlural(text))
        return text;
    return indefiniteArticle(firstWord(text)) + u' ' + text;
}

QString EnglishText::withDefiniteArticle(const QString &text)
{
    if (text.isEmpty() || startsWithDeterminer(text))
        return text;
    return u"the "_s + text;
}

bool EnglishText::looksPlural(QStringView phrase)
{
    qsizetype end = phrase.size();
    while (end > 0 && !phrase.at(end - 1).isLetter())
        --end;
    qsizetype start = end;
    while (start > 0 && phrase.at(start - 1).isLetter())
        --start;
    const QString last = phrase.sliced(start, end - start).toString().toLower();
    if (last.size() < 3 || !last.endsWith(u's'))
        return false;
    return !(last.endsWith(u"ss") || last.endsWith(u"us") || last.endsWith(u"is") || last == u"news" ||
             last.endsWith(u"ics"));
}

} // namespace coinage
