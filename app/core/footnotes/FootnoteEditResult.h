#pragma once

#include "text/TextEdit.h"

#include <QHash>
#include <QStringList>

namespace coinage {

// Where a new marker goes relative to closing punctuation next to the caret ("word.[^1]" or "word[^1].").
enum class MarkerPlacement
{
    AfterPunctuation,
    BeforePunctuation
};

// The placement per language (a post's `lang`, or the script around the caret); "zh-CN" falls back to "zh".
struct FootnoteStyle
{
    MarkerPlacement placement = MarkerPlacement::AfterPunctuation; // as in the seed posts
    QHash<QString, MarkerPlacement> byLanguage;

    MarkerPlacement placementFor(const QString &language) const;
};

// What a footnote edit gives back: the edits (one undo step), and where things landed in the text after them.
struct FootnoteEditResult
{
    TextEdits edits;
    QString label;                   // the footnote created or changed, when there is one
    QStringList labels;              // every label the edit touched
    qsizetype markerOffset = -1;     // the new marker, in the text after the edits
    qsizetype definitionOffset = -1; // the start of the new definition's text, in the text after the edits
    QString error;                   // translated; set when nothing can be done (edits empty)

    bool ok() const { return error.isEmpty(); }
};

// The offset in the text after the edits of a position in the text before them (edits sorted and disjoint).
// A position where text is inserted maps to after the insertion.
qsizetype mapOffset(const TextEdits &edits, qsizetype offset);

} // namespace coinage
