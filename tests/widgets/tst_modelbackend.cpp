// The model backend in the window: the settings page (the key goes to the key store, never to the settings file),
// consent before sending text to another machine, and the Voices panel showing the offline line first and the
// model's line as it streams, aborted by the next keystroke. Against a protocol-faithful server on loopback.
#include "WidgetTestSupport.h"
#include "support/FakeModelServer.h"

#include "ApiKeyStore.h"
#include "FileCommands.h"
#include "MarkdownEditor.h"
#include "ModelBackend.h"
#include "ModelController.h"
#include "ModelLineUpgrader.h"
#include "ModelSettingsPage.h"
#include "VoiceCard.h"
#include "VoicesPanel.h"
#include "voices/ModelEndpoint.h"
#include "voices/PasticheEngine.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>

using namespace coinage;
using namespace coinage::gui;
using namespace coinage::test;
using namespace Qt::StringLiterals;

namespace {

const QString claim = u"Large models are the way of minting coins."_s;
const QString secret = u"sk-test-never-on-disk-4711"_s;

// A keychain that answers at once and records what it was given.
class FakeKeyStore : public ApiKeyStore
{
public:
    QStringList writes;
    QString stored;
    int readDelayMs = -1; // >= 0: keyRead comes that late, as from a slow keychain
    bool isPersistent() const override { return true; }
    QString description() const override { return u"The key is kept in the system keychain (a test's)."_s; }
    void read() override
    {
        if (readDelayMs >= 0) {
            QTimer::singleShot(readDelayMs, this, [this] {
                setKey(stored, true);
                Q_EMIT keyRead(stored);
            });
            return;
        }
        setKey(stored, true);
        Q_EMIT keyRead(stored);
    }
    void write(const QString &key) override
    {
        writes.append(key);
        stored = key;
        setKey(key, true);
        Q_EMIT written(true, {});
    }
};

QByteArray confuciusLine()
{
    return sse(
        {"Confucius said: ", "large models are the way of minting coins; ", "the gentleman mints virtue, not coin."});
}

// The page's controls, by their object names in forms/modelsettingspage.ui.
struct Controls
{
    QCheckBox *enabled;
    QLineEdit *baseUrl;
    QComboBox *model;
    QPushButton *refresh;
    QLabel *modelsStatus;
    QLineEdit *apiKey;
    QToolButton *showKey;
    QLabel *keyStatus;
    QDoubleSpinBox *temperature;
    QSpinBox *maxTokens;
    QPushButton *testConnection;
    QLabel *testStatus;
    QListWidget *consentHosts;
    QPushButton *revoke;
    QLabel *problem;
};

template <class T>
T *named(QWidget *page, const char *name)
{
    T *child = page->findChild<T *>(QString::fromLatin1(name));
    if (!child)
        qFatal("no control %s", name);
    return child;
}

Controls ui(ModelSettingsPage &page)
{
    return {named<QCheckBox>(&page, "enabled"),
            named<QLineEdit>(&page, "baseUrl"),
            named<QComboBox>(&page, "model"),
            named<QPushButton>(&page, "refresh"),
            named<QLabel>(&page, "modelsStatus"),
            named<QLineEdit>(&page, "apiKey"),
            named<QToolButton>(&page, "showKey"),
            named<QLabel>(&page, "keyStatus"),
            named<QDoubleSpinBox>(&page, "temperature"),
            named<QSpinBox>(&page, "maxTokens"),
            named<QPushButton>(&page, "testConnection"),
            named<QLabel>(&page, "testStatus"),
            named<QListWidget>(&page, "consentHosts"),
            named<QPushButton>(&page, "revoke"),
            named<QLabel>(&page, "problem")};
}

Script streamOf(const QByteArray &body)
{
    Script script;
    script.chunks = {body};
    return script;
}

// A shown window and the parts of it these tests drive. Not a member of the test class: a type of an unnamed
// namespace (FakeKeyStore) in a class with linkage is an error (-Wsubobject-linkage) in the unity build.
struct Session
{
    ShownWindow shown;
    ModelBackend *backend = nullptr;
    FakeKeyStore *store = nullptr;
    VoicesPanel *panel = nullptr;
    MarkdownEditor *editor = nullptr;
};

} // namespace

