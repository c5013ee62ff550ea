// The Site panel driven like a user would: File > Open Site by its shortcut, the tree, search and filter, and the
// workflow actions from the tree's context menu, on a temporary site, with a shown window (offscreen).
#include "WidgetTestSupport.h"
#include "support/Seed.h"

#include "BilingualController.h"
#include "BilingualSession.h"
#include "BilingualView.h"
#include "Document.h"
#include "EditorArea.h"
#include "MarkdownEditor.h"
#include "SiteController.h"
#include "SiteLinkKey.h"
#include "SitePanel.h"
#include "jekyll/SiteListing.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTabBar>
#include <QTreeWidget>

using namespace coinage;
using namespace coinage::gui;
using namespace Qt::StringLiterals;

class TestSitePanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void openSiteShowsGroupsAndStates();
    void narrowPanelShowsTitlesOnly();
    void notASiteIsAnError();
    void searchAndFilter();
    void publishDraftFromContextMenuFollowsEditor();
    void renameFollowsEditor();
    void unpublishAsksAndMoves();
    void externalChangesRefresh();
    void siteIsRememberedAndPostsOpenTheirSite();
    void subfoldersOfPostsAreListedAndWatched();
    void refreshRereadsOnlyChangedFiles();
    void postOfAnotherSiteOffersToSwitch();
    void dismissedOfferStaysAway();
    void openBilingualPairFromContextMenu();
    void linkKeyFollowsPolyglotAndOverride();

private:
    QString write(const QString &relative, const QByteArray &bytes);
    void openSiteByShortcut();
    // "group:title/state,title/state;group:..." as the tree shows it.
    QString treeText() const;
    QTreeWidgetItem *item(const QString &title) const;
    void click(QTreeWidgetItem *item);
    QAction *action(const QString &name) const;
    bool tabShows(const QString &name) const;

    QTemporaryDir m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_site;
    std::unique_ptr<test::ShownWindow> m_shown;
    SiteController *m_controller = nullptr;
    SitePanel *m_panel = nullptr;
};

QString TestSitePanel::write(const QString &relative, const QByteArray &bytes)
{
    const QString path = QDir(m_site).filePath(relative);
    test::writeAll(path, bytes);
    return path;
}

void TestSitePanel::initTestCase()
{
    QVERIFY(m_settings.isValid());
    test::isolateSettings(m_settings);
    QVERIFY2(!test::seedPath(u"en"_s).isEmpty(), "COINAGE_SEED_DIR must point at the seed posts");
}

void TestSitePanel::init()
{
    QSettings().remove(u"site"_s);
    m_dir = std::make_unique<QTemporaryDir>();
    m_site = QFileInfo(m_dir->path()).canonicalFilePath() + u"/site"_s;
    write(u"_config.yml"_s, "title: Test\ntimezone: Asia/Shanghai\n");
    write(u"_drafts/first-draft.md"_s, "---\ntitle: 第一稿\n---\n\nDraft text.\n");
    write(u"_posts/2025-01-05-large-models-and-coin-minting.md"_s, test::readAll(test::seedPath(u"en"_s)));
    write(u"_posts/2025-01-04-hidden.md"_s, "---\ntitle: Hidden post\ndate: 2025-01-04 10:00:00 +0800\n"
                                            "published: false\n---\n");
    write(u"_posts/2099-01-01-later.md"_s, "---\ntitle: Later post\ndate: 2099-01-01 09:00:00 +0800\n---\n");
    m_shown = std::make_unique<test::ShownWindow>();
    QVERIFY(m_shown->waitUntilShown());
    m_controller = m_shown->window->findChild<SiteController *>();
    QVERIFY(m_controller);
    m_panel = m_controller->panel();
}

void TestSitePanel::cleanup()
{
    m_shown.reset();
    m_dir.reset();
}

void TestSitePanel::openSiteByShortcut()
{
    m_shown->prompts->folder = m_site;
    QSignalSpy loaded(m_controller, &SiteController::postsLoaded);
    QTest::keyClick(m_shown->window.get(), Qt::Key_O, Qt::ControlModifier | Qt::AltModifier);
    QVERIFY(m_controller->site());
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 10000);
    QVERIFY(m_panel->isVisible());
}

