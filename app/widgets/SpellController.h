#pragma once

#include <QObject>
#include <QSet>

class QAction;

namespace coinage::gui {

class MainWindow;
class MarkdownEditor;

// Spell checking in a window: Tools > Check Spelling (F7, remembered in SpellSettings) and a SpellChecker
// for every editor of the window. A post whose language has no dictionary says so once in the status bar.
class SpellController : public QObject
{
    Q_OBJECT
public:
    explicit SpellController(MainWindow *window);

    QAction *toggleAction() const { return m_toggle; }

private:
    void adoptEditors();

    MainWindow *m_window;
    QAction *m_toggle;
    QSet<QString> m_reported;
};

} // namespace coinage::gui
