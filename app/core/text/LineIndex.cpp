#include "LineIndex.h"

#include <algorithm>

namespace coinage {

LineIndex::LineIndex(QStringView text)
    : m_text(text)
{
    m_starts.reserve(text.size() / 40 + 1);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n')
            m_starts.append(i + 1);
    }
}

qsizetype LineIndex::lineEnd(int line) const
{
    if (line + 1 < lineCount())
        return m_starts.at(line + 1) - 1;
    return m_text.size();
}

int LineIndex::lineAt(qsizetype offset) const
{
    const auto it = std::upper_bound(m_starts.cbegin(), m_starts.cend(), offset);
    return int(std::distance(m_starts.cbegin(), it)) - 1;
}

TextPosition LineIndex::position(qsizetype offset) const
{
    offset = std::clamp<qsizetype>(offset, 0, m_text.size());
    const int line = lineAt(offset);
    int column = 1;
    for (qsizetype i = m_starts.at(line); i < offset; ++i) {
        if (!(m_text[i].isLowSurrogate() && i > m_starts.at(line) && m_text[i - 1].isHighSurrogate()))
            ++column;
    }
    return {line + 1, column};
}

qsizetype LineIndex::offset(TextPosition position) const
{
    const int line = std::clamp(position.line - 1, 0, lineCount() - 1);
    qsizetype i = m_starts.at(line);
    const qsizetype end = lineEnd(line);
    for (int column = 1; column < position.column && i < end; ++column)
        i += (m_text[i].isHighSurrogate() && i + 1 < end && m_text[i + 1].isLowSurrogate()) ? 2 : 1;
    return i;
}

} // namespace coinage
