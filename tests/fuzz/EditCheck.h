#pragma once

#include "FuzzCheck.h"
#include "text/TextEdit.h"

// The invariants of every edit list a feature returns: the edits are sorted and disjoint inside the text, and
// applying them changes nothing outside their ranges (every stretch between two edits is found, unchanged, where
// the edits before it have shifted it).
inline void checkEdits(const QString &text, coinage::TextEdits edits)
{
    FUZZ_CHECK(coinage::normalizeEdits(edits, text.size()));
    const QString after = coinage::applyEdits(text, edits);
    qsizetype from = 0;  // in the text before
    qsizetype shift = 0; // after - before, for positions past the edits seen so far
    for (const coinage::TextEdit &edit : std::as_const(edits)) {
        const qsizetype gap = edit.start - from;
        FUZZ_CHECK(after.mid(from + shift, gap) == text.mid(from, gap));
        shift += edit.replacement.size() - edit.length;
        from = edit.end();
    }
    FUZZ_CHECK(after.mid(from + shift) == text.mid(from));
    FUZZ_CHECK(after.size() == text.size() + shift);
}
