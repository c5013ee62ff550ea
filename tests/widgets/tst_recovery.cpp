// The recovery journal in the window: unsaved text journaled within about two seconds, cleared by a save or a
// close, offered back at the next start (restored byte for byte), damaged entries skipped with a message, and a
// real crash: the coinage executable killed with SIGKILL while its text is unsaved.
#include "WidgetTestSupport.h"
#include "support/Seed.h"

#include "Document.h"
#include "EditorArea.h"
#include "FileCommands.h"
#include "MarkdownEditor.h"
#include "RecoveryController.h"
#include "RecoveryDialog.h"
#include "storage/RecoveryJournal.h"

#include <QLockFile>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTreeWidget>

using namespace coinage;
using namespace coinage::gui;
using namespace Qt::StringLiterals;

namespace {

// Characters that a careless round trip would change: CJK, NBSP, tab, trailing spaces, an emoji (surrogate pair),
// a line separator, no final newline.
const QString trickyText = u"---\ntitle: 回收\n---\n\n正文，第一段。\u00A0Non-breaking\tand tab   \n"
                           u"emoji 😀 and \u2028 line separator\n\n最后一行没有换行"_s;

RecoveryJournal journal()
{
    return RecoveryJournal(RecoveryJournal::defaultFolder());
}

} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void journalsWithinTwoSecondsAndSaveClears();
    void untitledIsJournaledAndCloseClears();
    void restoresExactTextAtStart();
    void restoresUntitledAndDiscards();
    void laterKeepsEntry();
    void damagedEntryIsSkippedWithMessage();
    void liveSessionIsNotOffered();
    void dialogListsPostsAndDecides();
    void killedProcessIsRecovered();
    void largePostIsJournaled();

private:
    QString writePost(const QString &name, const QString &text);
    static void typeText(QWidget *widget, const QString &text);

    QTemporaryDir m_settings;
    QTemporaryDir m_files;
};

void TestRecovery::initTestCase()
{
    QVERIFY(m_settings.isValid());
    test::isolateSettings(m_settings);
    QVERIFY(RecoveryJournal::defaultFolder().startsWith(m_settings.path()));
}

void TestRecovery::init()
{
    QDir(RecoveryJournal::defaultFolder()).removeRecursively();
}

QString TestRecovery::writePost(const QString &name, const QString &text)
{
    const QString path = QDir(m_files.path()).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(text.toUtf8());
    return path;
}

void TestRecovery::typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c == u'\n')
            QTest::keyClick(widget, Qt::Key_Return);
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void TestRecovery::journalsWithinTwoSecondsAndSaveClears()
{
    const QString path = writePost(u"journaled.md"_s, u"# Title\n\nBody\n"_s);
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    QVERIFY(shown.window->openFile(path));
    MarkdownEditor *editor = shown.window->currentEditor();
    Document *document = editor->postDocument();
    editor->setFocus();
    typeText(editor, u"Typed, 打字。"_s);
    QVERIFY(document->isModified());

    QElapsedTimer timer;
    timer.start();
    QTRY_COMPARE_WITH_TIMEOUT(journal().scan().entries.size(), 1, 2500);
    const qint64 latency = timer.elapsed();
    qInfo("journaled %lld ms after the last key", latency);
    QVERIFY(latency <= 2000 + 300);
    const RecoveryJournal::Entry entry = journal().scan().entries.constFirst();
    QCOMPARE(entry.text, document->text());
    QCOMPARE(entry.path, QFileInfo(path).absoluteFilePath());
    QCOMPARE(entry.title, u"journaled.md"_s);
    QVERIFY(journal().scan().problems.isEmpty());

    // Typing continuously for longer than the maximum delay still journals within it.
    timer.restart();
    bool seen = false;
    while (timer.elapsed() < 3000 && !seen) {
        typeText(editor, u"x"_s);
        QTest::qWait(100);
        const auto entries = journal().scan().entries;
        seen = !entries.isEmpty() && entries.constFirst().text != entry.text;
    }
    QVERIFY2(seen, "continuous typing must not postpone the journal past its maximum delay");

    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!document->isModified());
    QTRY_COMPARE_WITH_TIMEOUT(journal().scan().entries.size(), 0, 2000);
}

