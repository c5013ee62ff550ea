#include "support/Cli.h"
#include "support/Seed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace coinage::test;
using namespace Qt::StringLiterals;

class TestCliAlign : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void help();
    void usageErrors_data();
    void usageErrors();
    void seedPairAsJson_data();
    void seedPairAsJson();
    void seedPairAsText();
    void reportsProblems();
    void unreadableFile();
    void damagedSidecar();

private:
    QString write(const QString &name, const QString &text);
    QTemporaryDir m_dir;
};

QString TestCliAlign::write(const QString &name, const QString &text)
{
    const QString path = m_dir.filePath(name);
    writeAll(path, text.toUtf8());
    return path;
}

void TestCliAlign::help()
{
    const CliResult r = runCoinage({u"align"_s, u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"coinage align"_s));
    QVERIFY(r.out.contains(u"--json"_s));
    QVERIFY(runCoinage({u"--help"_s}).out.contains(u"align"_s));
}

void TestCliAlign::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no files") << QStringList{u"align"_s};
    QTest::newRow("one file") << QStringList{u"align"_s, seedPath(u"en"_s)};
    QTest::newRow("three files") << QStringList{u"align"_s, seedPath(u"en"_s), seedPath(u"zh"_s), seedPath(u"zh"_s)};
    QTest::newRow("unknown option") << QStringList{u"align"_s, u"--frobnicate"_s, seedPath(u"en"_s), seedPath(u"zh"_s)};
    QTest::newRow("both sidecar options")
        << QStringList{u"align"_s, u"--no-sidecar"_s, u"--sidecar=x.json"_s, seedPath(u"en"_s), seedPath(u"zh"_s)};
}

void TestCliAlign::usageErrors()
{
    QFETCH(QStringList, arguments);
    const CliResult r = runCoinage(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"coinage align: error:"_s));
    QVERIFY(r.out.isEmpty());
}

void TestCliAlign::seedPairAsJson_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("target");
    QTest::newRow("en zh") << u"en"_s << u"zh"_s;
    QTest::newRow("zh en") << u"zh"_s << u"en"_s;
}

void TestCliAlign::seedPairAsJson()
{
    QFETCH(QString, source);
    QFETCH(QString, target);
    const CliResult r = runCoinage({u"align"_s, u"--json"_s, seedPath(source), seedPath(target)});
    QCOMPARE(r.exitCode, 0); // notes only
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value(u"source_language"_s).toString(), source);
    QCOMPARE(o.value(u"target_language"_s).toString(), target);
    const QJsonArray pairs = o.value(u"pairs"_s).toArray();
    QCOMPARE(pairs.size(), 13);
    // 11 body blocks on the odd lines 11..31, then the references on lines 33 and 34, on both sides.
    QList<int> expected;
    for (int line = 11; line <= 31; line += 2)
        expected.append(line);
    expected << 33 << 34;
    for (int k = 0; k < pairs.size(); ++k) {
        const QJsonObject p = pairs[k].toObject();
        QCOMPARE(p.value(u"source_lines"_s).toArray(), (QJsonArray{expected[k], expected[k]}));
        QCOMPARE(p.value(u"target_lines"_s).toArray(), (QJsonArray{expected[k], expected[k]}));
        QCOMPARE(p.value(u"status"_s).toString(), u"translated"_s);
        QCOMPARE(p.value(u"shape"_s).toString(), u"1-1"_s);
        const double confidence = p.value(u"confidence"_s).toDouble(-1);
        QVERIFY(confidence > 0.3 && confidence <= 1);
    }
    QCOMPARE(o.value(u"counts"_s).toObject().value(u"translated"_s).toInt(), 13);
    const QJsonArray findings = o.value(u"findings"_s).toArray();
    QVERIFY(!findings.isEmpty());
    for (const QJsonValue &v : findings) {
        const QJsonObject f = v.toObject();
        for (const QString &key : {u"file"_s, u"line"_s, u"column"_s, u"severity"_s, u"code"_s, u"message"_s})
            QVERIFY2(f.contains(key), qPrintable(key));
        QCOMPARE(f.value(u"severity"_s).toString(), u"note"_s);
    }
}

