#include "support/Cli.h"
#include "support/Seed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace coinage::test;
using namespace Qt::StringLiterals;

class TestCliCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void versionAndHelp();
    void usageErrors_data();
    void usageErrors();
    void cleanSeed();
    void reportsProblemsAsText();
    void reportsProblemsAsJson();
    void invalidFiles();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

QString TestCliCheck::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    writeAll(path, bytes);
    return path;
}

void TestCliCheck::versionAndHelp()
{
    const CliResult version = runCoinage({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(u"coinage "_s));

    const CliResult help = runCoinage({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(u"check"_s));

    const CliResult checkHelp = runCoinage({u"check"_s, u"--help"_s});
    QCOMPARE(checkHelp.exitCode, 0);
    QVERIFY(checkHelp.out.contains(u"coinage check"_s));
    QVERIFY(checkHelp.out.contains(u"--json"_s));
}

void TestCliCheck::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no file") << QStringList{u"check"_s};
    QTest::newRow("unknown option") << QStringList{u"check"_s, u"--frobnicate"_s, u"x.md"_s};
}

void TestCliCheck::usageErrors()
{
    QFETCH(QStringList, arguments);
    const CliResult r = runCoinage(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.contains(u"error"_s));
}

void TestCliCheck::cleanSeed()
{
    const QString path = write(u"干净 post.md"_s, "---\ntitle: Clean\nlayout: post\n---\n\nText.\n");
    const CliResult r = runCoinage({u"check"_s, path});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
}

void TestCliCheck::reportsProblemsAsText()
{
    const QString path = write(u"文章 a/bad yaml.md"_s, "---\ntitle: 大模型: 铸币\n---\nBody\n");
    const CliResult r = runCoinage({u"check"_s, path});
    QCOMPARE(r.exitCode, 1);
    // FILE:LINE:COLUMN: error: message [code], the column in code points.
    QVERIFY2(r.out.startsWith(path + u":2:"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u": error: "_s));
    QVERIFY(r.out.trimmed().endsWith(u"[yaml-syntax]"_s));
}

void TestCliCheck::reportsProblemsAsJson()
{
    const QString bad = write(u"dup.md"_s, "---\ntitle: a\ntitle: b\n---\n");
    const QString good = write(u"good.md"_s, "# fine\n");
    const CliResult r = runCoinage({u"check"_s, u"--json"_s, good, bad});
    QCOMPARE(r.exitCode, 1);
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(json.isArray());
    QCOMPARE(json.array().size(), 1);
    const QJsonObject first = json.array().first().toObject();
    QCOMPARE(first.value(u"file").toString(), bad);
    QCOMPARE(first.value(u"line").toInt(), 3);
    QCOMPARE(first.value(u"column").toInt(), 1);
    QCOMPARE(first.value(u"severity").toString(), u"warning"_s);
    QCOMPARE(first.value(u"code").toString(), u"duplicate-key"_s);
    QVERIFY(!first.value(u"message").toString().isEmpty());

    const CliResult clean = runCoinage({u"check"_s, u"--json"_s, good});
    QCOMPARE(clean.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(clean.out.toUtf8()).array().size(), 0);
}

void TestCliCheck::invalidFiles()
{
    const QString binary = write(u"image.md"_s, QByteArray("\x89PNG\r\n\x1A\n\0\0", 10));
    const QString latin1 = write(u"latin1.md"_s, "caf\xE9\n");
    const QString missing = m_dir.filePath(u"missing.md"_s);
    const CliResult r = runCoinage({u"check"_s, u"--json"_s, binary, latin1, missing});
    QCOMPARE(r.exitCode, 1);
    const QJsonArray array = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(array.size(), 3);
    QCOMPARE(array.at(0).toObject().value(u"code").toString(), u"binary-file"_s);
    QCOMPARE(array.at(1).toObject().value(u"code").toString(), u"invalid-utf8"_s);
    QCOMPARE(array.at(1).toObject().value(u"column").toInt(), 4);
    QCOMPARE(array.at(2).toObject().value(u"code").toString(), u"file-not-found"_s);
    // Checking never changes a file.
    QCOMPARE(readAll(latin1), QByteArray("caf\xE9\n"));
}

QTEST_GUILESS_MAIN(TestCliCheck)
#include "tst_cli_check.moc"
