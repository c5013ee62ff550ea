#pragma once

#include "Footnote.h"

#include <QCoreApplication>
#include <QHash>

namespace coinage {

// Every footnote of a post as kramdown (Jekyll) will read it: references with their positions, definitions with
// their full extent, inline notes, the numbers kramdown prints, and the problems, each with a stable code and a
// range to underline. Immutable and tagged with the revision of the text it was built from; building is a pure
// function of the text, safe on a worker thread.
class FootnoteIndex
{
    Q_DECLARE_TR_FUNCTIONS(coinage::FootnoteIndex)
public:
    FootnoteIndex() = default;
    static FootnoteIndex build(QStringView text, quint64 revision = 0);

    quint64 revision() const { return m_revision; }
    qsizetype bodyStart() const { return m_bodyStart; }

    // In the order a reader meets them: footnotes referenced from the body by first reference, then those only
    // referenced from other notes by number, then the unreferenced ones by definition.
    const QList<Footnote> &footnotes() const { return m_footnotes; }
    const QList<FootnoteReference> &references() const { return m_references; }
    const QList<FootnoteDefinition> &definitions() const { return m_definitions; }
    const QList<InlineNote> &inlineNotes() const { return m_inlineNotes; }
    const QList<LooseMarker> &numberMarkers() const { return m_numberMarkers; }
    // Sorted by position.
    const QList<FootnoteProblem> &problems() const { return m_problems; }

    // Index into footnotes() of the footnote with this label, -1 when none.
    int indexOf(const QString &label) const { return m_byLabel.value(label, -1); }
    const Footnote *find(const QString &label) const;
    // The number kramdown prints for the label; 0 when it prints none.
    int numberOf(const QString &label) const;
    // The winning definition's text, empty when there is none.
    QString textOf(const QString &label) const;
    // Index into footnotes() of the footnote whose marker or definition holds the offset (for the caret, hover,
    // Ctrl+click), -1 when none. A marker wins over the definition around it.
    int footnoteAt(qsizetype offset) const;
    // Index into references() / definitions() of the marker / definition at the offset, -1 when none.
    int referenceAt(qsizetype offset) const;
    int definitionAt(qsizetype offset) const;
    QList<FootnoteProblem> problemsOf(const QString &label) const;
    // Labels that are plain numbers: the highest, 0 when none.
    int highestNumericLabel() const;

    static bool isValidLabel(QStringView label);
    static bool isNumericLabel(QStringView label);
    // A sentence for the user about a problem (translated).
    static QString message(const FootnoteProblem &problem);

private:
    void assemble();
    void number();
    void order();
    void findProblems(const QList<LooseMarker> &badLabels);

    quint64 m_revision = 0;
    qsizetype m_bodyStart = 0;
    QList<Footnote> m_footnotes;
    QHash<QString, int> m_byLabel;
    QList<FootnoteReference> m_references;
    QList<FootnoteDefinition> m_definitions;
    QList<InlineNote> m_inlineNotes;
    QList<LooseMarker> m_numberMarkers;
    QList<FootnoteProblem> m_problems;
};

} // namespace coinage
