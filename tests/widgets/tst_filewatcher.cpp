// Changes on disk to open posts and failed saves, in the window: reload keeping caret and scroll, replace by rename,
// local edits asked about (keep mine, take theirs, compare), deletion marked and offered for saving, Coinage's own
// saves silent; read-only files and folders, vanished folders and a parent that is a file give a clear message,
// keep the text modified and offer Save As; the optional backup of the previous version.
#include "WidgetTestSupport.h"
#include "support/Seed.h"

#include "Document.h"
#include "EditorArea.h"
#include "EditorPane.h"
#include "FileCommands.h"
#include "FileWatcher.h"
#include "MarkdownEditor.h"

#include <QProcess>
#include <QScopeGuard>
#include <QScrollBar>
#include <QTextBlock>

#include <cstdio>
#include <unistd.h>

using namespace coinage;
using namespace coinage::gui;
using namespace Qt::StringLiterals;

class TestFileWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void changedWithoutEditsReloadsKeepingCaretAndScroll();
    void replacedByRenameIsReloadedEveryTime();
    void localEditsAskKeepMine();
    void localEditsCompareThenTakeTheirs();
    void deletedKeepsTextMarksTabAndOffersSave();
    void ownSavesAskNothing();
    void saveFailureKeepsTextAndOffersSaveAs_data();
    void saveFailureKeepsTextAndOffersSaveAs();
    void backupOfPreviousVersion();
    void fullDiskKeepsText();

private:
    QString writePost(const QString &name, const QByteArray &bytes);
    static QByteArray longPost(const QString &marker);
    static void typeText(QWidget *widget, const QString &text);
    static void replaceByRename(const QString &path, const QByteArray &bytes);

    QTemporaryDir m_settings;
    QTemporaryDir m_files;
};

void TestFileWatcher::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QVERIFY(m_files.isValid());
    test::isolateSettings(m_settings);
}

QString TestFileWatcher::writePost(const QString &name, const QByteArray &bytes)
{
    const QString path = QDir(m_files.path()).filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(bytes);
    return QFileInfo(path).absoluteFilePath();
}

QByteArray TestFileWatcher::longPost(const QString &marker)
{
    QByteArray bytes = "---\ntitle: Watched\n---\n\n";
    for (int i = 1; i <= 200; ++i)
        bytes += "Line " + QByteArray::number(i) + " of the post, 第" + QByteArray::number(i) + "行。\n";
    return bytes + marker.toUtf8() + '\n';
}

void TestFileWatcher::typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

// What editors and git do: write a new file beside it, rename it over the old one.
void TestFileWatcher::replaceByRename(const QString &path, const QByteArray &bytes)
{
    const QString temporary = path + u".tmp"_s;
    QFile file(temporary);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    QCOMPARE(std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()), 0);
}

void TestFileWatcher::changedWithoutEditsReloadsKeepingCaretAndScroll()
{
    const QString path = writePost(u"reload.md"_s, longPost(u"end"_s));
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    QVERIFY(shown.window->openFile(path));
    MarkdownEditor *editor = shown.window->currentEditor();
    Document *document = editor->postDocument();
    editor->goToLine(120);
    QTextCursor caret = editor->textCursor();
    caret.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, 5);
    editor->setTextCursor(caret);
    QTest::qWait(50);
    const int line = editor->textCursor().blockNumber();
    const int column = editor->textCursor().positionInBlock();
    const int scroll = editor->verticalScrollBar()->value();
    QVERIFY(scroll > 0);

    // Another program changes the end of the post, below the caret.
    const QByteArray changed = longPost(u"a new ending from another program"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(changed);
    file.close();
    QTRY_COMPARE(document->text().toUtf8(), changed);
    QVERIFY(!document->isModified());
    QCOMPARE(editor->textCursor().blockNumber(), line);
    QCOMPARE(editor->textCursor().positionInBlock(), column);
    QCOMPARE(editor->verticalScrollBar()->value(), scroll);
    QVERIFY(shown.prompts->externalChanges.isEmpty());
    QVERIFY(shown.prompts->errors.isEmpty());
}