void TestCliAlign::seedPairAsText()
{
    const CliResult r = runCoinage({u"align"_s, seedPath(u"en"_s), seedPath(u"zh"_s)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"13 pair"_s));
    QVERIFY(r.out.contains(u"Status: 13 translated"_s));
    QVERIFY(r.out.contains(u"[bilingual-lang-missing]"_s));
}

void TestCliAlign::reportsProblems()
{
    // The Chinese without its fourth paragraph and without the marker [1].
    QStringList lines = QString::fromUtf8(readAll(seedPath(u"zh"_s))).split(u'\n');
    lines[18].remove(u"[1]"_s);
    lines.remove(16, 2);
    const QString zh = write(u"broken.zh.md"_s, lines.join(u'\n'));
    const CliResult r = runCoinage({u"align"_s, u"--json"_s, seedPath(u"en"_s), zh});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray pairs = o.value(u"pairs"_s).toArray();
    QCOMPARE(pairs.size(), 13);
    const QJsonObject missing = pairs[3].toObject();
    QCOMPARE(missing.value(u"source_lines"_s).toArray(), (QJsonArray{17, 17}));
    QVERIFY(missing.value(u"target_lines"_s).isNull());
    QCOMPARE(missing.value(u"status"_s).toString(), u"untranslated"_s);
    QCOMPARE(pairs[4].toObject().value(u"target_lines"_s).toArray(), (QJsonArray{17, 17}));
    QStringList codes;
    for (const QJsonValue &v : o.value(u"findings"_s).toArray()) {
        const QJsonObject f = v.toObject();
        codes.append(f.value(u"code"_s).toString());
        if (f.value(u"code"_s) == u"bilingual-footnote-mismatch"_s) {
            QCOMPARE(f.value(u"file"_s).toString(), zh);
            QCOMPARE(f.value(u"line"_s).toInt(), 17);
        }
        if (f.value(u"code"_s) == u"bilingual-missing-translation"_s)
            QCOMPARE(f.value(u"line"_s).toInt(), 17);
    }
    QVERIFY(codes.contains(u"bilingual-missing-translation"_s));
    QVERIFY(codes.contains(u"bilingual-footnote-mismatch"_s));

    const CliResult text = runCoinage({u"align"_s, seedPath(u"en"_s), zh});
    QCOMPARE(text.exitCode, 1);
    QVERIFY(text.out.contains(u"17         -          1-0"_s));
    QVERIFY(text.out.contains(u"warning: "_s));
}

void TestCliAlign::unreadableFile()
{
    const CliResult r = runCoinage({u"align"_s, u"--json"_s, seedPath(u"en"_s), m_dir.filePath(u"nope.md"_s)});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(u"findings"_s).toArray().first().toObject().value(u"code"_s).toString(), u"file-not-found"_s);
    const CliResult t = runCoinage({u"align"_s, seedPath(u"en"_s), m_dir.filePath(u"nope.md"_s)});
    QCOMPARE(t.exitCode, 1);
    QVERIFY(t.err.contains(u"file-not-found"_s));
}

void TestCliAlign::damagedSidecar()
{
    const QString en = write(u"p.en.md"_s, QString::fromUtf8(readAll(seedPath(u"en"_s))));
    const QString zh = write(u"p.zh.md"_s, QString::fromUtf8(readAll(seedPath(u"zh"_s))));
    QDir(m_dir.path()).mkpath(u".coinage"_s);
    write(u".coinage/p.zh.md.align.json"_s, u"{ not json"_s);
    const CliResult r = runCoinage({u"align"_s, u"--json"_s, en, zh});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(u"pairs"_s).toArray().size(), 13);
    QCOMPARE(o.value(u"findings"_s).toArray().first().toObject().value(u"code"_s).toString(),
             u"bilingual-sidecar-damaged"_s);
    // Ignored on request.
    QCOMPARE(runCoinage({u"align"_s, u"--no-sidecar"_s, en, zh}).exitCode, 0);
    // The posts are untouched.
    QCOMPARE(readAll(en), readAll(seedPath(u"en"_s)));
}

QTEST_GUILESS_MAIN(TestCliAlign)
#include "tst_cli_align.moc"
