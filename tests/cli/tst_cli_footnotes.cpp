#include "support/Cli.h"
#include "support/Seed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace coinage::test;
using namespace Qt::StringLiterals;

class TestCliFootnotes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void help_data();
    void help();
    void usageErrors_data();
    void usageErrors();
    void listAsJson();
    void listAsText();
    void renumberInPlaceKeepsBomAndCrlf();
    void renumberToOutput();
    void convertSeed();
    void convertWithoutList();
    void unreadableFile();
    void checkReportsFootnotes();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

QString TestCliFootnotes::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    writeAll(path, bytes);
    return path;
}

void TestCliFootnotes::help_data()
{
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QString>("option");
    QTest::newRow("footnotes") << u"footnotes"_s << u"--json"_s;
    QTest::newRow("renumber") << u"renumber"_s << u"--all-labels"_s;
    QTest::newRow("convert-references") << u"convert-references"_s << u"--output"_s;
}

void TestCliFootnotes::help()
{
    QFETCH(QString, verb);
    QFETCH(QString, option);
    const CliResult r = runCoinage({verb, u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"coinage "_s + verb));
    QVERIFY(r.out.contains(option));
    QVERIFY(runCoinage({u"--help"_s}).out.contains(verb));
}

void TestCliFootnotes::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("footnotes, no file") << QStringList{u"footnotes"_s};
    QTest::newRow("footnotes, two files") << QStringList{u"footnotes"_s, u"a.md"_s, u"b.md"_s};
    QTest::newRow("renumber, unknown option") << QStringList{u"renumber"_s, u"--frobnicate"_s, u"a.md"_s};
    QTest::newRow("renumber, -o without value") << QStringList{u"renumber"_s, u"a.md"_s, u"-o"_s};
    QTest::newRow("convert, no file") << QStringList{u"convert-references"_s};
}

void TestCliFootnotes::usageErrors()
{
    QFETCH(QStringList, arguments);
    const CliResult r = runCoinage(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.contains(u"error"_s));
}

void TestCliFootnotes::listAsJson()
{
    const QString path = write(u"注 list.md"_s, "---\ntitle: T\n---\n\n铸币。[^b] and[^a] and[^b] and[^x]\n\n"
                                                "[^a]: Alpha\n\n    more\n\n[^b]: Beta\n[^u]: unused\n");
    const CliResult r = runCoinage({u"footnotes"_s, u"--json"_s, path});
    QCOMPARE(r.exitCode, 1);
    QJsonParseError error;
    const QJsonArray array = QJsonDocument::fromJson(r.out.toUtf8(), &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(array.size(), 4);
    const QJsonObject b = array[0].toObject();
    QCOMPARE(b.value(u"label").toString(), u"b"_s);
    QCOMPARE(b.value(u"number").toInt(), 1);
    QCOMPARE(b.value(u"references").toArray().size(), 2);
    QCOMPARE(b.value(u"references")[0].toObject().value(u"line").toInt(), 5);
    QCOMPARE(b.value(u"references")[0].toObject().value(u"column").toInt(), 4);
    QCOMPARE(b.value(u"definition").toObject().value(u"line").toInt(), 11);
    QCOMPARE(b.value(u"definition").toObject().value(u"end_line").toInt(), 11);
    QCOMPARE(b.value(u"text").toString(), u"Beta"_s);
    QCOMPARE(b.value(u"problems").toArray().size(), 0);
    const QJsonObject a = array[1].toObject();
    QCOMPARE(a.value(u"number").toInt(), 2);
    QCOMPARE(a.value(u"definition").toObject().value(u"line").toInt(), 7);
    QCOMPARE(a.value(u"definition").toObject().value(u"end_line").toInt(), 9);
    QCOMPARE(a.value(u"text").toString(), u"Alpha\n\nmore"_s);
    const QJsonObject x = array[2].toObject();
    QCOMPARE(x.value(u"label").toString(), u"x"_s);
    QVERIFY(x.value(u"number").isNull());
    QVERIFY(x.value(u"definition").isNull());
    QCOMPARE(x.value(u"problems").toArray(), QJsonArray{u"footnote-undefined"_s});
    const QJsonObject u = array[3].toObject();
    QVERIFY(u.value(u"number").isNull());
    QCOMPARE(u.value(u"references").toArray().size(), 0);
    QCOMPARE(u.value(u"problems").toArray(), QJsonArray{u"footnote-unused"_s});

    // Without the blank line after "    more", kramdown takes "[^b]: Beta" and "[^u]: unused" into note a as text.
    const QString glued =
        write(u"swallowed.md"_s, "铸币。[^b] and[^a]\n\n[^a]: Alpha\n\n    more\n[^b]: Beta\n[^u]: unused\n");
    const QJsonArray swallowed =
        QJsonDocument::fromJson(runCoinage({u"footnotes"_s, u"--json"_s, glued}).out.toUtf8()).array();
    QCOMPARE(swallowed.size(), 3);
    QCOMPARE(swallowed[0].toObject().value(u"label").toString(), u"b"_s);
    QVERIFY(swallowed[0].toObject().value(u"number").isNull());
    QCOMPARE(swallowed[0].toObject().value(u"problems").toArray(), QJsonArray{u"footnote-swallowed"_s});
    QCOMPARE(swallowed[1].toObject().value(u"number").toInt(), 1);
    QCOMPARE(swallowed[1].toObject().value(u"text").toString(), u"Alpha\n\nmore\n[^b]: Beta\n[^u]: unused"_s);
    QCOMPARE(swallowed[2].toObject().value(u"problems").toArray(), QJsonArray{u"footnote-swallowed"_s});
}

void TestCliFootnotes::listAsText()
{
    const QString clean = write(u"clean.md"_s, "One[^1].\n\n[^1]: A note.\n");
    const CliResult r = runCoinage({u"footnotes"_s, clean});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"[^1]"_s));
    QVERIFY(r.out.contains(u"A note."_s));
    const QString glued = write(u"glued.md"_s, "One[^1].\n[^1]: A note.\n");
    const CliResult g = runCoinage({u"footnotes"_s, glued});
    QCOMPARE(g.exitCode, 1);
    QVERIFY2(g.out.contains(glued + u":2:1: error: "_s), qPrintable(g.out));
    QVERIFY(g.out.contains(u"[footnote-glued]"_s));
}

