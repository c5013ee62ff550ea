#pragma once

#include "Footnote.h"

#include <QStringView>

namespace coinage {

// What one pass over a post finds: markers, definitions, inline notes and loose markers, in text order.
struct FootnoteScan
{
    QList<FootnoteReference> references;
    QList<FootnoteDefinition> definitions;
    QList<InlineNote> inlineNotes;
    QList<LooseMarker> badLabels;     // "[^not a label]" and "[^not a label]:"
    QList<LooseMarker> numberMarkers; // "[1]" (the seed's own style), not links
    qsizetype bodyStart = 0;
};

// A fast line scanner that reads footnotes as kramdown does: it knows front matter, fenced and indented code, code
// spans, math, link URLs, autolinks and inline HTML, block quotes, list items and definitions with their
// 4-space continuation lines. One pass, no allocations per character: a 10 MB post takes a few tens of ms.
class FootnoteScanner
{
public:
    static FootnoteScan scan(QStringView text);
    // kramdown's footnote label: \w[\w-]* with ASCII word characters.
    static bool isValidLabel(QStringView label);
};

} // namespace coinage