class TestModelBackend : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void loopbackHosts_data();
    void loopbackHosts();
    void settingsRoundTripKeepsKeyOutOfSettings();
    void refreshListsModels();
    void refreshShowsError();
    void menuOpensSettingsDialog();
    void panelShowsOfflineThenModelLine();
    void firstModelLineWaitsForTheKey();
    void failedModelLineFallsBackQuietly();
    void keystrokeAbortsRequests();
    void consentAskedOnceForRemoteHost();
    void declinedConsentSendsNothing();

private:
    // A shown window with a fake key store and only Confucius shown, the model pointed at `server`.
    static bool open(Session &session, const FakeModelServer &server, bool enabled = true);
    static bool showClaim(Session &session);

    QTemporaryDir m_dir;
};

void TestModelBackend::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    isolateSettings(m_dir);
    qunsetenv(ModelSettings::ApiKeyVariable);
}

void TestModelBackend::init()
{
    QSettings().clear();
}

void TestModelBackend::loopbackHosts_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("127.0.0.1") << u"http://127.0.0.1:8080/v1"_s << true;
    QTest::newRow("127.8.9.10") << u"http://127.8.9.10/v1"_s << true;
    QTest::newRow("localhost") << u"http://LocalHost:11434/v1"_s << true;
    QTest::newRow("::1") << u"http://[::1]:8080/v1"_s << true;
    QTest::newRow("mapped v4") << u"http://[::ffff:127.0.0.1]/v1"_s << true;
    QTest::newRow("lan") << u"http://192.168.1.5:8080/v1"_s << false;
    QTest::newRow("hosted") << u"https://api.openai.com/v1"_s << false;
    QTest::newRow("localhost lookalike") << u"http://localhost.evil.example/v1"_s << false;
    QTest::newRow("128.0.0.1") << u"http://128.0.0.1/v1"_s << false;
    QTest::newRow("no host") << u"file:///tmp/x"_s << false;
}

void TestModelBackend::loopbackHosts()
{
    QFETCH(QString, url);
    QFETCH(bool, loopback);
    QCOMPARE(ModelEndpoint::isLoopback(QUrl(url)), loopback);
}

bool TestModelBackend::open(Session &session, const FakeModelServer &server, bool enabled)
{
    if (!session.shown.waitUntilShown())
        return false;
    auto *controller = session.shown.window->findChild<ModelController *>();
    if (!controller)
        return false;
    session.backend = controller->backend();
    auto store = std::make_unique<FakeKeyStore>();
    session.store = store.get();
    session.backend->setKeyStore(std::move(store));
    ModelSettings settings;
    settings.enabled = enabled;
    settings.baseUrl = server.baseUrl();
    settings.model = u"test-model"_s;
    session.backend->setSettings(settings);
    session.panel = session.shown.window->findChild<VoicesPanel *>();
    if (!session.panel || !session.panel->modelUpgrader())
        return false;
    // One voice (built-in or left by other tests in the user folder), so the server's scripted answer fits.
    for (VoiceCard *card : session.panel->shownCards()) {
        if (card->voiceId() != u"confucius")
            card->hideButton()->click();
    }
    return session.panel->shownCards().size() == 1;
}

