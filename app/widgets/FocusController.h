#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace coinage::gui {

class MainWindow;
class MarkdownEditor;

// Writing comfort in View: Typewriter Scrolling (Ctrl+Alt+T) keeps the caret's line in the middle of the editor;
// Focus Mode (Ctrl+Alt+M) dims everything but the caret's paragraph or sentence (View > Focus On, radio actions, also
// in Preferences; the editor's "focus" selection group); Full Screen also answers F11. The toggles and the unit are
// remembered.
class FocusController : public QObject
{
    Q_OBJECT
public:
    enum class Unit
    {
        Paragraph,
        Sentence
    };

    explicit FocusController(MainWindow *window);
    ~FocusController() override;

    QAction *typewriterAction() const { return m_typewriter; }
    QAction *focusAction() const { return m_focus; }
    QAction *paragraphAction() const { return m_paragraph; }
    QAction *sentenceAction() const { return m_sentence; }

    Unit unit() const;
    void setUnit(Unit unit);
    // QSettings: the unit, "paragraph" (default) or "sentence".
    static QString unitKey();
    static Unit storedUnit();
    // The range the focus mode leaves undimmed for a caret: [start, end) document positions.
    std::pair<int, int> focusRange() const;

    // The paragraph around a 0-based line: the run of non-blank lines holding it, [first, last].
    static std::pair<int, int> paragraphAround(const MarkdownEditor *editor, int line);

private:
    void bind(MarkdownEditor *editor);
    void update();

    MainWindow *m_window;
    QAction *m_typewriter;
    QAction *m_focus;
    QAction *m_paragraph;
    QAction *m_sentence;
    QPointer<MarkdownEditor> m_editor;
    QList<QMetaObject::Connection> m_bindings;
};

} // namespace coinage::gui
