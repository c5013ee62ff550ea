#pragma once

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/State>

#include <QHash>
#include <QList>
#include <QTextCharFormat>
#include <QTextLayout>

namespace coinage::gui {

// Highlights one line at a time with one KSyntaxHighlighting definition, turning the formats into QTextLayout format
// ranges for the current theme. Knows nothing about documents or blocks.
class LineHighlighter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    LineHighlighter() = default;

    void setTheme(const KSyntaxHighlighting::Theme &theme) override;
    void setDefinition(const KSyntaxHighlighting::Definition &definition) override;

    // Highlights text starting in state; appends its format ranges to out and returns the state after the line.
    KSyntaxHighlighting::State highlight(QStringView text, const KSyntaxHighlighting::State &state,
                                         QList<QTextLayout::FormatRange> &out);

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    QTextCharFormat charFormat(const KSyntaxHighlighting::Format &format);

    QList<QTextLayout::FormatRange> *m_out = nullptr;
    QHash<quint16, QTextCharFormat> m_formats; // by Format::id(), for the current theme
};

} // namespace coinage::gui
