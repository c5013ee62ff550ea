#include "support/Cli.h"
#include "support/Seed.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace coinage::test;
using namespace Qt::StringLiterals;

// `coinage footnote-edit ACTION FILE [ARGS]`: the footnote edits of the Footnotes menu as processes.
class TestCliFootnoteEdit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void help();
    void edits_data();
    void edits();
    void insertPrintsLabel();
    void inPlaceKeepsBomAndCrlf();
    void toOutputLeavesInput();
    void refused_data();
    void refused();
    void usageErrors_data();
    void usageErrors();
    void nothingToChange();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

QString TestCliFootnoteEdit::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    writeAll(path, bytes);
    return path;
}

void TestCliFootnoteEdit::help()
{
    const CliResult r = runCoinage({u"footnote-edit"_s, u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"coinage footnote-edit"_s));
    for (const QString &word :
         {u"rename"_s, u"remove"_s, u"gather"_s, u"--under"_s, u"to-references"_s, u"to-inline"_s,
          u"merge-duplicates"_s, u"insert"_s, u"from-selection"_s, u"--end-column"_s, u"--output"_s})
        QVERIFY2(r.out.contains(word), qPrintable(word));
    QVERIFY(runCoinage({u"--help"_s}).out.contains(u"footnote-edit"_s));
}

void TestCliFootnoteEdit::edits_data()
{
    QTest::addColumn<QStringList>("arguments"); // after FILE
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("rename") << QStringList{u"rename"_s, u"1"_s, u"smith"_s} << u"A[^1] B[^1]\n\n[^1]: a\n"_s
                            << u"A[^smith] B[^smith]\n\n[^smith]: a\n"_s;
    QTest::newRow("remove") << QStringList{u"remove"_s, u"1"_s} << u"A [^1]. B[^2]\n\n[^1]: a\n[^2]: b\n"_s
                            << u"A. B[^2]\n\n[^2]: b\n"_s;
    QTest::newRow("gather at end") << QStringList{u"gather"_s} << u"A[^1] B[^2]\n\n[^2]: two\n\nMid.\n\n[^1]: one\n"_s
                                   << u"A[^1] B[^2]\n\nMid.\n\n[^1]: one\n[^2]: two\n"_s;
    QTest::newRow("gather under heading")
        << QStringList{u"gather"_s, u"--under"_s, u"注释"_s}
        << u"甲[^1]乙[^2]\n\n[^2]: 二\n\n## 注释\n\n说明。\n\n## 后记\n\n完。\n\n[^1]: 一\n"_s
        << u"甲[^1]乙[^2]\n\n## 注释\n\n说明。\n\n[^1]: 一\n[^2]: 二\n\n## 后记\n\n完。\n"_s;
    QTest::newRow("to-references") << QStringList{u"to-references"_s} << u"A^[note one] B^[two].\n\n[^1]: x\n"_s
                                   << u"A[^2] B[^3].\n\n[^1]: x\n[^2]: note one\n[^3]: two\n"_s;
    QTest::newRow("to-inline all") << QStringList{u"to-inline"_s} << u"A[^1] B[^2].\n\n[^1]: one\n[^2]: two\n"_s
                                   << u"A^[one] B^[two].\n"_s;
    QTest::newRow("to-inline one") << QStringList{u"to-inline"_s, u"2"_s} << u"A[^1] B[^2].\n\n[^1]: one\n[^2]: two\n"_s
                                   << u"A[^1] B^[two].\n\n[^1]: one\n"_s;
    QTest::newRow("merge-duplicates") << QStringList{u"merge-duplicates"_s} << u"A[^1]\n\n[^1]: a\n[^1]: b\n"_s
                                      << u"A[^1]\n\n[^1]: a\n\n    b\n"_s;
    QTest::newRow("insert") << QStringList{u"insert"_s, u"--line"_s, u"3"_s, u"--column"_s, u"6"_s, u"新注"_s}
                            << u"A.[^1]\n\n中文的句子。后文\n\n[^1]: a\n"_s
                            << u"A.[^1]\n\n中文的句子。[^2]后文\n\n[^1]: a\n[^2]: 新注\n"_s;
    QTest::newRow("insert before punctuation")
        << QStringList{u"insert"_s, u"--line"_s, u"1"_s, u"--column"_s, u"6"_s, u"--before-punctuation"_s, u"n"_s}
        << u"Claim.\n"_s << u"Claim[^1].\n\n[^1]: n\n"_s;
    QTest::newRow("from-selection")
        << QStringList{u"from-selection"_s, u"--line"_s, u"1"_s, u"--column"_s, u"7"_s, u"--end-line"_s, u"1"_s,
                       u"--end-column"_s,   u"17"_s}
        << u"Claim (source X).\n"_s << u"Claim.[^1]\n\n[^1]: (source X)\n"_s;
    QTest::newRow("from-selection over lines")
        << QStringList{u"from-selection"_s, u"--line"_s, u"1"_s, u"--column"_s, u"3"_s, u"--end-line"_s, u"2"_s,
                       u"--end-column"_s,   u"4"_s}
        << u"信用（见\n注释）。下文\n"_s << u"信用。[^1]下文\n\n[^1]: （见\n    注释）\n"_s;
}

