#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;

namespace coinage::gui {

class MainWindow;
class MarkdownEditor;

// Writing comfort in View: Typewriter Scrolling (Ctrl+Alt+T) keeps the caret's line in the middle of the editor;
// Focus Mode (Ctrl+Alt+F) dims every paragraph but the caret's (the editor's "focus" selection group); Full Screen
// also answers F11. Both toggles are remembered.
class FocusController : public QObject
{
    Q_OBJECT
public:
    explicit FocusController(MainWindow *window);
    ~FocusController() override;

    QAction *typewriterAction() const { return m_typewriter; }
    QAction *focusAction() const { return m_focus; }

    // The paragraph around a 0-based line: the run of non-blank lines holding it, [first, last].
    static std::pair<int, int> paragraphAround(const MarkdownEditor *editor, int line);

private:
    void bind(MarkdownEditor *editor);
    void update();

    MainWindow *m_window;
    QAction *m_typewriter;
    QAction *m_focus;
    QPointer<MarkdownEditor> m_editor;
    QList<QMetaObject::Connection> m_bindings;
};

} // namespace coinage::gui
