// The model backend against a protocol-faithful OpenAI-compatible server on loopback (QTcpServer): HTTP/1.1 with
// chunked transfer encoding and keep-alive, SSE bodies split at arbitrary bytes, error JSON, 503 while loading,
// stalls. Nothing leaves 127.0.0.1.
#include "voices/ModelClient.h"
#include "voices/PasticheEngine.h"
#include "voices/SentenceAnalysis.h"
#include "voices/VoiceLibrary.h"

#include "support/FakeModelServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace coinage;
using namespace coinage::test;
using namespace Qt::StringLiterals;

namespace {

const Voice &voice(const QString &id)
{
    static const VoiceLibrary library = VoiceLibrary::builtIn();
    return *library.find(id);
}

} // namespace

class TestModelClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void streamsLine_data();
    void streamsLine();
    void requestShape();
    void apiKeyFromEnvironmentAndNeverSaved();
    void errorBeforeStream();
    void errorDuringStream();
    void loadingThenReady();
    void loadingIsBounded();
    void firstByteTimeout();
    void idleTimeout();
    void connectTimeout();
    void connectionRefused();
    void abortStopsTheStream();
    void concurrencyIsLimited();
    void invalidLineFallsBack_data();
    void invalidLineFallsBack();
    void streamClosedWithoutDone();
    void listModels();
    void listModelsError();

private:
    ModelSettings settings(const FakeModelServer &server) const;
    PasticheLine ask(ModelClient &client, const QString &voiceId, const QString &text, VoiceLanguage language,
                     int timeoutMs = 10000);
};

void TestModelClient::init()
{
    qunsetenv(ModelSettings::ApiKeyVariable);
}

ModelSettings TestModelClient::settings(const FakeModelServer &server) const
{
    ModelSettings s;
    s.enabled = true;
    s.baseUrl = server.baseUrl();
    s.model = u"test-model"_s;
    s.retryDelayMs = 20;
    s.maxRetryDelayMs = 100;
    return s;
}

PasticheLine TestModelClient::ask(ModelClient &client, const QString &voiceId, const QString &text,
                                  VoiceLanguage language, int timeoutMs)
{
    const SentenceAnalysis analysis = SentenceAnalyzer::analyze(text);
    const PasticheLine offline = PasticheEngine::line(voice(voiceId), analysis, language);
    QSignalSpy spy(&client, &ModelClient::lineReady);
    const quint64 id = client.requestLine(voice(voiceId), analysis, language, offline);
    if (!spy.wait(timeoutMs))
        return {};
    [&] {
        QCOMPARE(spy.first().at(0).toULongLong(), id);
    }();
    return spy.first().at(1).value<PasticheLine>();
}

void TestModelClient::streamsLine_data()
{
    QTest::addColumn<QByteArray>("eol");
    QTest::addColumn<int>("split");
    for (const auto &[name, eol] : {std::pair{"lf", QByteArray("\n")}, std::pair{"crlf", QByteArray("\r\n")},
                                    std::pair{"cr", QByteArray("\r")}}) {
        QTest::addRow("%s whole", name) << eol << 100000;
        QTest::addRow("%s 7-byte reads", name) << eol << 7; // CR|LF and UTF-8 characters cut across reads
        QTest::addRow("%s 1-byte reads", name) << eol << 1;
    }
}

void TestModelClient::streamsLine()
{
    QFETCH(QByteArray, eol);
    QFETCH(int, split);
    FakeModelServer server;
    Script script;
    script.chunks = splitEvery(sse({"子曰：", "大模型者，", "铸币之道也。"}, eol), split);
    script.delayMs = split == 1 ? 0 : 5;
    server.scripts = {script};
    ModelClient client;
    client.setSettings(settings(server));
    QSignalSpy progress(&client, &ModelClient::lineProgress);
    const PasticheLine line = ask(client, u"confucius"_s, u"大模型就是铸币。"_s, VoiceLanguage::Chinese);
    QCOMPARE(line.text, u"子曰：大模型者，铸币之道也。"_s);
    QCOMPARE(line.source, PasticheEngine::ModelSource);
    QVERIFY(line.note.isEmpty());
    QVERIFY(progress.size() >= 3);
    QCOMPARE(progress.last().at(1).toString(), line.text);
}