void TestCliFootnoteEdit::edits()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QString path = write(u"edit.md"_s, text.toUtf8());
    const CliResult r = runCoinage(QStringList{u"footnote-edit"_s, arguments.first(), path} + arguments.mid(1));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QString::fromUtf8(readAll(path)), expected);
}

void TestCliFootnoteEdit::insertPrintsLabel()
{
    const QString path = write(u"insert.md"_s, "A.[^1] B.[^7]\n\n[^1]: a\n[^7]: b\n");
    const CliResult r =
        runCoinage({u"footnote-edit"_s, u"insert"_s, path, u"--line"_s, u"1"_s, u"--column"_s, u"3"_s, u"a note"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), u"8"_s);
    QVERIFY(QString::fromUtf8(readAll(path)).contains(u"[^8]: a note"_s));
}

void TestCliFootnoteEdit::inPlaceKeepsBomAndCrlf()
{
    const QString path =
        write(u"crlf.md"_s, "\xEF\xBB\xBF---\r\ntitle: T\r\n---\r\n\r\nA[^b] B[^a]\r\n\r\n[^a]: a\r\n\r\n## Notes\r\n");
    const CliResult r = runCoinage({u"footnote-edit"_s, u"gather"_s, path, u"--under"_s, u"## Notes"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(readAll(path), QByteArray("\xEF\xBB\xBF---\r\ntitle: T\r\n---\r\n\r\nA[^b] B[^a]\r\n\r\n## Notes\r\n\r\n"
                                       "[^a]: a\r\n"));
    const CliResult renamed = runCoinage({u"footnote-edit"_s, u"rename"_s, path, u"a"_s, u"alpha"_s});
    QCOMPARE(renamed.exitCode, 0);
    QCOMPARE(readAll(path), QByteArray("\xEF\xBB\xBF---\r\ntitle: T\r\n---\r\n\r\nA[^b] B[^alpha]\r\n\r\n## Notes"
                                       "\r\n\r\n[^alpha]: a\r\n"));
}

void TestCliFootnoteEdit::toOutputLeavesInput()
{
    const QByteArray original = "A[^1]\n\n[^1]: one\n";
    const QString path = write(u"keep.md"_s, original);
    const QString out = m_dir.filePath(u"out.md"_s);
    const CliResult r = runCoinage({u"footnote-edit"_s, u"rename"_s, path, u"1"_s, u"x"_s, u"-o"_s, out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(readAll(path), original);
    QCOMPARE(readAll(out), QByteArray("A[^x]\n\n[^x]: one\n"));
}

void TestCliFootnoteEdit::refused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    QTest::newRow("label kramdown rejects") << QStringList{u"rename"_s, u"1"_s, u"a b"_s} << u"kramdown"_s;
    QTest::newRow("label taken") << QStringList{u"rename"_s, u"1"_s, u"2"_s} << u"already used"_s;
    QTest::newRow("no such footnote") << QStringList{u"remove"_s, u"9"_s} << u"[^9]"_s;
    QTest::newRow("no such heading") << QStringList{u"gather"_s, u"--under"_s, u"Nowhere"_s} << u"Nowhere"_s;
    QTest::newRow("line past the end") << QStringList{u"insert"_s, u"--line"_s, u"40"_s, u"--column"_s, u"1"_s, u"x"_s}
                                       << u"40"_s;
    QTest::newRow("column past the line")
        << QStringList{u"insert"_s, u"--line"_s, u"1"_s, u"--column"_s, u"99"_s, u"x"_s} << u"99"_s;
    QTest::newRow("empty selection")
        << QStringList{u"from-selection"_s, u"--line"_s, u"1"_s, u"--column"_s, u"2"_s, u"--end-line"_s, u"1"_s,
                       u"--end-column"_s,   u"2"_s}
        << u"select"_s;
    QTest::newRow("not inline-able") << QStringList{u"to-inline"_s, u"2"_s} << u"[^2]"_s;
}

// The edit cannot be made: exit 1 with the reason, the file untouched.
void TestCliFootnoteEdit::refused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    const QByteArray original = "A[^1] B[^2]\n\n[^1]: one\n[^2]: two\n\n    second paragraph\n";
    const QString path = write(u"refused.md"_s, original);
    const CliResult r = runCoinage(QStringList{u"footnote-edit"_s, arguments.first(), path} + arguments.mid(1));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(reason), qPrintable(r.err));
    QVERIFY(r.err.contains(u"error"_s));
    QCOMPARE(readAll(path), original);
}

void TestCliFootnoteEdit::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("nothing") << QStringList{};
    QTest::newRow("no file") << QStringList{u"gather"_s};
    QTest::newRow("unknown action") << QStringList{u"shuffle"_s, u"FILE"_s};
    QTest::newRow("rename without target") << QStringList{u"rename"_s, u"FILE"_s, u"1"_s};
    QTest::newRow("remove without label") << QStringList{u"remove"_s, u"FILE"_s};
    QTest::newRow("gather with extra") << QStringList{u"gather"_s, u"FILE"_s, u"extra"_s};
    QTest::newRow("under elsewhere") << QStringList{u"remove"_s, u"FILE"_s, u"1"_s, u"--under"_s, u"X"_s};
    QTest::newRow("position elsewhere") << QStringList{u"gather"_s, u"FILE"_s, u"--line"_s, u"1"_s};
    QTest::newRow("insert without position") << QStringList{u"insert"_s, u"FILE"_s, u"text"_s};
    QTest::newRow("insert bad column") << QStringList{u"insert"_s,   u"FILE"_s, u"--line"_s, u"1"_s,
                                                      u"--column"_s, u"zero"_s, u"text"_s};
    QTest::newRow("insert without text") << QStringList{u"insert"_s, u"FILE"_s,     u"--line"_s,
                                                        u"1"_s,      u"--column"_s, u"1"_s};
    QTest::newRow("selection without end")
        << QStringList{u"from-selection"_s, u"FILE"_s, u"--line"_s, u"1"_s, u"--column"_s, u"1"_s};
    QTest::newRow("unknown option") << QStringList{u"gather"_s, u"FILE"_s, u"--frobnicate"_s};
    QTest::newRow("empty output") << QStringList{u"gather"_s, u"FILE"_s, u"-o"_s, QString()};
}

void TestCliFootnoteEdit::usageErrors()
{
    QFETCH(QStringList, arguments);
    const QByteArray original = "A[^1]\n\n[^1]: one\n\n## Notes\n";
    const QString path = write(u"usage.md"_s, original);
    arguments.replaceInStrings(u"FILE"_s, path);
    const CliResult r = runCoinage(QStringList{u"footnote-edit"_s} + arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"footnote-edit"_s), qPrintable(r.err));
    QCOMPARE(readAll(path), original);
}

void TestCliFootnoteEdit::nothingToChange()
{
    const QByteArray original = "A[^1]\n\n[^1]: one\n";
    const QString path = write(u"same.md"_s, original);
    const CliResult r = runCoinage({u"footnote-edit"_s, u"gather"_s, path});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.contains(u"nothing to change"_s));
    QCOMPARE(readAll(path), original);
    QCOMPARE(runCoinage({u"footnote-edit"_s, u"gather"_s, m_dir.filePath(u"missing.md"_s)}).exitCode, 1);
}

QTEST_GUILESS_MAIN(TestCliFootnoteEdit)
#include "tst_cli_footnoteedit.moc"
