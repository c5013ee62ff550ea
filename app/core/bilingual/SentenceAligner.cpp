#include "SentenceAligner.h"

#include "InlineFacts.h"
#include "Segmenter.h"
#include "text/Cjk.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>

#include <algorithm>

namespace coinage {
namespace {

using namespace Qt::StringLiterals;

bool isCjkTerminator(QChar c)
{
    return c == u'。' || c == u'！' || c == u'？' || c == u'!' || c == u'?';
}

bool isCloser(QChar c)
{
    return c == u'”' || c == u'’' || c == u'」' || c == u'』' || c == u'）' || c == u')' || c == u'"' || c == u'\'' ||
           c == u'》' || c == u'】';
}

Segments segmentsOf(QStringView text, const QList<SentenceSpan> &spans)
{
    Segments segments;
    for (const SentenceSpan &span : spans) {
        Segment s;
        s.kind = Segment::Kind::Paragraph;
        const QStringView markdown = text.sliced(span.start, span.length);
        s.start = span.start;
        s.end = span.start + span.length;
        s.prose = Segmenter::proseOf(markdown);
        for (qsizetype i = 0; i < s.prose.size(); ++i) {
            const QChar c = s.prose[i];
            s.characters += !c.isSpace() && !c.isLowSurrogate();
            s.cjkCharacters += isCjk(c.unicode());
        }
        const InlineFacts facts = InlineFacts::of(markdown);
        for (const QString &id : facts.footnoteRefs)
            s.anchors.append(u"fn:"_s + id);
        for (const QString &url : facts.urls)
            s.anchors.append(u"url:"_s + url);
        for (const QString &number : facts.numbers)
            s.anchors.append(u"num:"_s + number);
        std::sort(s.anchors.begin(), s.anchors.end());
        segments.append(s);
    }
    return segments;
}

} // namespace

QList<SentenceSpan> SentenceAligner::split(QStringView text)
{
    QList<qsizetype> cuts{0, text.size()};
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text.toString());
    for (qsizetype at = finder.toNextBoundary(); at > 0; at = finder.toNextBoundary()) {
        // UAX #29 counts opening quotes and brackets as closers after a terminator ("。“", "。["): cut before them.
        while (at > 0 && (text[at - 1].category() == QChar::Punctuation_Open ||
                          text[at - 1].category() == QChar::Punctuation_InitialQuote))
            --at;
        cuts.append(at);
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isCjkTerminator(text[i]) || (i > 0 && !isCjk(text[i - 1].unicode()) && !isCloser(text[i - 1])))
            continue;
        qsizetype end = i + 1;
        while (end < text.size() && (isCjkTerminator(text[end]) || isCloser(text[end])))
            ++end;
        cuts.append(end);
        i = end - 1;
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    static const QRegularExpression leadingMarkers(u"^(?:\\[\\^?[\\w-]+\\])+"_s);
    QList<SentenceSpan> spans;
    for (qsizetype k = 0; k + 1 < cuts.size(); ++k) {
        qsizetype start = cuts[k], end = cuts[k + 1];
        while (start < end && text[start].isSpace())
            ++start;
        while (end > start && text[end - 1].isSpace())
            --end;
        if (start == end)
            continue;
        // Footnote markers after a terminator belong to the sentence before.
        if (const auto m = leadingMarkers.matchView(text.sliced(start, end - start));
            m.hasMatch() && !spans.isEmpty()) {
            spans.last().length = start + m.capturedLength() - spans.last().start;
            start += m.capturedLength();
            while (start < end && text[start].isSpace())
                ++start;
            if (start == end)
                continue;
        }
        spans.append({start, end - start});
    }
    return spans;
}

SentenceAligner::Result SentenceAligner::align(QStringView sourceText, QStringView targetText,
                                               const AlignOptions &options)
{
    Result result;
    result.source = split(sourceText);
    result.target = split(targetText);
    const Aligner aligner(segmentsOf(sourceText, result.source), segmentsOf(targetText, result.target), options);
    result.pairs = aligner.align().pairs;
    for (AlignedPair &p : result.pairs)
        p.sourceLines = p.targetLines = {};
    return result;
}

} // namespace coinage
