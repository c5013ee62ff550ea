#include "SiteController.h"

#include "BilingualController.h"
#include "Document.h"
#include "EditorArea.h"
#include "FileCommands.h"
#include "MainWindow.h"
#include "MarkdownEditor.h"
#include "Prompts.h"
#include "SiteLinkKey.h"
#include "SitePanel.h"
#include "bilingual/PostPairing.h"
#include "jekyll/PostPath.h"
#include "jekyll/PostWorkflow.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QMenu>
#include <QSettings>
#include <QTimer>
#include <QUrl>
#include <QtConcurrent>

namespace coinage::gui {

namespace {
const QString siteKey = SiteController::settingKey();

QAction *makeSiteAction(QObject *parent, const QString &text, const QString &name, const QString &tip)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(name);
    action->setToolTip(tip);
    return action;
}
} // namespace

SiteController::SiteController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_panel(new SitePanel)
    , m_watcher(new QFileSystemWatcher(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("SiteController"));
    m_openSite = makeSiteAction(this, tr("Open &Site…"), QStringLiteral("openSite"),
                                tr("Open a Jekyll site: a folder with a _config.yml"));
    m_openSite->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    m_newPost =
        makeSiteAction(this, tr("New Post…"), QStringLiteral("siteNewPost"), tr("A new post in _posts, dated now"));
    m_newDraft = makeSiteAction(this, tr("New Draft…"), QStringLiteral("siteNewDraft"), tr("A new draft in _drafts"));
    m_publish = makeSiteAction(this, tr("Publish"), QStringLiteral("sitePublish"),
                               tr("Move the draft to _posts, dated now in the site's time zone"));
    m_unpublish =
        makeSiteAction(this, tr("Unpublish"), QStringLiteral("siteUnpublish"), tr("Move the post back to _drafts"));
    m_rename = makeSiteAction(this, tr("Rename…"), QStringLiteral("siteRename"), tr("Give the post a new slug"));
    m_reveal = makeSiteAction(this, tr("Reveal in File Manager"), QStringLiteral("siteReveal"),
                              tr("Show the post's folder in the file manager"));
    // Short labels on the panel's toolbar (the menu shows the full ones).
    m_newPost->setIconText(tr("+ Post"));
    m_newDraft->setIconText(tr("+ Draft"));
    m_rename->setIconText(tr("Rename"));
    m_reveal->setIconText(tr("Reveal"));
    m_panel->setActions({m_newPost, m_newDraft, nullptr, m_publish, m_unpublish, m_rename, nullptr, m_reveal});
    m_openPair = makeSiteAction(this, tr("Open Bilingual Pair"), QStringLiteral("siteOpenPair"),
                                tr("Show the post and its translation side by side"));
    m_linkKey = makeSiteAction(this, tr("Bilingual Link Key…"), QStringLiteral("siteLinkKey"),
                               tr("The front matter key that links a post to its translation in this site"));
    m_panel->addMenuActions({nullptr, m_openPair, m_linkKey});

    // File > Open Site… right after File > Open….
    if (QAction *open = window->findChild<QAction *>(QStringLiteral("open"))) {
        for (QObject *object : open->associatedObjects()) {
            if (auto *menu = qobject_cast<QMenu *>(object)) {
                const QList<QAction *> actions = menu->actions();
                const qsizetype index = actions.indexOf(open);
                menu->insertAction(index + 1 < actions.size() ? actions.at(index + 1) : nullptr, m_openSite);
            }
        }
    }
    window->addAction(m_openSite);
    window->addPanel(m_panel, tr("Site"), QStringLiteral("SiteDock"), Qt::LeftDockWidgetArea);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(250);
    connect(m_refreshTimer, &QTimer::timeout, this, &SiteController::refresh);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_refreshTimer, qOverload<>(&QTimer::start));
    connect(&m_loader, &QFutureWatcher<QList<SitePost>>::finished, this, [this] {
        if (m_reloadPending || !m_site) {
            m_reloadPending = false;
            refresh();
            return;
        }
        m_lastStats = m_cache->lastStats(); // the worker is done with the cache
        m_panel->setPosts(m_loader.result());
        if (!m_selectAfterLoad.isEmpty())
            m_panel->selectPath(std::exchange(m_selectAfterLoad, QString()));
        watchFolders();
        updateActions();
        Q_EMIT postsLoaded();
    });

    connect(m_openSite, &QAction::triggered, this, &SiteController::openWithDialog);
    connect(m_newPost, &QAction::triggered, this, [this] { newPost(false); });
    connect(m_newDraft, &QAction::triggered, this, [this] { newPost(true); });
    connect(m_publish, &QAction::triggered, this, &SiteController::publishSelected);
    connect(m_unpublish, &QAction::triggered, this, &SiteController::unpublishSelected);
    connect(m_rename, &QAction::triggered, this, &SiteController::renameSelected);
    connect(m_reveal, &QAction::triggered, this, &SiteController::revealSelected);
    connect(m_openPair, &QAction::triggered, this, &SiteController::openSelectedPair);
    connect(m_linkKey, &QAction::triggered, this, &SiteController::chooseLinkKey);
    connect(m_panel, &SitePanel::selectionChanged, this, &SiteController::updateActions);
    connect(m_panel, &SitePanel::postActivated, m_window, &MainWindow::openFile);
    connect(m_panel, &SitePanel::switchSiteRequested, this, [this](const QString &root) {
        const MarkdownEditor *editor = m_window->currentEditor();
        const QString path = editor ? editor->postDocument()->filePath() : QString();
        if (openSite(root) && !path.isEmpty())
            m_selectAfterLoad = path;
    });
    connect(m_panel, &SitePanel::siteOfferDismissed, this,
            [this](const QString &root) { m_dismissedSites.insert(root); });
    connect(window->editorArea(), &EditorArea::currentEditorChanged, this, &SiteController::onEditorChanged);

    if (const QString remembered = QSettings().value(siteKey).toString(); !remembered.isEmpty()) {
        if (auto site = Site::open(remembered)) {
            m_site = std::move(site);
            m_panel->setSiteDescription(
                tr("%1 — %2").arg(QDir(m_site->root()).dirName(), QString::fromUtf8(m_site->zone().id())));
            refresh();
        }
    }
    updateActions();
}

