#include "FootnotePanel.h"

#include "FootnoteCardDelegate.h"

#include "ui_footnotepanel.h"

#include <QAction>

#include <QApplication>
#include <QFrame>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QToolButton>
#include <algorithm>

namespace coinage::gui {

using Card = FootnoteCardDelegate;

FootnotePanel::FootnotePanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FootnotePanel>())
    , m_delegate(new FootnoteCardDelegate(this))
    , m_dropLine(nullptr)
{
    m_ui->setupUi(this);
    setFocusProxy(m_ui->list);
    m_ui->list->setItemDelegate(m_delegate);
    m_ui->list->setMouseTracking(true);
    QFont hintFont = m_ui->hint->font();
    if (hintFont.pointSizeF() > 0)
        hintFont.setPointSizeF(hintFont.pointSizeF() * 0.85);
    m_ui->hint->setFont(hintFont);
    m_ui->hint->setForegroundRole(QPalette::PlaceholderText);

    auto label = [](QListWidgetItem *item) {
        return item ? item->data(Card::LabelRole).toString() : QString();
    };
    connect(m_ui->list, &QListWidget::itemClicked, this,
            [this, label](QListWidgetItem *item) { Q_EMIT referenceRequested(label(item)); });
    connect(m_ui->list, &QListWidget::itemDoubleClicked, this,
            [this, label](QListWidgetItem *item) { Q_EMIT definitionRequested(label(item)); });
    connect(m_delegate, &QAbstractItemDelegate::commitData, this, &FootnotePanel::onCommit);
    connect(m_ui->filter, &QLineEdit::textChanged, this, &FootnotePanel::applyFilter);
    m_ui->list->installEventFilter(this);
    m_ui->list->viewport()->installEventFilter(this);
    m_ui->list->setDragEnabled(false); // reordering is ours: it edits the text, it does not move items
    m_dropLine = new QFrame(m_ui->list->viewport());
    m_dropLine->setFrameShape(QFrame::HLine);
    m_dropLine->setLineWidth(2);
    m_dropLine->setForegroundRole(QPalette::Highlight);
    m_dropLine->setFixedHeight(3);
    m_dropLine->hide();
    m_ui->mergeButton->hide();
    m_ui->filter->installEventFilter(this);
    setCards({});
}

FootnotePanel::~FootnotePanel() = default;

void FootnotePanel::setActions(QAction *insert, QAction *renumber, QAction *convert, QAction *remove, QAction *previous,
                               QAction *next)
{
    m_ui->insertButton->setDefaultAction(insert);
    m_ui->renumberButton->setDefaultAction(renumber);
    m_ui->convertButton->setDefaultAction(convert);
    m_ui->removeButton->setDefaultAction(remove);
    m_ui->previousButton->setDefaultAction(previous);
    m_ui->nextButton->setDefaultAction(next);
    for (QToolButton *button : {m_ui->insertButton, m_ui->renumberButton, m_ui->convertButton, m_ui->removeButton})
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_ui->previousButton->setArrowType(Qt::UpArrow);
    m_ui->nextButton->setArrowType(Qt::DownArrow);
}

void FootnotePanel::setMergeAction(QAction *merge)
{
    m_ui->mergeButton->setDefaultAction(merge);
    m_ui->mergeButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto sync = [this, merge] {
        m_ui->mergeButton->setVisible(merge->isVisible());
    };
    connect(merge, &QAction::changed, this, sync);
    sync();
}

int FootnotePanel::dropRow(const QPoint &position) const
{
    const QModelIndex index = m_ui->list->indexAt(position);
    if (index.isValid())
        return index.row();
    // Below the last card: the last visible one.
    for (int row = m_ui->list->count() - 1; row >= 0; --row) {
        if (!m_ui->list->item(row)->isHidden())
            return position.y() > m_ui->list->visualItemRect(m_ui->list->item(row)).bottom() ? row : -1;
    }
    return -1;
}

bool FootnotePanel::dragEvent(QEvent *event)
{
    auto *mouse = static_cast<QMouseEvent *>(event);
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        m_dragging = false;
        m_pressRow = -1;
        if (mouse->button() == Qt::LeftButton && !isEditingCard()) {
            const QModelIndex index = m_ui->list->indexAt(mouse->position().toPoint());
            m_pressRow = index.isValid() ? index.row() : -1;
            m_pressPosition = mouse->position().toPoint();
        }
        return false;
    case QEvent::MouseMove: {
        if (m_pressRow < 0)
            return false;
        const QPoint position = mouse->position().toPoint();
        if (!m_dragging && (position - m_pressPosition).manhattanLength() < QApplication::startDragDistance())
            return false;
        m_dragging = true;
        m_ui->list->viewport()->setCursor(Qt::DragMoveCursor);
        const int row = dropRow(position);
        if (row < 0 || row == m_pressRow) {
            m_dropLine->hide();
        } else {
            const QRect rect = m_ui->list->visualItemRect(m_ui->list->item(row));
            const int y = row > m_pressRow ? rect.bottom() + 1 : rect.top() - 2;
            m_dropLine->setGeometry(rect.left(), qMax(0, y), rect.width(), 3);
            m_dropLine->show();
            m_dropLine->raise();
        }
        return true;
    }
    case QEvent::MouseButtonRelease: {
        const int from = std::exchange(m_pressRow, -1);
        if (!std::exchange(m_dragging, false))
            return false;
        m_dropLine->hide();
        m_ui->list->viewport()->unsetCursor();
        const int to = dropRow(mouse->position().toPoint());
        if (from >= 0 && to >= 0 && from != to && from < m_ui->list->count()) {
            const int fromNumber = m_ui->list->item(from)->data(Card::NumberRole).toInt();
            const int toNumber = m_ui->list->item(to)->data(Card::NumberRole).toInt();
            if (fromNumber > 0 && toNumber > 0)
                Q_EMIT moveRequested(fromNumber, toNumber);
        }
        return true; // a drop is no click on the card
    }
    default:
        return false;
    }
}

