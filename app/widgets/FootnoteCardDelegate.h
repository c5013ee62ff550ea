#pragma once

#include <QStyledItemDelegate>

namespace coinage::gui {

// Paints one footnote of the Footnotes panel as a card: the number kramdown prints in a disc, the label, the
// definition's text over up to two elided lines, the reference count and a problem badge (its tooltip gives the
// reasons). The card of the footnote under the caret is outlined. Editing opens a text box on the definition's
// text: Enter applies it, Shift+Enter starts a new line, Escape cancels.
class FootnoteCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum Role
    {
        LabelRole = Qt::UserRole,
        NumberRole,
        TextRole,
        ReferenceCountRole,
        ProblemsRole, // QStringList of sentences
        CurrentRole,  // bool: the caret is on this footnote
    };

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    // The panel reads the edited text on commitData: the model keeps what the document says.
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static QRect badgeRect(const QRect &card, const QFontMetrics &metrics);
};

} // namespace coinage::gui
