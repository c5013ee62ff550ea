// File > Export to Jekyll Site… driven like a user would: the shortcut, the dialog's fields, Export, the overwrite
// question and "Show in Site Panel", on a temporary site with a shown window (offscreen). The written file is read
// back: its name as Jekyll wants it and its front matter.
#include "WidgetTestSupport.h"
#include "support/Seed.h"

#include "Document.h"
#include "ExportController.h"
#include "ExportDialog.h"
#include "MarkdownEditor.h"
#include "SiteController.h"
#include "SitePanel.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>

using namespace coinage;
using namespace coinage::gui;
using namespace Qt::StringLiterals;

class TestExportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void exportsTheEditorsTextAsAPost();
    void existingTargetAsksBeforeReplacing();
    void folderWithoutConfigIsRejected();
    void badDateIsReportedAndTextUntouched();
    void unwritableFolderIsReported();

private:
    QString write(const QString &path, const QByteArray &bytes);
    // Opens the post, then the dialog by its shortcut; waits for the first target preview.
    ExportDialog *openDialog(const QString &post);
    bool waitForPreview(ExportDialog *dialog);
    // Clicks Export and waits for the result; false on timeout.
    bool clickExport(ExportDialog *dialog);

    QTemporaryDir m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_site, m_notes;
    std::unique_ptr<test::ShownWindow> m_shown;
};

QString TestExportDialog::write(const QString &path, const QByteArray &bytes)
{
    test::writeAll(path, bytes);
    return path;
}

void TestExportDialog::initTestCase()
{
    QVERIFY(m_settings.isValid());
    test::isolateSettings(m_settings);
    QVERIFY2(!test::seedPath(u"en"_s).isEmpty(), "COINAGE_SEED_DIR must point at the seed posts");
}

void TestExportDialog::init()
{
    QSettings().remove(u"site"_s);
    m_dir = std::make_unique<QTemporaryDir>();
    const QString base = QFileInfo(m_dir->path()).canonicalFilePath();
    m_site = base + u"/site"_s;
    m_notes = base + u"/notes"_s;
    write(m_site + u"/_config.yml"_s, "title: Test\ntimezone: Asia/Shanghai\n");
    write(m_site + u"/_layouts/post.html"_s, "{{ content }}\n");
    QDir().mkpath(m_site + u"/_posts"_s);
    QDir().mkpath(m_notes);
    m_shown = std::make_unique<test::ShownWindow>();
    QVERIFY(m_shown->waitUntilShown());
}

void TestExportDialog::cleanup()
{
    m_shown.reset();
    m_dir.reset();
}

bool TestExportDialog::waitForPreview(ExportDialog *dialog)
{
    return QTest::qWaitFor([dialog] { return !dialog->isBusy(); }, 10000);
}

