#include "support/Cli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace coinage::test;
using namespace Qt::StringLiterals;

class TestCliVoices : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void help();
    void usageErrors_data();
    void usageErrors();
    void emptyText_data();
    void emptyText();
    void seedClaimAsJson_data();
    void seedClaimAsJson();
    void textFromStdin();
    void oneVoiceVariants();
    void list();
    void brokenUserVoiceIsReportedAndSkipped();
    void userVoiceOverridesBuiltIn();
};

void TestCliVoices::help()
{
    const CliResult result = runCoinage({u"voices"_s, u"--help"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(u"coinage voices"_s));
    for (const QString &option : {u"--lang"_s, u"--voice"_s, u"--variant"_s, u"--json"_s, u"--list"_s})
        QVERIFY2(result.out.contains(option), qPrintable(option));
    QVERIFY(runCoinage({u"--help"_s}).out.contains(u"voices"_s));
}

void TestCliVoices::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("bad lang") << QStringList{u"voices"_s, u"--lang"_s, u"fr"_s, u"text"_s};
    QTest::newRow("bad variant") << QStringList{u"voices"_s, u"--variant"_s, u"-1"_s, u"text"_s};
    QTest::newRow("variant not a number") << QStringList{u"voices"_s, u"--variant"_s, u"x"_s, u"text"_s};
    QTest::newRow("unknown voice") << QStringList{u"voices"_s, u"--voice"_s, u"nobody"_s, u"text"_s};
    QTest::newRow("unknown option") << QStringList{u"voices"_s, u"--frobnicate"_s, u"text"_s};
}

void TestCliVoices::usageErrors()
{
    QFETCH(QStringList, arguments);
    const CliResult result = runCoinage(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY(result.err.contains(u"coinage voices"_s));
}

void TestCliVoices::emptyText_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("empty argument") << QStringList{u"voices"_s, u""_s} << QByteArray();
    QTest::newRow("empty stdin") << QStringList{u"voices"_s} << QByteArray("\n\n");
    QTest::newRow("markup only") << QStringList{u"voices"_s, u"**[^1]**"_s} << QByteArray();
}

void TestCliVoices::emptyText()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    const CliResult result = runCoinage(arguments, input);
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(u"empty"_s), qPrintable(result.err));
}

void TestCliVoices::seedClaimAsJson_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("expectedLang");
    QTest::addColumn<QString>("topic");
    QTest::newRow("en auto") << u"Large models are the way of minting coins."_s << u"auto"_s << u"en"_s
                             << u"large models"_s;
    QTest::newRow("zh auto") << u"大模型就是铸币。"_s << u"auto"_s << u"zh"_s << u"大模型"_s;
    QTest::newRow("zh to en frame") << u"大模型就是铸币。"_s << u"en"_s << u"en"_s << u"大模型"_s;
    QTest::newRow("en to zh frame") << u"Large models are the way of minting coins."_s << u"zh"_s << u"zh"_s
                                    << u"large models"_s;
}

void TestCliVoices::seedClaimAsJson()
{
    QFETCH(QString, text);
    QFETCH(QString, lang);
    QFETCH(QString, expectedLang);
    QFETCH(QString, topic);
    const CliResult result = runCoinage({u"voices"_s, u"--json"_s, u"--lang"_s, lang, text});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QVERIFY(array.size() >= 12);
    QStringList ids;
    for (const QJsonValue &value : array) {
        const QJsonObject line = value.toObject();
        ids.append(line.value(u"voice"_s).toString());
        QCOMPARE(line.value(u"lang"_s).toString(), expectedLang);
        QCOMPARE(line.value(u"source"_s).toString(), u"template"_s);
        QVERIFY2(line.value(u"text"_s).toString().contains(topic, Qt::CaseInsensitive),
                 qPrintable(line.value(u"text"_s).toString()));
    }
    QVERIFY(ids.contains(u"confucius"_s));
    if (lang == u"auto" && expectedLang == u"zh")
        QCOMPARE(array.at(ids.indexOf(u"confucius"_s)).toObject().value(u"text"_s).toString(),
                 u"子曰：大模型者，铸币之道也。"_s);
}

void TestCliVoices::textFromStdin()
{
    const CliResult result = runCoinage({u"voices"_s, u"--voice"_s, u"confucius"_s, u"--voice"_s, u"lu-xun"_s},
                                        QByteArray("Large models are **the way** of minting coins.[^1]\n"));
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), u"Confucius said: Large models are the way of minting coins."_s);
    QVERIFY(lines.at(1).startsWith(u"Lu Xun said:"_s));
    QVERIFY(!result.out.contains(u"**"_s));
    QVERIFY(!result.out.contains(u"[^1]"_s));
}

void TestCliVoices::oneVoiceVariants()
{
    QStringList seen;
    for (int variant = 0; variant < 3; ++variant) {
        const QStringList arguments = {
            u"voices"_s, u"--voice"_s, u"heidegger"_s, u"--variant"_s, QString::number(variant), u"大模型就是铸币。"_s};
        const CliResult first = runCoinage(arguments);
        const CliResult again = runCoinage(arguments);
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.out, again.out); // deterministic
        seen.append(first.out);
    }
    seen.removeDuplicates();
    QCOMPARE(seen.size(), 3);
}

void TestCliVoices::list()
{
    const CliResult text = runCoinage({u"voices"_s, u"--list"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(u"confucius\tConfucius\t孔子"_s));
    const CliResult json = runCoinage({u"voices"_s, u"--list"_s, u"--json"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QVERIFY(array.size() >= 12);
    const QJsonObject first = array.first().toObject();
    QVERIFY(first.contains(u"id"_s));
    QVERIFY(first.value(u"names"_s).toObject().contains(u"zh"_s));
    QVERIFY(first.value(u"builtIn"_s).toBool());
}

void TestCliVoices::brokenUserVoiceIsReportedAndSkipped()
{
    QTemporaryDir dir;
    QFile broken(dir.filePath(u"broken.json"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{ \"id\": \"broken\", ");
    broken.close();
    const CliResult result = runCoinage({u"voices"_s, u"--voices-dir"_s, dir.path(), u"--list"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains(u"broken.json"_s), qPrintable(result.err));
    QVERIFY2(result.err.contains(u"not valid JSON"_s), qPrintable(result.err));
    QVERIFY(!result.out.contains(u"broken"_s));
    QVERIFY(result.out.contains(u"confucius"_s));
}

void TestCliVoices::userVoiceOverridesBuiltIn()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"mine.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"id": "mine", "names": {"zh": "我", "en": "Me"}, "description": "Me.",
      "languages": {
        "zh": {"attributions": ["我说："], "templates": ["{sentence}{end}", "{topic}嘛。", "{topic}{copula}{claim}呗。"]},
        "en": {"attributions": ["I said:"], "templates": ["{sentence|cap}{end}", "{topic|cap}, well.", "{topic|cap} {copula} {claim}, then."]}
      }})");
    file.close();
    const CliResult result =
        runCoinage({u"voices"_s, u"--voices-dir"_s, dir.path(), u"--voice"_s, u"mine"_s, u"Coins are credit."_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QCOMPARE(result.out.trimmed(), u"I said: Coins are credit, then."_s);
}

QTEST_GUILESS_MAIN(TestCliVoices)
#include "tst_cli_voices.moc"
