#pragma once

#include "FootnoteScanner.h"

namespace coinage {

// The span-level half of FootnoteScanner: finds markers, inline notes and "[1]" markers in the lines of one
// paragraph, skipping code spans (over several lines), math, link URLs, autolinks, inline HTML and escapes.
class FootnoteInlineScanner
{
public:
    using Segments = QList<std::pair<qsizetype, qsizetype>>; // [start, end) of each line's text

    FootnoteInlineScanner(QStringView text, const Segments &segments, FootnoteScan &out)
        : t(text)
        , m_segments(segments)
        , m_out(out)
    {}
    // inDefinition: the index of the definition holding the paragraph, -1 in the body.
    void scan(int inDefinition);

private:
    bool findClosingRun(qsizetype &s, qsizetype &i, char16_t c, qsizetype n) const;
    qsizetype matchingBracket(qsizetype open, qsizetype e, char16_t o, char16_t c) const;
    qsizetype bracket(qsizetype i, qsizetype e, int inDefinition);

    QStringView t;
    const Segments &m_segments;
    FootnoteScan &m_out;
};

} // namespace coinage
