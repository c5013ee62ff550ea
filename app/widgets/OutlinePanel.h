#pragma once

#include "markdown/ScanSnapshot.h"

#include <QWidget>

#include <memory>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;
namespace Ui {
class OutlinePanel;
}

namespace coinage::gui {

// The Outline panel (forms/outlinepanel.ui): the post's headings as a tree nested by level, a filter, and the
// section that holds the caret marked. Activating a heading (click, Enter) asks to jump to its line.
class OutlinePanel : public QWidget
{
    Q_OBJECT
public:
    explicit OutlinePanel(QWidget *parent = nullptr);
    ~OutlinePanel() override;

    void setHeadings(const QList<ScanHeading> &headings);
    // The caret's 0-based line: marks the heading of the section it is in.
    void setCurrentLine(int line);
    // 0-based line of the marked heading, -1 when the caret is above the first heading.
    int currentHeadingLine() const;

    QTreeWidget *tree() const;
    QLineEdit *filterEdit() const;

Q_SIGNALS:
    void headingActivated(int line);
    // Escape pressed in the panel: focus goes back to the text.
    void dismissed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activateFirstMatch();
    void rebuild();
    void applyFilter();
    void markCurrent();
    QTreeWidgetItem *itemForLine(int line) const;

    std::unique_ptr<Ui::OutlinePanel> m_ui;
    QList<ScanHeading> m_headings;
    QList<QTreeWidgetItem *> m_items; // parallel to m_headings
    int m_caretLine = -1;
    QTreeWidgetItem *m_marked = nullptr;
};

} // namespace coinage::gui