void TestFileWatcher::replacedByRenameIsReloadedEveryTime()
{
    const QString path = writePost(u"renamed.md"_s, "first\n");
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    QVERIFY(shown.window->openFile(path));
    Document *document = shown.window->currentEditor()->postDocument();
    auto *watcher = shown.window->findChild<FileWatcher *>();
    QVERIFY(watcher);
    QVERIFY(watcher->watchedFiles().contains(path));
    for (int round = 2; round <= 4; ++round) {
        const QByteArray bytes = "version " + QByteArray::number(round) + "\n";
        replaceByRename(path, bytes);
        QTRY_COMPARE(document->text().toUtf8(), bytes);
        QTRY_VERIFY(watcher->watchedFiles().contains(path)); // the new file is watched again
    }
    QVERIFY(!document->isModified());
    QVERIFY(!document->isMissingOnDisk());
    QVERIFY(shown.prompts->deletedQuestions.isEmpty());
}

void TestFileWatcher::localEditsAskKeepMine()
{
    const QString path = writePost(u"mine.md"_s, "on disk\n");
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    QVERIFY(shown.window->openFile(path));
    MarkdownEditor *editor = shown.window->currentEditor();
    Document *document = editor->postDocument();
    editor->setFocus();
    typeText(editor, u"mine "_s);
    const QString mine = document->text();
    replaceByRename(path, "theirs\n");
    QTRY_COMPARE(shown.prompts->externalChanges.size(), 1);
    QCOMPARE(shown.prompts->externalChanges.constFirst(), u"mine.md"_s);
    QCOMPARE(document->text(), mine);
    QVERIFY(document->isModified());
    // Asked once per change on disk, not again for the same one.
    QTest::qWait(FileWatcher::settleMs * 3);
    QCOMPARE(shown.prompts->externalChanges.size(), 1);
    // Saving writes mine.
    QVERIFY(shown.window->fileCommands()->save(document));
    QCOMPARE(test::readAll(path), mine.toUtf8());
}

void TestFileWatcher::localEditsCompareThenTakeTheirs()
{
    const QString path = writePost(u"theirs.md"_s, "same\non disk\n");
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    QVERIFY(shown.window->openFile(path));
    MarkdownEditor *editor = shown.window->currentEditor();
    Document *document = editor->postDocument();
    editor->setFocus();
    typeText(editor, u"mine "_s);
    const QString mine = document->text();
    shown.prompts->externalChoices = {Prompts::ExternalChangeChoice::Compare,
                                      Prompts::ExternalChangeChoice::TakeTheirs};
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("same\ntheirs\n");
    file.close();
    QTRY_COMPARE(document->text(), u"same\ntheirs\n"_s);
    QCOMPARE(shown.prompts->externalChanges.size(), 2); // Compare, then asked again
    QCOMPARE(shown.prompts->diffs.size(), 1);
    QVERIFY(shown.prompts->diffs.constFirst().contains(u"-same"_s));
    QVERIFY(shown.prompts->diffs.constFirst().contains(u"+mine same"_s));
    QVERIFY(shown.prompts->diffs.constFirst().contains(u"-theirs"_s));
    QVERIFY(!document->isModified());
    // Taking theirs is one undo step: mine is still there.
    document->textDocument()->undo();
    QCOMPARE(document->text(), mine);
}