void TestModelClient::requestShape()
{
    FakeModelServer server;
    Script script;
    script.chunks = {sse({"Confucius said: Large models are the way of minting coins."})};
    server.scripts = {script};
    ModelClient client;
    ModelSettings s = settings(server);
    s.apiKey = u"sekret"_s;
    client.setSettings(s);
    const PasticheLine line =
        ask(client, u"confucius"_s, u"Large models are the way of minting coins."_s, VoiceLanguage::English);
    QCOMPARE(line.source, PasticheEngine::ModelSource);
    QCOMPARE(server.requests.size(), 1);
    const auto &request = server.requests.first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QByteArray("/v1/chat/completions"));
    QVERIFY(request.headers.toLower().contains("authorization: bearer sekret"));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value(u"model"_s).toString(), u"test-model"_s);
    QCOMPARE(body.value(u"stream"_s).toBool(), true);
    QCOMPARE(body.value(u"n"_s).toInt(), 1);
    QCOMPARE(body.value(u"temperature"_s).toDouble(), 0.7); // the voice's own setting
    const QJsonArray messages = body.value(u"messages"_s).toArray();
    QCOMPARE(messages.first().toObject().value(u"role"_s).toString(), u"system"_s);
    QVERIFY(messages.first().toObject().value(u"content"_s).toString().contains(u"Analects"_s));
    QVERIFY(messages.first().toObject().value(u"content"_s).toString().contains(u"\"Confucius said:\""_s));
    QCOMPARE(messages.at(1).toObject().value(u"role"_s).toString(), u"user"_s); // few-shot examples
    QCOMPARE(messages.at(2).toObject().value(u"role"_s).toString(), u"assistant"_s);
    QCOMPARE(messages.last().toObject().value(u"content"_s).toString(),
             u"Large models are the way of minting coins."_s);
}

void TestModelClient::apiKeyFromEnvironmentAndNeverSaved()
{
    FakeModelServer server;
    server.scripts = {Script{200, "text/event-stream", {}, {sse({"Confucius said: Coins are the way."})}}};
    qputenv(ModelSettings::ApiKeyVariable, "from-env");
    ModelClient client;
    client.setSettings(settings(server));
    ask(client, u"confucius"_s, u"Coins"_s, VoiceLanguage::English);
    QVERIFY(server.requests.value(0).headers.toLower().contains("authorization: bearer from-env"));

    ModelSettings s;
    s.apiKey = u"secret-value"_s;
    const QVariantMap map = s.toMap();
    for (auto it = map.begin(); it != map.end(); ++it)
        QVERIFY(!it.value().toString().contains(u"secret-value"_s));
    QVERIFY(ModelSettings::fromMap(map).apiKey.isEmpty());
}

void TestModelClient::errorBeforeStream()
{
    FakeModelServer server;
    server.scripts = {Script{400,
                             "application/json",
                             {},
                             {R"({"error":{"message":"model 'x' not found","type":"invalid_request_error"}})"}}};
    ModelClient client;
    client.setSettings(settings(server));
    const PasticheLine line = ask(client, u"lu-xun"_s, u"大模型就是铸币。"_s, VoiceLanguage::Chinese);
    QCOMPARE(line.source, PasticheEngine::TemplateSource);
    QVERIFY(line.text.startsWith(u"鲁迅说："_s));
    QVERIFY2(line.note.contains(u"model 'x' not found"_s), qPrintable(line.note));
    QVERIFY(line.note.contains(u"400"_s));
}

void TestModelClient::errorDuringStream()
{
    FakeModelServer server;
    Script script;
    script.chunks = {sse({"子曰："}, "\n", false), "data: {\"error\":{\"message\":\"out of memory\"}}\n\n"};
    server.scripts = {script};
    ModelClient client;
    client.setSettings(settings(server));
    const PasticheLine line = ask(client, u"confucius"_s, u"大模型就是铸币。"_s, VoiceLanguage::Chinese);
    QCOMPARE(line.source, PasticheEngine::TemplateSource);
    QCOMPARE(line.text, u"子曰：大模型者，铸币之道也。"_s);
    QVERIFY2(line.note.contains(u"out of memory"_s), qPrintable(line.note));
}

void TestModelClient::loadingThenReady()
{
    FakeModelServer server;
    const Script loading{
        503, "application/json", {"Retry-After: 0"}, {R"({"error":{"message":"Loading model","code":503}})"}};
    server.scripts = {loading, loading, Script{200, "text/event-stream", {}, {sse({"子曰：大模型，器也。"})}}};
    ModelClient client;
    client.setSettings(settings(server));
    const PasticheLine line = ask(client, u"confucius"_s, u"大模型就是铸币。"_s, VoiceLanguage::Chinese);
    QCOMPARE(line.source, PasticheEngine::ModelSource);
    QCOMPARE(line.text, u"子曰：大模型，器也。"_s);
    QCOMPARE(server.requests.size(), 3);
}