QString TestSitePanel::treeText() const
{
    QStringList groups;
    QTreeWidget *tree = m_panel->tree();
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = tree->topLevelItem(g);
        QStringList posts;
        for (int i = 0; i < group->childCount(); ++i)
            posts.append(group->child(i)->text(0) + u'/' + group->child(i)->data(2, Qt::UserRole).toString());
        groups.append(group->data(0, Qt::UserRole).toString() + u':' + posts.join(u','));
    }
    return groups.join(u';');
}

QTreeWidgetItem *TestSitePanel::item(const QString &title) const
{
    const QList<QTreeWidgetItem *> found = m_panel->tree()->findItems(title, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? nullptr : found.first();
}

void TestSitePanel::click(QTreeWidgetItem *item)
{
    QTreeWidget *tree = m_panel->tree();
    tree->scrollToItem(item);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(item).center());
}

QAction *TestSitePanel::action(const QString &name) const
{
    // The context menu shows the tree's actions.
    const QList<QAction *> actions = m_panel->tree()->actions();
    for (QAction *a : actions) {
        if (a->objectName() == name)
            return a;
    }
    return nullptr;
}

bool TestSitePanel::tabShows(const QString &name) const
{
    const QList<QTabBar *> bars = m_shown->window->findChildren<QTabBar *>();
    for (QTabBar *bar : bars) {
        for (int i = 0; i < bar->count(); ++i) {
            if (bar->tabText(i).contains(name))
                return true;
        }
    }
    return false;
}

void TestSitePanel::openSiteShowsGroupsAndStates()
{
    openSiteByShortcut();
    QCOMPARE(treeText(), u"drafts:第一稿/draft;posts:Later post/future,Large Models and Coin Minting (Gemini 2.5 Pro "
                         u"Translated Version)/published,Hidden post/unpublished"_s);
    QVERIFY(m_panel->siteLabel()->text().contains(u"Asia/Shanghai"_s));
    QCOMPARE(item(u"Later post"_s)->text(1), u"2099-01-01 09:00"_s);
    QVERIFY(m_shown->prompts->errors.isEmpty());
    test::saveScreenshot(m_shown->window.get(), u"site-panel"_s);

    // Enter on a post opens it.
    click(item(u"Hidden post"_s));
    QTest::keyClick(m_panel->tree(), Qt::Key_Return);
    QVERIFY(m_shown->window->currentEditor());
    QCOMPARE(m_shown->window->currentEditor()->postDocument()->filePath(), m_site + u"/_posts/2025-01-04-hidden.md"_s);
}

// Docked narrow (as on the first start) the titles take the whole row; date and state stay in the tooltip and style.
void TestSitePanel::narrowPanelShowsTitlesOnly()
{
    openSiteByShortcut();
    QTreeWidget *tree = m_panel->tree();
    auto *dock = qobject_cast<QDockWidget *>(m_panel->parentWidget());
    QVERIFY(dock);
    m_shown->window->resizeDocks({dock}, {SitePanel::compactWidth - 80}, Qt::Horizontal);
    QTRY_VERIFY(tree->isColumnHidden(1));
    QVERIFY(tree->isColumnHidden(2));
    QTreeWidgetItem *later = item(u"Later post"_s);
    QVERIFY(later->toolTip(0).contains(u"2099-01-01 09:00"_s));
    QVERIFY(later->toolTip(0).contains(SiteListing::stateLabel(PostState::Future)));
    QVERIFY(later->font(0).italic());
    QVERIFY(!item(u"Hidden post"_s)->font(0).italic());

    m_shown->window->resizeDocks({dock}, {SitePanel::compactWidth + 200}, Qt::Horizontal);
    QTRY_VERIFY(!tree->isColumnHidden(1));
    QVERIFY(!tree->isColumnHidden(2));
}

void TestSitePanel::notASiteIsAnError()
{
    m_shown->prompts->folder = m_dir->path();
    QTest::keyClick(m_shown->window.get(), Qt::Key_O, Qt::ControlModifier | Qt::AltModifier);
    QVERIFY(!m_controller->site());
    QCOMPARE(m_shown->prompts->errors.size(), 1);
    QVERIFY2(m_shown->prompts->errors.first().contains(u"_config.yml"_s), qPrintable(m_shown->prompts->errors.first()));
}

