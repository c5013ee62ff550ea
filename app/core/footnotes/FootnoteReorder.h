#pragma once

#include "FootnoteEditResult.h"

#include <QCoreApplication>

namespace coinage {

// Footnote edits on the whole set: renumbering, moving a note to another place in the order, gathering the
// definitions. Pure functions of the text and their parameters; nothing outside the edits' ranges changes.
class FootnoteReorder
{
    Q_DECLARE_TR_FUNCTIONS(coinage::FootnoteReorder)
public:
    // Numeric labels (all labels with allLabels) become 1..n in the order kramdown numbers the footnotes (first
    // reference); top-level definitions are reordered to match, each keeping its own formatting, in the places
    // definitions already occupy.
    static FootnoteEditResult renumber(const QString &text, bool allLabels = false);
    // Drag and drop in the panel: the note at position `from` (1-based, in FootnoteIndex::footnotes() order, among
    // footnotes referenced from the body) moves to position `to`: the markers of position `to` now show it, the
    // notes in between shift by one, and labels are renumbered as by renumber().
    static FootnoteEditResult move(const QString &text, int from, int to, bool allLabels = false);
    // Every top-level definition moves, in footnote order (referenced ones by first reference, then the unreferenced
    // ones), to the end of the post after a blank line; each keeps its whole extent (continuation paragraphs, code),
    // and a definition of several lines is always followed by a blank line so the next one is not read as part of it.
    static FootnoteEditResult gatherAtEnd(const QString &text);
    // ... or to the end of the section of the heading on this 0-based line.
    static FootnoteEditResult gatherUnderHeading(const QString &text, int headingLine);
    // ... or under the first heading whose text is `heading` (inline syntax removed, leading '#'s and surrounding
    // spaces ignored, case-sensitive); fails when the post has no such heading.
    static FootnoteEditResult gatherUnderHeadingText(const QString &text, const QString &heading);
};

} // namespace coinage