void TestModelClient::loadingIsBounded()
{
    FakeModelServer server;
    server.scripts = {Script{503, "application/json", {}, {R"({"error":{"message":"Loading model"}})"}}};
    ModelClient client;
    ModelSettings s = settings(server);
    s.maxRetries = 2;
    client.setSettings(s);
    const PasticheLine line = ask(client, u"confucius"_s, u"大模型就是铸币。"_s, VoiceLanguage::Chinese);
    QCOMPARE(line.source, PasticheEngine::TemplateSource);
    QVERIFY2(line.note.contains(u"503"_s), qPrintable(line.note));
    QVERIFY(line.note.contains(u"Loading model"_s));
    QCOMPARE(server.requests.size(), 3);
}

void TestModelClient::firstByteTimeout()
{
    FakeModelServer server;
    Script script;
    script.headDelayMs = 5000;
    server.scripts = {script};
    ModelClient client;
    ModelSettings s = settings(server);
    s.firstByteTimeoutMs = 300;
    client.setSettings(s);
    QElapsedTimer timer;
    timer.start();
    const PasticheLine line = ask(client, u"kafka"_s, u"Coins"_s, VoiceLanguage::English);
    QCOMPARE(line.source, PasticheEngine::TemplateSource);
    QVERIFY2(line.note.contains(u"did not answer within 300 ms"_s), qPrintable(line.note));
    QVERIFY(timer.elapsed() < 3000);
}

void TestModelClient::idleTimeout()
{
    FakeModelServer server;
    Script script;
    script.chunks = {sse({"Kafka wrote: "}, "\n", false)};
    script.hang = true;
    server.scripts = {script};
    ModelClient client;
    ModelSettings s = settings(server);
    s.idleTimeoutMs = 300;
    client.setSettings(s);
    const PasticheLine line = ask(client, u"kafka"_s, u"Coins"_s, VoiceLanguage::English);
    QCOMPARE(line.source, PasticheEngine::TemplateSource);
    QVERIFY2(line.note.contains(u"stalled"_s), qPrintable(line.note));
    QTRY_COMPARE(server.disconnects, 1); // the stalled connection is dropped
}

void TestModelClient::connectTimeout()
{
    // A loopback listener with a full accept queue: the kernel drops further SYNs, so connect() hangs.
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    QCOMPARE(::listen(fd, 0), 0);
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length);
    const quint16 port = ntohs(address.sin_port);
    QList<QTcpSocket *> fillers;
    for (int i = 0; i < 3; ++i) {
        auto *filler = new QTcpSocket(this);
        filler->connectToHost(QHostAddress::LocalHost, port);
        filler->waitForConnected(300);
        fillers.append(filler);
    }
    ModelClient client;
    ModelSettings s;
    s.baseUrl = QUrl(u"http://127.0.0.1:%1/v1"_s.arg(port));
    s.connectTimeoutMs = 400;
    s.firstByteTimeoutMs = 60000;
    client.setSettings(s);
    const PasticheLine line = ask(client, u"orwell"_s, u"Coins"_s, VoiceLanguage::English);
    qDeleteAll(fillers);
    ::close(fd);
    if (!line.note.contains(u"could not connect"_s) && line.note.contains(u"did not answer"_s))
        QSKIP("this kernel accepted the connection despite the full queue");
    QVERIFY2(line.note.contains(u"could not connect"_s), qPrintable(line.note));
    QCOMPARE(line.source, PasticheEngine::TemplateSource);
}

void TestModelClient::connectionRefused()
{
    quint16 port = 0;
    {
        FakeModelServer server;
        port = quint16(server.baseUrl().port());
        server.close();
    }
    ModelClient client;
    ModelSettings s;
    s.baseUrl = QUrl(u"http://127.0.0.1:%1/v1"_s.arg(port));
    client.setSettings(s);
    const PasticheLine line = ask(client, u"orwell"_s, u"Coins"_s, VoiceLanguage::English);
    QCOMPARE(line.source, PasticheEngine::TemplateSource);
    QVERIFY2(line.note.contains(u"network error"_s), qPrintable(line.note));
    QVERIFY(line.text.startsWith(u"Orwell wrote:"_s));
}

void TestModelClient::abortStopsTheStream()
{
    FakeModelServer server;
    Script script;
    script.chunks = {sse({"Kafka wrote: One"}, "\n", false)};
    script.hang = true;
    server.scripts = {script};
    ModelClient client;
    client.setSettings(settings(server));
    QSignalSpy progress(&client, &ModelClient::lineProgress);
    QSignalSpy ready(&client, &ModelClient::lineReady);
    const SentenceAnalysis analysis = SentenceAnalyzer::analyze(u"Coins"_s);
    const quint64 id = client.requestLine(voice(u"kafka"_s), analysis, VoiceLanguage::English,
                                          PasticheEngine::line(voice(u"kafka"_s), analysis, VoiceLanguage::English));
    QVERIFY(progress.wait(5000));
    client.abort(id);
    QCOMPARE(client.runningCount(), 0);
    QTRY_COMPARE(server.disconnects, 1);
    QTest::qWait(200);
    QCOMPARE(ready.size(), 0);
}

