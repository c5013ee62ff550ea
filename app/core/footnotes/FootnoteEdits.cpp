#include "FootnoteEdits.h"

#include "FootnoteIndex.h"
#include "FootnoteText.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coinage {
namespace {

FootnoteEditResult editFailure(const QString &message)
{
    FootnoteEditResult r;
    r.error = message;
    return r;
}

// The definition after which a footnote referenced at `offset` belongs: the printed definition of the footnote
// with the highest number whose first body reference is before the offset; -1 when none.
int definitionBefore(const FootnoteIndex &index, qsizetype offset)
{
    int best = -1, bestNumber = 0;
    for (const Footnote &f : index.footnotes()) {
        if (f.references.isEmpty() || f.definition() < 0)
            continue;
        const FootnoteDefinition &d = index.definitions()[f.definition()];
        if (d.depth != 0 || d.glued || index.references()[f.references.first()].range.start >= offset)
            continue;
        if (f.number > bestNumber) {
            bestNumber = f.number;
            best = f.definition();
        }
    }
    return best;
}

// The range of a marker with the space before it when the marker ends a word's run ("word [^1]." -> "word.").
TextEdit markerRemoval(QStringView text, TextRange marker)
{
    qsizetype start = marker.start;
    const qsizetype end = marker.end();
    const bool spaceBefore = start > 0 && text[start - 1] == u' ';
    const bool endsRun = end >= text.size() || text[end].isSpace() || FootnoteText::isClosingPunctuation(text, end);
    if (spaceBefore && endsRun)
        --start;
    return {start, end - start, QString()};
}

// A definition the user is about to write: an empty one keeps the space after the colon so the caret can wait there.
QString newDefinition(const QString &label, const QString &text)
{
    const QString definition = FootnoteText::definition(label, text);
    return definition.endsWith(u':') ? definition + u' ' : definition;
}

FootnoteEditResult addFootnote(const QString &text, const FootnoteIndex &index, const TextEdit &marker,
                               const QString &label, const QString &definitionText, const TextEdits &extra = {})
{
    FootnoteEditResult r;
    r.label = label;
    r.labels = {label};
    qsizetype within = 0;
    const TextEdit definition = FootnoteText::insertDefinitions(text, index, definitionBefore(index, marker.start),
                                                                newDefinition(label, definitionText), &within);
    r.edits = TextEdits{marker, definition} + extra;
    if (!normalizeEdits(r.edits, text.size()))
        return editFailure(FootnoteEdits::tr("the footnote cannot be placed there"));
    // Offsets in the text after the edits.
    qsizetype shift = 0;
    for (const TextEdit &e : std::as_const(r.edits)) {
        if (e == marker)
            r.markerOffset = e.start + shift;
        else if (e == definition)
            r.definitionOffset = e.start + shift + within + label.size() + 5;
        shift += e.replacement.size() - e.length;
    }
    return r;
}

} // namespace

FootnoteEditResult FootnoteEdits::insert(const QString &text, qsizetype caret, const QString &definitionText,
                                         MarkerPlacement placement)
{
    const FootnoteIndex index = FootnoteIndex::build(text);
    if (caret < index.bodyStart() || caret > text.size())
        return editFailure(tr("a footnote can only be inserted in the body of the post"));
    const QString label = QString::number(index.highestNumericLabel() + 1);
    const qsizetype at = FootnoteText::markerPosition(text, caret, placement);
    return addFootnote(text, index, {at, 0, u"[^%1]"_s.arg(label)}, label, definitionText);
}

FootnoteEditResult FootnoteEdits::fromSelection(const QString &text, qsizetype start, qsizetype end,
                                                MarkerPlacement placement)
{
    if (start > end)
        std::swap(start, end);
    const FootnoteIndex index = FootnoteIndex::build(text);
    if (start < index.bodyStart() || end > text.size())
        return editFailure(tr("select text in the body of the post"));
    const QString selected = text.sliced(start, end - start).trimmed();
    if (selected.isEmpty())
        return editFailure(tr("select the text that should become the footnote"));
    const QString label = QString::number(index.highestNumericLabel() + 1);
    const QString marker = u"[^%1]"_s.arg(label);
    // "word (aside)." -> "word.[^1]": the space before the selection goes with it.
    qsizetype removeFrom = start;
    const bool endsRun = end >= text.size() || text[end].isSpace() || FootnoteText::isClosingPunctuation(text, end);
    if (removeFrom > 0 && text[removeFrom - 1] == u' ' && endsRun)
        --removeFrom;
    const qsizetype at =
        placement == MarkerPlacement::AfterPunctuation ? FootnoteText::markerPosition(text, end, placement) : end;
    if (at == end)
        return addFootnote(text, index, {removeFrom, end - removeFrom, marker}, label, selected);
    return addFootnote(text, index, {at, 0, marker}, label, selected, {{removeFrom, end - removeFrom, QString()}});
}

