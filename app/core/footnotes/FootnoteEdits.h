#pragma once

#include "FootnoteEditResult.h"

#include <QCoreApplication>

namespace coinage {

// Footnote edits on one footnote or on inline notes: pure functions of the text and their parameters. Each result
// is one undo step; nothing outside the edits' ranges changes.
class FootnoteEdits
{
    Q_DECLARE_TR_FUNCTIONS(coinage::FootnoteEdits)
public:
    // A new footnote at the caret: the next free number, the marker moved past (or before) closing punctuation,
    // the definition placed with the others after the previous footnote's (or at the end after a blank line).
    static FootnoteEditResult insert(const QString &text, qsizetype caret, const QString &definitionText = {},
                                     MarkerPlacement placement = MarkerPlacement::AfterPunctuation);
    // The selected text becomes the definition of a new footnote whose marker takes its place.
    static FootnoteEditResult fromSelection(const QString &text, qsizetype start, qsizetype end,
                                            MarkerPlacement placement = MarkerPlacement::AfterPunctuation);
    // Renames a label in every marker and definition; fails when `to` is not a kramdown label or is taken.
    static FootnoteEditResult rename(const QString &text, const QString &from, const QString &to);
    // Removes a footnote's markers and definitions.
    static FootnoteEditResult remove(const QString &text, const QString &label);
    // Replaces the text of a footnote's definition (the one kramdown uses), adding a definition when it has none.
    static FootnoteEditResult setText(const QString &text, const QString &label, const QString &definitionText);
    // Blank lines before definitions glued to a paragraph, so kramdown reads them.
    static FootnoteEditResult separateGlued(const QString &text);
    // Every `^[text]` inline note becomes a `[^n]` marker with a definition (next free numbers).
    static FootnoteEditResult inlineToReferences(const QString &text);
    // Footnotes with a one-paragraph definition become `^[text]` inline notes (label empty: all of them).
    static FootnoteEditResult referencesToInline(const QString &text, const QString &label = {});
    // One definition per label: earlier duplicates removed, their distinct texts kept as paragraphs of the last.
    static FootnoteEditResult mergeDuplicates(const QString &text);
};

} // namespace coinage
