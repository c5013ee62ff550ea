#pragma once

#include "text/TextEdit.h"

#include <QString>

// For tests of features that return edits: applies them after checking they are sorted, disjoint and each one
// changes something (so nothing outside the edits' ranges can change); a "<...>" message instead when they are not.
namespace coinage::test {

inline QString applyChecked(const QString &text, const TextEdits &edits)
{
    TextEdits sorted = edits;
    if (!normalizeEdits(sorted, text.size()) || sorted != edits)
        return QStringLiteral("<edits not sorted or overlapping>");
    for (const TextEdit &e : edits) {
        if (QStringView(text).sliced(e.start, e.length) == e.replacement)
            return QStringLiteral("<an edit that changes nothing>");
    }
    return applyEdits(text, edits);
}

} // namespace coinage::test
