#include "FootnoteIndex.h"

#include "FootnoteScanner.h"

#include <algorithm>
#include <numeric>

namespace coinage {

FootnoteIndex FootnoteIndex::build(QStringView text, quint64 revision)
{
    FootnoteScan scan = FootnoteScanner::scan(text);
    FootnoteIndex index;
    index.m_revision = revision;
    index.m_bodyStart = scan.bodyStart;
    index.m_references = std::move(scan.references);
    index.m_definitions = std::move(scan.definitions);
    index.m_inlineNotes = std::move(scan.inlineNotes);
    index.m_numberMarkers = std::move(scan.numberMarkers);
    index.assemble();
    index.number();
    index.order();
    index.findProblems(scan.badLabels);
    return index;
}

void FootnoteIndex::assemble()
{
    auto footnoteFor = [this](const QString &label) -> Footnote & {
        auto it = m_byLabel.constFind(label);
        if (it == m_byLabel.cend()) {
            it = m_byLabel.insert(label, int(m_footnotes.size()));
            m_footnotes.append(Footnote{label, 0, {}, {}});
        }
        return m_footnotes[*it];
    };
    for (int i = 0; i < m_definitions.size(); ++i)
        footnoteFor(m_definitions[i].label).definitions.append(i);
    for (int i = 0; i < m_references.size(); ++i)
        footnoteFor(m_references[i].label).references.append(i);
}

// kramdown numbers markers as it converts them: the body first, then the notes' own text in the order the notes
// are printed, so a marker inside a note gets its number after every marker of the body. A marker without a
// (non-glued) definition is printed as text and gets no number.
void FootnoteIndex::number()
{
    auto printedDefinition = [this](const Footnote &f) {
        for (qsizetype i = f.definitions.size() - 1; i >= 0; --i) {
            if (!m_definitions[f.definitions[i]].glued)
                return f.definitions[i];
        }
        return -1;
    };
    QList<int> printed; // footnotes() indices in number order
    auto visit = [&](const FootnoteReference &r) {
        Footnote &f = m_footnotes[m_byLabel.value(r.label)];
        if (f.number == 0 && printedDefinition(f) >= 0) {
            f.number = int(printed.size()) + 1;
            printed.append(m_byLabel.value(r.label));
        }
    };
    QHash<int, QList<int>> inside; // definition -> the markers inside it
    for (int i = 0; i < m_references.size(); ++i) {
        const FootnoteReference &r = m_references[i];
        if (r.definition < 0)
            visit(r);
        else
            inside[r.definition].append(i);
    }
    for (qsizetype k = 0; k < printed.size() && !inside.isEmpty(); ++k) {
        const auto it = inside.constFind(printedDefinition(m_footnotes[printed[k]]));
        if (it == inside.cend())
            continue;
        for (int i : *it)
            visit(m_references[i]);
    }
}

void FootnoteIndex::order()
{
    struct Key
    {
        int group;
        qsizetype position;
    };
    QList<Key> keys(m_footnotes.size());
    for (qsizetype i = 0; i < m_footnotes.size(); ++i) {
        const Footnote &f = m_footnotes[i];
        const auto body = std::find_if(f.references.cbegin(), f.references.cend(),
                                       [this](int r) { return m_references[r].definition < 0; });
        if (body != f.references.cend())
            keys[i] = {0, m_references[*body].range.start};
        else if (f.isReferenced())
            keys[i] = {1, f.number > 0 ? f.number : m_references[f.references.first()].range.start};
        else
            keys[i] = {2, m_definitions[f.definitions.first()].range.start};
    }
    QList<qsizetype> order(m_footnotes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&keys](qsizetype a, qsizetype b) {
        return std::tie(keys[a].group, keys[a].position) < std::tie(keys[b].group, keys[b].position);
    });
    QList<Footnote> sorted;
    sorted.reserve(m_footnotes.size());
    m_byLabel.clear();
    for (qsizetype i : order) {
        m_byLabel.insert(m_footnotes[i].label, int(sorted.size()));
        sorted.append(std::move(m_footnotes[i]));
    }
    m_footnotes = std::move(sorted);
}