bool TestModelBackend::showClaim(Session &session)
{
    QSignalSpy shown(session.panel, &VoicesPanel::linesShown);
    session.shown.window->fileCommands()->openUntitled(u"model.md"_s, claim + u"\n"_s);
    session.editor = session.shown.window->currentEditor();
    if (!session.editor)
        return false;
    session.editor->setFocus();
    QTest::keyClick(session.editor, Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClick(session.editor, Qt::Key_Right);
    return shown.wait(3000);
}

void TestModelBackend::settingsRoundTripKeepsKeyOutOfSettings()
{
    FakeModelServer server;
    Session session;
    QVERIFY(open(session, server, false));
    {
        ModelSettingsPage page(session.backend);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const Controls c = ui(page);
        QCOMPARE(c.enabled->isChecked(), false);
        QCOMPARE(c.baseUrl->text(), server.baseUrl().toString());
        QCOMPARE(c.apiKey->echoMode(), QLineEdit::Password);
        c.showKey->click();
        QCOMPARE(c.apiKey->echoMode(), QLineEdit::Normal);
        QSignalSpy changed(&page, &PreferencesPage::changed);
        c.enabled->click();
        QVERIFY(!changed.isEmpty());
        c.model->setEditText(u"qwen2.5-7b"_s);
        c.temperature->setValue(0.4);
        c.maxTokens->setValue(300);
        QTest::keyClicks(c.apiKey, secret);
        QVERIFY(page.apply());
    }
    QCOMPARE(session.store->writes, QStringList{secret});
    const ModelSettings saved = session.backend->settings();
    QVERIFY(saved.enabled);
    QCOMPARE(saved.model, u"qwen2.5-7b"_s);
    QCOMPARE(saved.temperature, 0.4);
    QCOMPARE(saved.maxTokens, 300);
    QCOMPARE(saved.apiKey, secret); // from the store

    QSettings settings;
    settings.sync();
    QCOMPARE(settings.value(ModelBackend::SettingsKey).toMap().value(u"model"_s).toString(), u"qwen2.5-7b"_s);
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray onDisk = file.readAll();
    QVERIFY(onDisk.contains("model="));
    // Neither as text nor inside a serialized QVariant (UTF-16).
    for (const QByteArray &encoded :
         {secret.toUtf8(), QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)}) {
        QVERIFY2(!onDisk.contains(encoded), onDisk.constData());
    }
    QByteArray bigEndian;
    for (const QChar c : secret) {
        bigEndian.append(char(0));
        bigEndian.append(char(c.unicode()));
    }
    QVERIFY(!onDisk.contains(bigEndian));

    // Read back into a fresh page.
    ModelSettingsPage again(session.backend);
    QVERIFY(ui(again).enabled->isChecked());
    QCOMPARE(ui(again).model->currentText(), u"qwen2.5-7b"_s);
    QCOMPARE(ui(again).apiKey->text(), secret);
    QCOMPARE(ui(again).keyStatus->text(), u"The key is kept in the system keychain (a test's)."_s);

    // An invalid URL keeps the page open and says why.
    ui(again).baseUrl->setText(u"ftp://example.org"_s);
    QVERIFY(!again.apply());
    QVERIFY(ui(again).problem->isVisibleTo(&again));
    QVERIFY(ui(again).problem->text().contains(u"http"_s));
}

void TestModelBackend::refreshListsModels()
{
    FakeModelServer server;
    Script models;
    models.contentType = "application/json";
    models.chunks = {modelList({u"llama-3.1-8b"_s, u"qwen2.5-7b"_s})};
    server.scripts = {models};
    Session session;
    QVERIFY(open(session, server, false));
    ModelSettingsPage page(session.backend);
    ui(page).model->setEditText(QString());
    QSignalSpy answered(&page, &ModelSettingsPage::modelsAnswered);
    ui(page).refresh->click();
    QVERIFY(answered.wait(5000));
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(server.requests.first().method, QByteArray("GET"));
    QCOMPARE(server.requests.first().path, QByteArray("/v1/models"));
    QCOMPARE(ui(page).model->count(), 2);
    QCOMPARE(ui(page).model->currentText(), u"llama-3.1-8b"_s);
    QVERIFY(ui(page).modelsStatus->text().contains(u"2"_s));

    ui(page).model->setEditText(u"qwen2.5-7b"_s);
    ui(page).testConnection->click();
    QVERIFY(answered.wait(5000));
    QVERIFY2(ui(page).testStatus->text().contains(u"qwen2.5-7b is ready"_s), qPrintable(ui(page).testStatus->text()));
}

void TestModelBackend::refreshShowsError()
{
    FakeModelServer server;
    Script failure;
    failure.status = 401;
    failure.contentType = "application/json";
    failure.chunks = {R"({"error":{"message":"invalid api key"}})"};
    server.scripts = {failure};
    Session session;
    QVERIFY(open(session, server, false));
    ModelSettingsPage page(session.backend);
    QSignalSpy answered(&page, &ModelSettingsPage::modelsAnswered);
    ui(page).refresh->click();
    QVERIFY(answered.wait(5000));
    QVERIFY2(ui(page).modelsStatus->text().contains(u"invalid api key"_s), qPrintable(ui(page).modelsStatus->text()));
    saveScreenshot(&page, u"model-settings-error"_s);
}

