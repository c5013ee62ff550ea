#include "ConnectorGutter.h"

#include "MarkdownEditor.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

namespace coinage::gui {

ConnectorGutter::ConnectorGutter(MarkdownEditor *left, MarkdownEditor *right, QWidget *parent)
    : QWidget(parent)
    , m_left(left)
    , m_right(right)
{
    setObjectName(QStringLiteral("connectorGutter"));
    setAccessibleName(tr("Aligned pairs"));
    setFixedWidth(56);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
}

void ConnectorGutter::setAlignment(const Alignment &alignment)
{
    m_alignment = alignment;
    if (m_current >= m_alignment.pairs.size())
        m_current = -1;
    update();
}

void ConnectorGutter::setCurrentPair(int pair)
{
    if (pair == m_current)
        return;
    m_current = pair;
    update();
}

QColor ConnectorGutter::statusColor(PairStatus status)
{
    switch (status) {
    case PairStatus::Untranslated:
        return QColor(0x9e, 0x9e, 0x9e);
    case PairStatus::Draft:
        return QColor(0xe0, 0xa0, 0x20);
    case PairStatus::Translated:
        return QColor(0x3b, 0x82, 0xc4);
    case PairStatus::NeedsReview:
        return QColor(0xd9, 0x4f, 0x2b);
    case PairStatus::Approved:
        return QColor(0x2e, 0x9d, 0x50);
    }
    return Qt::gray;
}

QString ConnectorGutter::statusTitle(PairStatus status)
{
    switch (status) {
    case PairStatus::Untranslated:
        return tr("Untranslated");
    case PairStatus::Draft:
        return tr("Draft");
    case PairStatus::Translated:
        return tr("Translated");
    case PairStatus::NeedsReview:
        return tr("Needs review");
    case PairStatus::Approved:
        return tr("Approved");
    }
    return {};
}

QRectF ConnectorGutter::rangeRect(const MarkdownEditor *editor, const LineRange &lines)
{
    if (!editor || lines.isEmpty())
        return {};
    const QTextDocument *document = editor->document();
    const QTextBlock first = document->findBlockByNumber(lines.first);
    const QTextBlock last = document->findBlockByNumber(std::min(lines.last, document->blockCount() - 1));
    if (!first.isValid() || !last.isValid())
        return {};
    QTextCursor end(last);
    end.movePosition(QTextCursor::EndOfBlock);
    const QRect top = editor->cursorRect(QTextCursor(first));
    const QRect bottom = editor->cursorRect(end);
    return QRectF(0, top.top(), editor->viewport()->width(), std::max(bottom.bottom() + 1 - top.top(), 2));
}

QRectF ConnectorGutter::sideRect(Side side, const LineRange &lines) const
{
    const MarkdownEditor *editor = side == Side::Source ? m_left.data() : m_right.data();
    const QRectF r = rangeRect(editor, lines);
    if (r.isNull())
        return {};
    const int offset = mapFromGlobal(editor->viewport()->mapToGlobal(QPoint(0, 0))).y();
    return r.translated(0, offset);
}

bool ConnectorGutter::isVisible(Side side, const LineRange &lines) const
{
    const MarkdownEditor *editor = side == Side::Source ? m_left.data() : m_right.data();
    if (!editor || lines.isEmpty())
        return false;
    return lines.intersects(editor->firstVisibleBlockNumber(), editor->lastVisibleBlockNumber());
}

void ConnectorGutter::rebuildShapes() const
{
    m_shapes.clear();
    m_shapes.resize(m_alignment.pairs.size());
    if (!m_left || !m_right)
        return;
    const qreal w = width();
    const qreal stub = 14;
    for (int i = 0; i < m_alignment.pairs.size(); ++i) {
        const AlignedPair &p = m_alignment.pairs[i];
        if (!isVisible(Side::Source, p.sourceLines) && !isVisible(Side::Target, p.targetLines))
            continue;
        QPainterPath path;
        if (p.hasSource() && p.hasTarget()) {
            const QRectF l = sideRect(Side::Source, p.sourceLines);
            const QRectF r = sideRect(Side::Target, p.targetLines);
            const qreal lt = l.top() + 1, lb = l.bottom() - 1, rt = r.top() + 1, rb = r.bottom() - 1;
            path.moveTo(0, lt);
            path.cubicTo(w / 2, lt, w / 2, rt, w, rt);
            path.lineTo(w, rb);
            path.cubicTo(w / 2, rb, w / 2, lb, 0, lb);
            path.closeSubpath();
        } else if (p.hasSource()) {
            const QRectF l = sideRect(Side::Source, p.sourceLines);
            path.addRect(QRectF(0, l.top() + 1, stub, std::max<qreal>(l.height() - 2, 2)));
        } else if (p.hasTarget()) {
            const QRectF r = sideRect(Side::Target, p.targetLines);
            path.addRect(QRectF(w - stub, r.top() + 1, stub, std::max<qreal>(r.height() - 2, 2)));
        }
        m_shapes[i] = path;
    }
}

QPainterPath ConnectorGutter::pairShape(int pair) const
{
    rebuildShapes();
    return pair >= 0 && pair < m_shapes.size() ? m_shapes[pair] : QPainterPath();
}

int ConnectorGutter::pairAt(const QPoint &point) const
{
    rebuildShapes();
    // The current pair first (drawn on top), then the others.
    if (m_current >= 0 && m_current < m_shapes.size() && m_shapes[m_current].contains(point))
        return m_current;
    for (int i = 0; i < m_shapes.size(); ++i) {
        if (m_shapes[i].contains(point))
            return i;
    }
    return -1;
}

void ConnectorGutter::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().color(QPalette::Window));
    rebuildShapes();
    auto draw = [&](int i) {
        const QPainterPath &path = m_shapes[i];
        if (path.isEmpty())
            return;
        const AlignedPair &p = m_alignment.pairs[i];
        const bool current = i == m_current;
        QColor fill = statusColor(p.status);
        fill.setAlphaF(current ? 0.55f : 0.22f);
        QColor edge = statusColor(p.status);
        edge.setAlphaF(current ? 1.0f : 0.75f);
        QPen pen(edge, current ? 2.0 : 1.0);
        if (p.confidence < 0.5 && !p.pinned)
            pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        painter.setBrush(fill);
        painter.drawPath(path);
        if (p.pinned) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(edge);
            const QRectF box = path.boundingRect();
            painter.drawEllipse(QPointF(box.center().x(), box.top() + 6), 3, 3);
        }
    };
    for (int i = 0; i < m_shapes.size(); ++i) {
        if (i != m_current)
            draw(i);
    }
    if (m_current >= 0 && m_current < m_shapes.size())
        draw(m_current);
}

void ConnectorGutter::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const int pair = pairAt(event->position().toPoint());
        if (pair >= 0)
            Q_EMIT pairClicked(pair);
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void ConnectorGutter::contextMenuEvent(QContextMenuEvent *event)
{
    const int pair = pairAt(event->pos());
    if (pair >= 0)
        Q_EMIT pairMenuRequested(pair, event->globalPos());
    event->accept();
}

bool ConnectorGutter::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int pair = pairAt(help->pos());
        if (pair >= 0 && m_toolTip)
            QToolTip::showText(help->globalPos(), m_toolTip(pair), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace coinage::gui
