#pragma once

#include "bilingual/Alignment.h"

#include <QPainterPath>
#include <QPointer>
#include <QWidget>

#include <functional>

namespace coinage::gui {

class MarkdownEditor;

// The strip between the two editors of the bilingual view: each aligned pair drawn as a band from its source blocks
// (left) to its translation blocks (right), 1-2 and 2-1 groups as wider bands, a block without counterpart (1-0, 0-1)
// as a stub on its side. Colour by status; a dashed edge marks a low-confidence pair, a dot a pinned one; the
// current pair is drawn stronger. Click a band to select its pair; right-click for its menu; hover for details.
class ConnectorGutter : public QWidget
{
    Q_OBJECT
public:
    ConnectorGutter(MarkdownEditor *left, MarkdownEditor *right, QWidget *parent = nullptr);

    void setAlignment(const Alignment &alignment);
    const Alignment &alignment() const { return m_alignment; }
    int pairCount() const { return int(m_alignment.pairs.size()); }
    void setCurrentPair(int pair);
    int currentPair() const { return m_current; }
    // The tooltip of a pair (the view adds its findings).
    void setToolTipProvider(std::function<QString(int)> provider) { m_toolTip = std::move(provider); }

    // The pair drawn under a point of the gutter, or -1.
    int pairAt(const QPoint &point) const;
    // The band of a pair in gutter coordinates (empty when off screen); for tests and hit testing.
    QPainterPath pairShape(int pair) const;

    // The vertical extent of lines in an editor, in its viewport's coordinates (empty for an empty range).
    static QRectF rangeRect(const MarkdownEditor *editor, const LineRange &lines);
    static QColor statusColor(PairStatus status);
    static QString statusTitle(PairStatus status);

    QSize sizeHint() const override { return {56, 100}; }

Q_SIGNALS:
    void pairClicked(int pair);
    void pairMenuRequested(int pair, const QPoint &globalPosition);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;

private:
    // y extent of a range of one side in this widget's coordinates.
    QRectF sideRect(Side side, const LineRange &lines) const;
    bool isVisible(Side side, const LineRange &lines) const;
    void rebuildShapes() const;

    QPointer<MarkdownEditor> m_left;
    QPointer<MarkdownEditor> m_right;
    Alignment m_alignment;
    int m_current = -1;
    std::function<QString(int)> m_toolTip;
    mutable QList<QPainterPath> m_shapes; // per pair, from the last paint
};

} // namespace coinage::gui
