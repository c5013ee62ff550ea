#include "FootnoteReorder.h"

#include "FootnoteIndex.h"
#include "FootnoteText.h"
#include "markdown/MarkdownScanner.h"

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace coinage {
namespace {

FootnoteEditResult reorderFailure(const QString &message)
{
    FootnoteEditResult r;
    r.error = message;
    return r;
}

// What a reordering does: the label each footnote's body markers get, the label each note (its definitions and
// markers inside other notes) gets, and the order of the notes' definitions.
struct Plan
{
    QList<QString> bodyLabel;          // per footnotes() index
    QHash<QString, QString> noteLabel; // old label -> new label
    QList<int> definitionOrder;        // footnotes() indices
};

// The text of a definition's extent with its own marker and the markers inside it relabelled.
QString relabelledDefinition(QStringView text, const FootnoteIndex &index, int d, const Plan &plan)
{
    const FootnoteDefinition &def = index.definitions()[d];
    TextEdits local;
    local.append({def.marker.start + 2 - def.range.start, def.label.size(), plan.noteLabel.value(def.label)});
    for (const FootnoteReference &r : index.references()) {
        if (r.definition == d)
            local.append({r.range.start + 2 - def.range.start, r.label.size(), plan.noteLabel.value(r.label)});
    }
    for (const FootnoteDefinition &swallowed : index.definitions()) {
        if (swallowed.parent == d)
            local.append({swallowed.marker.start + 2 - def.range.start, swallowed.label.size(),
                          plan.noteLabel.value(swallowed.label)});
    }
    return applyEdits(text.sliced(def.range.start, def.range.length).toString(), local);
}

FootnoteEditResult applyPlan(const QString &text, const FootnoteIndex &index, const Plan &plan)
{
    FootnoteEditResult r;
    const QList<int> slots = FootnoteText::topLevelDefinitions(index);
    auto inSlot = [&](int d) {
        return std::binary_search(slots.cbegin(), slots.cend(), d);
    };
    // Markers in the body, in glued definitions' lines and in definitions that are not moved (a definition swallowed
    // into a moved one moves with it).
    for (int i = 0; i < index.references().size(); ++i) {
        const FootnoteReference &ref = index.references()[i];
        if (ref.definition >= 0 && inSlot(ref.definition))
            continue;
        const QString label =
            ref.definition < 0 ? plan.bodyLabel.value(index.indexOf(ref.label)) : plan.noteLabel.value(ref.label);
        if (label != ref.label)
            r.edits.append({ref.range.start + 2, ref.label.size(), label});
    }
    for (int d = 0; d < index.definitions().size(); ++d) {
        const FootnoteDefinition &def = index.definitions()[d];
        const QString label = plan.noteLabel.value(def.label);
        if (!inSlot(d) && !(def.parent >= 0 && inSlot(def.parent)) && label != def.label)
            r.edits.append({def.marker.start + 2, def.label.size(), label});
    }
    // The definitions in the slots definitions already take, in the plan's order.
    QList<int> rank(index.footnotes().size(), int(index.footnotes().size()));
    for (int k = 0; k < plan.definitionOrder.size(); ++k)
        rank[plan.definitionOrder[k]] = k;
    QList<int> ordered = slots;
    std::stable_sort(ordered.begin(), ordered.end(), [&](int a, int b) {
        return rank[index.indexOf(index.definitions()[a].label)] < rank[index.indexOf(index.definitions()[b].label)];
    });
    for (qsizetype k = 0; k < slots.size(); ++k) {
        const TextRange slot = index.definitions()[slots[k]].range;
        QString replacement = relabelledDefinition(text, index, ordered[k], plan);
        // A definition of several lines moved right before another line gets a blank line after it, else kramdown
        // takes that line into the note.
        const qsizetype end = slot.end();
        if (replacement.contains(u'\n') && end + 1 < text.size() && text[end] == u'\n' && text[end + 1] != u'\n')
            replacement += u'\n';
        if (QStringView(text).sliced(slot.start, slot.length) != replacement)
            r.edits.append({slot.start, slot.length, replacement});
    }
    for (auto it = plan.noteLabel.cbegin(); it != plan.noteLabel.cend(); ++it) {
        if (it.key() != it.value())
            r.labels.append(it.key());
    }
    std::sort(r.labels.begin(), r.labels.end());
    if (!normalizeEdits(r.edits, text.size()))
        return reorderFailure(FootnoteReorder::tr("the footnotes cannot be reordered"));
    return r;
}

// The new label of each note in this order: 1..n for numeric labels (all labels with allLabels).
QHash<QString, QString> numberedLabels(const FootnoteIndex &index, const QList<int> &order, bool allLabels)
{
    QHash<QString, QString> labels;
    int next = 0;
    for (int i : order) {
        const QString &label = index.footnotes()[i].label;
        labels.insert(label, allLabels || FootnoteIndex::isNumericLabel(label) ? QString::number(++next) : label);
    }
    return labels;
}

Plan renumberPlan(const FootnoteIndex &index, QList<int> order, bool allLabels)
{
    Plan plan;
    plan.noteLabel = numberedLabels(index, order, allLabels);
    for (const Footnote &f : index.footnotes())
        plan.bodyLabel.append(plan.noteLabel.value(f.label));
    plan.definitionOrder = std::move(order);
    return plan;
}

// Gathers the definitions into the region ending at `end`: the blank lines and definitions right before it are
// replaced with every definition in footnote order; the definitions elsewhere are removed.
FootnoteEditResult gather(const QString &text, const FootnoteIndex &index, qsizetype end)
{
    const QList<int> slots = FootnoteText::topLevelDefinitions(index);
    FootnoteEditResult r;
    if (slots.isEmpty())
        return r;
    qsizetype tail = end;
    for (;;) {
        while (tail > index.bodyStart() && text[tail - 1].isSpace())
            --tail;
        const auto d = std::find_if(slots.cbegin(), slots.cend(),
                                    [&](int i) { return index.definitions()[i].range.end() == tail; });
        if (d == slots.cend() || tail == index.bodyStart())
            break;
        tail = index.definitions()[*d].range.start;
    }
    QList<int> ordered = slots;
    std::stable_sort(ordered.begin(), ordered.end(), [&](int a, int b) {
        return index.indexOf(index.definitions()[a].label) < index.indexOf(index.definitions()[b].label);
    });
    QStringList definitions;
    QList<int> elsewhere;
    for (int d : ordered) {
        const TextRange range = index.definitions()[d].range;
        definitions.append(text.sliced(range.start, range.length));
        if (range.start < tail || range.start >= end)
            elsewhere.append(d);
    }
    const QString joined =
        FootnoteText::joinDefinitions(definitions, FootnoteText::blankBetweenDefinitions(text, index));
    const QString before = tail > index.bodyStart() ? u"\n\n"_s : QString();
    // Before a following heading the blank lines after `end` stay as they are.
    const QString after = end < text.size() ? QString() : (text.endsWith(u'\n') ? u"\n"_s : QString());
    const QString replacement = before + joined + after;
    r.edits = FootnoteText::removeDefinitions(text, index, elsewhere);
    if (QStringView(text).sliced(tail, end - tail) != replacement)
        r.edits.append({tail, end - tail, replacement});
    if (!normalizeEdits(r.edits, text.size()))
        return reorderFailure(FootnoteReorder::tr("the definitions cannot be gathered there"));
    return r;
}

FootnoteEditResult renumberIn(const QString &text, const FootnoteIndex &index, bool allLabels)
{
    QList<int> order(index.footnotes().size());
    std::iota(order.begin(), order.end(), 0);
    return applyPlan(text, index, renumberPlan(index, std::move(order), allLabels));
}

FootnoteEditResult moveIn(const QString &text, const FootnoteIndex &index, int from, int to, bool allLabels)
{
    int movable = 0; // footnotes referenced from the body come first in footnotes()
    for (const Footnote &f : index.footnotes()) {
        const bool body = std::any_of(f.references.cbegin(), f.references.cend(),
                                      [&index](int r) { return index.references()[r].definition < 0; });
        if (!body)
            break;
        ++movable;
    }
    if (from < 1 || from > movable || to < 1 || to > movable)
        return reorderFailure(FootnoteReorder::tr("there are %n footnotes referenced in the text", nullptr, movable));
    QList<int> order(index.footnotes().size());
    std::iota(order.begin(), order.end(), 0);
    order.move(from - 1, to - 1);
    Plan plan = renumberPlan(index, order, allLabels);
    // The markers of slot k now show the note order[k].
    for (int k = 0; k < movable; ++k)
        plan.bodyLabel[k] = plan.noteLabel.value(index.footnotes()[order[k]].label);
    FootnoteEditResult r = applyPlan(text, index, plan);
    r.label = plan.noteLabel.value(index.footnotes()[from - 1].label);
    return r;
}

// Moving notes around could let one swallow the next, so definitions swallowed into a note are separated first (a
// blank line before each, as FootnoteEdits::separateGlued does) and reordered as real definitions; the result is
// then one replacement of the region that changed.
template <typename Reorder>
FootnoteEditResult separatedFirst(const QString &text, Reorder reorder)
{
    const FootnoteIndex index = FootnoteIndex::build(text);
    TextEdits blanks;
    for (const FootnoteDefinition &d : index.definitions()) {
        if (d.parent < 0)
            continue;
        qsizetype lineStart = d.marker.start;
        while (lineStart > 0 && text[lineStart - 1] != u'\n')
            --lineStart;
        blanks.append({lineStart, 0, u"\n"_s});
    }
    if (blanks.isEmpty())
        return reorder(text, index);
    const QString separated = applyEdits(text, blanks);
    FootnoteEditResult r = reorder(separated, FootnoteIndex::build(separated));
    if (!r.ok())
        return r;
    const QString result = applyEdits(separated, r.edits);
    qsizetype prefix = 0;
    while (prefix < text.size() && prefix < result.size() && text[prefix] == result[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < text.size() - prefix && suffix < result.size() - prefix &&
           text[text.size() - 1 - suffix] == result[result.size() - 1 - suffix])
        ++suffix;
    r.edits = {{prefix, text.size() - prefix - suffix, result.sliced(prefix, result.size() - prefix - suffix)}};
    return r;
}

} // namespace

FootnoteEditResult FootnoteReorder::renumber(const QString &text, bool allLabels)
{
    return separatedFirst(
        text, [allLabels](const QString &t, const FootnoteIndex &index) { return renumberIn(t, index, allLabels); });
}

FootnoteEditResult FootnoteReorder::move(const QString &text, int from, int to, bool allLabels)
{
    return separatedFirst(
        text, [=](const QString &t, const FootnoteIndex &index) { return moveIn(t, index, from, to, allLabels); });
}

FootnoteEditResult FootnoteReorder::gatherAtEnd(const QString &text)
{
    return gather(text, FootnoteIndex::build(text), text.size());
}

FootnoteEditResult FootnoteReorder::gatherUnderHeadingText(const QString &text, const QString &heading)
{
    QString wanted = heading.trimmed();
    while (wanted.startsWith(u'#'))
        wanted.remove(0, 1);
    wanted = wanted.trimmed();
    if (wanted.isEmpty())
        return reorderFailure(tr("name the heading to gather the footnote definitions under"));
    const ScanSnapshot scan = MarkdownScanner::scan(text);
    for (const ScanHeading &h : scan.headings) {
        if (h.text.trimmed() == wanted)
            return gatherUnderHeading(text, h.line);
    }
    return reorderFailure(tr("there is no heading \"%1\" in the post").arg(wanted));
}

FootnoteEditResult FootnoteReorder::gatherUnderHeading(const QString &text, int headingLine)
{
    const ScanSnapshot scan = MarkdownScanner::scan(text);
    const auto heading = std::find_if(scan.headings.cbegin(), scan.headings.cend(),
                                      [headingLine](const ScanHeading &h) { return h.line == headingLine; });
    if (heading == scan.headings.cend())
        return reorderFailure(tr("there is no heading on line %1").arg(headingLine + 1));
    qsizetype end = text.size();
    for (auto next = heading + 1; next != scan.headings.cend(); ++next) {
        if (next->level <= heading->level) {
            end = next->offset;
            break;
        }
    }
    // The end of the section is the end of its last line, before the blank lines that lead to the next heading.
    if (end < text.size()) {
        while (end > 0 && text[end - 1] == u'\n')
            --end;
    }
    const FootnoteIndex index = FootnoteIndex::build(text);
    return gather(text, index, end);
}

} // namespace coinage
