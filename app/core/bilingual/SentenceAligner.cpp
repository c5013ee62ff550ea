#include "SentenceAligner.h"

#include "InlineFacts.h"
#include "Segmenter.h"
#include "text/Cjk.h"
#include "text/SentenceSplitter.h"

#include <algorithm>

namespace coinage {
namespace {

using namespace Qt::StringLiterals;

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
    QList<SentenceSpan> spans;
    for (const SentenceRange &range : SentenceSplitter::split(text))
        spans.append({range.start, range.length()});
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