void TestSitePanel::searchAndFilter()
{
    openSiteByShortcut();
    QLineEdit *search = m_panel->searchEdit();
    search->setFocus();
    QTest::keyClicks(search, u"post"_s);
    QCOMPARE(treeText(), u"posts:Later post/future,Hidden post/unpublished"_s);
    search->clear();
    QTest::keyClicks(search, u"first-draft"_s); // the file name
    QCOMPARE(treeText(), u"drafts:第一稿/draft"_s);
    search->clear();
    QTest::sendKeyEvent(QTest::Click, search, Qt::Key_unknown, u"第一"_s, Qt::NoModifier); // an input method commit
    QCOMPARE(treeText(), u"drafts:第一稿/draft"_s);
    search->clear();
    QComboBox *filter = m_panel->stateFilter();
    filter->setCurrentIndex(filter->findData(u"unpublished"_s));
    QCOMPARE(treeText(), u"posts:Hidden post/unpublished"_s);
    filter->setCurrentIndex(filter->findData(u"future"_s));
    QCOMPARE(treeText(), u"posts:Later post/future"_s);
    filter->setCurrentIndex(0);
    QCOMPARE(m_panel->tree()->topLevelItemCount(), 2);
}

void TestSitePanel::publishDraftFromContextMenuFollowsEditor()
{
    openSiteByShortcut();
    const QString draft = m_site + u"/_drafts/first-draft.md"_s;
    // Open the draft by double-click and change it without saving.
    QTreeWidget *tree = m_panel->tree();
    click(item(u"第一稿"_s)); // a double click's first press
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(item(u"第一稿"_s)).center());
    MarkdownEditor *editor = m_shown->window->currentEditor();
    QVERIFY(editor);
    Document *document = editor->postDocument();
    QCOMPARE(document->filePath(), draft);
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, u"More."_s);
    QVERIFY(document->isModified());

    click(item(u"第一稿"_s));
    QAction *publish = action(u"sitePublish"_s);
    QVERIFY(publish);
    QVERIFY(publish->isEnabled());
    QVERIFY(!action(u"siteUnpublish"_s)->isEnabled());
    m_shown->prompts->saveChoice = Prompts::Choice::Save;
    QSignalSpy loaded(m_controller, &SiteController::postsLoaded);
    publish->trigger();

    QCOMPARE(m_shown->prompts->saveQuestions, QStringList{u"first-draft.md"_s});
    QVERIFY(!QFileInfo::exists(draft));
    const QString today =
        QDateTime::currentDateTime().toTimeZone(QTimeZone("Asia/Shanghai")).date().toString(Qt::ISODate);
    const QString post = m_site + u"/_posts/"_s + today + u"-first-draft.md"_s;
    QVERIFY2(QFileInfo::exists(post), qPrintable(post));
    const QByteArray bytes = test::readAll(post);
    QVERIFY(bytes.contains("More."));
    QVERIFY(bytes.contains(QByteArray(QByteArray("date: ") + today.toUtf8())));
    QVERIFY(bytes.contains("+0800"));
    // The editor follows, shows the new date, and is not modified.
    QCOMPARE(document->filePath(), post);
    QVERIFY(!document->isModified());
    QVERIFY(document->text().contains(u"+0800"_s));
    QVERIFY(tabShows(today + u"-first-draft.md"_s));
    // The tree moves it to Posts and keeps it selected.
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 10000);
    QVERIFY(!treeText().contains(u"drafts:"_s));
    QCOMPARE(item(u"第一稿"_s)->data(2, Qt::UserRole).toString(), u"published"_s);
    QCOMPARE(m_panel->selectedPost()->path, post);
    QVERIFY(m_shown->prompts->errors.isEmpty());
}

