#include "LineNumberGutter.h"

#include "MarkdownEditor.h"

#include <QPaintEvent>
#include <QPainter>
#include <QTextBlock>
#include <QTextLayout>

namespace coinage::gui {

LineNumberGutter::LineNumberGutter(MarkdownEditor *editor)
    : QWidget(editor)
    , m_editor(editor)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
}

int LineNumberGutter::preferredWidth() const
{
    int digits = 1;
    for (int lines = qMax(1, m_editor->blockCount()); lines >= 10; lines /= 10)
        ++digits;
    const int padding = fontMetrics().horizontalAdvance(u'0');
    return 2 * padding + fontMetrics().horizontalAdvance(u'9') * qMax(digits, 3);
}

QSize LineNumberGutter::sizeHint() const
{
    return {preferredWidth(), 0};
}

void LineNumberGutter::setColors(const QColor &background, const QColor &number, const QColor &currentNumber)
{
    m_background = background;
    m_number = number;
    m_currentNumber = currentNumber;
    update();
}

void LineNumberGutter::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.fillRect(event->rect(), m_background);
    const int currentLine = m_editor->textCursor().blockNumber();
    const int right = width() - fontMetrics().horizontalAdvance(u'0');
    QFont plain = font();
    QFont bold = plain;
    bold.setBold(true);
    m_editor->forEachVisibleBlock([&](const QTextBlock &block, const QRectF &rect) {
        if (rect.bottom() < event->rect().top() || rect.top() > event->rect().bottom())
            return;
        const bool current = block.blockNumber() == currentLine;
        painter.setPen(current ? m_currentNumber : m_number);
        painter.setFont(current ? bold : plain);
        // On the first line's baseline, so the number sits level with the text whatever font the line uses (a CJK
        // fallback font makes lines taller).
        const QTextLayout *layout = block.layout();
        const qreal baseline =
            rect.top() + (layout && layout->lineCount() > 0 ? layout->lineAt(0).y() + layout->lineAt(0).ascent()
                                                            : QFontMetricsF(painter.font()).ascent());
        const QString number = QString::number(block.blockNumber() + 1);
        const int x = right - painter.fontMetrics().horizontalAdvance(number);
        painter.drawText(QPointF(x, baseline), number);
    });
}

} // namespace coinage::gui