FootnoteEditResult FootnoteEdits::rename(const QString &text, const QString &from, const QString &to)
{
    const FootnoteIndex index = FootnoteIndex::build(text);
    const Footnote *f = index.find(from);
    if (!f)
        return editFailure(tr("there is no footnote [^%1]").arg(from));
    if (!FootnoteIndex::isValidLabel(to))
        return editFailure(tr("\"%1\" is not a label kramdown accepts: use ASCII letters, digits, _ and -").arg(to));
    if (to != from && index.find(to))
        return editFailure(tr("the label [^%1] is already used").arg(to));
    FootnoteEditResult r;
    r.label = to;
    r.labels = {from, to};
    if (to == from)
        return r;
    for (int i : f->references)
        r.edits.append({index.references()[i].range.start + 2, from.size(), to});
    for (int i : f->definitions)
        r.edits.append({index.definitions()[i].marker.start + 2, from.size(), to});
    normalizeEdits(r.edits, text.size());
    return r;
}

FootnoteEditResult FootnoteEdits::remove(const QString &text, const QString &label)
{
    const FootnoteIndex index = FootnoteIndex::build(text);
    const Footnote *f = index.find(label);
    if (!f)
        return editFailure(tr("there is no footnote [^%1]").arg(label));
    FootnoteEditResult r;
    r.label = label;
    r.labels = {label};
    QList<TextRange> definitionRanges;
    for (int d : f->definitions)
        definitionRanges.append(index.definitions()[d].range);
    for (int i : f->references) {
        const TextRange range = index.references()[i].range;
        const bool insideOwnDefinition = std::any_of(definitionRanges.cbegin(), definitionRanges.cend(),
                                                     [&range](TextRange d) { return d.touches(range.start); });
        if (!insideOwnDefinition)
            r.edits.append(markerRemoval(text, range));
    }
    r.edits += FootnoteText::removeDefinitions(text, index, f->definitions);
    if (!normalizeEdits(r.edits, text.size()))
        return editFailure(tr("the footnote [^%1] cannot be removed cleanly").arg(label));
    return r;
}

FootnoteEditResult FootnoteEdits::setText(const QString &text, const QString &label, const QString &definitionText)
{
    const FootnoteIndex index = FootnoteIndex::build(text);
    const Footnote *f = index.find(label);
    if (!FootnoteIndex::isValidLabel(label))
        return editFailure(tr("\"%1\" is not a label kramdown accepts").arg(label));
    FootnoteEditResult r;
    r.label = label;
    r.labels = {label};
    if (!f || f->definition() < 0) {
        qsizetype within = 0;
        const qsizetype anchor = f ? index.references()[f->references.first()].range.start : text.size();
        r.edits = {FootnoteText::insertDefinitions(text, index, definitionBefore(index, anchor),
                                                   newDefinition(label, definitionText), &within)};
        r.definitionOffset = r.edits.first().start + within + label.size() + 5;
        return r;
    }
    const FootnoteDefinition &d = index.definitions()[f->definition()];
    const QString body = FootnoteText::definitionBody(definitionText);
    // "[^1]:" then one space and the text; an empty text leaves "[^1]:".
    const qsizetype start = d.marker.end();
    r.edits = {{start, d.range.end() - start, body.isEmpty() ? QString() : u" "_s + body}};
    r.definitionOffset = start + (body.isEmpty() ? 0 : 1);
    return r;
}

FootnoteEditResult FootnoteEdits::separateGlued(const QString &text)
{
    const FootnoteIndex index = FootnoteIndex::build(text);
    FootnoteEditResult r;
    for (const FootnoteDefinition &d : index.definitions()) {
        if (!d.glued)
            continue;
        qsizetype lineStart = d.marker.start;
        while (lineStart > 0 && text[lineStart - 1] != u'\n')
            --lineStart;
        r.edits.append({lineStart, 0, u"\n"_s});
        r.labels.append(d.label);
    }
    return r;
}

