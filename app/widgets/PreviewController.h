#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QSplitter;

namespace coinage {
struct PreviewHtml;
}

namespace coinage::gui {

class MainWindow;
class MarkdownEditor;
class PreviewBrowser;
class PreviewScheduler;

// View > Preview (Ctrl+Shift+P): the rendered current post in a split beside the editor area. It follows the
// current editor, re-renders on a worker after typing pauses (PreviewScheduler), takes the editor theme's colours,
// and scrolls with the editor both ways by source line. Whether it is shown is remembered.
class PreviewController : public QObject
{
    Q_OBJECT
public:
    explicit PreviewController(MainWindow *window);
    ~PreviewController() override;

    PreviewBrowser *browser() const { return m_browser; }
    PreviewScheduler *scheduler() const { return m_scheduler; }
    QAction *toggleAction() const { return m_toggle; }
    QSplitter *splitter() const { return m_splitter; }

private:
    void setShown(bool shown);
    void bind(MarkdownEditor *editor);
    void unbind();
    void onPreviewReady(const PreviewHtml &preview);
    void syncFromEditor();
    void syncToEditor(int line);
    void applyTheme();
    void updateFolder();

    MainWindow *m_window;
    QSplitter *m_splitter;
    PreviewBrowser *m_browser;
    PreviewScheduler *m_scheduler;
    QAction *m_toggle;
    QPointer<MarkdownEditor> m_editor;
    QList<QMetaObject::Connection> m_bindings;
    bool m_syncing = false;
};

} // namespace coinage::gui
