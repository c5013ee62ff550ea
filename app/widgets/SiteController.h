#pragma once

#include "jekyll/Site.h"
#include "jekyll/SitePostCache.h"

#include <QFutureWatcher>
#include <QObject>

#include <QSet>
#include <memory>
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
    // What the last reading did (files read again, listed): only new and changed files are read.
    SitePostCache::Stats lastLoadStats() const { return m_lastStats; }
    // The folders watched for changes: _posts and _drafts with all their subfolders.
    QStringList watchedFolders() const;

    QAction *openSiteAction() const { return m_openSite; }

    void newPost(bool draft);
    void publishSelected();
    void unpublishSelected();
    void renameSelected();
    void revealSelected();
    // The selected post and its translation side by side (the Bilingual view).
    void openSelectedPair();
    // Asks for the site's link key (empty: automatic from _config.yml).
    void chooseLinkKey();
    // Shows the post in the Site panel, opening the site it belongs to when another one is open.
    void showPost(const QString &path);

Q_SIGNALS:
    void siteChanged();
    // After the tree shows a fresh reading of the site.
    void postsLoaded();

private:
    void openWithDialog();
    void updateActions();
    void watchFolders();
    void onEditorChanged(MarkdownEditor *editor);
    // The post in front belongs to another site than the open one: the panel offers to switch.
    void offerOtherSite(const QString &path);
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
    std::shared_ptr<SitePostCache> m_cache = std::make_shared<SitePostCache>(); // used by one reading at a time
    SitePostCache::Stats m_lastStats;
    QSet<QString> m_dismissedSites; // roots the user chose not to switch to (this run)
    quint64 m_generation = 0;
    quint64 m_loadingGeneration = 0;
    bool m_reloadPending = false;
    QString m_selectAfterLoad;
    QAction *m_openSite, *m_newPost, *m_newDraft, *m_publish, *m_unpublish, *m_rename, *m_reveal;
    QAction *m_openPair, *m_linkKey;
};

} // namespace coinage::gui