SiteController::~SiteController()
{
    m_loader.waitForFinished();
}

bool SiteController::openSite(const QString &folder)
{
    SiteError error;
    auto site = Site::open(folder, &error);
    if (!site) {
        if (Prompts *prompts = m_window->fileCommands()->prompts())
            prompts->showError(m_window, tr("Open Site"), error.message);
        return false;
    }
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    m_site = std::move(site);
    QString description = tr("%1 — %2").arg(QDir(m_site->root()).dirName(), QString::fromUtf8(m_site->zone().id()));
    if (!m_site->timezoneValid())
        description += u'\n' + tr("Unknown timezone \"%1\": Jekyll would use UTC").arg(m_site->timezoneName());
    m_panel->setSiteDescription(description);
    m_panel->setToolTip(m_site->root());
    m_panel->hideSiteOffer();
    QSettings().setValue(siteKey, m_site->root());
    m_panel->setPosts({});
    refresh();
    updateActions();
    m_window->showPanel(m_panel);
    Q_EMIT siteChanged();
    return true;
}

void SiteController::closeSite()
{
    m_site.reset();
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    m_panel->setPosts({});
    QSettings().remove(siteKey);
    updateActions();
    Q_EMIT siteChanged();
}

void SiteController::openWithDialog()
{
    Prompts *prompts = m_window->fileCommands()->prompts();
    const QString folder = prompts->askFolder(m_window, tr("Open Site"), m_site ? m_site->root() : QDir::homePath());
    if (!folder.isEmpty())
        openSite(folder);
}

void SiteController::refresh()
{
    if (!m_site)
        return;
    if (m_loader.isRunning()) {
        m_reloadPending = true;
        return;
    }
    const Site site = *m_site;
    m_loader.setFuture(QtConcurrent::run([site, cache = m_cache] { return cache->posts(site); }));
}

