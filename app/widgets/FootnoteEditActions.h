#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace coinage::gui {

class FootnoteController;
class MainWindow;
class MarkdownEditor;

// The footnote edits beyond insert/renumber/convert: Turn Selection into Footnote, Rename Footnote…, Gather
// Definitions at End / under Heading…, Inline Notes to References, Footnote to Inline Note and All Footnotes to
// Inline Notes. Each is one undo step (through FootnoteController::apply) and reports in the status bar. The actions
// sit in the Footnotes menu, the panel's context menu and, for the footnote under the mouse or the selection, the
// editor's context menu.
class FootnoteEditActions : public QObject
{
    Q_OBJECT
public:
    FootnoteEditActions(FootnoteController *controller, MainWindow *window);

    // Follows the window's current editor (called by the controller).
    void setEditor(MarkdownEditor *editor);

    void fromSelection();
    // An empty label: the panel's selected footnote (else the caret's).
    void rename(const QString &label = {});
    void gatherAtEnd();
    void gatherUnderHeading();
    void inlineToReferences();
    void toInline(const QString &label = {});
    void allToInline();

private:
    void createActions();
    void updateSelectionAction();
    void addEditorContextActions(QMenu *menu, int position);
    QString targetLabel(const QString &label) const;
    void report(const QString &message);

    FootnoteController *m_controller;
    MainWindow *m_window;
    QPointer<MarkdownEditor> m_editor;
    QList<QMetaObject::Connection> m_editorConnections;
    struct
    {
        QAction *fromSelection, *rename, *gatherEnd, *gatherHeading, *toReferences, *toInline, *allToInline;
    } m_actions{};
};

} // namespace coinage::gui
