#pragma once

#include <QList>
#include <QString>

namespace coinage {

// One change to a document: replace `length` characters at `start` with `replacement`. Every feature that changes a
// post computes a list of these in core; the GUI applies them as one undo step, the command line to the file.
struct TextEdit
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString replacement;

    qsizetype end() const { return start + length; }
    friend bool operator==(const TextEdit &, const TextEdit &) = default;
};

using TextEdits = QList<TextEdit>;

// Sorts by position; false when two edits overlap or one falls outside a text of the given size.
bool normalizeEdits(TextEdits &edits, qsizetype textSize);
// Applies non-overlapping edits (in any order) and returns the new text; the text unchanged if they are invalid.
QString applyEdits(const QString &text, TextEdits edits);

} // namespace coinage
