#pragma once

#include <QPointer>
#include <QVariantMap>
#include <QWidget>

class QSplitter;
class QVBoxLayout;

namespace coinage::gui {

class Document;
class EditorPane;
class MarkdownEditor;
class ThemeController;

// The editor area: a tree of splitters whose leaves are panes of tabbed editors. Splitting a pane adds a pane beside
// or below it showing another view of the current post (same document, its own caret). Tracks the current editor
// (the last one focused), owns the open documents and deletes a document when its last view goes. It never asks
// the user anything: closing with unsaved changes is decided by the caller before removeEditor()/removePane().
class EditorArea : public QWidget
{
    Q_OBJECT
public:
    explicit EditorArea(ThemeController *themes, QWidget *parent = nullptr);
    ~EditorArea() override;

    MarkdownEditor *currentEditor() const { return m_current; }
    EditorPane *currentPane() const;
    QList<EditorPane *> panes() const;
    QList<MarkdownEditor *> editors() const;
    QList<MarkdownEditor *> editorsFor(const Document *document) const;
    // Every open document once, in the order of the panes and tabs.
    QList<Document *> documents() const;
    Document *findDocument(const QString &filePath) const;
    // The documents whose views are all among the given editors (closing these editors closes those documents).
    QList<Document *> documentsOnlyIn(const QList<MarkdownEditor *> &editors) const;
    static EditorPane *paneOf(const QWidget *widget);

    // Shows the document in the current pane (its existing tab there, or a new view), takes ownership of it and makes
    // the view current and focused.
    MarkdownEditor *showDocument(Document *document);
    // Adds a view of the document as a tab behind the current one, which stays current and focused (a tab that is
    // never shown costs no layout or highlighting); with no current editor it is shown as by showDocument.
    MarkdownEditor *addDocumentBehind(Document *document);
    // Splits the current pane left/right (Qt::Horizontal) or top/bottom (Qt::Vertical); the new pane shows another
    // view of the current document and becomes current. Null when there is no current editor.
    MarkdownEditor *splitCurrent(Qt::Orientation orientation);
    void setCurrentEditor(MarkdownEditor *editor);

    // Remove views without asking; a document goes with its last view, an emptied pane with its last tab (unless it
    // is the only pane).
    void removeEditor(MarkdownEditor *editor);
    void removePane(EditorPane *pane);

    // The split structure (orientations and sizes), for the settings. Restoring it on a single pane recreates the
    // splits, every new pane showing the current document.
    QVariantMap saveLayout() const;
    void restoreLayout(const QVariantMap &layout);

Q_SIGNALS:
    void currentEditorChanged(coinage::gui::MarkdownEditor *editor);
    void editorCloseRequested(coinage::gui::MarkdownEditor *editor);
    // A document was taken in (opened or created); it is destroyed with its last view.
    void documentAdded(coinage::gui::Document *document);

private:
    EditorPane *createPane();
    MarkdownEditor *createEditor(Document *document);
    void adopt(Document *document);
    void applyTheme();
    void onFocusChanged(QWidget *old, QWidget *now);
    void replaceRoot(QWidget *root);
    void collapse(QSplitter *splitter);
    QWidget *buildLayout(const QVariantMap &node, EditorPane *&reuse, Document *document, int depth);

    ThemeController *m_themes;
    QVBoxLayout *m_layout;
    QWidget *m_root = nullptr;
    QPointer<MarkdownEditor> m_current;
    QPointer<EditorPane> m_currentPane;
};

} // namespace coinage::gui
