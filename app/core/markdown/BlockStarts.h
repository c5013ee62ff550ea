#pragma once

#include <QStringView>

namespace coinage::blockstarts {

// Recognisers of the lines that start or end Markdown blocks (CommonMark 0.31 and GFM), used by BlockScanner. Each
// takes the rest of a line from its first non-space character (the caller checks the indentation).

// "***", "- - -", "___" with at most spaces or tabs between.
bool isThematicBreak(QStringView rest);

// "# title" .. "###### title" (or a bare "#"): the level (1..6), or 0; content is the title without markers.
int atxHeading(QStringView rest, QStringView &content);

// A setext underline "===" (1) or "---" (2) with trailing spaces only, else 0.
int setextUnderline(QStringView rest);

struct Fence
{
    QChar character; // '`' or '~'
    qsizetype length = 0;
};
// An opening code fence: its character and length (length 0 when none).
Fence openingFence(QStringView rest);
// Does rest close a fence opened with `open`?
bool closesFence(QStringView rest, Fence open);

// The HTML block kind (1..7 as CommonMark numbers them) a line starts, or 0. Kind 7 cannot interrupt a paragraph.
int htmlBlockStart(QStringView rest);
// Does the line end an HTML block of kind 1..5? (Kinds 6 and 7 end at a blank line.)
bool htmlBlockEnds(int kind, QStringView line);

struct ListMarker
{
    bool ordered = false;
    QChar character;         // '-', '+', '*' for bullets, '.' or ')' for ordered lists
    int number = 0;          // the start number of an ordered item
    qsizetype width = 0;     // characters of the marker ("-" 1, "10." 3)
    bool blankAfter = false; // nothing after the marker
};
// A list item marker followed by a space, a tab or the end of the line; width 0 when none.
ListMarker listMarker(QStringView rest);

// A footnote definition "[^label]:" (cmark-gfm): the length of the marker with its colon, or 0.
qsizetype footnoteDefinition(QStringView rest);

// A GFM table delimiter row ("| --- | :-: |"): its number of cells, or 0.
int tableDelimiterCells(QStringView rest);
// The number of cells of a table row (pipes escaped with a backslash or inside code spans do not split).
int tableRowCells(QStringView rest);

// A one-line link reference definition "[label]: destination 'title'" (such lines are not paragraph text).
bool isLinkReferenceDefinition(QStringView rest);

inline bool isBlank(QStringView line)
{
    for (QChar c : line) {
        if (c != u' ' && c != u'\t' && c != u'\r' && c != u'\f' && c != u'\v')
            return false;
    }
    return true;
}

} // namespace coinage::blockstarts