void TestRecovery::untitledIsJournaledAndCloseClears()
{
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    Document *document = shown.window->fileCommands()->newPost();
    MarkdownEditor *editor = shown.window->currentEditor();
    editor->setFocus();
    typeText(editor, u"Never saved\n未保存"_s);
    auto *controller = shown.window->findChild<RecoveryController *>();
    QVERIFY(controller);
    controller->flush();
    const auto entries = journal().scan().entries;
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().text, document->text());
    QVERIFY(entries.constFirst().path.isEmpty());
    QCOMPARE(entries.constFirst().title, document->displayName());

    shown.prompts->saveChoice = Prompts::Choice::Discard;
    QVERIFY(shown.window->fileCommands()->closeEditor(editor));
    controller->flush();
    QCOMPARE(journal().scan().entries.size(), 0);
}

void TestRecovery::restoresExactTextAtStart()
{
    const QString disk = u"---\ntitle: 回收\n---\n\n正文，第一段。\n\n最后一行"_s;
    const QString path = writePost(u"restore.md"_s, disk);
    const RecoveryJournal::Entry entry{u"0123456789abcdef-1"_s, QFileInfo(path).absoluteFilePath(), u"restore.md"_s,
                                       QDateTime::currentDateTimeUtc(), trickyText};
    QVERIFY(journal().write(entry));

    test::ShownWindow shown;
    shown.prompts->recoveryChoice = Prompts::RecoveryChoice::Restore;
    QVERIFY(shown.waitUntilShown());
    QTRY_COMPARE(shown.prompts->recoveryOffers.size(), 1);
    const Prompts::RecoveryItem item = shown.prompts->recoveryOffers.constFirst().constFirst();
    QCOMPARE(item.title, u"restore.md"_s);
    QCOMPARE(item.path, entry.path);
    QCOMPARE(item.written.toSecsSinceEpoch(), entry.written.toSecsSinceEpoch());
    QVERIFY(!item.fileMissing);
    QCOMPARE(item.added, 3);
    QCOMPARE(item.removed, 2);
    QVERIFY(item.diff.contains(u"-正文，第一段。"_s));
    QVERIFY(item.diff.contains(u"+最后一行没有换行"_s));

    Document *document = shown.window->editorArea()->findDocument(path);
    QVERIFY(document);
    QCOMPARE(document->text(), trickyText);
    QCOMPARE(document->text().toUtf8(), trickyText.toUtf8()); // byte for byte
    QVERIFY(document->isModified());
    // Restoring is one undo step back to the file's text.
    document->textDocument()->undo();
    QCOMPARE(document->text(), disk);
    document->textDocument()->redo();
    QCOMPARE(document->text(), trickyText);

    // The old session's entry is gone; the restored text is journaled under this session.
    shown.window->findChild<RecoveryController *>()->flush();
    const auto entries = journal().scan().entries;
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries.constFirst().id != entry.id);
    QCOMPARE(entries.constFirst().text, trickyText);

    // Saving writes exactly the restored text.
    QVERIFY(shown.window->fileCommands()->save(document));
    QCOMPARE(test::readAll(path), trickyText.toUtf8());
}

