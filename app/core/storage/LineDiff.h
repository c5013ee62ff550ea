#pragma once

#include "text/TextEdit.h"

#include <QString>

namespace coinage {

// What changed between two texts, line by line: counts of added and removed lines and a unified diff ("@@" hunks,
// " ", "-", "+" lines) with a little context, for showing unsaved text next to the file on disk. Long texts whose
// changed middle is too large for an exact diff count the whole middle as removed and added.
struct LineDiff
{
    int added = 0;
    int removed = 0;
    QString unified; // empty when the texts have the same lines
    bool truncated = false;

    static LineDiff compute(const QString &before, const QString &after, int context = 2, int maxLines = 400);
};

// The one edit that turns `before` into `after`, replacing only the changed middle (the common start and end stay,
// so carets and scroll positions around them are kept); never splits a surrogate pair. Empty replacement and length
// 0 when the texts are equal.
TextEdit minimalEdit(const QString &before, const QString &after);

} // namespace coinage
