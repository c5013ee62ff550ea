#pragma once

#include "jekyll/Site.h"

#include <QFutureWatcher>
#include <QObject>

#include <optional>

class QAction;
class QFileSystemWatcher;
class QTimer;

namespace coinage::gui {

class Document;
class MainWindow;
class MarkdownEditor;
class SitePanel;

// The site workflow in the window: File > Open Site…, the Site panel (left dock) and its actions — New Post…,
// New Draft…, Publish, Unpublish, Rename…, Reveal — all through PostWorkflow, questions through the window's
// Prompts. Reads the site on a worker, refreshes when _posts or _drafts change, remembers the site across runs,
// and makes an open editor follow a post that moves (saving first when the user wants).
class SiteController : public QObject
{
    Q_OBJECT
public:
    explicit SiteController(MainWindow *window);
    // The site opened at start: the last one opened (Preferences > Sites sets or clears it).
    static QString settingKey() { return QStringLiteral("site/root"); }
    ~SiteController() override;

    // Opens the site in `folder`; on failure tells the user why and keeps the current site.
    bool openSite(const QString &folder);
    void closeSite();
    const std::optional<Site> &site() const { return m_site; }
    SitePanel *panel() const { return m_panel; }
    // Rereads the site's posts on a worker (postsLoaded follows).
    void refresh();
    bool isLoading() const { return m_loader.isRunning(); }

    QAction *openSiteAction() const { return m_openSite; }

    void newPost(bool draft);
    void publishSelected();
    void unpublishSelected();
    void renameSelected();
    void revealSelected();

Q_SIGNALS:
    void siteChanged();
    // After the tree shows a fresh reading of the site.
    void postsLoaded();

private:
    void openWithDialog();
    void updateActions();
    void watchFolders();
    void onEditorChanged(MarkdownEditor *editor);
    // Before a post moves: an open, modified editor of it is saved (or the user cancels). False to stop.
    bool prepareMove(const QString &path);
    // After a post moved: its open document follows to the new path (reloading when the file's text changed).
    void followMove(const QString &from, const QString &to, bool textChanged);
    void finishAction(const QString &title, bool ok, const QString &message, const QString &newPath);

    MainWindow *m_window;
    SitePanel *m_panel;
    std::optional<Site> m_site;
    QFileSystemWatcher *m_watcher;
    QTimer *m_refreshTimer;
    QFutureWatcher<QList<SitePost>> m_loader;
    quint64 m_generation = 0;
    quint64 m_loadingGeneration = 0;
    bool m_reloadPending = false;
    QString m_selectAfterLoad;
    QAction *m_openSite, *m_newPost, *m_newDraft, *m_publish, *m_unpublish, *m_rename, *m_reveal;
};

} // namespace coinage::gui