void SiteController::watchFolders()
{
    if (!m_site)
        return;
    // Jekyll reads _posts/** (and _drafts/**): every subfolder is watched, new ones after the reading they cause.
    QStringList wanted;
    for (const QString &folder : {m_site->postsFolder(), m_site->draftsFolder()}) {
        if (!QFileInfo(folder).isDir())
            continue;
        wanted.append(folder);
        QDirIterator it(folder, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext())
            wanted.append(it.next());
    }
    const QStringList watched = m_watcher->directories();
    QStringList gone;
    for (const QString &folder : watched) {
        if (!wanted.contains(folder))
            gone.append(folder);
    }
    if (!gone.isEmpty())
        m_watcher->removePaths(gone);
    QStringList added;
    for (const QString &folder : std::as_const(wanted)) {
        if (!watched.contains(folder))
            added.append(folder);
    }
    if (!added.isEmpty())
        m_watcher->addPaths(added);
}

QStringList SiteController::watchedFolders() const
{
    return m_watcher->directories();
}

void SiteController::offerOtherSite(const QString &path)
{
    const QString root = Site::findRoot(path);
    const bool post = PostPath::isInPosts(path) || PostPath::isInDrafts(path);
    if (root.isEmpty() || !post || m_dismissedSites.contains(root) ||
        QFileInfo(root).canonicalFilePath() == QFileInfo(m_site->root()).canonicalFilePath()) {
        m_panel->hideSiteOffer();
        return;
    }
    m_panel->offerSite(root, tr("“%1” belongs to another Jekyll site, “%2”. Show that site here?")
                                 .arg(QFileInfo(path).fileName(), QDir(root).dirName()));
}

void SiteController::onEditorChanged(MarkdownEditor *editor)
{
    if (!editor || editor->postDocument()->isUntitled())
        return;
    const QString path = editor->postDocument()->filePath();
    // The post in front is the one selected in the tree; a post inside a site opens that site when none is open.
    if (!m_site) {
        if (const QString root = Site::findRoot(path); !root.isEmpty() && openSite(root))
            m_selectAfterLoad = path;
        return;
    }
    if (!m_panel->selectPath(path))
        offerOtherSite(path);
    else
        m_panel->hideSiteOffer();
}

void SiteController::updateActions()
{
    const bool open = m_site.has_value();
    const std::optional<SitePost> post = m_panel->selectedPost();
    m_newPost->setEnabled(open);
    m_newDraft->setEnabled(open);
    m_publish->setEnabled(open && post && post->state == PostState::Draft);
    m_unpublish->setEnabled(open && post && post->state != PostState::Draft);
    m_rename->setEnabled(open && post);
    m_reveal->setEnabled(open);
    // A post can have a counterpart when it has the site's link key or a language in its name (NAME.LANG.md).
    bool pairable = false;
    if (open && post) {
        pairable = !PostPairing::splitLanguageSuffix(QFileInfo(post->path).fileName()).second.isEmpty() ||
                   !PostPairing::identifyFile(post->path, SiteLinkKey::forSite(m_site->root())).linkKey.isEmpty();
    }
    m_openPair->setEnabled(pairable);
    m_linkKey->setEnabled(open);
}

bool SiteController::prepareMove(const QString &path)
{
    Document *document = m_window->editorArea()->findDocument(path);
    if (!document || !document->isModified())
        return true;
    Prompts *prompts = m_window->fileCommands()->prompts();
    switch (prompts->askSaveChanges(m_window, document->displayName())) {
    case Prompts::Choice::Save:
        if (const SaveResult saved = document->save(); !saved.ok) {
            prompts->showError(m_window, tr("Save"), saved.error.message);
            return false;
        }
        return true;
    case Prompts::Choice::Discard:
        return true;
    case Prompts::Choice::Cancel:
        return false;
    }
    return false;
}

void SiteController::followMove(const QString &from, const QString &to, bool textChanged)
{
    Document *document = m_window->editorArea()->findDocument(from);
    if (!document)
        return;
    // A reloaded document shows the new date; an unchanged file keeps the editor's text and undo history.
    if (textChanged && !document->isModified() && document->load(to).code.isEmpty())
        return;
    document->relocate(to);
}

void SiteController::finishAction(const QString &title, bool ok, const QString &message, const QString &newPath)
{
    if (!ok)
        m_window->fileCommands()->prompts()->showError(m_window, title, message);
    m_selectAfterLoad = newPath;
    refresh();
}