FootnoteEditResult FootnoteEdits::inlineToReferences(const QString &text)
{
    const FootnoteIndex index = FootnoteIndex::build(text);
    FootnoteEditResult r;
    if (index.inlineNotes().isEmpty())
        return r;
    int next = index.highestNumericLabel();
    QStringList definitions;
    for (const InlineNote &note : index.inlineNotes()) {
        const QString label = QString::number(++next);
        r.labels.append(label);
        r.edits.append({note.range.start, note.range.length, u"[^%1]"_s.arg(label)});
        definitions.append(FootnoteText::definition(label, text.sliced(note.content.start, note.content.length)));
    }
    const QList<int> defs = FootnoteText::topLevelDefinitions(index);
    r.edits.append(FootnoteText::insertDefinitions(
        text, index, defs.isEmpty() ? -1 : defs.last(),
        FootnoteText::joinDefinitions(definitions, FootnoteText::blankBetweenDefinitions(text, index)), nullptr));
    if (!normalizeEdits(r.edits, text.size()))
        return editFailure(tr("the inline notes cannot be converted"));
    return r;
}

FootnoteEditResult FootnoteEdits::referencesToInline(const QString &text, const QString &label)
{
    const FootnoteIndex index = FootnoteIndex::build(text);
    FootnoteEditResult r;
    QList<int> removed;
    for (const Footnote &f : index.footnotes()) {
        if (!label.isEmpty() && f.label != label)
            continue;
        const int d = f.definition();
        if (d < 0 || f.references.isEmpty())
            continue;
        const FootnoteDefinition &definition = index.definitions()[d];
        const bool nested = std::any_of(index.references().cbegin(), index.references().cend(),
                                        [d](const FootnoteReference &ref) { return ref.definition == d; });
        if (definition.glued || definition.text.contains(u"\n\n") || definition.text.isEmpty() || nested)
            continue;
        if (std::any_of(f.references.cbegin(), f.references.cend(),
                        [&index](int i) { return index.references()[i].definition >= 0; }))
            continue;
        QString inlineText = definition.text;
        inlineText.replace(u'\n', u' ');
        for (int i : f.references)
            r.edits.append(
                {index.references()[i].range.start, index.references()[i].range.length, u"^[%1]"_s.arg(inlineText)});
        removed += f.definitions;
        r.labels.append(f.label);
    }
    if (!label.isEmpty() && r.labels.isEmpty())
        return editFailure(tr("footnote [^%1] cannot become an inline note (it needs one reference in the body and a "
                              "one-paragraph definition)")
                               .arg(label));
    r.edits += FootnoteText::removeDefinitions(text, index, removed);
    if (!normalizeEdits(r.edits, text.size()))
        return editFailure(tr("the footnotes cannot be converted"));
    return r;
}

FootnoteEditResult FootnoteEdits::mergeDuplicates(const QString &text)
{
    const FootnoteIndex index = FootnoteIndex::build(text);
    FootnoteEditResult r;
    for (const Footnote &f : index.footnotes()) {
        QList<int> defs;
        for (int d : f.definitions) {
            if (!index.definitions()[d].glued)
                defs.append(d);
        }
        if (defs.size() < 2)
            continue;
        QStringList texts;
        for (int d : defs) {
            if (!texts.contains(index.definitions()[d].text) && !index.definitions()[d].text.isEmpty())
                texts.append(index.definitions()[d].text);
        }
        const FootnoteDefinition &last = index.definitions()[defs.last()];
        const QString body = FootnoteText::definitionBody(texts.join(u"\n\n"_s));
        // A merged text of several lines ends with a blank line when a line follows (else kramdown reads that line
        // as a lazy continuation of it).
        const qsizetype end = last.range.end();
        const bool lineFollows = end + 1 < text.size() && text[end] == u'\n' && text[end + 1] != u'\n';
        const QString blank = body.contains(u'\n') && lineFollows ? u"\n"_s : QString();
        r.edits.append({last.marker.end(), end - last.marker.end(), u" "_s + body + blank});
        defs.removeLast();
        r.edits += FootnoteText::removeDefinitions(text, index, defs);
        r.labels.append(f.label);
    }
    if (!normalizeEdits(r.edits, text.size()))
        return editFailure(tr("the duplicate definitions cannot be merged"));
    return r;
}

} // namespace coinage
