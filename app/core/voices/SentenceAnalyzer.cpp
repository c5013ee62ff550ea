#include "EnglishText.h"
#include "LanguageDetector.h"
#include "MarkupCleaner.h"
#include "SentenceAnalysis.h"
#include "TextScope.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace coinage {

namespace {

constexpr int MaxEnglishTopicWords = 8;
constexpr int MaxChineseTopicChars = 16;
constexpr int MaxEnglishPhraseWords = 4;
constexpr int MaxChinesePhraseChars = 8;

bool isEndMark(QChar c)
{
    return QStringView(u".?!。？！…").contains(c);
}

int wordCount(QStringView text)
{
    return int(text.toString().split(u' ', Qt::SkipEmptyParts).size());
}

QString trimmedClause(QString text)
{
    static const QRegularExpression edges(
        u"^[\\s\"“”'‘’「」『』:：,，;；—-]+|[\\s\"“”'‘’「」『』:：,，;；—.。…!！?？-]+$"_s);
    text.remove(edges);
    return text;
}

// The part after the last comma: "Honestly, large models" -> "large models".
QString afterLastComma(const QString &text)
{
    qsizetype at = -1;
    for (const char16_t c : {u',', u'，', u'、', u';', u'；', u':', u'：'})
        at = std::max(at, text.lastIndexOf(QChar(c)));
    return at < 0 ? text : text.mid(at + 1).trimmed();
}

// Someone else's words quoted ("子曰：…", "鲁迅说：…", "Lu Xun said: …", as the seed's paragraphs open): the sentence
// is what they said, so a voice retells the words rather than quoting the attribution too ("老子曰：子曰：…").
QString withoutAttribution(const QString &sentence)
{
    static const QRegularExpression chinese(
        u"^[^，。！？；：:,.!?;“”\"「」『』]{1,14}(?:曰|说|说过|道|云|言|记载|写到|感叹|叹|问)[：:]\\s*"_s);
    static const QRegularExpression english(u"^[A-Z][^:,.!?;\"“”]{0,48}?\\b(?:said|says|wrote|writes|lamented|laments|"
                                            "remarked|remarks|observed|observes|records|recorded|noted|notes|asked|"
                                            "asks|declared|declares)\\b[^:,.!?;\"“”]{0,24}:\\s*"_s);
    QRegularExpressionMatch m = chinese.match(sentence);
    if (!m.hasMatch())
        m = english.match(sentence);
    if (!m.hasMatch())
        return sentence;
    const QString rest = trimmedClause(sentence.mid(m.capturedEnd()));
    return rest.isEmpty() ? sentence : rest;
}

// Templates use the claim as a noun ("the way of {claim}"); an adjective or participle ("gamed", "very good") is
// no claim for them.
bool isNominalEnglish(const QString &claim)
{
    static const QSet<QString> adjectives = {
        u"good"_s,   u"bad"_s,    u"true"_s,    u"false"_s,  u"important"_s, u"possible"_s, u"impossible"_s, u"ready"_s,
        u"free"_s,   u"new"_s,    u"old"_s,     u"dead"_s,   u"alive"_s,     u"right"_s,    u"wrong"_s,      u"easy"_s,
        u"hard"_s,   u"real"_s,   u"very"_s,    u"so"_s,     u"too"_s,       u"more"_s,     u"less"_s,       u"quite"_s,
        u"rather"_s, u"better"_s, u"worse"_s,   u"enough"_s, u"here"_s,      u"there"_s,    u"done"_s,       u"gone"_s,
        u"sure"_s,   u"fine"_s,   u"raining"_s, u"to"_s,     u"about"_s,     u"in"_s,       u"on"_s,         u"at"_s,
        u"for"_s,    u"like"_s,   u"going"_s,   u"being"_s,  u"getting"_s};
    const QString first = EnglishText::firstWord(claim).toLower();
    if (adjectives.contains(first) || first.endsWith(u"ed") || first.endsWith(u"ly") || first.endsWith(u"ful") ||
        first.endsWith(u"ous") || first.endsWith(u"ive") || first.endsWith(u"able") || first.endsWith(u"ible") ||
        first.endsWith(u"est") || (first.endsWith(u"er") && !EnglishText::isCommonWord(first)))
        return false;
    return true;
}

bool isNominalChinese(const QString &claim)
{
    static const QString degree = u"很非常太最更极不挺蛮"_s;
    return !claim.endsWith(u'的') && !degree.contains(claim.front()) && !claim.endsWith(u"的了"_s);
}

void splitEnglish(SentenceAnalysis &a)
{
    const QString &s = a.sentence;
    if (a.shape == SentenceAnalysis::Shape::Question) {
        static const QRegularExpression whatIs(u"^(?:what|who)\\s+(?:is|are|was|were)\\s+(.+)$"_s,
                                               QRegularExpression::CaseInsensitiveOption);
        const auto m = whatIs.match(s);
        if (m.hasMatch() && wordCount(m.capturedView(1)) <= MaxEnglishTopicWords)
            a.topic = EnglishText::lowerInitial(trimmedClause(m.captured(1)));
        a.plural = EnglishText::looksPlural(a.topic);
        return;
    }
    static const QRegularExpression copula(
        u"\\b(is|are|was|were|am|isn't|aren't|wasn't|weren't|isn’t|aren’t|wasn’t|weren’t)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression negation(u"^(not|never|no longer)\\b\\s*"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression hedge(
        u"^((?:merely|just|only|simply|really|basically|essentially|actually|still|always|also|indeed|truly|"
        "nothing but|no more than|little more than|nothing more than|in fact|in essence)\\b,?\\s*)+"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QSet<QString> dummySubjects = {u"there"_s, u"here"_s, u"it"_s,  u"this"_s, u"that"_s,  u"what"_s,
                                                u"which"_s, u"who"_s,  u"why"_s, u"how"_s,  u"where"_s, u"when"_s,
                                                u"i"_s,     u"you"_s,  u"we"_s,  u"he"_s,   u"she"_s,   u"they"_s};
    const auto m = copula.match(s);
    if (!m.hasMatch() || m.capturedStart() == 0)
        return;
    const QString topic = trimmedClause(afterLastComma(trimmedClause(s.left(m.capturedStart()))));
    if (topic.isEmpty() || wordCount(topic) > MaxEnglishTopicWords || dummySubjects.contains(topic.toLower()))
        return;
    a.topic = EnglishText::lowerInitial(topic);
    QString verb = m.captured(1);
    const bool contracted = verb.contains(u'\'') || verb.contains(u'’');
    a.plural = verb.startsWith(u"are", Qt::CaseInsensitive) || verb.startsWith(u"were", Qt::CaseInsensitive);
    QString rest = s.mid(m.capturedEnd()).trimmed();
    const auto neg = negation.match(rest);
    if (contracted || neg.hasMatch()) {
        a.negated = true;
        return;
    }
    const auto h = hedge.match(rest);
    if (h.hasMatch()) {
        verb += u' ' + h.captured(0).trimmed();
        if (verb.endsWith(u','))
            verb.chop(1);
        rest = rest.mid(h.capturedEnd()).trimmed();
    }
    rest = trimmedClause(rest);
    if (rest.isEmpty() || !isNominalEnglish(rest))
        return;
    a.copula = verb.toLower();
    a.claim = rest;
}

bool isPhraseLikeEnglish(const QString &s)
{
    static const QSet<QString> verbish = {
        u"i"_s,     u"we"_s,    u"you"_s,    u"he"_s,    u"she"_s,  u"they"_s,  u"it"_s,      u"is"_s,
        u"are"_s,   u"was"_s,   u"were"_s,   u"am"_s,    u"be"_s,   u"can"_s,   u"could"_s,   u"will"_s,
        u"would"_s, u"shall"_s, u"should"_s, u"must"_s,  u"may"_s,  u"might"_s, u"do"_s,      u"does"_s,
        u"did"_s,   u"have"_s,  u"has"_s,    u"had"_s,   u"not"_s,  u"don't"_s, u"doesn't"_s, u"can't"_s,
        u"won't"_s, u"let"_s,   u"let's"_s,  u"there"_s, u"what"_s, u"why"_s,   u"how"_s,     u"who"_s};
    if (s.contains(u',') || wordCount(s) > MaxEnglishPhraseWords)
        return false;
    for (const QString &w : s.toLower().split(u' ', Qt::SkipEmptyParts)) {
        if (verbish.contains(w))
            return false;
    }
    return true;
}

void splitChinese(SentenceAnalysis &a)
{
    const QString &s = a.sentence;
    static const QSet<QString> pronouns = {u"这"_s,   u"那"_s,   u"它"_s,   u"他"_s,   u"她"_s,   u"这个"_s, u"那个"_s,
                                           u"这里"_s, u"那里"_s, u"什么"_s, u"谁"_s,   u"这就"_s, u"那就"_s, u"我"_s,
                                           u"你"_s,   u"我们"_s, u"你们"_s, u"他们"_s, u"她们"_s, u"它们"_s};
    if (a.shape == SentenceAnalysis::Shape::Question) {
        static const QRegularExpression what(u"^(?:什么是|何为|何谓|啥是)(.+?)[吗呢啊]?$"_s);
        static const QRegularExpression isWhat(u"^(.+?)(?:到底|究竟)?(?:是什么|是啥|为何物|是怎么回事)[呢啊]?$"_s);
        auto m = what.match(s);
        if (!m.hasMatch())
            m = isWhat.match(s);
        if (m.hasMatch() && m.capturedLength(1) <= MaxChineseTopicChars)
            a.topic = trimmedClause(m.captured(1));
        return;
    }
    // Classical Chinese puts the claim as "A者，B也" (the seed's "大模型者，铸币之道也").
    static const QRegularExpression classical(u"^(.{1,%1}?)者[，,](.+?)也$"_s.arg(MaxChineseTopicChars));
    if (const auto m = classical.match(s); m.hasMatch() && !pronouns.contains(m.captured(1))) {
        a.topic = trimmedClause(m.captured(1));
        a.copula = u"者"_s;
        a.claim = trimmedClause(m.captured(2));
        return;
    }
    static const QStringList negations = {u"并不是"_s, u"绝不是"_s, u"不再是"_s, u"并非"_s, u"绝非"_s, u"不是"_s};
    static const QStringList copulas = {u"只不过是"_s, u"不过是"_s, u"无非是"_s, u"就是"_s, u"乃是"_s,
                                        u"便是"_s,     u"正是"_s,   u"即是"_s,   u"才是"_s, u"也是"_s,
                                        u"都是"_s,     u"是"_s,     u"乃"_s,     u"即"_s};
    static const QString notBeforeShi = u"但可于还总要若凡倒硬老却或而确真像算自"_s;
    for (qsizetype i = 1; i < s.size(); ++i) {
        QString found;
        bool negative = false;
        for (const QString &n : negations) {
            if (QStringView(s).sliced(i).startsWith(n)) {
                found = n;
                negative = true;
                break;
            }
        }
        if (!negative) {
            for (const QString &c : copulas) {
                if (QStringView(s).sliced(i).startsWith(c)) {
                    found = c;
                    break;
                }
            }
        }
        if (found.isEmpty())
            continue;
        const QChar before = s.at(i - 1);
        const QChar after = i + found.size() < s.size() ? s.at(i + found.size()) : QChar();
        if (found == u"是" && (notBeforeShi.contains(before) || after == u'否' || after == u'非'))
            continue;
        if (found == u"乃" && after == u'至')
            continue;
        if (found == u"即" && (QStringView(u"立随旋").contains(before) || QStringView(u"使便将可刻时").contains(after)))
            continue;
        const QString topic = trimmedClause(afterLastComma(trimmedClause(s.left(i))));
        if (topic.isEmpty() || topic.size() > MaxChineseTopicChars || pronouns.contains(topic))
            return;
        a.topic = topic;
        if (negative) {
            a.negated = true;
            return;
        }
        // "不过是…罢了": the closing particle belongs to the sentence, not to the claim templates reuse.
        static const QRegularExpression particle(u"(?:罢了|而已|啦|呀|啊|吧|嘛|呢)$"_s);
        const QString claim = trimmedClause(trimmedClause(s.mid(i + found.size())).remove(particle));
        if (!claim.isEmpty() && isNominalChinese(claim)) {
            a.copula = found;
            a.claim = claim;
        }
        return;
    }
}

bool isPhraseLikeChinese(const QString &s)
{
    static const QString verbish = u"我你他她它们了吗呢吧啊在会能要有没不很把被让给，,。说想做"_s;
    if (s.size() > MaxChinesePhraseChars)
        return false;
    return std::none_of(s.cbegin(), s.cend(), [](QChar c) { return verbish.contains(c); });
}

} // namespace

SentenceAnalysis SentenceAnalyzer::analyzeSentence(const QString &plain)
{
    SentenceAnalysis a;
    a.source = plain;
    const LanguageDetector::Mix mix = LanguageDetector::measure(plain);
    a.chineseRatio = mix.chineseRatio();
    a.language = a.chineseRatio >= 0.5 ? VoiceLanguage::Chinese : VoiceLanguage::English;

    QString s = plain.trimmed();
    qsizetype end = s.size();
    while (end > 0 &&
           (isEndMark(s.at(end - 1)) || s.at(end - 1).isSpace() || QStringView(u"\"”’」』)）").contains(s.at(end - 1))))
        --end;
    const QString tail = s.mid(end);
    for (const QChar c : tail) {
        if (isEndMark(c)) {
            a.endMark = c;
            if (c == u'?' || c == u'？')
                break;
        }
    }
    if (tail.contains(u'?') || tail.contains(u'？'))
        a.shape = SentenceAnalysis::Shape::Question;
    else if (tail.contains(u'!') || tail.contains(u'！'))
        a.shape = SentenceAnalysis::Shape::Exclamation;
    a.sentence = withoutAttribution(trimmedClause(s.left(end)));
    if (a.sentence.isEmpty())
        return a;

    if (a.language == VoiceLanguage::Chinese)
        splitChinese(a);
    else
        splitEnglish(a);

    if (a.topic.isEmpty() && a.shape != SentenceAnalysis::Shape::Question) {
        // One word, a list item, a heading: the whole phrase is the topic.
        if (a.language == VoiceLanguage::English ? isPhraseLikeEnglish(a.sentence) : isPhraseLikeChinese(a.sentence))
            a.topic = a.language == VoiceLanguage::English ? EnglishText::lowerInitial(a.sentence) : a.sentence;
    }
    if (a.language == VoiceLanguage::English && a.copula.isEmpty())
        a.plural = EnglishText::looksPlural(a.topic);
    return a;
}

SentenceAnalysis SentenceAnalyzer::analyze(QStringView markdown)
{
    const QString clean = MarkupCleaner::clean(markdown);
    const auto ranges = TextScope::sentences(clean);
    SentenceAnalysis first;
    for (qsizetype i = 0; i < ranges.size(); ++i) {
        SentenceAnalysis a = analyzeSentence(clean.mid(ranges[i].first, ranges[i].second - ranges[i].first));
        if (i == 0)
            first = a;
        if (a.hasClaim()) {
            a.source = clean;
            return a;
        }
    }
    if (ranges.isEmpty())
        first = analyzeSentence(clean);
    first.source = clean;
    // The whole scope decides the language when it holds several sentences.
    const LanguageDetector::Mix mix = LanguageDetector::measure(clean);
    first.chineseRatio = mix.chineseRatio();
    return first;
}

} // namespace coinage
