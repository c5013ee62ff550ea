// Document (one open post) and ScanScheduler (its scans on a worker), without a window.
#include "support/Seed.h"

#include "Document.h"
#include "PostPreloader.h"
#include "ScanScheduler.h"
#include "post/PostFile.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QTextDocument>
#include <QThread>
#include <QtTest>

using namespace coinage;
using namespace Qt::StringLiterals;
using namespace coinage::gui;

class TestDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textKeepsEveryCharacter();
    void editAndUndoSavesIdenticalBytes();
    void revisionCountsEdits();
    void failedSaveKeepsTextAndPath();
    void untitledHasNoPathUntilSaved();
    void debounceGrowsWithSize();
    void scansDropStaleResults();
    void editsAreOneUndoStep();
    void textFollowsEveryEdit_data();
    void textFollowsEveryEdit();
    void textFollowsRandomEdits();
    void textIsWhatTheDocumentHolds_data();
    void textIsWhatTheDocumentHolds();
    void preloadedPostIsUsedOnlyWhileUnchanged_data();
    void preloadedPostIsUsedOnlyWhileUnchanged();

private:
    QTemporaryDir m_dir;
};

void TestDocument::textKeepsEveryCharacter()
{
    // A non-breaking space, a line separator, a tab, trailing spaces, CJK, an emoji: QTextDocument::toPlainText()
    // would turn the first two into a space and a newline.
    const QByteArray bytes = QStringLiteral("a\u00A0b\u2028c\td  \n中文😀\n\nend").toUtf8();
    const QString path = m_dir.filePath(QStringLiteral("chars.md"));
    QVERIFY(test::writeAll(path, bytes));
    Document document;
    QVERIFY(document.load(path).code.isEmpty());
    QCOMPARE(document.text(), QString::fromUtf8(bytes));
    QVERIFY(document.save().ok);
    QCOMPARE(test::readAll(path), bytes);
}

void TestDocument::editAndUndoSavesIdenticalBytes()
{
    const QByteArray bytes = "\xEF\xBB\xBF---\r\ntitle: CRLF\r\n---\r\n\r\nBody line\r\nlast";
    const QString path = m_dir.filePath(QStringLiteral("crlf bom 中文.md"));
    QVERIFY(test::writeAll(path, bytes));
    Document document;
    QVERIFY(document.load(path).code.isEmpty());
    QVERIFY(document.format().bom);
    QTextCursor cursor(document.textDocument());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QStringLiteral(" and more"));
    QVERIFY(document.isModified());
    document.textDocument()->undo();
    QVERIFY(!document.isModified());
    QVERIFY(document.save().ok);
    QCOMPARE(test::readAll(path), bytes);

    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QStringLiteral("\nadded"));
    QVERIFY(document.save().ok);
    QCOMPARE(test::readAll(path), bytes + "\r\nadded");
}

void TestDocument::revisionCountsEdits()
{
    Document document;
    document.setUntitled(QStringLiteral("Untitled"), QStringLiteral("one\ntwo\n"));
    QSignalSpy spy(&document, &Document::revisionChanged);
    const quint64 start = document.revision();
    QTextCursor cursor(document.textDocument());
    cursor.insertText(QStringLiteral("x"));
    cursor.insertText(QStringLiteral("y"));
    QCOMPARE(document.revision(), start + 2);
    QCOMPARE(spy.size(), 2);
    // Marking contents dirty (what the highlighter does after setting formats) is not an edit.
    document.textDocument()->markContentsDirty(0, 3);
    QCOMPARE(document.revision(), start + 2);
}

