#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace coinage {
class FootnoteIndex;
struct FootnoteEditResult;
} // namespace coinage

namespace coinage::gui {

class FootnoteEditActions;
class FootnoteEditorAssist;
class FootnoteIndexer;
class FootnotePanel;
class MainWindow;
class MarkdownEditor;

// The footnote feature of the window: the Footnotes panel (right dock), the Footnotes menu and its actions (each
// change one undo step through Document::applyEdits), and the current editor's footnote help (hover, Ctrl+click,
// problem underlines). Follows the window's current editor; the index is kept by a FootnoteIndexer on a worker.
class FootnoteController : public QObject
{
    Q_OBJECT
public:
    explicit FootnoteController(MainWindow *window);
    ~FootnoteController() override;

    FootnotePanel *panel() const { return m_panel; }
    FootnoteIndexer *indexer() const { return m_indexer; }
    QMenu *menu() const { return m_menu; }
    MarkdownEditor *editor() const { return m_editor; }

    void insertFootnote();
    void renumber();
    void convertReferences();
    void removeSelected();
    void mergeDuplicates();
    // Drag and drop in the panel: the footnote numbered `from` takes the place numbered `to` (one undo step).
    void moveFootnote(int from, int to);
    void setText(const QString &label, const QString &text);
    void goToReference(const QString &label);
    void goToDefinition(const QString &label);
    void nextReference(int direction);
    // Applies a core edit as one undo step; reports its error in the status bar. True when applied.
    bool apply(const FootnoteEditResult &result);

private:
    void createActions();
    void onCurrentEditorChanged(MarkdownEditor *editor);
    void onIndexReady(const FootnoteIndex &index);
    void updateCurrentCard();
    void moveCaret(qsizetype offset, bool focus);

    MainWindow *m_window;
    FootnotePanel *m_panel;
    FootnoteIndexer *m_indexer;
    FootnoteEditorAssist *m_assist;
    FootnoteEditActions *m_editActions = nullptr;
    QMenu *m_menu = nullptr;
    QPointer<MarkdownEditor> m_editor;
    QMetaObject::Connection m_caretConnection;
    struct
    {
        QAction *insert, *renumber, *convert, *remove, *editText, *previous, *next, *merge;
    } m_actions{};
};

} // namespace coinage::gui