void TestRecovery::restoresUntitledAndDiscards()
{
    const QString path = writePost(u"discard.md"_s, u"on disk\n"_s);
    QVERIFY(journal().write({u"aaaa-1"_s, QString(), u"Untitled 3"_s, QDateTime::currentDateTimeUtc(), trickyText}));
    QVERIFY(journal().write({u"bbbb-1"_s, QFileInfo(path).absoluteFilePath(), u"discard.md"_s,
                             QDateTime::currentDateTimeUtc().addSecs(-60), u"changed\n"_s}));
    {
        test::ShownWindow shown;
        shown.prompts->recoveryChoice = Prompts::RecoveryChoice::Restore;
        QVERIFY(shown.waitUntilShown());
        QTRY_COMPARE(shown.prompts->recoveryOffers.size(), 1);
        QCOMPARE(shown.prompts->recoveryOffers.constFirst().size(), 2);
        const Prompts::RecoveryItem untitled = shown.prompts->recoveryOffers.constFirst().constFirst(); // newest
        QCOMPARE(untitled.title, u"Untitled 3"_s);
        QVERIFY(untitled.path.isEmpty());
        QCOMPARE(untitled.added, int(trickyText.count(u'\n') + 1));
        const QList<Document *> documents = shown.window->editorArea()->documents();
        QCOMPARE(documents.size(), 2);
        const auto restored = std::find_if(documents.begin(), documents.end(),
                                           [](Document *d) { return d->displayName() == u"Untitled 3"_s; });
        QVERIFY(restored != documents.end());
        QVERIFY((*restored)->isUntitled());
        QCOMPARE((*restored)->text(), trickyText);
        QVERIFY((*restored)->isModified());
    }
    // Closing the window discarded them (the fake answers Discard): nothing is left.
    QCOMPARE(journal().scan().entries.size(), 0);

    QVERIFY(journal().write({u"cccc-1"_s, QString(), u"Untitled"_s, QDateTime::currentDateTimeUtc(), u"x"_s}));
    test::ShownWindow shown;
    shown.prompts->recoveryChoice = Prompts::RecoveryChoice::Discard;
    QVERIFY(shown.waitUntilShown());
    QTRY_COMPARE(shown.prompts->recoveryOffers.size(), 1);
    QCOMPARE(shown.window->editorArea()->documents().size(), 0);
    shown.window->findChild<RecoveryController *>()->flush();
    QCOMPARE(journal().scan().entries.size(), 0);
}

void TestRecovery::laterKeepsEntry()
{
    QVERIFY(journal().write({u"dddd-1"_s, QString(), u"Later"_s, QDateTime::currentDateTimeUtc(), u"kept"_s}));
    {
        test::ShownWindow shown; // answers Later
        QVERIFY(shown.waitUntilShown());
        QTRY_COMPARE(shown.prompts->recoveryOffers.size(), 1);
        QCOMPARE(shown.window->editorArea()->documents().size(), 0);
    }
    QCOMPARE(journal().scan().entries.size(), 1);
    test::ShownWindow again;
    QVERIFY(again.waitUntilShown());
    QTRY_COMPARE(again.prompts->recoveryOffers.size(), 1); // offered again at the next start
}