QListWidget *FootnotePanel::list() const
{
    return m_ui->list;
}

QLineEdit *FootnotePanel::filterEdit() const
{
    return m_ui->filter;
}

bool FootnotePanel::isEditingCard() const
{
    // QAbstractItemView::state() is protected: an open card editor is a visible child of the viewport (closed editors
    // are hidden before they are deleted).
    const QList<QPlainTextEdit *> editors =
        m_ui->list->viewport()->findChildren<QPlainTextEdit *>(Qt::FindDirectChildrenOnly);
    return std::any_of(editors.cbegin(), editors.cend(), [](const QPlainTextEdit *e) { return e->isVisible(); });
}

QListWidgetItem *FootnotePanel::itemFor(const QString &label) const
{
    for (int i = 0; i < m_ui->list->count(); ++i) {
        if (m_ui->list->item(i)->data(Card::LabelRole).toString() == label)
            return m_ui->list->item(i);
    }
    return nullptr;
}

void FootnotePanel::setCards(const QList<FootnoteCard> &cards)
{
    if (isEditingCard())
        return; // the editor's text would be lost; the next index after the edit brings the cards
    m_committedLabel.clear();
    m_committedText.clear();
    const QString selected =
        m_ui->list->currentItem() ? m_ui->list->currentItem()->data(Card::LabelRole).toString() : QString();
    // Reuse items so the scroll position and selection survive typing.
    while (m_ui->list->count() > cards.size())
        delete m_ui->list->takeItem(m_ui->list->count() - 1);
    while (m_ui->list->count() < cards.size()) {
        auto *item = new QListWidgetItem(m_ui->list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
    }
    for (qsizetype i = 0; i < cards.size(); ++i) {
        const FootnoteCard &card = cards.at(i);
        QListWidgetItem *item = m_ui->list->item(int(i));
        item->setData(Card::LabelRole, card.label);
        item->setData(Card::NumberRole, card.number);
        item->setData(Card::TextRole, card.text);
        item->setData(Card::ReferenceCountRole, card.references);
        item->setData(Card::ProblemsRole, card.problems);
        item->setData(Card::CurrentRole, card.label == m_current);
        item->setData(Qt::AccessibleTextRole, tr("Footnote %1: %2").arg(card.label, card.text));
        item->setToolTip(card.text.size() > 600 ? QString(card.text.left(600) + u'…') : card.text);
    }
    if (QListWidgetItem *item = itemFor(selected))
        m_ui->list->setCurrentItem(item);
    const bool empty = cards.isEmpty();
    m_ui->list->setVisible(!empty);
    m_ui->empty->setVisible(empty);
    m_ui->hint->setVisible(!empty);
    applyFilter();
}

void FootnotePanel::setCurrentLabel(const QString &label)
{
    if (label == m_current)
        return;
    if (QListWidgetItem *old = itemFor(m_current))
        old->setData(Card::CurrentRole, false);
    m_current = label;
    if (QListWidgetItem *item = itemFor(label)) {
        item->setData(Card::CurrentRole, true);
        if (!isEditingCard()) {
            m_ui->list->setCurrentItem(item);
            m_ui->list->scrollToItem(item);
        }
    }
}

QString FootnotePanel::selectedLabel() const
{
    const QList<QListWidgetItem *> selected = m_ui->list->selectedItems();
    return selected.isEmpty() ? m_current : selected.first()->data(Card::LabelRole).toString();
}

void FootnotePanel::editText(const QString &label)
{
    if (QListWidgetItem *item = itemFor(label)) {
        m_ui->list->setCurrentItem(item);
        m_ui->list->editItem(item);
    }
}

void FootnotePanel::applyFilter()
{
    const QString needle = m_ui->filter->text().trimmed();
    for (int i = 0; i < m_ui->list->count(); ++i) {
        QListWidgetItem *item = m_ui->list->item(i);
        const bool matches = needle.isEmpty() ||
                             item->data(Card::LabelRole).toString().contains(needle, Qt::CaseInsensitive) ||
                             item->data(Card::TextRole).toString().contains(needle, Qt::CaseInsensitive);
        item->setHidden(!matches);
    }
}

void FootnotePanel::onCommit(QWidget *editor)
{
    auto *text = qobject_cast<QPlainTextEdit *>(editor);
    QListWidgetItem *item = m_ui->list->currentItem();
    if (!text || !item)
        return;
    const QString label = item->data(Card::LabelRole).toString();
    const QString newText = text->toPlainText().trimmed();
    // The view commits again when the closing editor loses focus: hand each edit over once.
    if (newText == item->data(Card::TextRole).toString() || (label == m_committedLabel && newText == m_committedText))
        return;
    m_committedLabel = label;
    m_committedText = newText;
    Q_EMIT textEdited(label, newText);
}

bool FootnotePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->list->viewport() &&
        (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseMove ||
         event->type() == QEvent::MouseButtonRelease))
        return dragEvent(event);
    // Enter on a card goes to its reference (activation would also follow a double-click, which means the definition).
    if (watched == m_ui->list && event->type() == QEvent::KeyPress && m_ui->list->currentItem() && !isEditingCard()) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            Q_EMIT referenceRequested(m_ui->list->currentItem()->data(Card::LabelRole).toString());
            return true;
        }
    }
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape &&
        static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
        Q_EMIT dismissed();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace coinage::gui
