#include "SlotRenderer.h"

#include "EnglishText.h"
#include "text/Cjk.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace coinage {

namespace {

constexpr int MaxSeamWords = 5;
constexpr int MaxSeamChars = 4;

bool isCjkChar(QChar c)
{
    return isCjk(c.unicode()) || c.isSurrogate();
}

bool isLatinWordChar(QChar c)
{
    return c.unicode() < 0x250 && c.isLetterOrNumber();
}

bool endsInCjk(QStringView s)
{
    return !s.isEmpty() && isCjkChar(s.back());
}

QString stripChineseDeterminer(QString s)
{
    static const QRegularExpression head(u"^(?:所谓的|所谓|这些|那些|这个|那个|这种|那种|一个|一种|这|那)(?=.)"_s);
    s.remove(head);
    return s;
}

QStringList words(QStringView s)
{
    return s.toString().split(u' ', Qt::SkipEmptyParts);
}

QString normalWord(const QString &w)
{
    QString n = w.toLower();
    static const QRegularExpression edges(u"^[^\\w]+|[^\\w]+$"_s, QRegularExpression::UseUnicodePropertiesOption);
    n.remove(edges);
    return n;
}

bool isFunctionWord(const QString &w)
{
    static const QSet<QString> set = {u"the"_s,  u"a"_s,    u"an"_s,   u"of"_s,      u"to"_s,   u"is"_s,
                                      u"are"_s,  u"was"_s,  u"were"_s, u"and"_s,     u"that"_s, u"merely"_s,
                                      u"just"_s, u"only"_s, u"in"_s,   u"nothing"_s, u"but"_s,  u"so-called"_s};
    return set.contains(w);
}

// Chinese: drop from `value` what the neighbouring template text repeats at the seam.
void trimChineseSeams(QString &value, const QString &left, const QString &right)
{
    static const QString dupChars = u"的之者也是乃了，。"_s;
    for (int k = std::min<int>({MaxSeamChars, int(value.size()) - 1, int(right.size())}); k >= 1; --k) {
        if (value.endsWith(QStringView(right).left(k)) && (k >= 2 || dupChars.contains(right.at(0)))) {
            value.chop(k);
            break;
        }
    }
    for (int k = std::min<int>({MaxSeamChars, int(value.size()) - 1, int(left.size())}); k >= 1; --k) {
        if (value.startsWith(QStringView(left).right(k)) && (k >= 2 || dupChars.contains(left.back()))) {
            value.remove(0, k);
            break;
        }
    }
}

// English: the same by words; also one determiner only, and "a"/"an" agreeing with the value.
void trimEnglishSeams(QString &value, QString &left, const QString &right)
{
    QStringList v = words(value);
    const QStringList r = words(right);
    for (int k = std::min<int>({MaxSeamWords, int(v.size()) - 1, int(r.size())}); k >= 1; --k) {
        bool same = true;
        for (int i = 0; i < k && same; ++i)
            same = normalWord(v.at(v.size() - k + i)) == normalWord(r.at(i));
        // Only when the template's words start right at the seam ("… of the way" + " of …").
        if (same && (k >= 2 || isFunctionWord(normalWord(r.at(0)))) && (right.isEmpty() || right.at(0).isSpace())) {
            v.resize(v.size() - k);
            break;
        }
    }
    const QStringList l = words(left);
    const bool leftTouches = !left.isEmpty() && left.back().isSpace();
    for (int k = std::min<int>({MaxSeamWords, int(v.size()) - 1, int(l.size())}); k >= 1 && leftTouches; --k) {
        bool same = true;
        for (int i = 0; i < k && same; ++i)
            same = normalWord(l.at(l.size() - k + i)) == normalWord(v.at(i));
        if (same && (k >= 2 || isFunctionWord(normalWord(v.at(0))))) {
            v.remove(0, k);
            break;
        }
    }
    value = v.join(u' ');
    if (!leftTouches || l.isEmpty() || value.isEmpty())
        return;
    const QString lastLeft = normalWord(l.last());
    if ((lastLeft == u"the" || lastLeft == u"a" || lastLeft == u"an" || lastLeft == u"those" || lastLeft == u"these" ||
         lastLeft == u"this" || lastLeft == u"that") &&
        EnglishText::startsWithDeterminer(value) && lastLeft != u"that") {
        value = EnglishText::stripDeterminer(value);
    }
    if (lastLeft == u"a" || lastLeft == u"an") {
        const QString article = EnglishText::indefiniteArticle(EnglishText::firstWord(value));
        const qsizetype at = left.size() - 1 - l.last().size();
        QString replacement = article;
        if (l.last().at(0).isUpper())
            replacement[0] = replacement.at(0).toUpper();
        left = left.left(at) + replacement + u' ';
    }
}

QString applyTransform(const QString &transform, const QString &value, VoiceLanguage language)
{
    const bool english = language == VoiceLanguage::English;
    if (transform == u"cap")
        return EnglishText::upperInitial(value);
    if (transform == u"lower")
        return EnglishText::lowerInitial(value);
    if (transform == u"bare")
        return english ? EnglishText::stripDeterminer(value) : stripChineseDeterminer(value);
    if (transform == u"a")
        return english && !endsInCjk(value) ? EnglishText::withIndefiniteArticle(value) : value;
    if (transform == u"the")
        return english && !endsInCjk(value) ? EnglishText::withDefiniteArticle(value) : value;
    if (transform == u"quote") {
        if (value.startsWith(u'“') || value.startsWith(u'"') || value.startsWith(u'「'))
            return value;
        return u"“"_s + value + u"”"_s;
    }
    return value;
}

} // namespace