void TestRecovery::damagedEntryIsSkippedWithMessage()
{
    const QString folder = RecoveryJournal::defaultFolder();
    QVERIFY(QDir().mkpath(folder));
    QByteArray good =
        RecoveryJournal::encode({u"eeee-1"_s, QString(), u"Good"_s, QDateTime::currentDateTimeUtc(), u"good text"_s});
    QByteArray cut = RecoveryJournal::encode({u"ffff-1"_s, QString(), u"Cut"_s, QDateTime::currentDateTimeUtc(),
                                              u"a longer text that was cut short by a power cut"_s});
    cut.chop(10);
    const QList<std::pair<QString, QByteArray>> files{
        {u"eeee-1.coinage-recovery"_s, good},
        {u"ffff-1.coinage-recovery"_s, cut},
        {u"gggg-1.coinage-recovery"_s, QByteArray("\x00\xFF{not json\n\x01\x02", 14)},
        {u"hhhh-1.coinage-recovery"_s, QByteArray()},
    };
    for (const auto &[name, bytes] : files) {
        QFile file(QDir(folder).filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    test::ShownWindow shown;
    shown.prompts->recoveryChoice = Prompts::RecoveryChoice::Restore;
    QVERIFY(shown.waitUntilShown());
    QTRY_COMPARE(shown.prompts->recoveryOffers.size(), 1);
    QCOMPARE(shown.prompts->recoveryOffers.constFirst().size(), 1);
    QCOMPARE(shown.prompts->errors.size(), 1);
    const QString message = shown.prompts->errors.constFirst();
    QVERIFY(message.contains(u"ffff-1"_s));
    QVERIFY(message.contains(u"incomplete"_s));
    QVERIFY(message.contains(u"gggg-1"_s));
    QVERIFY(message.contains(u"hhhh-1"_s));
    QCOMPARE(shown.window->editorArea()->documents().size(), 1);
    QCOMPARE(shown.window->editorArea()->documents().constFirst()->text(), u"good text"_s);
    // Set aside, not offered again.
    QVERIFY(QFile::exists(QDir(folder).filePath(u"ffff-1.coinage-recovery.damaged"_s)));
    QVERIFY(journal().scan().problems.isEmpty());
}

void TestRecovery::liveSessionIsNotOffered()
{
    // Another Coinage still running holds its session lock: its entries are its own.
    const QString folder = RecoveryJournal::defaultFolder();
    QVERIFY(QDir().mkpath(folder));
    QLockFile lock(QDir(folder).filePath(u"1111222233334444.lock"_s));
    QVERIFY(lock.tryLock(0));
    QVERIFY(journal().write({u"1111222233334444-1"_s, QString(), u"Other"_s, QDateTime::currentDateTimeUtc(),
                             u"the other window's text"_s}));
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    QTest::qWait(100);
    QCOMPARE(shown.prompts->recoveryOffers.size(), 0);
    QCOMPARE(journal().scan().entries.size(), 1);
}

void TestRecovery::dialogListsPostsAndDecides()
{
    QList<Prompts::RecoveryItem> items;
    items.append({u"2025-01-05-coins.md"_s, u"/posts/2025-01-05-coins.md"_s, QDateTime::currentDateTime(), 3, 1,
                  u"@@ -1,2 +1,4 @@\n # Coins\n-Old line\n+New line\n+二行\n+三行"_s, false});
    items.append({u"Untitled"_s, QString(), QDateTime::currentDateTime().addSecs(-300), 12, 0, QString(), false});
    items.append(
        {u"gone.md"_s, u"/posts/gone.md"_s, QDateTime::currentDateTime().addSecs(-900), 4, 0, QString(), true});
    RecoveryDialog dialog(items);
    dialog.resize(760, 480);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = dialog.findChild<QTreeWidget *>(u"list"_s);
    auto *diff = dialog.findChild<QPlainTextEdit *>(u"diff"_s);
    QVERIFY(list && diff);
    QCOMPARE(list->topLevelItemCount(), 3);
    QCOMPARE(list->topLevelItem(0)->text(2), u"+3 −1 lines"_s);
    QCOMPARE(list->topLevelItem(1)->text(2), u"never saved, 12 lines"_s);
    QVERIFY(list->topLevelItem(2)->text(2).contains(u"file missing"_s));
    QVERIFY(diff->toPlainText().contains(u"+New line"_s));
    test::saveScreenshot(&dialog, u"recovery"_s);

    // Restore the first, discard the second, leave the third for later.
    list->clearSelection();
    list->topLevelItem(0)->setSelected(true);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"restore"_s), Qt::LeftButton);
    QCOMPARE(list->topLevelItemCount(), 2);
    list->clearSelection();
    list->topLevelItem(0)->setSelected(true);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"discard"_s), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"later"_s), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    const QList<Prompts::RecoveryChoice> expected{Prompts::RecoveryChoice::Restore, Prompts::RecoveryChoice::Discard,
                                                  Prompts::RecoveryChoice::Later};
    QCOMPARE(dialog.choices(), expected);
}

