#include "Segmenter.h"

#include "InlineFacts.h"
#include "markdown/MarkdownScanner.h"
#include "text/Cjk.h"
#include "text/LineIndex.h"
#include "text/TextCounter.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <algorithm>

namespace coinage {
namespace {

using namespace Qt::StringLiterals;

bool isWhitespaceOnly(QStringView line)
{
    return line.trimmed().isEmpty();
}

Segment::Kind kindOf(ScanBlock::Type type)
{
    switch (type) {
    case ScanBlock::Type::Heading:
        return Segment::Kind::Heading;
    case ScanBlock::Type::ListItem:
        return Segment::Kind::ListItem;
    case ScanBlock::Type::Quote:
        return Segment::Kind::Quote;
    case ScanBlock::Type::FootnoteDefinition:
        return Segment::Kind::FootnoteDefinition;
    case ScanBlock::Type::Table:
        return Segment::Kind::Table;
    default:
        return Segment::Kind::Paragraph;
    }
}

void finish(Segment &segment, const QString &text, const LineIndex &lines)
{
    // cmark may end a block on a trailing blank line: trim those.
    while (segment.lastLine > segment.firstLine &&
           isWhitespaceOnly(QStringView(text).sliced(
               lines.lineStart(segment.lastLine), lines.lineEnd(segment.lastLine) - lines.lineStart(segment.lastLine))))
        --segment.lastLine;
    segment.start = lines.lineStart(segment.firstLine);
    segment.end = lines.lineEnd(segment.lastLine);
    const QStringView markdown = QStringView(text).sliced(segment.start, segment.end - segment.start);

    static const QRegularExpression definitionLabel(u"^\\s{0,3}\\[\\^([^\\]\\s]+)\\]:"_s);
    static const QRegularExpression referenceItem(u"^\\s*(\\d{1,4})[.)]\\s+\\^"_s);
    if (segment.kind == Segment::Kind::FootnoteDefinition || segment.kind == Segment::Kind::Other) {
        const auto m = definitionLabel.matchView(markdown);
        if (m.hasMatch()) {
            segment.kind = Segment::Kind::FootnoteDefinition;
            segment.footnoteId = m.captured(1);
        }
    } else if (segment.kind == Segment::Kind::ListItem) {
        // The seed's own reference style: "1. ^text" in a References list.
        const auto m = referenceItem.matchView(markdown);
        if (m.hasMatch())
            segment.footnoteId = m.captured(1);
    }

    segment.prose = Segmenter::proseOf(markdown);
    segment.characters = segment.cjkCharacters = 0;
    const QString &prose = segment.prose;
    for (qsizetype i = 0; i < prose.size(); ++i) {
        char32_t c = prose[i].unicode();
        if (prose[i].isHighSurrogate() && i + 1 < prose.size()) {
            c = QChar::surrogateToUcs4(prose[i], prose[i + 1]);
            ++i;
        }
        segment.characters += !QChar::isSpace(c);
        segment.cjkCharacters += isCjk(c);
    }
    segment.placeholder = Segmenter::isPlaceholderProse(segment.prose);
    segment.hash = Segmenter::hashOf(segment.prose);

    const InlineFacts facts = InlineFacts::of(markdown);
    for (const QString &id : facts.footnoteRefs)
        segment.anchors.append(u"fn:"_s + id);
    if (!segment.footnoteId.isEmpty())
        segment.anchors.append(u"fndef:"_s + segment.footnoteId);
    for (const QString &url : facts.urls)
        segment.anchors.append(u"url:"_s + url);
    for (const QString &code : facts.codeSpans)
        segment.anchors.append(u"code:"_s + code);
    for (const QString &number : facts.numbers)
        segment.anchors.append(u"num:"_s + number);
    if (segment.characters >= 12)
        segment.anchors.append(u"same:"_s + segment.hash);
    std::sort(segment.anchors.begin(), segment.anchors.end());
}

} // namespace

QString Segmenter::proseOf(QStringView markdown)
{
    return coinage::proseOf(markdown).simplified();
}

bool Segmenter::isPlaceholderProse(QStringView prose)
{
    QStringView t = prose.trimmed();
    if (t.startsWith(u'^')) // the seed's reference items: "1. ^text"
        t = t.sliced(1).trimmed();
    return t.isEmpty() || t == u"[TODO]" || t == u"TODO" || t == u"TBD" || t == u"【待译】" || t == u"[待译]";
}

QString Segmenter::hashOf(QStringView prose)
{
    return QString::fromLatin1(QCryptographicHash::hash(prose.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

Segments Segmenter::segment(const QString &text)
{
    return segment(text, MarkdownScanner::scan(text));
}

Segments Segmenter::segment(const QString &text, const ScanSnapshot &scan)
{
    const LineIndex lines(text);
    const int lineCount = lines.lineCount();
    QList<bool> covered(lineCount, false);
    Segments segments;

    struct Open
    {
        int depth;
        ScanBlock::Type type;
        int segment;  // index into segments, or -1
        bool swallow; // descendants belong to this block
    };
    QList<Open> stack;
    for (const ScanBlock &block : scan.blocks) {
        if (block.firstLine < 0 || block.firstLine >= lineCount)
            continue;
        const int last = std::clamp(block.lastLine, block.firstLine, lineCount - 1);
        for (int l = block.firstLine; l <= last; ++l)
            covered[l] = true;
        while (!stack.isEmpty() && stack.last().depth >= block.depth)
            stack.removeLast();
        const Open *parent = stack.isEmpty() ? nullptr : &stack.last();
        const bool swallowed = std::any_of(stack.cbegin(), stack.cend(), [](const Open &o) { return o.swallow; });
        // Inside a list item only nested lists (and their items) stand on their own.
        const bool insideItem = parent && parent->type == ScanBlock::Type::ListItem;
        if (block.type == ScanBlock::Type::List && insideItem && parent->segment >= 0) {
            Segment &item = segments[parent->segment];
            item.lastLine = std::max(item.firstLine, std::min(item.lastLine, block.firstLine - 1));
        }
        int index = -1;
        bool swallow = false;
        const bool takes = block.type == ScanBlock::Type::Heading || block.type == ScanBlock::Type::Paragraph ||
                           block.type == ScanBlock::Type::ListItem || block.type == ScanBlock::Type::Quote ||
                           block.type == ScanBlock::Type::FootnoteDefinition || block.type == ScanBlock::Type::Table;
        if (!swallowed && takes && !(insideItem && block.type != ScanBlock::Type::List)) {
            Segment segment;
            segment.kind = kindOf(block.type);
            segment.firstLine = block.firstLine;
            segment.lastLine = last;
            segment.level = block.type == ScanBlock::Type::Heading ? block.level : block.depth;
            index = int(segments.size());
            segments.append(segment);
            swallow = block.type == ScanBlock::Type::Quote || block.type == ScanBlock::Type::FootnoteDefinition;
        }
        stack.append(Open{block.depth, block.type, index, swallow});
    }

    // Lines no block claims: runs of non-blank lines become blocks.
    const int bodyFirst = scan.frontMatter.hasFrontMatter() ? scan.frontMatter.bodyFirstLine : 0;
    for (int l = bodyFirst; l < lineCount; ++l) {
        if (covered[l] ||
            isWhitespaceOnly(QStringView(text).sliced(lines.lineStart(l), lines.lineEnd(l) - lines.lineStart(l))))
            continue;
        Segment segment;
        segment.kind = Segment::Kind::Other;
        segment.firstLine = l;
        while (l + 1 < lineCount && !covered[l + 1] &&
               !isWhitespaceOnly(
                   QStringView(text).sliced(lines.lineStart(l + 1), lines.lineEnd(l + 1) - lines.lineStart(l + 1))))
            ++l;
        segment.lastLine = l;
        segments.append(segment);
    }

    for (Segment &segment : segments)
        finish(segment, text, lines);
    // cmark moves footnote definitions to the end: back to file order.
    std::stable_sort(segments.begin(), segments.end(),
                     [](const Segment &a, const Segment &b) { return a.firstLine < b.firstLine; });
    return segments;
}

} // namespace coinage
