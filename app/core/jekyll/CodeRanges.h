#pragma once

#include <QList>
#include <QString>

namespace coinage {

// Where a post's body has code: fenced and indented code blocks (whole lines, from the cmark-gfm scan) and inline
// code spans (CommonMark backtick runs, within one paragraph). Offsets into the text, sorted.
class CodeRanges
{
public:
    struct Range
    {
        qsizetype start = 0;
        qsizetype end = 0; // one past
    };

    explicit CodeRanges(const QString &text);
    // The inline code spans of one paragraph (or line) of text, offsets shifted by base.
    static QList<Range> inlineSpans(QStringView text, qsizetype base = 0);
    bool contains(qsizetype offset) const;
    const QList<Range> &ranges() const { return m_ranges; }

private:
    QList<Range> m_ranges;
};

} // namespace coinage
