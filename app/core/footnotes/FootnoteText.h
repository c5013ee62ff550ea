#pragma once

#include "FootnoteEditResult.h"
#include "FootnoteIndex.h"
#include "text/TextEdit.h"

namespace coinage {

// Small text helpers the footnote edits share.
namespace FootnoteText {

// "[^label]: first line" with the following lines indented 4 spaces (blank lines kept blank).
QString definition(const QString &label, const QString &text);
// The body of a definition after "[^label]: " (continuation lines indented).
QString definitionBody(const QString &text);
// Edits that remove these definitions (top-level ones whole lines with their '\n'), merging neighbours and
// swallowing one blank line so that no double blank line or trailing blank line is left behind.
TextEdits removeDefinitions(QStringView text, const FootnoteIndex &index, QList<int> definitions);
// True when the post separates its definitions with blank lines (after definitions of one line; a definition of
// several lines is always followed by one).
bool blankBetweenDefinitions(QStringView text, const FootnoteIndex &index);
// Formatted definitions joined into one block: a blank line between them with `blank`, and always after a definition
// of several lines (kramdown reads a line right after a definition's indented line as a lazy continuation of it).
QString joinDefinitions(const QStringList &definitions, bool blank);
// Top-level, non-glued definitions in text order (indices into index.definitions()).
QList<int> topLevelDefinitions(const FootnoteIndex &index);
// An edit inserting new definitions (already formatted, joined) with the others: after the definition `after`
// (index into definitions(), -1: before the first one), or at the end of the post after a blank line when it has
// none. definitionStart is set to where the inserted text begins within the replacement.
TextEdit insertDefinitions(QStringView text, const FootnoteIndex &index, int after, const QString &definitions,
                           qsizetype *definitionStart);
// Closing punctuation a marker goes after: . , ; : ! ? ) ] ” ’ 。 ， 、 ； ： ！ ？ ） 】 」 』 》 … and straight
// quotes that close a word.
bool isClosingPunctuation(QStringView text, qsizetype at);
// The caret moved past (After) or before (Before) the closing punctuation next to it.
qsizetype markerPosition(QStringView text, qsizetype caret, MarkerPlacement placement);

} // namespace FootnoteText
} // namespace coinage