void TestDocument::failedSaveKeepsTextAndPath()
{
    const QString path = m_dir.filePath(QStringLiteral("kept.md"));
    QVERIFY(test::writeAll(path, "kept\n"));
    Document document;
    QVERIFY(document.load(path).code.isEmpty());
    QTextCursor(document.textDocument()).insertText(QStringLiteral("new "));
    const SaveResult saved = document.save(m_dir.filePath(QStringLiteral("no such folder/kept.md")));
    QVERIFY(!saved.ok);
    QVERIFY(!saved.error.message.isEmpty());
    QVERIFY(document.isModified());
    QCOMPARE(document.text(), QStringLiteral("new kept\n"));
    QCOMPARE(document.filePath(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(test::readAll(path), QByteArray("kept\n"));
}

void TestDocument::untitledHasNoPathUntilSaved()
{
    Document document;
    document.setUntitled(QStringLiteral("sample-post.md"), QStringLiteral("# Sample\n"));
    QVERIFY(document.isUntitled());
    QVERIFY(!document.isModified());
    QCOMPARE(document.displayName(), QStringLiteral("sample-post.md"));
    QVERIFY(!document.save().ok); // no file name yet: the window asks Save As
    const QString path = m_dir.filePath(QStringLiteral("saved sample.md"));
    QSignalSpy pathSpy(&document, &Document::filePathChanged);
    QVERIFY(document.save(path).ok);
    QCOMPARE(pathSpy.size(), 1);
    QVERIFY(!document.isUntitled());
    QCOMPARE(document.displayName(), QStringLiteral("saved sample.md"));
    QCOMPARE(test::readAll(path), QByteArray("# Sample\n"));
}

void TestDocument::debounceGrowsWithSize()
{
    QCOMPARE(ScanScheduler::debounceMilliseconds(0), 150);
    QCOMPARE(ScanScheduler::debounceMilliseconds(1024 * 1024), 150 + 102);
    QCOMPARE(ScanScheduler::debounceMilliseconds(10 * 1024 * 1024), 1000);
}

void TestDocument::scansDropStaleResults()
{
    Document document;
    QString text;
    for (int i = 0; i < 3000; ++i)
        text += QStringLiteral("## Heading %1\n\nSome words here.\n\n").arg(i);
    document.setUntitled(QStringLiteral("Untitled"), text);
    ScanScheduler *scans = document.scans();
    QList<quint64> delivered;
    connect(scans, &ScanScheduler::snapshotReady, this, [&](const ScanSnapshot &snapshot) {
        // Never a snapshot of an older text than the document's.
        QCOMPARE(snapshot.revision, document.revision());
        delivered.append(snapshot.revision);
    });
    scans->scanNow();
    // Edit while that scan runs and while the next ones are debounced.
    QTextCursor cursor(document.textDocument());
    for (int i = 0; i < 5; ++i) {
        cursor.insertText(QStringLiteral("# New %1\n").arg(i));
        QTest::qWait(20);
    }
    QTRY_VERIFY_WITH_TIMEOUT(scans->isIdle() && scans->hasSnapshot() && scans->latest().revision == document.revision(),
                             5000);
    QVERIFY(!delivered.isEmpty());
    QCOMPARE(delivered.last(), document.revision());
    QCOMPARE(scans->latest().headings.at(0).text, QStringLiteral("New 0"));
    QCOMPARE(scans->latest().headings.at(4).text, QStringLiteral("New 4"));
    QCOMPARE(scans->latest().headings.size(), 3000 + 5);
}

void TestDocument::editsAreOneUndoStep()
{
    Document document;
    document.setUntitled(u"edits.md"_s, u"Illusion.\n\nMore text.\n"_s);
    const quint64 before = document.revision();
    // Two edits, given out of order, applied as one step.
    QVERIFY(document.applyEdits({{22, 0, u"\n[^1]: note\n"_s}, {9, 0, u"[^1]"_s}}));
    QCOMPARE(document.text(), u"Illusion.[^1]\n\nMore text.\n\n[^1]: note\n"_s);
    QVERIFY(document.revision() > before);
    QVERIFY(document.isModified());
    document.textDocument()->undo();
    QCOMPARE(document.text(), u"Illusion.\n\nMore text.\n"_s);
    QVERIFY(!document.isModified());
    // Overlapping edits change nothing.
    QVERIFY(!document.applyEdits({{0, 5, u"a"_s}, {3, 1, u"b"_s}}));
    QCOMPARE(document.text(), u"Illusion.\n\nMore text.\n"_s);
}

void TestDocument::textFollowsEveryEdit_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<QString>("expected");
    QTest::newRow("typed") << 0 << u"Xone\ntwo\n"_s;
    QTest::newRow("typed in an edit block") << 1 << u"one\nYYtwo\n"_s;
    QTest::newRow("edits") << 2 << u"one\n2\n"_s;
    QTest::newRow("undo") << 3 << u"one\ntwo\n"_s;
    QTest::newRow("format only") << 4 << u"one\ntwo\n"_s;
}

// text() is kept per revision (a 10 MB post is converted once per edit, not once per caller); every kind of change
// must still show at once.
void TestDocument::textFollowsEveryEdit()
{
    QFETCH(int, step);
    QFETCH(QString, expected);
    Document document;
    document.setUntitled(u"Untitled"_s, u"one\ntwo\n"_s);
    const QString before = document.text();
    QCOMPARE(before, u"one\ntwo\n"_s);
    QCOMPARE(document.text().constData(), before.constData()); // the same revision: shared, not converted again
    QTextCursor cursor(document.textDocument());
    switch (step) {
    case 0:
        cursor.insertText(u"X"_s);
        break;
    case 1:
        cursor.beginEditBlock();
        cursor.setPosition(4);
        cursor.insertText(u"Y"_s);
        cursor.insertText(u"Y"_s);
        cursor.endEditBlock();
        break;
    case 2:
        QVERIFY(document.applyEdits({{4, 3, u"2"_s}}));
        break;
    case 3:
        cursor.insertText(u"Z"_s);
        QCOMPARE(document.text(), u"Zone\ntwo\n"_s);
        document.textDocument()->undo();
        break;
    case 4: {
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        cursor.setPosition(0);
        cursor.setPosition(3, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(bold);
        break;
    }
    }
    QCOMPARE(document.text(), expected);
}

// text() patches its cache with the span each change reports instead of converting the whole document: after any
// mix of typing, deleting, edit blocks, undo and redo, read at any moment, it is exactly the document's text.
void TestDocument::textFollowsRandomEdits()
{
    Document document;
    document.setUntitled(u"Untitled"_s, u"---\ntitle: x\n---\n\nOne 二三\u00a0four.\n\nfive\n"_s);
    QTextDocument *text = document.textDocument();
    const auto truth = [text] {
        return text->toRawText().replace(QChar::ParagraphSeparator, u'\n');
    };
    QCOMPARE(document.text(), truth());
    QRandomGenerator random(9);
    const QStringList pieces{u"a"_s, u"\n"_s, u"中文"_s, u"\u00a0"_s, u"x\ny\nz"_s, u"[^1]"_s, u"\n\n"_s, u"😀"_s};
    for (int step = 0; step < 2000; ++step) {
        QTextCursor cursor(text);
        const int length = text->characterCount() - 1;
        const int at = random.bounded(length + 1);
        switch (random.bounded(6)) {
        case 0:
        case 1:
            cursor.setPosition(at);
            cursor.insertText(pieces.at(random.bounded(pieces.size())));
            break;
        case 2:
            cursor.setPosition(at);
            cursor.setPosition(qMin(length, at + random.bounded(12)), QTextCursor::KeepAnchor);
            cursor.removeSelectedText();
            break;
        case 3:
            cursor.beginEditBlock();
            cursor.setPosition(at);
            cursor.insertText(u"ab\ncd"_s);
            cursor.setPosition(random.bounded(text->characterCount()));
            cursor.deletePreviousChar();
            cursor.endEditBlock();
            break;
        case 4:
            text->undo();
            break;
        case 5:
            text->redo();
            break;
        }
        if (random.bounded(3) == 0) // sometimes several changes pile up before the text is read
            QCOMPARE(document.text(), truth());
    }
    QCOMPARE(document.text(), truth());
    document.setUntitled(u"Untitled"_s, u"new\ntext"_s); // replaced whole
    QCOMPARE(document.text(), u"new\ntext"_s);
}

void TestDocument::textIsWhatTheDocumentHolds_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("lines") << u"---\ntitle: T\n---\n\n中文 text\n"_s;
    QTest::newRow("nbsp, line separator, tab") << u"a\u00A0b\u2028c\td"_s;
    // QTextDocument makes a paragraph break of each of these.
    QTest::newRow("lone carriage return") << u"a\rb\r\nc"_s;
    QTest::newRow("paragraph separator") << u"a\u2029b"_s;
    QTest::newRow("frame markers") << u"a\uFDD0b\uFDD1c"_s;
}

void TestDocument::textIsWhatTheDocumentHolds()
{
    // text() right after the text is set (its cache taken from the text given), then after an edit (the cache patched).
    // Both ways a post's text is set: as an untitled post, and opened from a file the preloader filled on its worker
    // (which also decides there whether the text can be kept as the cache).
    QFETCH(QString, text);
    const QString path =
        m_dir.filePath(u"holds-%1.md"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'));
    QVERIFY(test::writeAll(path, text.toUtf8()));
    for (const bool preloaded : {false, true}) {
        Document document;
        if (preloaded) {
            PostPreloader preloader({path});
            preloader.waitForFinished();
            const FileError error = document.load(path);
            QVERIFY2(error.code.isEmpty(), qPrintable(error.message));
        } else {
            document.setUntitled(u"Untitled"_s, text);
        }
        const auto held = [&document] {
            return document.textDocument()->toRawText().replace(QChar::ParagraphSeparator, u'\n');
        };
        QCOMPARE(document.text(), held());
        QTextCursor cursor(document.textDocument());
        cursor.setPosition(1);
        cursor.insertText(u"x"_s);
        QCOMPARE(document.text(), held());
    }
}

void TestDocument::preloadedPostIsUsedOnlyWhileUnchanged_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("expected"); // "preloaded", "disk" or "error"
    QTest::newRow("unchanged") << u"none"_s << u"preloaded"_s;
    QTest::newRow("rewritten longer") << u"longer"_s << u"disk"_s;
    QTest::newRow("same size, newer") << u"same-size"_s << u"disk"_s;
    QTest::newRow("deleted") << u"delete"_s << u"error"_s;
    QTest::newRow("not preloaded") << u"other"_s << u"disk"_s;
    // Same size and time as when it was read: the preloaded text is what opens (how the test sees it was used).
    QTest::newRow("same size and time") << u"same-stamp"_s << u"preloaded"_s;
}

void TestDocument::preloadedPostIsUsedOnlyWhileUnchanged()
{
    QFETCH(QString, change);
    QFETCH(QString, expected);
    const QString path =
        m_dir.filePath(u"preload-%1.md"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'));
    const QByteArray before = "---\r\ntitle: Before\r\n---\r\n\r\n\xe5\x89\x8d\xe3\x80\x82 Before.\r\n";
    QVERIFY(test::writeAll(path, before));
    const QDateTime stamp = QFileInfo(path).lastModified();
    const QByteArray after =
        change == u"longer" ? before + "More.\r\n" : QByteArray(before).replace("Before", "Behind");

    PostPreloader preloader({change == u"other" ? m_dir.filePath(u"elsewhere.md"_s) : path});
    preloader.waitForFinished();
    if (change == u"delete") {
        QVERIFY(QFile::remove(path));
    } else if (change != u"none" && change != u"other") {
        QVERIFY(test::writeAll(path, after));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(
            file.setFileTime(change == u"same-stamp" ? stamp : stamp.addSecs(5), QFileDevice::FileModificationTime));
    }
    const QString onDisk = QFileInfo::exists(path) ? PostFile::load(path).text : QString();

    Document document;
    const FileError error = document.load(path);
    if (expected == u"error") {
        QVERIFY(!error.code.isEmpty());
        return;
    }
    QVERIFY2(error.code.isEmpty(), qPrintable(error.message));
    const QString preloadedText = u"---\ntitle: Before\n---\n\n前。 Before.\n"_s;
    QCOMPARE(document.text(), expected == u"preloaded" ? preloadedText : onDisk);
    // The text document (filled on the worker when preloaded) is the post's own: in this thread, unmodified, with
    // nothing to undo, and its edits are undone as usual.
    QTextDocument *text = document.textDocument();
    QCOMPARE(text->thread(), QThread::currentThread());
    QCOMPARE(text->parent(), &document);
    QCOMPARE(text->toRawText().replace(QChar::ParagraphSeparator, u'\n'), document.text());
    QVERIFY(!document.isModified());
    QVERIFY(!text->isUndoAvailable());
    QVERIFY(document.revision() > 0);
    QTextCursor(text).insertText(u"x"_s);
    QCOMPARE(document.text().front(), u'x');
    text->undo();
    QCOMPARE(document.text(), expected == u"preloaded" ? preloadedText : onDisk);
    QVERIFY(!document.isModified());
    // Saved back unchanged: the preloaded format (CRLF) is kept too.
    if (change == u"none") {
        QVERIFY(document.save().ok);
        QCOMPARE(test::readAll(path), before);
    }
    // A post is handed out once.
    QVERIFY(!PostPreloader::take(path));
}

QTEST_MAIN(TestDocument)
#include "tst_document.moc"
