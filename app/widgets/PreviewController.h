#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QSplitter;
class QTextDocument;

namespace coinage {
struct PreviewHtml;
}

namespace coinage::gui {

class Document;
class MainWindow;
class MarkdownEditor;
class PreviewBrowser;
class PreviewScheduler;
class RemoteImageFetcher;
class RemoteImagesBar;

// View > Preview (Ctrl+Shift+P): the rendered current post in a split beside the editor area. It follows the
// current editor, re-renders on a worker after typing pauses (PreviewScheduler, which also builds the QTextDocument
// there), takes the editor theme's colours, and scrolls with the editor both ways by source line. Whether it is shown
// is remembered. Remote images: off by default; a bar over a post that has some offers to load them for this post
// (this session) or always (the preference remoteImagesKey()).
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
    RemoteImagesBar *remoteImagesBar() const { return m_bar; }
    RemoteImageFetcher *remoteImageFetcher() const { return m_fetcher; }

    // QSettings: load remote images in every post (bool, default false).
    static QString remoteImagesKey();
    // Reads the settings again (after Preferences).
    void reloadSettings();

private:
    void setShown(bool shown);
    void bind(MarkdownEditor *editor);
    void unbind();
    void onPreviewReady(const PreviewHtml &preview, QTextDocument *document);
    void updateRemoteImages();
    void allowRemoteImagesForThisPost();
    void syncFromEditor();
    void syncToEditor(int line);
    void applyTheme();
    void updateFolder();

    MainWindow *m_window;
    QSplitter *m_splitter;
    QWidget *m_pane;
    RemoteImagesBar *m_bar;
    PreviewBrowser *m_browser;
    RemoteImageFetcher *m_fetcher;
    QList<QPointer<Document>> m_remoteAllowedFor;
    PreviewScheduler *m_scheduler;
    QAction *m_toggle;
    QPointer<MarkdownEditor> m_editor;
    QList<QMetaObject::Connection> m_bindings;
    bool m_syncing = false;
};

} // namespace coinage::gui
