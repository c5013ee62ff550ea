#pragma once

#include <QStringList>
#include <QWidget>

#include <memory>

class QAction;
class QFrame;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
namespace Ui {
class FootnotePanel;
}

namespace coinage::gui {

class FootnoteCardDelegate;

// What a card of the Footnotes panel shows about one footnote.
struct FootnoteCard
{
    QString label;
    int number = 0;
    QString text;
    int references = 0;
    QStringList problems; // sentences for the user
};

// The Footnotes panel (forms/footnotepanel.ui): a card per footnote in reference order, a filter, buttons for the
// footnote actions and next/previous reference, the card under the caret outlined. It only shows and asks: clicking
// a card asks for its first reference, double-clicking for its definition, editing a card's text (F2) hands the new
// text over.
class FootnotePanel : public QWidget
{
    Q_OBJECT
public:
    explicit FootnotePanel(QWidget *parent = nullptr);
    ~FootnotePanel() override;

    // Buttons for the window's footnote actions.
    void setActions(QAction *insert, QAction *renumber, QAction *convert, QAction *remove, QAction *previous,
                    QAction *next);
    // The "Merge duplicates" button: shown while the action is visible (the index reports duplicate definitions).
    void setMergeAction(QAction *merge);
    void setCards(const QList<FootnoteCard> &cards);
    // Outlines the card of this label (the caret's footnote); empty: none.
    void setCurrentLabel(const QString &label);
    QString currentLabel() const { return m_current; }
    // The selected card's label, else the caret's.
    QString selectedLabel() const;
    // Opens the inline editor on the card of this label.
    void editText(const QString &label);

    QListWidget *list() const;
    QLineEdit *filterEdit() const;
    bool isEditingCard() const;
    QListWidgetItem *itemFor(const QString &label) const;

Q_SIGNALS:
    void referenceRequested(const QString &label);
    void definitionRequested(const QString &label);
    void textEdited(const QString &label, const QString &text);
    // A card was dragged onto another: the footnote numbered `from` should take the place numbered `to`.
    void moveRequested(int from, int to);
    void dismissed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void onCommit(QWidget *editor);
    // Drag to reorder, on the list's viewport (mouse press, move past the drag distance, release on another card).
    bool dragEvent(QEvent *event);
    int dropRow(const QPoint &position) const;

    std::unique_ptr<Ui::FootnotePanel> m_ui;
    FootnoteCardDelegate *m_delegate;
    QString m_current;
    QString m_committedLabel, m_committedText;
    int m_pressRow = -1;
    QPoint m_pressPosition;
    bool m_dragging = false;
    QFrame *m_dropLine;
};

} // namespace coinage::gui