void FootnoteIndex::findProblems(const QList<LooseMarker> &badLabels)
{
    auto add = [this](const char *code, const QString &label, TextRange range, Severity severity) {
        m_problems.append({QString::fromLatin1(code), label, range, severity});
    };
    for (const Footnote &f : std::as_const(m_footnotes)) {
        const bool defined = std::any_of(f.definitions.cbegin(), f.definitions.cend(),
                                         [this](int d) { return !m_definitions[d].glued; });
        if (f.definitions.isEmpty()) {
            for (int r : f.references)
                add("footnote-undefined", f.label, m_references[r].range, Severity::Error);
        } else if (!f.isReferenced() && defined) {
            add("footnote-unused", f.label, m_definitions[f.definition()].marker, Severity::Warning);
        }
        for (qsizetype i = 0; i + 1 < f.definitions.size(); ++i) {
            if (!m_definitions[f.definitions[i]].glued)
                add("footnote-duplicate", f.label, m_definitions[f.definitions[i]].marker, Severity::Warning);
        }
        for (int d : f.definitions) {
            const FootnoteDefinition &definition = m_definitions[d];
            if (definition.glued && definition.parent >= 0)
                add("footnote-swallowed", f.label, definition.marker, Severity::Error);
            else if (definition.glued)
                add("footnote-glued", f.label, definition.marker, Severity::Error);
            else if (definition.text.isEmpty())
                add("footnote-empty", f.label, definition.marker, Severity::Warning);
        }
    }
    for (const LooseMarker &m : badLabels)
        add("footnote-bad-label", m.label, m.range, Severity::Warning);
    std::stable_sort(m_problems.begin(), m_problems.end(),
                     [](const FootnoteProblem &a, const FootnoteProblem &b) { return a.range.start < b.range.start; });
}

const Footnote *FootnoteIndex::find(const QString &label) const
{
    const int i = indexOf(label);
    return i < 0 ? nullptr : &m_footnotes[i];
}

int FootnoteIndex::numberOf(const QString &label) const
{
    const Footnote *f = find(label);
    return f ? f->number : 0;
}

QString FootnoteIndex::textOf(const QString &label) const
{
    const Footnote *f = find(label);
    return f && f->definition() >= 0 ? m_definitions[f->definition()].text : QString();
}

int FootnoteIndex::referenceAt(qsizetype offset) const
{
    auto it = std::upper_bound(m_references.cbegin(), m_references.cend(), offset,
                               [](qsizetype o, const FootnoteReference &r) { return o < r.range.start; });
    if (it == m_references.cbegin())
        return -1;
    --it;
    return it->range.touches(offset) ? int(it - m_references.cbegin()) : -1;
}

int FootnoteIndex::definitionAt(qsizetype offset) const
{
    auto it = std::upper_bound(m_definitions.cbegin(), m_definitions.cend(), offset,
                               [](qsizetype o, const FootnoteDefinition &d) { return o < d.range.start; });
    if (it == m_definitions.cbegin())
        return -1;
    --it;
    return it->range.touches(offset) ? int(it - m_definitions.cbegin()) : -1;
}

int FootnoteIndex::footnoteAt(qsizetype offset) const
{
    if (const int r = referenceAt(offset); r >= 0)
        return indexOf(m_references[r].label);
    if (const int d = definitionAt(offset); d >= 0)
        return indexOf(m_definitions[d].label);
    return -1;
}

QList<FootnoteProblem> FootnoteIndex::problemsOf(const QString &label) const
{
    QList<FootnoteProblem> out;
    for (const FootnoteProblem &p : m_problems) {
        if (p.label == label)
            out.append(p);
    }
    return out;
}

int FootnoteIndex::highestNumericLabel() const
{
    int highest = 0;
    for (const Footnote &f : m_footnotes) {
        if (isNumericLabel(f.label))
            highest = std::max(highest, f.label.toInt());
    }
    return highest;
}

bool FootnoteIndex::isValidLabel(QStringView label)
{
    return FootnoteScanner::isValidLabel(label);
}

bool FootnoteIndex::isNumericLabel(QStringView label)
{
    return !label.isEmpty() && label.size() <= 9 &&
           std::all_of(label.begin(), label.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QString FootnoteIndex::message(const FootnoteProblem &problem)
{
    const QString &label = problem.label;
    if (problem.code == u"footnote-undefined")
        return tr("footnote [^%1] has no definition; Jekyll prints the marker as text").arg(label);
    if (problem.code == u"footnote-unused")
        return tr("footnote [^%1] is defined but never referenced; Jekyll drops it").arg(label);
    if (problem.code == u"footnote-duplicate")
        return tr("footnote [^%1] is defined again later; only the last definition is used").arg(label);
    if (problem.code == u"footnote-bad-label")
        return tr("\"%1\" is not a footnote label kramdown accepts (ASCII letters, digits, _ and -, not starting "
                  "with -); Jekyll prints the marker as text")
            .arg(label);
    if (problem.code == u"footnote-glued")
        return tr("the definition of footnote [^%1] follows a paragraph line without a blank line; Jekyll prints "
                  "it as text")
            .arg(label);
    if (problem.code == u"footnote-swallowed")
        return tr("the definition of footnote [^%1] follows the indented text of another note without a blank "
                  "line; Jekyll prints it as text inside that note")
            .arg(label);
    if (problem.code == u"footnote-empty")
        return tr("footnote [^%1] has an empty definition").arg(label);
    return problem.code;
}

} // namespace coinage