void TestModelBackend::menuOpensSettingsDialog()
{
    FakeModelServer server;
    Session session;
    QVERIFY(open(session, server));
    // A host agreed to before, as the page lists it.
    session.shown.prompts->sendToHost = true;
    QVERIFY(session.backend->ensureConsent(nullptr, QUrl(u"https://api.example.com/v1"_s)));
    QCOMPARE(session.shown.prompts->sendToHostQuestions, QStringList{u"api.example.com"_s});
    session.store->stored = u"sk-example-key"_s;
    QAction *action = session.shown.window->findChild<QAction *>(u"modelSettings"_s);
    QVERIFY(action);
    auto *menu = session.shown.window->menuBar()->findChild<QMenu *>(u"voicesMenu"_s);
    QVERIFY(menu);
    QVERIFY(menu->actions().contains(action));
    action->trigger();
    auto *controller = session.shown.window->findChild<ModelController *>();
    QVERIFY(controller->dialog());
    QVERIFY(QTest::qWaitForWindowExposed(controller->dialog()));
    ModelSettingsPage *page = controller->page();
    QVERIFY(page);
    QCOMPARE(ui(*page).apiKey->text(), u"sk-example-key"_s);
    QCOMPARE(ui(*page).consentHosts->item(0)->text(), u"api.example.com"_s);
    saveScreenshot(controller->dialog(), u"model-settings"_s);
    ui(*page).baseUrl->setText(u"not a url"_s);
    auto *buttons = controller->dialog()->findChild<QDialogButtonBox *>();
    buttons->button(QDialogButtonBox::Ok)->click();
    QVERIFY(controller->dialog() && controller->dialog()->isVisible()); // invalid: stays open
    buttons->button(QDialogButtonBox::Cancel)->click();
    QTRY_VERIFY(!controller->dialog() || !controller->dialog()->isVisible());
}

void TestModelBackend::panelShowsOfflineThenModelLine()
{
    FakeModelServer server;
    Script stream;
    stream.chunks = splitEvery(confuciusLine(), 23);
    stream.headDelayMs = 150;
    stream.delayMs = 20;
    server.scripts = {stream};
    Session session;
    QVERIFY(open(session, server));
    QVERIFY(showClaim(session));
    VoiceCard *card = session.panel->card(u"confucius"_s);
    QVERIFY(card);
    // The offline line at once.
    QCOMPARE(card->lines().size(), 1);
    QCOMPARE(card->lines().first().source, PasticheEngine::TemplateSource);
    QCOMPARE(card->sourceText(), u"template"_s);
    const QString offline = card->text();
    QVERIFY(!offline.isEmpty());
    // Then the model's, streamed.
    QTRY_VERIFY_WITH_TIMEOUT(card->sourceText().startsWith(u"model: test-model"_s), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(card->lines().first().source, PasticheEngine::ModelSource, 5000);
    QCOMPARE(card->text(),
             u"Confucius said: large models are the way of minting coins; the gentleman mints virtue, not coin."_s);
    QCOMPARE(card->sourceText(), u"model: test-model"_s);
    QCOMPARE(card->lineLabels().first()->text(), card->text());
    QCOMPARE(server.requests.size(), 1); // hidden voices are not asked
    QCOMPARE(server.requests.first().path, QByteArray("/v1/chat/completions"));
    QVERIFY(server.requests.first().body.contains(claim.toUtf8()));
    QVERIFY(session.panel->modelStatusLabel()->isHidden());
    // Insert uses the model's line.
    card->insertBelowButton()->click();
    QVERIFY(session.editor->toPlainText().contains(u"the gentleman mints virtue"_s));
}

// The keychain answers after the first sentence is shown: its request must wait for the key.
void TestModelBackend::firstModelLineWaitsForTheKey()
{
    FakeModelServer server;
    Script stream;
    stream.chunks = splitEvery(confuciusLine(), 23);
    server.scripts = {stream};
    Session session;
    QVERIFY(open(session, server));
    session.store->stored = u"sk-late-key"_s;
    session.store->readDelayMs = 300;
    QVERIFY(showClaim(session));
    if (!session.store->hasRead())
        QCOMPARE(server.requests.size(), 0); // waiting for the keychain
    QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), 1, 5000);
    QVERIFY2(server.requests.first().headers.toLower().contains("authorization: bearer sk-late-key"),
             server.requests.first().headers.constData());
    VoiceCard *card = session.panel->card(u"confucius"_s);
    QTRY_COMPARE_WITH_TIMEOUT(card->lines().first().source, PasticheEngine::ModelSource, 5000);
}

void TestModelBackend::failedModelLineFallsBackQuietly()
{
    FakeModelServer server;
    Script wrong; // no attribution: fails validation
    wrong.chunks = {sse({"Large models mint coins, said nobody."})};
    server.scripts = {wrong};
    Session session;
    QVERIFY(open(session, server));
    QVERIFY(showClaim(session));
    VoiceCard *card = session.panel->card(u"confucius"_s);
    const QString offline = card->text();
    QTRY_VERIFY_WITH_TIMEOUT(session.panel->modelStatusLabel()->isVisible() &&
                                 session.panel->modelStatusLabel()->text().contains(u"failed"_s),
                             5000);
    QCOMPARE(card->text(), offline);
    QCOMPARE(card->lines().first().source, PasticheEngine::TemplateSource);
    QVERIFY(!card->lines().first().note.isEmpty());
    QVERIFY(session.shown.prompts->errors.isEmpty()); // no dialog
}