// The real thing: coinage (GUI, offscreen) types into a post, is killed with SIGKILL ~3 s later, and the journal it
// left behind restores the exact text in the next window.
void TestRecovery::killedProcessIsRecovered()
{
    const QString coinage = qEnvironmentVariable("COINAGE_BIN");
    if (coinage.isEmpty() || !QFileInfo(coinage).isExecutable())
        QSKIP("COINAGE_BIN is not set");
    QTemporaryDir home;
    const QString original = u"---\ntitle: Crash\n---\n\nThe file on disk.\n"_s;
    const QString path = writePost(u"crash.md"_s, original);
    const QString typed = u"Typed before the crash, 崩溃之前。\nSecond line\u00A0!"_s;

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"COINAGE_TEST_TYPE"_s, typed);
    process.setProcessEnvironment(env);
    // --new-instance: never hand the post to another running Coinage (ignored where there is no single instance).
    process.start(coinage, {u"--new-instance"_s, path});
    QVERIFY2(process.waitForStarted(5000), qPrintable(process.errorString()));
    const QString crashedFolder = home.filePath(u"data/Coinage/Coinage/recovery"_s);
    const QString expected = typed + original;
    QTest::qWait(3000);
    // On a loaded machine the window may take longer to come up: wait for the journal, then kill.
    QTRY_VERIFY_WITH_TIMEOUT(!RecoveryJournal(crashedFolder).scan().entries.isEmpty() &&
                                 RecoveryJournal(crashedFolder).scan().entries.constFirst().text == expected,
                             20000);
    QCOMPARE(process.state(), QProcess::Running);
    process.kill(); // SIGKILL: no destructor, no close event, no save
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);

    // On disk: the file untouched, the journal with the exact text.
    QCOMPARE(test::readAll(path), original.toUtf8());
    const RecoveryJournal::ScanResult scan = RecoveryJournal(crashedFolder).scan();
    QVERIFY2(scan.problems.isEmpty(), qPrintable(scan.problems.join(u'\n')));
    QCOMPARE(scan.entries.size(), 1);
    QCOMPARE(scan.entries.constFirst().text, expected);
    QCOMPARE(scan.entries.constFirst().path, QFileInfo(path).absoluteFilePath());

    // The next start (this test's window, on the crashed session's journal and lock file) restores it.
    const QString folder = RecoveryJournal::defaultFolder();
    QVERIFY(QDir().mkpath(folder));
    for (const QString &name : QDir(crashedFolder).entryList(QDir::Files))
        QVERIFY(QFile::copy(QDir(crashedFolder).filePath(name), QDir(folder).filePath(name)));
    test::ShownWindow shown;
    shown.prompts->recoveryChoice = Prompts::RecoveryChoice::Restore;
    QVERIFY(shown.waitUntilShown());
    QTRY_COMPARE(shown.prompts->recoveryOffers.size(), 1);
    Document *document = shown.window->editorArea()->findDocument(path);
    QVERIFY(document);
    QCOMPARE(document->text().toUtf8(), expected.toUtf8());
}

// A 50 MB post: journaled whole and exactly; the figures (opening, the copy of the text on the UI thread, the
// background write) are printed.
void TestRecovery::largePostIsJournaled()
{
    QByteArray bytes;
    bytes.reserve(50 * 1024 * 1024 + 100);
    for (int i = 0; bytes.size() < 50 * 1024 * 1024; ++i)
        bytes += "第" + QByteArray::number(i) + "行 — a line of the essay, with words and 中文 mixed in.\n";
    const QString path = QDir(m_files.path()).filePath(u"large.md"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    QElapsedTimer timer;
    timer.start();
    QVERIFY(shown.window->openFile(path));
    const qint64 opening = timer.elapsed();
    MarkdownEditor *editor = shown.window->currentEditor();
    Document *document = editor->postDocument();
    editor->setFocus();
    typeText(editor, u"大"_s);
    timer.restart();
    const QString text = document->text();
    const qint64 copying = timer.elapsed();
    auto *controller = shown.window->findChild<RecoveryController *>();
    timer.restart();
    controller->flush();
    const qint64 journaling = timer.elapsed();
    qInfo("50 MB post: open %lld ms, text copy on the UI thread %lld ms, journal (copy + background write) %lld ms",
          opening, copying, journaling);
    timer.restart();
    const RecoveryJournal::ScanResult scan = journal().scan();
    qInfo("50 MB post: reading the journal back (decode + SHA-256) %lld ms", timer.elapsed());
    QCOMPARE(scan.entries.size(), 1);
    QVERIFY(scan.entries.constFirst().text == text);
    QCOMPARE(text.toUtf8(), "大" + bytes);
    shown.prompts->saveChoice = Prompts::Choice::Discard;
}

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
