#pragma once

#include "check/Diagnostic.h"

#include <QList>
#include <QString>

namespace coinage {

// A range of the editor text: [start, start + length).
struct TextRange
{
    qsizetype start = 0;
    qsizetype length = 0;

    qsizetype end() const { return start + length; }
    // True when offset lies inside the range or touches its end (a caret just after a marker is "on" it).
    bool touches(qsizetype offset) const { return offset >= start && offset <= end(); }
    friend bool operator==(const TextRange &, const TextRange &) = default;
};

// One `[^label]` marker in the text.
struct FootnoteReference
{
    QString label;
    TextRange range;     // the whole marker "[^label]"
    int definition = -1; // index of the definition whose extent holds this marker (a note inside a note), else -1
};

// One `[^label]: text` definition, with its full extent (continuation lines indented 4 spaces, several paragraphs,
// code inside).
struct FootnoteDefinition
{
    QString label;
    TextRange range;   // from the start of its first line (indentation included) to the end of its last non-blank
                       // line (its final '\n' excluded)
    TextRange marker;  // "[^label]:"
    TextRange content; // from the first character of the text after the marker to range.end()
    QString text;      // the text with the marker and the continuation indentation removed, trimmed
    int depth = 0;     // 0 at the top level of the post; more inside quotes or list items
    // Directly after a paragraph line without a blank line between: kramdown reads it as part of the paragraph and
    // Jekyll prints it as text.
    bool glued = false;
    // A glued definition inside the text of another note (index into the definitions), else -1: after an indented
    // continuation line kramdown takes the following lines into the note until a blank line, so Jekyll prints
    // "[^label]: ..." as text inside that note.
    int parent = -1;
};

// One `^[text]` inline note (not kramdown: converted to a reference and a definition before export).
struct InlineNote
{
    TextRange range;   // "^[text]"
    TextRange content; // "text"
};

// A `[label]`-like marker kramdown ignores: `[^label]` whose label has characters other than ASCII word characters
// and dashes, and the plain `[1]` markers of the seed's own style.
struct LooseMarker
{
    QString label;
    TextRange range;
    bool definition = false; // "[^bad label]:" at the start of a line
};

// One footnote: every marker and every definition that share a label.
struct Footnote
{
    QString label;
    int number = 0;         // the number kramdown prints (order of first reference); 0 when it prints none
    QList<int> references;  // indices into FootnoteIndex::references(), in text order
    QList<int> definitions; // indices into FootnoteIndex::definitions(), in text order; the last one wins

    int definition() const { return definitions.isEmpty() ? -1 : definitions.last(); }
    bool isReferenced() const { return !references.isEmpty(); }
};

// A footnote problem, with a stable code (footnote-undefined, footnote-unused, footnote-duplicate,
// footnote-bad-label, footnote-glued, footnote-swallowed,
// footnote-empty) and the range to underline.
struct FootnoteProblem
{
    QString code;
    QString label;
    TextRange range;
    Severity severity = Severity::Warning;
};

} // namespace coinage
