#include "FootnoteCardDelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QTextLayout>
#include <QToolTip>

namespace coinage::gui {
namespace {

constexpr int margin = 8;
constexpr int radius = 6;

int discSize(const QFontMetrics &metrics)
{
    return metrics.height() + 8;
}

QRect cardRect(const QRect &item)
{
    return item.adjusted(1, 1, -1, -1);
}

// The text laid out in `width` over at most `maxLines` lines, the last one elided.
QStringList elidedLines(const QString &text, const QFont &font, int width, int maxLines)
{
    const QString flat = text.simplified();
    QStringList lines;
    if (flat.isEmpty() || width <= 0)
        return lines;
    const QFontMetrics metrics(font);
    QTextLayout layout(flat, font);
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            lines.append(metrics.elidedText(flat.mid(line.textStart()), Qt::ElideRight, width));
            break;
        }
        lines.append(flat.mid(line.textStart(), line.textLength()));
    }
    layout.endLayout();
    return lines;
}

} // namespace

QRect FootnoteCardDelegate::badgeRect(const QRect &card, const QFontMetrics &metrics)
{
    const int size = metrics.height();
    return {card.right() - margin - size, card.top() + margin, size, size};
}

QSize FootnoteCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return {200, margin * 2 + metrics.height() * 3 + 4};
}

void FootnoteCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = option.palette;
    const QRect card = cardRect(option.rect);
    const bool current = index.data(CurrentRole).toBool();
    const bool selected = option.state & QStyle::State_Selected;
    const QStringList problems = index.data(ProblemsRole).toStringList();

    QColor background = palette.color(QPalette::Base);
    QColor border = palette.color(QPalette::Mid);
    if (selected)
        background = QColor::fromRgbF(0.85f * background.redF() + 0.15f * palette.color(QPalette::Highlight).redF(),
                                      0.85f * background.greenF() + 0.15f * palette.color(QPalette::Highlight).greenF(),
                                      0.85f * background.blueF() + 0.15f * palette.color(QPalette::Highlight).blueF());
    if (current)
        border = palette.color(QPalette::Highlight);
    QPainterPath path;
    path.addRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter->fillPath(path, background);
    painter->setPen(QPen(border, current ? 2.0 : 1.0));
    painter->drawPath(path);

    const QFontMetrics metrics(option.font);
    const int disc = discSize(metrics);
    const QRect discRect(card.left() + margin, card.top() + margin, disc, disc);
    const int number = index.data(NumberRole).toInt();
    painter->setPen(Qt::NoPen);
    painter->setBrush(number > 0 ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid));
    painter->drawEllipse(discRect);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(palette.color(QPalette::HighlightedText));
    painter->drawText(discRect, Qt::AlignCenter, number > 0 ? QString::number(number) : QStringLiteral("–"));

    const int textLeft = discRect.right() + margin;
    QRect right(textLeft, card.top() + margin, card.right() - margin - textLeft, metrics.height());
    if (!problems.isEmpty()) {
        const QRect badge = badgeRect(card, metrics);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xd9, 0x6c, 0x00));
        painter->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter, QStringLiteral("!"));
        right.setRight(badge.left() - 6);
    }

    QFont small = option.font;
    if (option.font.pointSizeF() > 0)
        small.setPointSizeF(option.font.pointSizeF() * 0.9);
    const QFontMetrics smallMetrics(small);
    const int count = index.data(ReferenceCountRole).toInt();
    const QString references = count == 0 ? tr("not referenced") : tr("%n reference(s)", "", count);
    painter->setFont(small);
    painter->setPen(count == 0 ? QColor(0xd9, 0x6c, 0x00) : palette.color(QPalette::PlaceholderText));
    const int countWidth = smallMetrics.horizontalAdvance(references);
    painter->drawText(right, Qt::AlignRight | Qt::AlignVCenter, references);

    const QRect labelRect(right.left(), right.top(), right.width() - countWidth - 8, right.height());
    painter->setFont(bold);
    painter->setPen(palette.color(QPalette::Text));
    const QString label = QStringLiteral("[^") + index.data(LabelRole).toString() + u']';
    painter->drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(label, Qt::ElideMiddle, labelRect.width()));

    const QString text = index.data(TextRole).toString();
    painter->setFont(option.font);
    const int bodyWidth = card.right() - margin - textLeft;
    int y = right.bottom() + 4;
    if (text.trimmed().isEmpty()) {
        QFont italic = option.font;
        italic.setItalic(true);
        painter->setFont(italic);
        painter->setPen(palette.color(QPalette::PlaceholderText));
        painter->drawText(QRect(textLeft, y, bodyWidth, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          problems.isEmpty() ? tr("(empty)") : tr("(no text)"));
    } else {
        painter->setPen(palette.color(QPalette::Text));
        for (const QString &line : elidedLines(text, option.font, bodyWidth, 2)) {
            painter->drawText(QRect(textLeft, y, bodyWidth, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter, line);
            y += metrics.height();
        }
    }
    painter->restore();
}

bool FootnoteCardDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                     const QModelIndex &index)
{
    if (event && view && index.isValid() && event->type() == QEvent::ToolTip) {
        const QStringList problems = index.data(ProblemsRole).toStringList();
        const QRect badge = badgeRect(cardRect(option.rect), QFontMetrics(option.font)).adjusted(-3, -3, 3, 3);
        if (!problems.isEmpty() && badge.contains(event->pos())) {
            QToolTip::showText(event->globalPos(), problems.join(u'\n'), view->viewport(), badge);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

QWidget *FootnoteCardDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *editor = new QPlainTextEdit(parent);
    editor->setObjectName(QStringLiteral("footnoteTextEditor"));
    editor->setAccessibleName(tr("Footnote text"));
    editor->setTabChangesFocus(true);
    editor->setFrameShape(QFrame::StyledPanel);
    return editor;
}

void FootnoteCardDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        text->setPlainText(index.data(TextRole).toString());
        text->selectAll();
    }
}

void FootnoteCardDelegate::setModelData(QWidget *, QAbstractItemModel *, const QModelIndex &) const {}

void FootnoteCardDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                                const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    const QRect card = cardRect(option.rect);
    const int left = card.left() + margin * 2 + discSize(metrics);
    editor->setGeometry(left, card.top() + margin + metrics.height() + 2, card.right() - margin - left + 1,
                        card.bottom() - margin - card.top() - metrics.height());
}

bool FootnoteCardDelegate::eventFilter(QObject *watched, QEvent *event)
{
    auto *editor = qobject_cast<QPlainTextEdit *>(watched);
    if (editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !(key->modifiers() & Qt::ShiftModifier)) {
            Q_EMIT commitData(editor);
            Q_EMIT closeEditor(editor, QAbstractItemDelegate::NoHint);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(watched, event);
}

} // namespace coinage::gui
