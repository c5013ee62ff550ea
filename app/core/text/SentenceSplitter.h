#pragma once

#include <QList>
#include <QStringView>

namespace coinage {

// A sentence: [start, end) offsets into the text given to SentenceSplitter.
struct SentenceRange
{
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype length() const { return end - start; }
    friend bool operator==(const SentenceRange &, const SentenceRange &) = default;
};

// The one sentence splitter of the core (voices' scope, bilingual sentence alignment, the editor's focus mode).
// English and other scripts: Unicode sentence boundaries (QTextBoundaryFinder, UAX #29: ". ! ?" followed by a space
// or a closing quote; no break before a lower-case word or inside a decimal), minus the breaks after common
// abbreviations ("Mr.", "Dr.", "e.g.", "i.e.", "cf." before a capital ...) and single initials ("J. R. R."). Chinese
// and Japanese: a break after 。！？； and "……" (and after half-width ! ? that follow a CJK character), with the
// closing quotes and brackets after them. Opening quotes after a terminator start the next sentence. A piece that is
// only footnote markers ("[1]", "[^x]") stays with the sentence before it. Line breaks count as spaces; white space
// around sentences is left out.
class SentenceSplitter
{
public:
    static QList<SentenceRange> split(QStringView text);
    // The sentence holding a caret (an offset into text): the first sentence ending at or after it (so a caret right
    // after a sentence's last character, or in the space behind it, picks that sentence); past the last one, the last.
    // An empty range at the caret when the text has no sentence.
    static SentenceRange sentenceAt(QStringView text, qsizetype caret);
};

} // namespace coinage
