#pragma once

#include <QString>

namespace coinage {

// Export's footnote step: turns the notes kramdown does not understand into kramdown footnotes, through the
// footnote manager's edits (app/core/footnotes):
// - the seed's style, "[1]" in the text and a "**References**" / "**参考**" list of "1. ^text", becomes "[^1]"
//   markers and "[^1]: text" definitions (SeedReferenceConverter);
// - inline notes "^[text]" become "[^N]" with a definition "[^N]: text" (FootnoteEdits::inlineToReferences).
// Code spans and code blocks are left alone.
class ReferenceConversion
{
public:
    struct Result
    {
        QString text;
        int referencesConverted = 0; // "[1]"-style notes
        int inlineConverted = 0;     // "^[...]" notes
    };
    static Result convert(const QString &text);
};

} // namespace coinage
