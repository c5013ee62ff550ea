#include "SentenceSplitter.h"

#include "Cjk.h"

#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QTextBoundaryFinder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coinage {
namespace {

// Always end a sentence.
bool isFullWidthStop(QChar c)
{
    return c == u'。' || c == u'！' || c == u'？' || c == u'；';
}

// End a sentence only after a CJK character (or a closer, or another stop): "好吗?" and "……".
bool isHalfWidthStop(QChar c)
{
    return c == u'!' || c == u'?' || c == u'…';
}

bool isCloser(QChar c)
{
    return c == u'”' || c == u'’' || c == u'」' || c == u'』' || c == u'）' || c == u')' || c == u'"' || c == u'\'' ||
           c == u'》' || c == u'】';
}

bool isOpener(QChar c)
{
    return c.category() == QChar::Punctuation_Open || c.category() == QChar::Punctuation_InitialQuote;
}

// Lower-case abbreviations that rarely end a sentence: a break after them (before a capital word) is dropped.
bool isAbbreviation(QStringView word)
{
    static const QSet<QString> abbreviations{u"mr"_s,  u"mrs"_s, u"ms"_s, u"dr"_s,    u"prof"_s, u"st"_s,
                                             u"jr"_s,  u"sr"_s,  u"vs"_s, u"e.g"_s,   u"i.e"_s,  u"cf"_s,
                                             u"fig"_s, u"vol"_s, u"pp"_s, u"approx"_s};
    return abbreviations.contains(word.toString().toLower());
}

// Whether the text before a cut ends with an abbreviation's or an initial's full stop ("Mr.", "e.g.", "J.").
bool endsWithAbbreviation(QStringView before)
{
    qsizetype end = before.size();
    while (end > 0 && before[end - 1].isSpace())
        --end;
    if (end == 0 || before[end - 1] != u'.')
        return false;
    qsizetype start = end - 1;
    while (start > 0 && (before[start - 1].isLetter() || before[start - 1] == u'.'))
        --start;
    const QStringView word = before.sliced(start, end - 1 - start);
    if (word.isEmpty())
        return false;
    if (word.size() == 1 && word[0].isUpper() && word[0] != u'I')
        return true; // an initial ("J. R. R."), not the pronoun
    return isAbbreviation(word);
}

} // namespace

QList<SentenceRange> SentenceSplitter::split(QStringView text)
{
    QString flat = text.toString();
    flat.replace(u'\n', u' ');
    // Footnote markers read as spaces for the boundary rules: "True.[^a] Next" would otherwise be one sentence (UAX #29
    // takes "[" for a closer and the "a" for a lower-case word going on).
    static const QRegularExpression marker(u"\\[(?:\\^[\\w-]+|\\d{1,4})\\]"_s);
    QString analysed = flat;
    for (const QRegularExpressionMatch &m : marker.globalMatch(flat))
        analysed.replace(m.capturedStart(), m.capturedLength(), QString(m.capturedLength(), u' '));
    QList<qsizetype> cuts{0, flat.size()};
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, analysed);
    for (qsizetype at = finder.toNextBoundary(); at > 0 && at < flat.size(); at = finder.toNextBoundary()) {
        // UAX #29 counts opening quotes and brackets as closers after a terminator ("。“", "。["): cut before them.
        while (at > 0 && isOpener(analysed[at - 1]))
            --at;
        if (!endsWithAbbreviation(QStringView(flat).first(at)))
            cuts.append(at);
    }
    for (qsizetype i = 0; i < flat.size(); ++i) {
        const QChar c = flat[i];
        const bool afterCjk = i > 0 && (isCjk(flat[i - 1].unicode()) || isCloser(flat[i - 1]));
        if (!isFullWidthStop(c) && !(isHalfWidthStop(c) && afterCjk))
            continue;
        qsizetype end = i + 1;
        while (end < flat.size() && (isFullWidthStop(flat[end]) || isHalfWidthStop(flat[end]) || isCloser(flat[end])))
            ++end;
        cuts.append(end);
        i = end - 1;
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    static const QRegularExpression leadingMarkers(u"^(?:\\[\\^?[\\w-]+\\])+"_s);
    QList<SentenceRange> ranges;
    for (qsizetype k = 0; k + 1 < cuts.size(); ++k) {
        qsizetype start = cuts[k], end = cuts[k + 1];
        while (start < end && flat[start].isSpace())
            ++start;
        while (end > start && flat[end - 1].isSpace())
            --end;
        if (start == end)
            continue;
        // Footnote markers after a terminator belong to the sentence before.
        if (const auto m = leadingMarkers.matchView(QStringView(flat).sliced(start, end - start));
            m.hasMatch() && !ranges.isEmpty()) {
            ranges.last().end = start + m.capturedLength();
            start += m.capturedLength();
            while (start < end && flat[start].isSpace())
                ++start;
            if (start == end)
                continue;
        }
        ranges.append({start, end});
    }
    return ranges;
}

SentenceRange SentenceSplitter::sentenceAt(QStringView text, qsizetype caret)
{
    const QList<SentenceRange> ranges = split(text);
    if (ranges.isEmpty())
        return {caret, caret};
    for (const SentenceRange &range : ranges) {
        if (caret <= range.end)
            return range;
    }
    return ranges.last();
}

} // namespace coinage
