// LineDiff (what the recovery offer and Compare show) and minimalEdit (how a reload keeps carets).
#include "storage/AtomicWrite.h"
#include "storage/LineDiff.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace coinage;
using namespace Qt::StringLiterals;

class TestLineDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counts_data();
    void counts();
    void unifiedShowsHunksWithContext();
    void minimalEdit_data();
    void minimalEdit();
    void backupKeepsPreviousBytes();
    void parentIsAFileIsNamed();
};

void TestLineDiff::counts_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<int>("added");
    QTest::addColumn<int>("removed");
    QTest::newRow("same") << u"a\nb\n"_s << u"a\nb\n"_s << 0 << 0;
    QTest::newRow("append") << u"a\nb"_s << u"a\nb\nc"_s << 1 << 0;
    QTest::newRow("remove middle") << u"a\nb\nc"_s << u"a\nc"_s << 0 << 1;
    QTest::newRow("change one") << u"a\nb\nc"_s << u"a\nB\nc"_s << 1 << 1;
    QTest::newRow("from empty") << QString() << u"x\ny"_s << 2 << 1; // "" is one empty line
    QTest::newRow("interleaved") << u"1\n2\n3\n4\n5"_s << u"1\nx\n3\ny\n5\n6"_s << 3 << 2;
    QTest::newRow("chinese") << u"春眠不觉晓\n处处闻啼鸟"_s << u"春眠不觉晓\n夜来风雨声\n处处闻啼鸟"_s << 1 << 0;
}

void TestLineDiff::counts()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(int, added);
    QFETCH(int, removed);
    const LineDiff diff = LineDiff::compute(before, after);
    QCOMPARE(diff.added, added);
    QCOMPARE(diff.removed, removed);
    QCOMPARE(diff.unified.isEmpty(), added == 0 && removed == 0);
}

void TestLineDiff::unifiedShowsHunksWithContext()
{
    QStringList lines;
    for (int i = 1; i <= 30; ++i)
        lines.append(QString::number(i));
    QStringList changed = lines;
    changed[2] = u"three"_s;
    changed[24] = u"twenty-five"_s;
    const LineDiff diff = LineDiff::compute(lines.join(u'\n'), changed.join(u'\n'), 2);
    QCOMPARE(diff.added, 2);
    QCOMPARE(diff.removed, 2);
    const QString expected = u"@@ -1,5 +1,5 @@\n 1\n 2\n-3\n+three\n 4\n 5\n"
                             u"@@ -23,5 +23,5 @@\n 23\n 24\n-25\n+twenty-five\n 26\n 27"_s;
    QCOMPARE(diff.unified, expected);
}

void TestLineDiff::minimalEdit_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<qsizetype>("start");
    QTest::addColumn<qsizetype>("length");
    QTest::newRow("same") << u"abc"_s << u"abc"_s << qsizetype(3) << qsizetype(0);
    QTest::newRow("middle") << u"abXYcd"_s << u"abZcd"_s << qsizetype(2) << qsizetype(2);
    QTest::newRow("append") << u"ab"_s << u"abc"_s << qsizetype(2) << qsizetype(0);
    QTest::newRow("prepend") << u"bc"_s << u"abc"_s << qsizetype(0) << qsizetype(0);
    // 😀 and 😁 share their high surrogate: the edit must take the whole pair.
    QTest::newRow("surrogates") << u"a😀b"_s << u"a😁b"_s << qsizetype(1) << qsizetype(2);
    QTest::newRow("repeat") << u"aaa"_s << u"aaaa"_s << qsizetype(3) << qsizetype(0);
}

void TestLineDiff::minimalEdit()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(qsizetype, start);
    QFETCH(qsizetype, length);
    const TextEdit edit = coinage::minimalEdit(before, after);
    QCOMPARE(edit.start, start);
    QCOMPARE(edit.length, length);
    QCOMPARE(applyEdits(before, {edit}), after);
}

void TestLineDiff::backupKeepsPreviousBytes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"post.md"_s);
    QVERIFY(writeBackup(path).ok); // nothing to back up yet
    QVERIFY(!QFile::exists(path + u'~'));
    QVERIFY(writeFileAtomically(path, "\xEF\xBB\xBFold\r\n").ok);
    QVERIFY(writeBackup(path).ok);
    QFile backup(path + u'~');
    QVERIFY(backup.open(QIODevice::ReadOnly));
    QCOMPARE(backup.readAll(), QByteArray("\xEF\xBB\xBFold\r\n"));
}

void TestLineDiff::parentIsAFileIsNamed()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"plain"_s);
    QVERIFY(writeFileAtomically(file, "x").ok);
    const WriteResult result = writeFileAtomically(file + u"/post.md"_s, "text");
    QVERIFY(!result.ok);
    QCOMPARE(result.code, u"not-a-folder"_s);
    QVERIFY(result.message.contains(u"not a folder"_s));
}

QTEST_GUILESS_MAIN(TestLineDiff)
#include "tst_linediff.moc"