QString SlotRenderer::slotValue(const QString &slot, const SentenceAnalysis &a, VoiceLanguage language)
{
    const bool english = language == VoiceLanguage::English;
    const bool sameLanguage = a.language == language;
    if (slot == u"sentence")
        return english && sameLanguage ? EnglishText::lowerInitial(a.sentence) : a.sentence;
    if (slot == u"topic")
        return a.topic;
    if (slot == u"topic_bare")
        return a.language == VoiceLanguage::English ? EnglishText::stripDeterminer(a.topic)
                                                    : stripChineseDeterminer(a.topic);
    if (slot == u"claim")
        return a.claim;
    if (slot == u"claim_bare")
        return a.language == VoiceLanguage::English ? EnglishText::stripDeterminer(a.claim)
                                                    : stripChineseDeterminer(a.claim);
    if (slot == u"copula")
        return a.copula;
    if (slot == u"be")
        return english ? (a.plural ? u"are"_s : u"is"_s) : u"是"_s;
    if (slot == u"this")
        return english ? (a.plural ? u"these"_s : u"this"_s) : u"这"_s;
    if (slot == u"that")
        return english ? (a.plural ? u"those"_s : u"that"_s) : u"那"_s;
    if (slot == u"end") {
        // The mark follows the script the sentence ends in.
        const bool wide = endsInCjk(a.sentence) || (a.sentence.isEmpty() && !english);
        switch (a.shape) {
        case SentenceAnalysis::Shape::Question:
            return wide ? u"？"_s : u"?"_s;
        case SentenceAnalysis::Shape::Exclamation:
            return wide ? u"！"_s : u"!"_s;
        case SentenceAnalysis::Shape::Statement:
            break;
        }
        return wide ? u"。"_s : u"."_s;
    }
    return {};
}