void TestModelBackend::keystrokeAbortsRequests()
{
    FakeModelServer server;
    Script slow;
    slow.chunks = {sse({"Confucius said: "}, "\n", false)};
    slow.hang = true; // streams a little, then never finishes
    server.scripts = {slow};
    Session session;
    QVERIFY(open(session, server));
    QVERIFY(showClaim(session));
    VoiceCard *card = session.panel->card(u"confucius"_s);
    QTRY_VERIFY_WITH_TIMEOUT(card->sourceText().startsWith(u"model: test-model"_s), 5000); // streaming

    QCOMPARE(session.panel->modelUpgrader()->inFlight(), 1);
    QTest::keyClick(session.editor, Qt::Key_X);
    QCOMPARE(session.panel->modelUpgrader()->inFlight(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(server.disconnects >= 1, 5000); // the connection was dropped
}

void TestModelBackend::consentAskedOnceForRemoteHost()
{
    FakeModelServer server;
    server.scripts = {streamOf(confuciusLine())};
    Session session;
    QVERIFY(open(session, server));
    // 127.0.0.1 plays another machine here.
    session.backend->setLoopbackCheck([](const QString &) { return false; });
    session.shown.prompts->sendToHost = true;
    QVERIFY(showClaim(session));
    QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), 1, 5000);
    QCOMPARE(session.shown.prompts->sendToHostQuestions, QStringList{u"127.0.0.1"_s});
    QCOMPARE(session.backend->consentedHosts(), QStringList{u"127.0.0.1"_s});
    QCOMPARE(QSettings().value(ModelBackend::ConsentKey).toStringList(), QStringList{u"127.0.0.1"_s});

    // The caret moves: asked again? No.
    QSignalSpy shown(session.panel, &VoicesPanel::linesShown);
    QTest::keyClick(session.editor, Qt::Key_Right);
    QVERIFY(shown.wait(3000));
    QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), 2, 5000);
    QCOMPARE(session.shown.prompts->sendToHostQuestions.size(), 1);

    // Withdrawn on the page: the host is gone, and the next request asks again.
    ModelSettingsPage page(session.backend);
    QCOMPARE(ui(page).consentHosts->count(), 1);
    ui(page).consentHosts->setCurrentRow(0);
    ui(page).revoke->click();
    QVERIFY(session.backend->consentedHosts().isEmpty());
    session.shown.prompts->sendToHost = false;
    QTest::keyClick(session.editor, Qt::Key_Right);
    QVERIFY(shown.wait(3000));
    QCOMPARE(session.shown.prompts->sendToHostQuestions.size(), 2);
}

void TestModelBackend::declinedConsentSendsNothing()
{
    FakeModelServer server;
    server.scripts = {streamOf(confuciusLine())};
    Session session;
    QVERIFY(open(session, server));
    session.backend->setLoopbackCheck([](const QString &) { return false; });
    session.shown.prompts->sendToHost = false;
    QVERIFY(showClaim(session));
    QCOMPARE(session.shown.prompts->sendToHostQuestions, QStringList{u"127.0.0.1"_s});
    QVERIFY(session.panel->modelStatusLabel()->isVisible());
    QVERIFY(session.panel->modelStatusLabel()->text().contains(u"127.0.0.1"_s));
    // Declined is remembered for the session: the caret moves, nobody is asked, nothing is sent.
    QSignalSpy shown(session.panel, &VoicesPanel::linesShown);
    QTest::keyClick(session.editor, Qt::Key_Right);
    QVERIFY(shown.wait(3000));
    QTest::qWait(200);
    QCOMPARE(session.shown.prompts->sendToHostQuestions.size(), 1);
    QCOMPARE(server.requests.size(), 0);
    QCOMPARE(session.panel->card(u"confucius"_s)->lines().first().source, PasticheEngine::TemplateSource);
    QVERIFY(session.backend->consentedHosts().isEmpty());
}

QTEST_MAIN(TestModelBackend)
#include "tst_modelbackend.moc"