void TestSitePanel::renameFollowsEditor()
{
    openSiteByShortcut();
    const QString path = m_site + u"/_posts/2025-01-04-hidden.md"_s;
    QVERIFY(m_shown->window->openFile(path));
    Document *document = m_shown->window->currentEditor()->postDocument();
    click(item(u"Hidden post"_s));
    m_shown->prompts->textAnswers = {u"secret-post"_s};
    QSignalSpy loaded(m_controller, &SiteController::postsLoaded);
    action(u"siteRename"_s)->trigger();
    QCOMPARE(m_shown->prompts->textQuestions.size(), 1);
    QVERIFY(m_shown->prompts->textQuestions.first().endsWith(u"|hidden"_s)); // the current slug offered
    const QString renamed = m_site + u"/_posts/2025-01-04-secret-post.md"_s;
    QVERIFY(QFileInfo::exists(renamed));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(document->filePath(), renamed);
    QVERIFY(tabShows(u"2025-01-04-secret-post.md"_s));
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 10000);
    QCOMPARE(m_panel->selectedPost()->path, renamed);

    // An invalid slug is refused with the reason; nothing moves.
    click(item(u"Hidden post"_s));
    m_shown->prompts->textAnswers = {u"Not A Slug"_s};
    action(u"siteRename"_s)->trigger();
    QCOMPARE(m_shown->prompts->errors.size(), 1);
    QVERIFY(m_shown->prompts->errors.first().contains(u"slug"_s));
    QVERIFY(QFileInfo::exists(renamed));
}

void TestSitePanel::unpublishAsksAndMoves()
{
    openSiteByShortcut();
    const QString path = m_site + u"/_posts/2099-01-01-later.md"_s;
    click(item(u"Later post"_s));
    QVERIFY(!action(u"sitePublish"_s)->isEnabled());
    m_shown->prompts->confirm = false;
    action(u"siteUnpublish"_s)->trigger();
    QCOMPARE(m_shown->prompts->confirmQuestions.size(), 1);
    QVERIFY(QFileInfo::exists(path)); // cancelled
    m_shown->prompts->confirm = true;
    QSignalSpy loaded(m_controller, &SiteController::postsLoaded);
    action(u"siteUnpublish"_s)->trigger();
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(QFileInfo::exists(m_site + u"/_drafts/later.md"_s));
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 10000);
    QCOMPARE(item(u"Later post"_s)->data(2, Qt::UserRole).toString(), u"draft"_s);
}

void TestSitePanel::externalChangesRefresh()
{
    openSiteByShortcut();
    write(u"_drafts/from-outside.md"_s, "---\ntitle: From outside\n---\n");
    QTRY_VERIFY_WITH_TIMEOUT(item(u"From outside"_s), 10000);
    QFile::remove(m_site + u"/_drafts/from-outside.md"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!item(u"From outside"_s), 10000);
}

void TestSitePanel::siteIsRememberedAndPostsOpenTheirSite()
{
    openSiteByShortcut();
    // A new window (a restart) opens the remembered site.
    m_shown.reset();
    m_shown = std::make_unique<test::ShownWindow>();
    auto *controller = m_shown->window->findChild<SiteController *>();
    QVERIFY(controller->site());
    QCOMPARE(controller->site()->root(), m_site);
    QTRY_VERIFY_WITH_TIMEOUT(controller->panel()->tree()->topLevelItemCount() == 2, 10000);

    // Without a remembered site, opening a post inside a site opens the site.
    m_shown.reset();
    QSettings().remove(u"site"_s);
    m_shown = std::make_unique<test::ShownWindow>();
    controller = m_shown->window->findChild<SiteController *>();
    QVERIFY(!controller->site());
    QVERIFY(m_shown->window->openFile(m_site + u"/_posts/2099-01-01-later.md"_s));
    QVERIFY(controller->site());
    QCOMPARE(controller->site()->root(), m_site);
    // ...and the post is selected in its tree.
    QTRY_VERIFY_WITH_TIMEOUT(controller->panel()->selectedPost() &&
                                 controller->panel()->selectedPost()->path == m_site + u"/_posts/2099-01-01-later.md"_s,
                             10000);
}