void SiteController::newPost(bool draft)
{
    if (!m_site)
        return;
    const QString title = draft ? tr("New Draft") : tr("New Post");
    const QString answer =
        m_window->fileCommands()->prompts()->askText(m_window, title, tr("Title:"), QString()).trimmed();
    if (answer.isEmpty())
        return;
    const WorkflowResult result = PostWorkflow(*m_site).newPost(answer, draft);
    finishAction(title, result.ok, result.message, result.path);
    if (result.ok)
        m_window->openFile(result.path);
}

void SiteController::publishSelected()
{
    const std::optional<SitePost> post = m_panel->selectedPost();
    if (!m_site || !post || post->state != PostState::Draft || !prepareMove(post->path))
        return;
    const WorkflowResult result = PostWorkflow(*m_site).publish(post->path, QDateTime::currentDateTime());
    if (result.ok)
        followMove(post->path, result.path, true);
    finishAction(tr("Publish"), result.ok, result.message, result.path);
}

void SiteController::unpublishSelected()
{
    const std::optional<SitePost> post = m_panel->selectedPost();
    if (!m_site || !post || post->state == PostState::Draft)
        return;
    if (!m_window->fileCommands()->prompts()->askConfirm(
            m_window, tr("Unpublish"),
            tr("Move \"%1\" back to _drafts? Jekyll will no longer build it.").arg(post->title)) ||
        !prepareMove(post->path))
        return;
    const WorkflowResult result = PostWorkflow(*m_site).unpublish(post->path);
    if (result.ok)
        followMove(post->path, result.path, false);
    finishAction(tr("Unpublish"), result.ok, result.message, result.path);
}

void SiteController::renameSelected()
{
    const std::optional<SitePost> post = m_panel->selectedPost();
    if (!m_site || !post)
        return;
    const QString slug =
        m_window->fileCommands()->prompts()->askText(m_window, tr("Rename"), tr("New slug:"), post->slug).trimmed();
    if (slug.isEmpty() || slug == post->slug || !prepareMove(post->path))
        return;
    const WorkflowResult result = PostWorkflow(*m_site).rename(post->path, slug);
    if (result.ok)
        followMove(post->path, result.path, false);
    finishAction(tr("Rename"), result.ok, result.message, result.path);
}

void SiteController::revealSelected()
{
    if (!m_site)
        return;
    const std::optional<SitePost> post = m_panel->selectedPost();
    const QString folder = post ? QFileInfo(post->path).absolutePath() : m_site->root();
    QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

void SiteController::openSelectedPair()
{
    const std::optional<SitePost> post = m_panel->selectedPost();
    if (!m_site || !post)
        return;
    const QString key = SiteLinkKey::forSite(m_site->root());
    const QString other = PostPairing::findCounterparts(post->path, key).value(0);
    if (other.isEmpty()) {
        m_window->fileCommands()->prompts()->showError(
            m_window, tr("Open Bilingual Pair"),
            tr("No translation of “%1” found: a translation has the same “%2” and another “lang”.")
                .arg(post->title, key));
        return;
    }
    if (auto *bilingual = m_window->findChild<BilingualController *>())
        bilingual->openPair(post->path, other);
}

void SiteController::chooseLinkKey()
{
    if (!m_site)
        return;
    const QString detected = m_site->linkKeyName();
    const QString answer = m_window->fileCommands()->prompts()->askText(
        m_window, tr("Bilingual Link Key"),
        tr("Front matter key that links translations in this site (empty: “%1”, from _config.yml):").arg(detected),
        SiteLinkKey::overrideFor(m_site->root()));
    if (answer.isNull())
        return;
    SiteLinkKey::setOverride(m_site->root(), answer == detected ? QString() : answer);
    updateActions();
}

void SiteController::showPost(const QString &path)
{
    const QString root = Site::findRoot(path);
    if (root.isEmpty())
        return;
    if (!m_site || QFileInfo(m_site->root()).canonicalFilePath() != QFileInfo(root).canonicalFilePath()) {
        if (!openSite(root))
            return;
    }
    m_window->showPanel(m_panel);
    if (!m_panel->selectPath(path) || m_loader.isRunning()) {
        m_selectAfterLoad = path;
        refresh();
    }
}

} // namespace coinage::gui