QString SlotRenderer::render(const SlotTemplate &slotTemplate, const SentenceAnalysis &analysis, VoiceLanguage language,
                             const QHash<QString, QStringList> &lexicon, QRandomGenerator &rng)
{
    struct Piece
    {
        QString text;
        bool slot;
    };
    QList<Piece> pieces;
    for (const SlotTemplate::Part &part : slotTemplate.parts) {
        if (!part.isSlot) {
            pieces.append({part.text, false});
            continue;
        }
        QString value;
        if (part.text.startsWith(u'@')) {
            const QStringList options = lexicon.value(part.text.mid(1));
            value = options.isEmpty() ? QString() : options.at(rng.bounded(int(options.size())));
        } else {
            value = slotValue(part.text, analysis, language);
        }
        for (const QString &transform : part.transforms)
            value = applyTransform(transform, value, language);
        pieces.append({value, true});
    }
    const bool english = language == VoiceLanguage::English;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        if (!pieces[i].slot || pieces[i].text.isEmpty())
            continue;
        QString left = i > 0 ? pieces[i - 1].text : QString();
        const QString right = i + 1 < pieces.size() ? pieces[i + 1].text : QString();
        if (english) {
            trimEnglishSeams(pieces[i].text, left, right);
            if (i > 0)
                pieces[i - 1].text = left;
        } else {
            trimChineseSeams(pieces[i].text, left, right);
            // A space between Chinese and Latin words at the seams.
            QString &value = pieces[i].text;
            if (!value.isEmpty() && isLatinWordChar(value.front()) && endsInCjk(left))
                value.prepend(u' ');
            if (!value.isEmpty() && isLatinWordChar(value.back()) && !right.isEmpty() && isCjkChar(right.front()))
                value.append(u' ');
        }
    }
    QString body;
    for (const Piece &piece : pieces)
        body += piece.text;
    return body;
}

QString SlotRenderer::compose(const QString &attribution, const QString &body, VoiceLanguage language)
{
    QString text = body.trimmed();
    if (language == VoiceLanguage::English) {
        static const QRegularExpression spaces(u"\\s+"_s);
        static const QRegularExpression beforePunct(u"\\s+([,.;:!?])"_s);
        static const QRegularExpression doubledDot(u"(?<!\\.)\\.\\.(?!\\.)"_s);
        static const QRegularExpression markThenDot(u"([?!])\\."_s);
        static const QRegularExpression commaDot(u"[,;:]\\."_s);
        static const QRegularExpression doubledWord(u"\\b(the|a|an|of|to|is|are|was|were|and|merely|just)\\s+\\1\\b"_s,
                                                    QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression sentenceStart(u"([.!?]\\s+[“\"']?)([a-z])"_s);
        text.replace(spaces, u" "_s);
        text.replace(beforePunct, u"\\1"_s);
        text.replace(doubledDot, u"."_s);
        text.replace(markThenDot, u"\\1"_s);
        text.replace(commaDot, u"."_s);
        text.replace(doubledWord, u"\\1"_s);
        text = EnglishText::upperInitial(text);
        QRegularExpressionMatchIterator it = sentenceStart.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            text[m.capturedStart(2)] = text.at(m.capturedStart(2)).toUpper();
        }
        const bool glued = attribution.isEmpty() || attribution.back().isSpace() || endsInCjk(attribution);
        return attribution + (glued ? QString() : u" "_s) + text;
    }
    static const QRegularExpression cjkSpace(
        u"(?<=[\\x{3000}-\\x{9FFF}\\x{FF00}-\\x{FFEF}])\\s+(?=[\\x{3000}-\\x{9FFF}\\x{FF00}-\\x{FFEF}])"_s);
    static const QRegularExpression doubledStop(u"([。？！])[。，]"_s);
    static const QRegularExpression commaStop(u"[，、；：]([。？！])"_s);
    static const QRegularExpression doubledHead(u"(之道|的|之|者也|者)\\1+"_s);
    text.replace(cjkSpace, QString());
    text.replace(doubledStop, u"\\1"_s);
    text.replace(commaStop, u"\\1"_s);
    text.replace(doubledHead, u"\\1"_s);
    return attribution.trimmed() + text;
}

} // namespace coinage