void TestModelClient::concurrencyIsLimited()
{
    FakeModelServer server;
    Script script;
    script.chunks = {sse({"Orwell wrote: ", "Coins are coins."}, "\n", false), "data: [DONE]\n\n"};
    script.delayMs = 100;
    server.scripts = {script};
    ModelClient client;
    ModelSettings s = settings(server);
    s.maxConcurrent = 2;
    client.setSettings(s);
    QSignalSpy ready(&client, &ModelClient::lineReady);
    const SentenceAnalysis analysis = SentenceAnalyzer::analyze(u"Coins are coins."_s);
    for (int i = 0; i < 5; ++i)
        client.requestLine(voice(u"orwell"_s), analysis, VoiceLanguage::English,
                           PasticheEngine::line(voice(u"orwell"_s), analysis, VoiceLanguage::English));
    QCOMPARE(client.queuedCount(), 5);
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 5, 10000);
    QCOMPARE(server.requests.size(), 5);
    QVERIFY2(server.maxActive <= 2, qPrintable(QString::number(server.maxActive)));
    QCOMPARE(server.maxActive, 2);
    for (const QList<QVariant> &args : ready)
        QCOMPARE(args.at(1).value<PasticheLine>().source, PasticheEngine::ModelSource);
}

void TestModelClient::invalidLineFallsBack_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("reason");
    QTest::newRow("wrong language") << QByteArray("子曰：Large models are the way of minting coins.")
                                    << u"not in Chinese"_s;
    QTest::newRow("no attribution") << QByteArray("大模型者，铸币之道也。") << u"attribution"_s;
    QTest::newRow("empty") << QByteArray("") << u"attribution"_s;
}

void TestModelClient::invalidLineFallsBack()
{
    QFETCH(QByteArray, answer);
    QFETCH(QString, reason);
    FakeModelServer server;
    server.scripts = {Script{200, "text/event-stream", {}, {sse({answer})}}};
    ModelClient client;
    client.setSettings(settings(server));
    const PasticheLine line = ask(client, u"confucius"_s, u"大模型就是铸币。"_s, VoiceLanguage::Chinese);
    QCOMPARE(line.source, PasticheEngine::TemplateSource);
    QCOMPARE(line.text, u"子曰：大模型者，铸币之道也。"_s);
    QVERIFY2(line.note.contains(reason), qPrintable(line.note));
}

void TestModelClient::streamClosedWithoutDone()
{
    FakeModelServer server;
    server.scripts = {
        Script{200, "text/event-stream", {}, {sse({"<think>hmm</think>“子曰：大模型，器也。”"}, "\n", false)}}};
    ModelClient client;
    client.setSettings(settings(server));
    const PasticheLine line = ask(client, u"confucius"_s, u"大模型就是铸币。"_s, VoiceLanguage::Chinese);
    QCOMPARE(line.source, PasticheEngine::ModelSource);
    QCOMPARE(line.text, u"子曰：大模型，器也。"_s);
}

void TestModelClient::listModels()
{
    FakeModelServer server;
    server.scripts = {Script{200,
                             "application/json",
                             {},
                             {R"({"object":"list","data":[{"id":"qwen2.5-7b","object":"model"},)",
                              R"({"id":"llama-3","object":"model"}]})"}}};
    ModelClient client;
    client.setSettings(settings(server));
    QSignalSpy listed(&client, &ModelClient::modelsListed);
    client.listModels();
    QVERIFY(listed.wait(5000));
    QCOMPARE(listed.first().first().toStringList(), (QStringList{u"qwen2.5-7b"_s, u"llama-3"_s}));
    QCOMPARE(server.requests.first().method, QByteArray("GET"));
    QCOMPARE(server.requests.first().path, QByteArray("/v1/models"));
}

void TestModelClient::listModelsError()
{
    FakeModelServer server;
    server.scripts = {Script{401, "application/json", {}, {R"({"error":{"message":"invalid api key"}})"}}};
    ModelClient client;
    client.setSettings(settings(server));
    QSignalSpy failed(&client, &ModelClient::modelsFailed);
    client.listModels();
    QVERIFY(failed.wait(5000));
    QVERIFY(failed.first().first().toString().contains(u"invalid api key"_s));
}

QTEST_GUILESS_MAIN(TestModelClient)
#include "tst_modelclient.moc"