void TestCliFootnotes::renumberInPlaceKeepsBomAndCrlf()
{
    const QString path = write(u"crlf.md"_s, "\xEF\xBB\xBF---\r\ntitle: T\r\n---\r\n\r\nA[^3] B[^1]\r\n\r\n"
                                             "[^1]: one\r\n[^3]: three\r\n    more\r\n");
    const CliResult r = runCoinage({u"renumber"_s, path});
    QCOMPARE(r.exitCode, 0);
    // The moved note of two lines gets a blank line after it, else kramdown would take "[^2]: one" into it.
    QCOMPARE(readAll(path), QByteArray("\xEF\xBB\xBF---\r\ntitle: T\r\n---\r\n\r\nA[^1] B[^2]\r\n\r\n"
                                       "[^1]: three\r\n    more\r\n\r\n[^2]: one\r\n"));
    // Nothing left to do: the file is not rewritten.
    const QDateTime modified = QFileInfo(path).lastModified();
    const CliResult again = runCoinage({u"renumber"_s, path});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
}

void TestCliFootnotes::renumberToOutput()
{
    const QByteArray original = "A[^x] B[^y]\n\n[^y]: why\n[^x]: ex\n";
    const QString path = write(u"labels.md"_s, original);
    const QString out = m_dir.filePath(u"out/labels.md"_s);
    QDir().mkpath(QFileInfo(out).absolutePath());
    const CliResult r = runCoinage({u"renumber"_s, path, u"-o"_s, out, u"--all-labels"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(readAll(path), original);
    QCOMPARE(readAll(out), QByteArray("A[^1] B[^2]\n\n[^1]: ex\n[^2]: why\n"));
    const CliResult numericOnly = runCoinage({u"renumber"_s, path, u"-o"_s, out});
    QCOMPARE(numericOnly.exitCode, 0);
    QCOMPARE(readAll(out), QByteArray("A[^x] B[^y]\n\n[^x]: ex\n[^y]: why\n"));
}

void TestCliFootnotes::convertSeed()
{
    const QByteArray seed = readAll(seedPath(u"zh"_s));
    QVERIFY(!seed.isEmpty());
    const QString path = write(u"seed zh.md"_s, seed);
    const CliResult r = runCoinage({u"convert-references"_s, path});
    QCOMPARE(r.exitCode, 0);
    const QString converted = QString::fromUtf8(readAll(path));
    QVERIFY(converted.contains(u"幻觉。[^1]"_s));
    QVERIFY(converted.contains(u"伊利亚[^2]"_s));
    QVERIFY(converted.contains(u"\n[^1]: 负责数据清洗的同事，请认真严肃地处理以上内容。\n[^2]: "_s));
    QVERIFY(!converted.contains(u"**参考**"_s));
    const CliResult listed = runCoinage({u"footnotes"_s, u"--json"_s, path});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 2);
    // No footnote problem is left (the seed's date without an offset is Jekyll lint's finding, not ours).
    const CliResult check = runCoinage({u"check"_s, path});
    QVERIFY2(!check.out.contains(u"[footnote-"_s), qPrintable(check.out));
    QVERIFY(check.out.contains(u"[date-without-offset]"_s));
}

void TestCliFootnotes::convertWithoutList()
{
    const QByteArray original = "Just text[1].\n";
    const QString path = write(u"plain.md"_s, original);
    const CliResult r = runCoinage({u"convert-references"_s, path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"error"_s));
    QCOMPARE(readAll(path), original);
}

void TestCliFootnotes::unreadableFile()
{
    const QString missing = m_dir.filePath(u"missing.md"_s);
    for (const QString &verb : {u"footnotes"_s, u"renumber"_s, u"convert-references"_s}) {
        const CliResult r = runCoinage({verb, missing});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(missing));
    }
    QVERIFY(!QFile::exists(missing));
}

void TestCliFootnotes::checkReportsFootnotes()
{
    const QString path = write(u"problems.md"_s, "A[^1] B[^a b]\n\n[^2]: unused\n[^2]: again\n[^3]:\n");
    const CliResult r = runCoinage({u"check"_s, u"--json"_s, path});
    QCOMPARE(r.exitCode, 1);
    QStringList codes;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
        codes.append(v.toObject().value(u"code").toString());
    QCOMPARE(codes, (QStringList{u"footnote-undefined"_s, u"footnote-bad-label"_s, u"footnote-duplicate"_s,
                                 u"footnote-unused"_s, u"footnote-unused"_s, u"footnote-empty"_s}));
}

QTEST_GUILESS_MAIN(TestCliFootnotes)
#include "tst_cli_footnotes.moc"
