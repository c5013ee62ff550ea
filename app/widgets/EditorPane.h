#pragma once

#include <QTabWidget>

namespace coinage::gui {

class Document;
class MarkdownEditor;

// One pane of the editor area: a tab per editor, titled with the post's file name ("*" while modified), the full
// path as tooltip, close buttons, movable tabs.
class EditorPane : public QTabWidget
{
    Q_OBJECT
public:
    explicit EditorPane(QWidget *parent = nullptr);

    // Adds a tab for the editor, made current unless asked to go behind the current one.
    void addEditor(MarkdownEditor *editor, bool makeCurrent = true);
    MarkdownEditor *editorAt(int index) const;
    MarkdownEditor *currentEditor() const;
    QList<MarkdownEditor *> editors() const;
    MarkdownEditor *editorFor(const Document *document) const;

Q_SIGNALS:
    void editorCloseRequested(coinage::gui::MarkdownEditor *editor);

private:
    void updateTab(MarkdownEditor *editor);
};

} // namespace coinage::gui