void TestFileWatcher::deletedKeepsTextMarksTabAndOffersSave()
{
    const QString path = writePost(u"deleted.md"_s, "keep me\n");
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    QVERIFY(shown.window->openFile(path));
    MarkdownEditor *editor = shown.window->currentEditor();
    Document *document = editor->postDocument();
    EditorPane *pane = EditorArea::paneOf(editor);

    QVERIFY(QFile::remove(path));
    QTRY_VERIFY(document->isMissingOnDisk());
    QCOMPARE(document->text(), u"keep me\n"_s);
    QVERIFY(document->isModified());
    QVERIFY(pane->tabText(pane->indexOf(editor)).contains(u"(deleted)"_s));
    QCOMPARE(shown.prompts->deletedQuestions, QStringList{u"deleted.md"_s});
    test::saveScreenshot(shown.window.get(), u"deleted-tab"_s);

    // Saving puts it back and clears the mark.
    QVERIFY(shown.window->fileCommands()->save(document));
    QVERIFY(!document->isMissingOnDisk());
    QVERIFY(!pane->tabText(pane->indexOf(editor)).contains(u"(deleted)"_s));
    QCOMPARE(test::readAll(path), QByteArray("keep me\n"));

    // Deleted again, and this time the offer is taken at once.
    shown.prompts->saveDeleted = true;
    QVERIFY(QFile::remove(path));
    QTRY_COMPARE(shown.prompts->deletedQuestions.size(), 2);
    QTRY_VERIFY(QFile::exists(path));
    QCOMPARE(test::readAll(path), QByteArray("keep me\n"));
    QVERIFY(!document->isModified());
}

void TestFileWatcher::ownSavesAskNothing()
{
    const QString path = writePost(u"own.md"_s, "text\n");
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    QVERIFY(shown.window->openFile(path));
    MarkdownEditor *editor = shown.window->currentEditor();
    Document *document = editor->postDocument();
    editor->setFocus();
    for (int i = 0; i < 3; ++i) {
        typeText(editor, u"more "_s);
        QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!document->isModified());
        QTest::qWait(FileWatcher::settleMs * 2);
        typeText(editor, u"x"_s); // unsaved edits while the watcher looks at our own save
        QTest::qWait(FileWatcher::settleMs * 2);
        QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    }
    QTest::qWait(FileWatcher::settleMs * 3);
    QVERIFY(shown.prompts->externalChanges.isEmpty());
    QVERIFY(shown.prompts->deletedQuestions.isEmpty());
    QVERIFY(!document->isModified());
    QCOMPARE(test::readAll(path), document->text().toUtf8());
}

void TestFileWatcher::saveFailureKeepsTextAndOffersSaveAs_data()
{
    QTest::addColumn<QString>("failure");
    QTest::addColumn<QString>("reason");
    // Root ignores permission bits: those cases only run for ordinary users.
    if (::geteuid() != 0) {
        QTest::newRow("read-only file") << u"read-only-file"_s << u"read-only"_s;
        QTest::newRow("read-only folder") << u"read-only-folder"_s << u"not writable"_s;
    }
    QTest::newRow("folder vanished") << u"vanished"_s << u"no longer exists"_s;
    QTest::newRow("parent is a file") << u"parent-is-file"_s << u"not a folder"_s;
}

