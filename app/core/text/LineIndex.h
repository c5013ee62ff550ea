#pragma once

#include <QList>
#include <QStringView>

namespace coinage {

// 1-based line and column of a position; columns count Unicode code points, as editors and compilers report them.
struct TextPosition
{
    int line = 1;
    int column = 1;
    friend bool operator==(const TextPosition &, const TextPosition &) = default;
};

// Maps offsets in a text (lines separated by '\n') to lines and columns and back.
class LineIndex
{
public:
    LineIndex() = default;
    explicit LineIndex(QStringView text);

    int lineCount() const { return int(m_starts.size()); }
    // 0-based line -> offset of its first character.
    qsizetype lineStart(int line) const { return m_starts.at(line); }
    // Offset just past the last character of the line (before its '\n').
    qsizetype lineEnd(int line) const;
    // 0-based line that holds the offset.
    int lineAt(qsizetype offset) const;
    TextPosition position(qsizetype offset) const;
    // Offset of a 1-based line and code-point column (clamped to the line).
    qsizetype offset(TextPosition position) const;

private:
    QStringView m_text;
    QList<qsizetype> m_starts{0};
};

} // namespace coinage
