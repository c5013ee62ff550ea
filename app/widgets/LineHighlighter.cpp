#include "LineHighlighter.h"

#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Theme>

#include <QFont>

namespace coinage::gui {

void LineHighlighter::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    m_formats.clear();
    AbstractHighlighter::setTheme(theme);
}

void LineHighlighter::setDefinition(const KSyntaxHighlighting::Definition &definition)
{
    m_formats.clear();
    AbstractHighlighter::setDefinition(definition);
}

KSyntaxHighlighting::State LineHighlighter::highlight(QStringView text, const KSyntaxHighlighting::State &state,
                                                      QList<QTextLayout::FormatRange> &out)
{
    m_out = &out;
    KSyntaxHighlighting::State next = highlightLine(text, state);
    m_out = nullptr;
    return next;
}

void LineHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (length <= 0 || !m_out)
        return;
    const QTextCharFormat textFormat = charFormat(format);
    if (!m_out->isEmpty()) {
        QTextLayout::FormatRange &last = m_out->last();
        if (last.start + last.length == offset && last.format == textFormat) {
            last.length += length;
            return;
        }
    }
    m_out->append({offset, length, textFormat});
}

QTextCharFormat LineHighlighter::charFormat(const KSyntaxHighlighting::Format &format)
{
    const auto found = m_formats.constFind(format.id());
    if (found != m_formats.constEnd())
        return *found;
    const KSyntaxHighlighting::Theme current = theme();
    QTextCharFormat textFormat;
    // Always set the foreground, so a theme chosen against the palette stays readable.
    textFormat.setForeground(format.textColor(current));
    if (format.hasBackgroundColor(current))
        textFormat.setBackground(format.backgroundColor(current));
    if (format.isBold(current))
        textFormat.setFontWeight(QFont::Bold);
    if (format.isItalic(current))
        textFormat.setFontItalic(true);
    if (format.isUnderline(current))
        textFormat.setFontUnderline(true);
    if (format.isStrikeThrough(current))
        textFormat.setFontStrikeOut(true);
    m_formats.insert(format.id(), textFormat);
    return textFormat;
}

} // namespace coinage::gui
