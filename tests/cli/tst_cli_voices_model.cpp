// `coinage voices --model` as a process against a protocol-faithful model server on loopback: the model's line with
// source "model", the offline line with a warning when the model fails, and the guard against sending text to
// another machine without --allow-remote.
#include "support/FakeModelServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

using namespace coinage::test;
using namespace Qt::StringLiterals;

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs coinage while this thread's event loop keeps serving the fake server.
Result run(const QStringList &arguments, const QByteArray &apiKey = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"COINAGE_API_KEY"_s);
    if (!apiKey.isEmpty())
        environment.insert(u"COINAGE_API_KEY"_s, QString::fromUtf8(apiKey));
    process.setProcessEnvironment(environment);
    process.setProgram(qEnvironmentVariable("COINAGE_BIN"));
    process.setArguments(arguments);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    if (!process.waitForStarted(10000))
        return {};
    process.closeWriteChannel();
    if (!finished.wait(30000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

const QString claim = u"Large models are the way of minting coins."_s;

} // namespace

class TestCliVoicesModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelLineAsJson();
    void failedRequestFallsBack();
    void remoteEndpointNeedsAllowRemote_data();
    void remoteEndpointNeedsAllowRemote();
    void optionsWithoutModel();
    void helpListsModelOptions();
};

void TestCliVoicesModel::modelLineAsJson()
{
    FakeModelServer server;
    Script stream;
    stream.chunks = splitEvery(
        sse({"Confucius said: ", "large models are the way of minting coins; ", "the gentleman mints virtue."}), 17);
    server.scripts = {stream};
    const Result result = run({u"voices"_s, u"--voice"_s, u"confucius"_s, u"--lang"_s, u"en"_s, u"--json"_s,
                               u"--model"_s, u"test-model"_s, u"--endpoint"_s, server.baseUrl().toString(), claim},
                              "sk-cli-key");
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    const QJsonArray array = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(array.size(), 1);
    const QJsonObject line = array.first().toObject();
    QCOMPARE(line.value(u"voice"_s).toString(), u"confucius"_s);
    QCOMPARE(line.value(u"source"_s).toString(), u"model"_s);
    QCOMPARE(line.value(u"model"_s).toString(), u"test-model"_s);
    QCOMPARE(line.value(u"text"_s).toString(),
             u"Confucius said: large models are the way of minting coins; the gentleman mints virtue."_s);
    QCOMPARE(server.requests.size(), 1);
    const FakeModelServer::Request &request = server.requests.first();
    QCOMPARE(request.path, QByteArray("/v1/chat/completions"));
    QVERIFY(request.headers.toLower().contains("authorization: bearer sk-cli-key"));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value(u"model"_s).toString(), u"test-model"_s);
    QCOMPARE(body.value(u"stream"_s).toBool(), true);
}

void TestCliVoicesModel::failedRequestFallsBack()
{
    FakeModelServer server;
    Script failure;
    failure.status = 500;
    failure.contentType = "application/json";
    failure.chunks = {R"({"error":{"message":"out of memory"}})"};
    server.scripts = {failure};
    const Result result =
        run({u"voices"_s, u"--voice"_s, u"confucius"_s, u"--voice"_s, u"laozi"_s, u"--lang"_s, u"en"_s, u"--json"_s,
             u"--model"_s, u"test-model"_s, u"--endpoint"_s, server.baseUrl().toString(), claim});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(array.size(), 2);
    for (const QJsonValue &value : array) {
        QCOMPARE(value.toObject().value(u"source"_s).toString(), u"template"_s);
        QVERIFY(!value.toObject().value(u"text"_s).toString().isEmpty());
    }
    QVERIFY2(result.err.contains(u"warning"_s) && result.err.contains(u"out of memory"_s), qPrintable(result.err));
    QCOMPARE(result.err.count(u"warning"_s), 2);

    // Nobody listening: the same, after the connection is refused.
    server.close();
    const Result refused = run({u"voices"_s, u"--voice"_s, u"confucius"_s, u"--model"_s, u"m"_s, u"--endpoint"_s,
                                server.baseUrl().toString(), claim});
    QCOMPARE(refused.exitCode, 0);
    QVERIFY(refused.out.startsWith(u"Confucius"_s) || refused.out.startsWith(u"The Master"_s) ||
            refused.out.startsWith(u"The Analects"_s));
    QVERIFY(refused.err.contains(u"warning"_s));
}

void TestCliVoicesModel::remoteEndpointNeedsAllowRemote_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("host");
    QTest::newRow("hosted") << u"https://api.example.com/v1"_s << u"api.example.com"_s;
    QTest::newRow("lan address") << u"http://192.168.7.7:8080/v1"_s << u"192.168.7.7"_s;
}

void TestCliVoicesModel::remoteEndpointNeedsAllowRemote()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, host);
    const Result result = run({u"voices"_s, u"--model"_s, u"m"_s, u"--endpoint"_s, endpoint, claim});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(host) && result.err.contains(u"--allow-remote"_s), qPrintable(result.err));
}

void TestCliVoicesModel::optionsWithoutModel()
{
    for (const QStringList &arguments :
         {QStringList{u"voices"_s, u"--endpoint"_s, u"http://127.0.0.1:1/v1"_s, claim},
          QStringList{u"voices"_s, u"--allow-remote"_s, claim},
          QStringList{u"voices"_s, u"--model"_s, u"m"_s, u"--endpoint"_s, u"ftp://127.0.0.1/v1"_s, claim}}) {
        const Result result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(u"coinage voices"_s));
    }
}

void TestCliVoicesModel::helpListsModelOptions()
{
    const Result result = run({u"voices"_s, u"--help"_s});
    QCOMPARE(result.exitCode, 0);
    for (const QString &option : {u"--model"_s, u"--endpoint"_s, u"--allow-remote"_s, u"COINAGE_API_KEY"_s})
        QVERIFY2(result.out.contains(option), qPrintable(option));
}

QTEST_MAIN(TestCliVoicesModel)
#include "tst_cli_voices_model.moc"