ExportDialog *TestExportDialog::openDialog(const QString &post)
{
    if (!m_shown->window->openFile(post))
        return nullptr;
    QTest::keyClick(m_shown->window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    auto *controller = m_shown->window->findChild<ExportController *>();
    if (!controller || !QTest::qWaitFor([controller] { return controller->dialog() != nullptr; }, 5000))
        return nullptr;
    ExportDialog *dialog = controller->dialog();
    if (!QTest::qWaitForWindowExposed(dialog) || !waitForPreview(dialog))
        return nullptr;
    return dialog;
}

bool TestExportDialog::clickExport(ExportDialog *dialog)
{
    QSignalSpy finished(dialog, &ExportDialog::exportFinished);
    QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
    return finished.wait(10000) || !finished.isEmpty();
}

void TestExportDialog::exportsTheEditorsTextAsAPost()
{
    // The site the Site panel shows is the default; the post lives outside it.
    auto *sites = m_shown->window->findChild<SiteController *>();
    QVERIFY(sites && sites->openSite(m_site));
    const QString post = write(m_notes + u"/large-models.md"_s, test::readAll(test::seedPath(u"en"_s)));
    // The File menu lists the action.
    bool listed = false;
    for (QAction *menu : m_shown->window->menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(m_shown->window->findChild<QAction *>(u"exportToSite"_s)))
            listed = true;
    }
    QVERIFY(listed);

    QVERIFY(m_shown->window->openFile(post));
    MarkdownEditor *editor = m_shown->window->currentEditor();
    QVERIFY(editor);
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, u"Unsaved closing line."_s);
    const QString before = editor->postDocument()->text();

    ExportDialog *dialog = openDialog(post);
    QVERIFY(dialog);
    QCOMPARE(dialog->siteEdit()->text(), QDir::toNativeSeparators(m_site));
    QVERIFY(dialog->exportButton()->isEnabled());
    // The target as Jekyll names it: the local date of `date:` in the site's zone, then the slug.
    QCOMPARE(dialog->targetPath(), m_site + u"/_posts/2025-01-05-large-models.md"_s);
    QVERIFY2(dialog->targetLabel()->text().contains(u"2025-01-05-large-models.md"_s),
             qPrintable(dialog->targetLabel()->text()));

    QTest::mouseClick(dialog->draftButton(), Qt::LeftButton);
    QVERIFY(dialog->draftButton()->isChecked());
    QTRY_COMPARE_WITH_TIMEOUT(dialog->targetPath(), m_site + u"/_drafts/large-models.md"_s, 5000);
    QTest::mouseClick(dialog->postButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->targetPath(), m_site + u"/_posts/2025-01-05-large-models.md"_s, 5000);
    QTest::mouseClick(dialog->convertBox(), Qt::LeftButton);
    QVERIFY(dialog->convertBox()->isChecked());
    QVERIFY(waitForPreview(dialog));
    test::saveScreenshot(dialog, u"export"_s);

    QVERIFY(clickExport(dialog));
    const QString written = m_site + u"/_posts/2025-01-05-large-models.md"_s;
    QCOMPARE(dialog->writtenPath(), written);
    QVERIFY2(dialog->resultLabel()->text().contains(QDir::toNativeSeparators(written)),
             qPrintable(dialog->resultLabel()->text()));
    const QString text = QString::fromUtf8(test::readAll(written));
    QVERIFY2(text.startsWith(u"---\n"_s), qPrintable(text.left(200)));
    QVERIFY(text.contains(u"\ntitle: Large Models and Coin Minting (Gemini 2.5 Pro Translated Version)\n"_s));
    QVERIFY(text.contains(u"\nlayout: post\n"_s));
    QVERIFY2(text.contains(u"\ndate: 2025-01-05 22:05:00 +0800\n"_s), qPrintable(text.left(300)));
    QVERIFY(text.contains(u"\n[^1]: "_s));              // the seed's references became footnotes
    QVERIFY(text.contains(u"Unsaved closing line."_s)); // the editor's text, not the file's
    // The editor keeps its text, unsaved.
    QCOMPARE(editor->postDocument()->text(), before);
    QVERIFY(editor->postDocument()->isModified());

    // Show in Site Panel selects the exported post there.
    QVERIFY(dialog->showInSiteButton()->isEnabled());
    QTest::mouseClick(dialog->showInSiteButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(sites->panel()->selectedPost() && sites->panel()->selectedPost()->path == written, 10000);
    QVERIFY(sites->panel()->isVisible());
}

void TestExportDialog::existingTargetAsksBeforeReplacing()
{
    const QString post =
        write(m_notes + u"/essay.md"_s, "---\ntitle: Essay\ndate: 2025-03-01 08:00:00 +0800\n---\n\nNew.\n");
    const QString existing = write(m_site + u"/_posts/2025-03-01-essay.md"_s, "old bytes\n");
    ExportDialog *dialog = openDialog(post);
    QVERIFY(dialog);
    // No site open in the panel: the default is empty (the post is outside any site); typing the folder fills it.
    QVERIFY(dialog->siteEdit()->text().isEmpty());
    QVERIFY(!dialog->exportButton()->isEnabled());
    QTest::keyClicks(dialog->siteEdit(), QDir::toNativeSeparators(m_site));
    QVERIFY(waitForPreview(dialog));
    QCOMPARE(dialog->targetPath(), existing);
    QVERIFY(dialog->targetLabel()->text().contains(u"exists"_s));

    m_shown->prompts->confirm = false; // Cancel: the old post stays
    QVERIFY(clickExport(dialog));
    QCOMPARE(m_shown->prompts->confirmQuestions.size(), 1);
    QVERIFY(m_shown->prompts->confirmQuestions.first().contains(QDir::toNativeSeparators(existing)));
    QCOMPARE(test::readAll(existing), QByteArray("old bytes\n"));
    QVERIFY(dialog->resultLabel()->text().startsWith(u"Not exported"_s));
    QVERIFY(!dialog->showInSiteButton()->isEnabled());

    m_shown->prompts->confirm = true; // Replace
    QSignalSpy finished(dialog, &ExportDialog::exportFinished);
    QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && !dialog->isBusy(), 10000);
    QCOMPARE(m_shown->prompts->confirmQuestions.size(), 2);
    QVERIFY(finished.last().at(0).toBool());
    QVERIFY(QString::fromUtf8(test::readAll(existing)).contains(u"title: Essay"_s));
}