void TestFileWatcher::saveFailureKeepsTextAndOffersSaveAs()
{
    QFETCH(QString, failure);
    QFETCH(QString, reason);
    const QString folder = QDir(m_files.path()).filePath(u"fail-"_s + failure);
    const QString path = writePost(u"fail-"_s + failure + u"/post.md"_s, "original\n");
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    QVERIFY(shown.window->openFile(path));
    MarkdownEditor *editor = shown.window->currentEditor();
    Document *document = editor->postDocument();
    editor->setFocus();
    typeText(editor, u"precious "_s);
    const QString text = document->text();

    QString target = path;
    if (failure == u"read-only-file") {
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadUser));
    } else if (failure == u"read-only-folder") {
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    } else if (failure == u"vanished") {
        QVERIFY(QDir(folder).removeRecursively());
    } else {
        // Save As into a "folder" that is a regular file.
        const QString file = writePost(u"plain-file"_s, "x");
        target = file + u"/post.md"_s;
    }

    shown.prompts->saveElsewhere = true;
    const QString elsewhere = writePost(u"elsewhere-"_s + failure + u".md"_s, "");
    QFile::remove(elsewhere);
    shown.prompts->savePath = elsewhere;
    if (target == path) {
        QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    } else {
        shown.prompts->savePath = target;
        shown.prompts->saveElsewhere = false;
        QVERIFY(!shown.window->fileCommands()->saveAs(document));
    }
    QCOMPARE(shown.prompts->saveElsewhereMessages.size(), 1);
    const QString message = shown.prompts->saveElsewhereMessages.constFirst();
    QVERIFY2(message.contains(reason), qPrintable(message));
    QVERIFY(message.contains(u"post.md"_s));
    QCOMPARE(document->text(), text);

    if (target == path) {
        // Save As was taken: the text is safe elsewhere, byte for byte.
        QCOMPARE(test::readAll(elsewhere), text.toUtf8());
        QCOMPARE(document->filePath(), elsewhere);
        QVERIFY(!document->isModified());
    } else {
        QVERIFY(document->isModified());
        QCOMPARE(document->filePath(), path);
    }
    if (failure == u"read-only-file")
        QCOMPARE(test::readAll(path), QByteArray("original\n"));
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestFileWatcher::backupOfPreviousVersion()
{
    const QString path = writePost(u"backup.md"_s, "version 1\n");
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    QVERIFY(shown.window->openFile(path));
    MarkdownEditor *editor = shown.window->currentEditor();
    editor->setFocus();
    typeText(editor, u"2 "_s);
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!QFile::exists(path + u'~')); // off by default

    QSettings().setValue(FileCommands::backupSettingKey(), true);
    typeText(editor, u"3 "_s);
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(test::readAll(path + u'~'), QByteArray("2 version 1\n"));
    QCOMPARE(test::readAll(path), QByteArray("2 3 version 1\n"));
    QSettings().remove(FileCommands::backupSettingKey());
}

// A full disk: a 64 KiB tmpfs (mounting needs root in the build root's mount namespace; skipped elsewhere).
void TestFileWatcher::fullDiskKeepsText()
{
    const QString mountPoint = QDir(m_files.path()).filePath(u"small-disk"_s);
    QVERIFY(QDir().mkpath(mountPoint));
    if (::geteuid() != 0 ||
        QProcess::execute(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=64k"_s, u"tmpfs"_s, mountPoint}) != 0)
        QSKIP("cannot mount a small tmpfs here");
    const auto unmount = qScopeGuard([&] { QProcess::execute(u"umount"_s, {u"-l"_s, mountPoint}); });
    const QString path = QDir(mountPoint).filePath(u"post.md"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("small post\n");
    }
    {
        test::ShownWindow shown;
        QVERIFY(shown.waitUntilShown());
        QVERIFY(shown.window->openFile(path));
        Document *document = shown.window->currentEditor()->postDocument();
        // Fill the disk, then make the post larger than what is left.
        {
            QFile filler(QDir(mountPoint).filePath(u"filler"_s));
            QVERIFY(filler.open(QIODevice::WriteOnly));
            const QByteArray block(4096, 'x');
            while (filler.write(block) == block.size() && filler.flush()) {
            }
        }
        document->replaceAllText(QString(40000, u'字'));
        QVERIFY(document->isModified());
        QVERIFY(!shown.window->fileCommands()->save(document));
        QCOMPARE(shown.prompts->saveElsewhereMessages.size(), 1);
        QVERIFY2(shown.prompts->saveElsewhereMessages.constFirst().contains(u"disk is full"_s),
                 qPrintable(shown.prompts->saveElsewhereMessages.constFirst()));
        QVERIFY(document->isModified());
        QCOMPARE(document->text(), QString(40000, u'字'));
        QCOMPARE(test::readAll(path), QByteArray("small post\n"));   // the old file untouched
        QCOMPARE(QDir(mountPoint).entryList(QDir::Files).size(), 2); // no temporary file left behind
        shown.window->close();
    }
}

QTEST_MAIN(TestFileWatcher)
#include "tst_filewatcher.moc"
