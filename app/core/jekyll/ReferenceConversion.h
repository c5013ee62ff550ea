#pragma once

#include "text/TextEdit.h"

#include <QString>

namespace coinage {

// Turns the notes kramdown does not understand into kramdown footnotes, for export:
// - inline notes "^[text]" become "[^N]" with a definition "[^N]: text" at the end of the post;
// - the seed's style, "[1]" in the text and a "**References**" / "**参考**" list of "1. ^text", becomes "[^1]"
//   markers and "[^1]: text" definitions in place of the list.
// Code spans and code blocks are left alone.
//
// NOTE: minimal on purpose. The footnote manager (app/core/footnotes, built on a parallel branch) owns footnote
// edits; on merge this should become a call into it (its `convert-references` verb does the same job). Only
// Exporter uses this class.
class ReferenceConversion
{
public:
    struct Result
    {
        TextEdits edits;
        int referencesConverted = 0; // "[1]"-style notes
        int inlineConverted = 0;     // "^[...]" notes
    };
    static Result convert(const QString &text);
};

} // namespace coinage