void TestExportDialog::folderWithoutConfigIsRejected()
{
    const QString post = write(m_notes + u"/essay.md"_s, "---\ntitle: Essay\n---\n\nText.\n");
    ExportDialog *dialog = openDialog(post);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->siteEdit(), QDir::toNativeSeparators(m_notes));
    QVERIFY(waitForPreview(dialog));
    QVERIFY(!dialog->site());
    QVERIFY2(dialog->siteStatus()->text().contains(u"_config.yml"_s), qPrintable(dialog->siteStatus()->text()));
    QVERIFY(!dialog->exportButton()->isEnabled());
    QVERIFY(dialog->targetPath().isEmpty());

    // Browse… picks the site.
    m_shown->prompts->folder = m_site;
    QTest::mouseClick(dialog->browseButton(), Qt::LeftButton);
    QCOMPARE(dialog->siteEdit()->text(), QDir::toNativeSeparators(m_site));
    QVERIFY(dialog->site());
    QVERIFY(dialog->exportButton()->isEnabled());
    QVERIFY(waitForPreview(dialog));
    QVERIFY2(dialog->targetPath().startsWith(m_site + u"/_posts/"_s), qPrintable(dialog->targetPath()));
    QVERIFY(dialog->targetPath().endsWith(u"-essay.md"_s));
}

void TestExportDialog::badDateIsReportedAndTextUntouched()
{
    auto *sites = m_shown->window->findChild<SiteController *>();
    QVERIFY(sites && sites->openSite(m_site));
    const QByteArray bytes = "---\ntitle: Essay\ndate: next tuesday\n---\n\nText.\n";
    const QString post = write(m_notes + u"/essay.md"_s, bytes);
    ExportDialog *dialog = openDialog(post);
    QVERIFY(dialog);
    QVERIFY2(dialog->targetLabel()->text().contains(u"next tuesday"_s), qPrintable(dialog->targetLabel()->text()));
    QVERIFY(clickExport(dialog));
    QVERIFY2(dialog->resultLabel()->text().startsWith(u"Not exported"_s), qPrintable(dialog->resultLabel()->text()));
    QVERIFY(dialog->resultLabel()->text().contains(u"line 3"_s));
    QVERIFY(QDir(m_site + u"/_posts"_s).isEmpty());
    QCOMPARE(m_shown->window->currentEditor()->postDocument()->text(), QString::fromUtf8(bytes));
    QCOMPARE(test::readAll(post), bytes);
}

void TestExportDialog::unwritableFolderIsReported()
{
    // _posts is a file: no post can be written under it (true for root too).
    QDir(m_site + u"/_posts"_s).removeRecursively();
    write(m_site + u"/_posts"_s, "not a folder\n");
    const QString post = write(m_notes + u"/essay.md"_s, "---\ntitle: Essay\ndate: 2025-03-01 08:00:00 +0800\n---\n");
    ExportDialog *dialog = openDialog(post);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->siteEdit(), QDir::toNativeSeparators(m_site));
    QVERIFY(waitForPreview(dialog));
    QVERIFY(clickExport(dialog));
    QVERIFY2(dialog->resultLabel()->text().startsWith(u"Not exported"_s), qPrintable(dialog->resultLabel()->text()));
    QVERIFY(dialog->writtenPath().isEmpty());
    QVERIFY(!m_shown->window->currentEditor()->postDocument()->isModified());
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
