#pragma once

#include "find/TextFinder.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTextCursor>
#include <QTimer>

class QAction;
class QLineEdit;
class QLabel;
class QToolBar;

namespace coinage::gui {

class FindBar;
class MainWindow;
class MarkdownEditor;

// Edit > Find (Ctrl+F), Replace (Ctrl+H), Find Next/Previous (F3/Shift+F3) and Go to Line (Ctrl+G): a bar under
// the editor (FindBar, or a line field) for the current editor. Every match is highlighted (the editor's "find"
// selection group) and counted; matching runs on the text with core's TextFinder, Replace All applies core's edits
// through Document::applyEdits, as one undo step. "In selection" keeps the range selected when it was turned on
// (it follows edits).
class FindController : public QObject
{
    Q_OBJECT
public:
    explicit FindController(MainWindow *window);
    ~FindController() override;

    FindBar *findBar() const { return m_bar; }
    QLineEdit *lineField() const { return m_lineField; }
    QToolBar *toolBar() const { return m_toolBar; }
    const QList<TextMatch> &matches() const { return m_matches; }

    void showFind(bool replace);
    void showGoToLine();
    void close();
    void findNext();
    void findPrevious();
    void replaceCurrent();
    // The number of replacements made (0 when nothing matched or the query is invalid).
    int replaceAll();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Shows the bar for F3/Shift+F3 and brings the matches up to date; false when there is nothing to go to.
    bool prepareSearch();
    void bind(MarkdownEditor *editor);
    void scheduleUpdate();
    void updateMatches();
    void updateStatus();
    void onScopeToggled();
    void select(const TextMatch &match);
    int currentMatchIndex() const;
    std::pair<qsizetype, qsizetype> range() const;
    void goToLine();

    MainWindow *m_window;
    QToolBar *m_toolBar;
    FindBar *m_bar;
    QAction *m_barAction;
    QWidget *m_lineBar;
    QLineEdit *m_lineField;
    QLabel *m_lineTotal;
    QAction *m_lineAction;
    QPointer<MarkdownEditor> m_editor;
    QList<QMetaObject::Connection> m_bindings;
    QTimer m_update;
    QList<TextMatch> m_matches;
    QTextCursor m_scope; // the selection searched "In selection"
    bool m_wrapped = false;
};

} // namespace coinage::gui