void TestSitePanel::subfoldersOfPostsAreListedAndWatched()
{
    write(u"_posts/essays/2025-02-01-nested.md"_s, "---\ntitle: Nested essay\n---\n");
    openSiteByShortcut();
    QVERIFY(item(u"Nested essay"_s));
    QVERIFY(m_controller->watchedFolders().contains(m_site + u"/_posts/essays"_s));
    // A post added to the subfolder appears; so does one in a subfolder created after the site was opened.
    write(u"_posts/essays/2025-02-02-second.md"_s, "---\ntitle: Second nested\n---\n");
    QTRY_VERIFY_WITH_TIMEOUT(item(u"Second nested"_s), 10000);
    QVERIFY(QDir().mkpath(m_site + u"/_posts/2025/notes"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->watchedFolders().contains(m_site + u"/_posts/2025/notes"_s), 10000);
    write(u"_posts/2025/notes/2025-02-03-deep.md"_s, "---\ntitle: Deep note\n---\n");
    QTRY_VERIFY_WITH_TIMEOUT(item(u"Deep note"_s), 10000);
    QFile::remove(m_site + u"/_posts/essays/2025-02-01-nested.md"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!item(u"Nested essay"_s), 10000);
}

void TestSitePanel::refreshRereadsOnlyChangedFiles()
{
    openSiteByShortcut();
    QCOMPARE(m_controller->lastLoadStats().read, 4);
    QSignalSpy loaded(m_controller, &SiteController::postsLoaded);
    // Saved as editors (and Coinage) save: a new file renamed over the old one, which changes the folder.
    QSaveFile file(m_site + u"/_drafts/first-draft.md"_s);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("---\ntitle: 第一稿，改过\n---\n\nDraft text, longer now.\n");
    QVERIFY(file.commit());
    QTRY_VERIFY_WITH_TIMEOUT(item(u"第一稿，改过"_s), 10000);
    QCOMPARE(m_controller->lastLoadStats().read, 1);
    QCOMPARE(m_controller->lastLoadStats().files, 4);
}

void TestSitePanel::postOfAnotherSiteOffersToSwitch()
{
    openSiteByShortcut();
    const QString other = QFileInfo(m_dir->path()).canonicalFilePath() + u"/other"_s;
    test::writeAll(other + u"/_config.yml"_s, "title: Other\n");
    const QString post = other + u"/_posts/2024-05-05-elsewhere.md"_s;
    test::writeAll(post, "---\ntitle: Elsewhere\n---\n");
    // A file of the other site outside _posts/_drafts is no post: no offer.
    test::writeAll(other + u"/about.md"_s, "---\ntitle: About\n---\n");
    QVERIFY(m_shown->window->openFile(other + u"/about.md"_s));
    QVERIFY(!m_panel->siteOfferBar()->isVisible());

    QVERIFY(m_shown->window->openFile(post));
    QTRY_VERIFY(m_panel->siteOfferBar()->isVisible());
    QCOMPARE(m_panel->offeredSite(), other);
    test::saveScreenshot(m_panel, u"site-offer"_s);
    // Non-modal: the site stays until the user chooses.
    QCOMPARE(m_controller->site()->root(), m_site);
    QSignalSpy loaded(m_controller, &SiteController::postsLoaded);
    QTest::mouseClick(m_panel->switchSiteButton(), Qt::LeftButton);
    QCOMPARE(m_controller->site()->root(), other);
    QVERIFY(!m_panel->siteOfferBar()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->selectedPost() && m_panel->selectedPost()->path == post, 10000);
    // Back to a post of the first site: the offer goes the other way.
    QVERIFY(m_shown->window->openFile(m_site + u"/_drafts/first-draft.md"_s));
    QTRY_VERIFY(m_panel->siteOfferBar()->isVisible());
    QCOMPARE(m_panel->offeredSite(), m_site);
}

void TestSitePanel::dismissedOfferStaysAway()
{
    openSiteByShortcut();
    const QString other = QFileInfo(m_dir->path()).canonicalFilePath() + u"/other"_s;
    test::writeAll(other + u"/_config.yml"_s, "title: Other\n");
    test::writeAll(other + u"/_drafts/a.md"_s, "---\ntitle: A\n---\n");
    test::writeAll(other + u"/_drafts/b.md"_s, "---\ntitle: B\n---\n");
    QVERIFY(m_shown->window->openFile(other + u"/_drafts/a.md"_s));
    QTRY_VERIFY(m_panel->siteOfferBar()->isVisible());
    QTest::mouseClick(m_panel->dismissSiteButton(), Qt::LeftButton);
    QVERIFY(!m_panel->siteOfferBar()->isVisible());
    QCOMPARE(m_controller->site()->root(), m_site);
    QVERIFY(m_shown->window->openFile(other + u"/_drafts/b.md"_s));
    QTest::qWait(100);
    QVERIFY(!m_panel->siteOfferBar()->isVisible());
}

void TestSitePanel::openBilingualPairFromContextMenu()
{
    const QString en = write(u"_posts/2025-03-01-coins.md"_s,
                             "---\ntitle: Coins\nlang: en\nref: coins\ndate: 2025-03-01 10:00:00 +0800\n---\n\nOne.\n");
    const QString zh = write(u"_posts/2025-03-01-coins-zh.md"_s,
                             "---\ntitle: 铸币\nlang: zh\nref: coins\ndate: 2025-03-01 10:00:00 +0800\n---\n\n一。\n");
    openSiteByShortcut();
    QAction *pair = action(u"siteOpenPair"_s);
    QVERIFY(pair);
    // A post without a link key or a language in its name has no pair to open.
    click(item(u"Hidden post"_s));
    QVERIFY(!pair->isEnabled());
    click(item(u"Coins"_s));
    QVERIFY(pair->isEnabled());
    pair->trigger();
    auto *bilingual = m_shown->window->findChild<BilingualController *>();
    QVERIFY(bilingual && bilingual->view() && bilingual->session());
    QTRY_VERIFY(bilingual->view()->isVisible());
    const QStringList paths{bilingual->session()->source()->filePath(), bilingual->session()->target()->filePath()};
    QVERIFY2(paths.contains(en) && paths.contains(zh), qPrintable(paths.join(u", "_s)));
    QVERIFY(m_shown->prompts->errors.isEmpty());
}

void TestSitePanel::linkKeyFollowsPolyglotAndOverride()
{
    // A jekyll-polyglot site links translations through page_id.
    write(u"_config.yml"_s, "title: Test\ntimezone: Asia/Shanghai\nplugins:\n  - jekyll-polyglot\n");
    write(u"_posts/2025-03-01-coins.md"_s, "---\ntitle: Coins\nlang: en\npage_id: coins\nref: a\n---\n\nOne.\n");
    write(u"_posts/2025-03-01-coins-zh.md"_s, "---\ntitle: 铸币\nlang: zh\npage_id: coins\nref: b\n---\n\n一。\n");
    openSiteByShortcut();
    QCOMPARE(SiteLinkKey::forSite(m_site), u"page_id"_s);
    click(item(u"Coins"_s));
    action(u"siteOpenPair"_s)->trigger();
    auto *bilingual = m_shown->window->findChild<BilingualController *>();
    QTRY_VERIFY(bilingual->view() && bilingual->view()->isVisible());
    QVERIFY(m_shown->prompts->errors.isEmpty());
    bilingual->closeView();

    // The user says this site links by `ref`: now the two posts (ref a / ref b) are no pair.
    m_shown->prompts->textAnswers = {u"ref"_s};
    action(u"siteLinkKey"_s)->trigger();
    QVERIFY(m_shown->prompts->textQuestions.last().contains(u"page_id"_s)); // the detected key is named
    QCOMPARE(SiteLinkKey::overrideFor(m_site), u"ref"_s);
    QCOMPARE(SiteLinkKey::forSite(m_site), u"ref"_s);
    QCOMPARE(QSettings().value(SiteLinkKey::settingsKey(m_site)).toString(), u"ref"_s);
    click(item(u"Coins"_s));
    action(u"siteOpenPair"_s)->trigger();
    QCOMPARE(m_shown->prompts->errors.size(), 1);
    QVERIFY(m_shown->prompts->errors.first().contains(u"ref"_s));

    // Empty: automatic again.
    m_shown->prompts->textAnswers = {QString(u""_s)};
    action(u"siteLinkKey"_s)->trigger();
    QVERIFY(SiteLinkKey::overrideFor(m_site).isEmpty());
    QCOMPARE(SiteLinkKey::forSite(m_site), u"page_id"_s);
}

QTEST_MAIN(TestSitePanel)
#include "tst_sitepanel.moc"
