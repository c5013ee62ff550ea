// Translate with a model in the bilingual view, against a protocol-faithful OpenAI-compatible server on loopback:
// a streamed translation of the selected pair (one undo step, marked draft), Translate Untranslated Pairs cancelled
// half-way with Escape, an error reply stopping the run, consent before a non-loopback host, and the hint when no
// model is set up.
#include "BilingualTestSupport.h"
#include "WidgetTestSupport.h"
#include "support/FakeModelServer.h"
#include "support/Seed.h"

#include "ApiKeyStore.h"
#include "BilingualController.h"
#include "BilingualSession.h"
#include "BilingualView.h"
#include "Document.h"
#include "LazyHighlighter.h"
#include "MarkdownEditor.h"
#include "ModelBackend.h"
#include "ModelController.h"
#include "PairTranslator.h"
#include "VoiceCard.h"
#include "VoicesPanel.h"
#include "bilingual/AlignmentSidecar.h"
#include "bilingual/TranslationCreator.h"
#include "post/PostFile.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

using namespace coinage;
using namespace coinage::gui;
using namespace coinage::test;
using namespace Qt::StringLiterals;

namespace {

Script streamOf(const QList<QByteArray> &pieces, int delayMs = 5)
{
    Script script;
    script.chunks = splitEvery(sse(pieces), 17);
    script.delayMs = delayMs;
    return script;
}

// A keychain that answers late, as Secret Service or KWallet may: keyRead comes `delayMs` after read().
class LateKeyStore : public ApiKeyStore
{
public:
    explicit LateKeyStore(QString stored, int delayMs)
        : m_stored(std::move(stored))
        , m_delayMs(delayMs)
    {}
    int reads = 0;
    bool isPersistent() const override { return true; }
    QString description() const override { return u"A slow test keychain."_s; }
    void read() override
    {
        ++reads;
        QTimer::singleShot(m_delayMs, this, [this] {
            setKey(m_stored, true);
            Q_EMIT keyRead(m_stored);
        });
    }
    void write(const QString &key) override
    {
        setKey(key, true);
        Q_EMIT written(true, {});
    }

private:
    QString m_stored;
    int m_delayMs;
};

const QString confucius = u"Confucius said: large models are the way of minting coins."_s;
const QString luXun = u"Lu Xun said: in this digital wasteland, the so-called large models are mere coin presses."_s;

} // namespace

class TestBilingualTranslate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void streamsTheSelectedPairAsOneUndoStep();
    void escapeCancelsAndKeepsFinishedPairs();
    void errorReplyStopsTheRun();
    void remoteHostNeedsConsent();
    void withoutModelExplainsHowToSetOneUp();
    void shortcutWaitsForTheKeychainKey();

private:
    struct Opened
    {
        ShownWindow shown;
        ModelBackend *backend = nullptr;
        BilingualView *view = nullptr;
        BilingualSession *session = nullptr;
        PairTranslator *translator = nullptr;
    };
    bool open(Opened &o, const FakeModelServer &server, bool enabled = true,
              std::unique_ptr<ApiKeyStore> store = std::make_unique<SessionApiKeyStore>());
    static void clickAction(const Opened &o, const QString &name);
    // The pair whose original starts with `text`.
    static int pairOf(const Opened &o, const QString &text);

    QTemporaryDir m_settings;
    std::unique_ptr<QTemporaryDir> m_files;
    QString m_zh;
    QString m_en;
};

void TestBilingualTranslate::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settings.isValid());
    isolateSettings(m_settings);
    qunsetenv(ModelSettings::ApiKeyVariable);
    QVERIFY2(!seedPath(u"zh"_s).isEmpty(), "COINAGE_SEED_DIR must point at the seed posts");
}

void TestBilingualTranslate::init()
{
    QSettings().clear();
    // The Chinese original and a new English translation made of "translate me" placeholders.
    m_files = std::make_unique<QTemporaryDir>();
    QVERIFY(m_files->isValid());
    m_zh = QDir(m_files->path()).filePath(QFileInfo(seedPath(u"zh"_s)).fileName());
    QVERIFY(QFile::copy(seedPath(u"zh"_s), m_zh));
    QFile::setPermissions(m_zh, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    TranslationOptions options;
    options.targetLanguage = u"en"_s;
    const CreatedTranslation created = TranslationCreator::create(m_zh, PostFile::load(m_zh).text, options);
    QVERIFY2(created.ok, qPrintable(created.error));
    m_en = created.path;
    QVERIFY(PostFile::save(m_en, created.text, TextFormat{}).ok);
    if (!created.sourceEdits.isEmpty())
        QVERIFY(PostFile::save(m_zh, applyEdits(PostFile::load(m_zh).text, created.sourceEdits), TextFormat{}).ok);
}

bool TestBilingualTranslate::open(Opened &o, const FakeModelServer &server, bool enabled,
                                  std::unique_ptr<ApiKeyStore> store)
{
    if (!o.shown.waitUntilShown())
        return false;
    auto *models = o.shown.window->findChild<ModelController *>();
    auto *controller = o.shown.window->findChild<BilingualController *>();
    if (!models || !controller)
        return false;
    o.backend = models->backend();
    o.backend->setKeyStore(std::move(store));
    ModelSettings settings;
    settings.enabled = enabled;
    settings.baseUrl = server.baseUrl();
    settings.model = u"test-model"_s;
    o.backend->setSettings(settings);
    // The Voices panel asks the same model about the caret's sentence: no voices shown, so only translations go out.
    if (auto *panel = o.shown.window->findChild<VoicesPanel *>()) {
        for (VoiceCard *card : panel->shownCards())
            card->hideButton()->click();
    }
    if (!controller->openPair(m_zh, m_en))
        return false;
    o.view = controller->view();
    o.session = controller->session();
    o.translator = controller->translator();
    return o.view && o.session && o.translator && waitForAlignment(o.session) && waitForHighlighting(o.view);
}

void TestBilingualTranslate::clickAction(const Opened &o, const QString &name)
{
    QWidget *button = toolButton(o.view, name);
    QVERIFY2(button && button->isVisible() && button->isEnabled(), qPrintable(name));
    QTest::mouseClick(button, Qt::LeftButton);
}

int TestBilingualTranslate::pairOf(const Opened &o, const QString &text)
{
    const QTextDocument *source = o.view->sourceEditor()->document();
    const Alignment &alignment = o.session->alignment();
    for (int i = 0; i < alignment.pairs.size(); ++i) {
        if (alignment.pairs[i].hasSource() &&
            source->findBlockByNumber(alignment.pairs[i].sourceLines.first).text().startsWith(text))
            return i;
    }
    return -1;
}

void TestBilingualTranslate::streamsTheSelectedPairAsOneUndoStep()
{
    FakeModelServer server;
    Script slow = streamOf({"Confucius said: ", "large models are ", "the way of minting coins."}, 40);
    slow.headDelayMs = 100;
    server.scripts = {slow};
    Opened o;
    QVERIFY(open(o, server));
    const int pair = pairOf(o, u"子曰"_s);
    QVERIFY(pair >= 0);
    QCOMPARE(o.session->alignment().pairs[pair].status, PairStatus::Untranslated);
    Document *target = o.session->target();
    const QString before = target->text();
    QVERIFY(!target->textDocument()->isUndoAvailable());
    const int line = o.session->alignment().pairs[pair].targetLines.first;
    const QString placeholder = target->textDocument()->findBlockByNumber(line).text();
    QVERIFY(placeholder.contains(TranslationCreator::marker(u"en"_s)));

    o.view->goToPair(pair);
    QCOMPARE(o.view->currentPair(), pair);
    clickAction(o, u"translatePair"_s);
    QVERIFY(o.translator->isRunning());
    QVERIFY(o.translator->bar()->isVisible());
    QVERIFY(o.view->targetEditor()->isReadOnly());
    // Streaming: part of the reply stands in the translation before the rest has come.
    QTRY_VERIFY_WITH_TIMEOUT(target->text().contains(u"Confucius said:"_s), 5000);
    QVERIFY(o.translator->isRunning());
    QVERIFY(!target->text().contains(confucius));
    QVERIFY2(o.translator->messageLabel()->text().contains(u"1 of 1"_s),
             qPrintable(o.translator->messageLabel()->text()));
    QTRY_VERIFY_WITH_TIMEOUT(!o.translator->isRunning(), 5000);
    QVERIFY2(target->textDocument()->findBlockByNumber(line).text() == confucius,
             qPrintable(target->textDocument()->findBlockByNumber(line).text()));
    QVERIFY(!o.view->targetEditor()->isReadOnly());
    QVERIFY(o.translator->messageLabel()->text().contains(u"1 pair"_s));
    // Marked draft in the sidecar.
    QVERIFY(waitForAlignment(o.session));
    QCOMPARE(o.session->alignment().pairs[o.session->alignment().pairAt(Side::Target, line)].status, PairStatus::Draft);
    QVERIFY(readAll(AlignmentSidecar::pathFor(m_en)).contains("\"draft\""));
    // What was asked: the source block, the languages, the rules.
    QCOMPARE(server.requests.size(), 1);
    const QByteArray body = server.requests.first().body;
    QVERIFY(body.contains(u"子曰：大模型者，铸币之道也。"_s.toUtf8()));
    QVERIFY(body.contains("from Chinese (zh) into English (en)"));
    QVERIFY(body.contains("footnote markers"));
    // One undo step (Ctrl+Z in the translation) for the whole streamed pair.
    o.view->targetEditor()->setFocus();
    QTest::keyClick(o.view->targetEditor(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(target->text(), before);
    QVERIFY(!target->textDocument()->isUndoAvailable());
}

void TestBilingualTranslate::escapeCancelsAndKeepsFinishedPairs()
{
    FakeModelServer server;
    Script hanging;
    hanging.chunks = {sse({"Lu Xun said: in this digital "}, "\n", false)};
    hanging.hang = true;
    server.scripts = {streamOf({confucius.toUtf8()}), hanging};
    Opened o;
    QVERIFY(open(o, server));
    const int untranslated = o.session->alignment().count(PairStatus::Untranslated);
    QVERIFY(untranslated > 3);
    Document *target = o.session->target();
    // From the View menu's shortcut, a real key press in the original.
    QAction *cancel = o.shown.window->findChild<QAction *>(u"cancelTranslation"_s);
    QVERIFY(cancel && !cancel->isEnabled());
    o.view->sourceEditor()->setFocus();
    QTest::keyClick(o.view->sourceEditor(), Qt::Key_R, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    QVERIFY(o.translator->isRunning());
    QVERIFY(cancel->isEnabled());
    QCOMPARE(o.translator->totalCount(), untranslated);
    QTRY_VERIFY_WITH_TIMEOUT(target->text().contains(u"Lu Xun said: in this digital"_s), 5000);
    QCOMPARE(o.translator->finishedCount(), 1);
    QCOMPARE(o.translator->progressBar()->value(), 1);
    QVERIFY(o.translator->cancelButton()->isVisible());
    saveScreenshot(o.shown.window.get(), u"bilingual-translate-streaming"_s);

    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus && o.view->isAncestorOf(focus));
    QTest::keyClick(focus, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!o.translator->isRunning(), 5000);
    QVERIFY(target->text().contains(confucius));
    QVERIFY(!target->text().contains(u"Lu Xun said"_s)); // the unfinished pair was taken back
    QVERIFY2(o.translator->messageLabel()->text().contains(u"Cancelled: 1 of"_s),
             qPrintable(o.translator->messageLabel()->text()));
    QTRY_VERIFY_WITH_TIMEOUT(server.disconnects >= 1, 5000); // the request was aborted
    QCOMPARE(server.requests.size(), 2);
    QVERIFY(waitForAlignment(o.session));
    QCOMPARE(o.session->alignment().count(PairStatus::Draft), 1);
    QCOMPARE(o.session->alignment().count(PairStatus::Untranslated), untranslated - 1);
    // Nothing to redo: the taken-back text is gone for good.
    QCOMPARE(target->textDocument()->availableRedoSteps(), 0);
    saveScreenshot(o.shown.window.get(), u"bilingual-translate-cancelled"_s);
}

void TestBilingualTranslate::errorReplyStopsTheRun()
{
    FakeModelServer server;
    Script failure;
    failure.status = 500;
    failure.contentType = "application/json";
    failure.chunks = {R"({"error":{"message":"the model crashed"}})"};
    server.scripts = {streamOf({confucius.toUtf8()}), failure};
    Opened o;
    QVERIFY(open(o, server));
    Document *target = o.session->target();
    clickAction(o, u"translateUntranslated"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!o.translator->isRunning(), 5000);
    const QString message = o.translator->messageLabel()->text();
    QVERIFY2(message.contains(u"the model crashed"_s) && message.contains(u"pair 2 of"_s), qPrintable(message));
    QVERIFY(o.translator->bar()->isVisible());
    QVERIFY(target->text().contains(confucius));
    QCOMPARE(server.requests.size(), 2);
    QVERIFY(waitForAlignment(o.session));
    QCOMPARE(o.session->alignment().count(PairStatus::Draft), 1);
    saveScreenshot(o.shown.window.get(), u"bilingual-translate-error"_s);
}

void TestBilingualTranslate::remoteHostNeedsConsent()
{
    FakeModelServer server;
    server.scripts = {streamOf({luXun.toUtf8()})};
    Opened o;
    QVERIFY(open(o, server));
    o.backend->setLoopbackCheck([](const QString &) { return false; }); // 127.0.0.1 plays another machine
    o.shown.prompts->sendToHost = false;
    const int pair = pairOf(o, u"鲁迅"_s);
    o.view->goToPair(pair);
    clickAction(o, u"translatePair"_s);
    QCOMPARE(o.shown.prompts->sendToHostQuestions, QStringList{u"127.0.0.1"_s});
    QVERIFY(!o.translator->isRunning());
    QVERIFY(o.translator->messageLabel()->text().contains(u"127.0.0.1"_s));
    QVERIFY(o.translator->settingsButton()->isVisible());
    QTest::qWait(100);
    QCOMPARE(server.requests.size(), 0);

    // Asked again on the next request; yes is remembered.
    o.shown.prompts->sendToHost = true;
    o.view->goToPair(pair);
    clickAction(o, u"translatePair"_s);
    QCOMPARE(o.shown.prompts->sendToHostQuestions.size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(!o.translator->isRunning(), 5000);
    QVERIFY(o.session->target()->text().contains(luXun));
    QCOMPARE(o.backend->consentedHosts(), QStringList{u"127.0.0.1"_s});
    QVERIFY(waitForAlignment(o.session));
    o.view->goToPair(pairOf(o, u"子曰"_s));
    clickAction(o, u"translatePair"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!o.translator->isRunning(), 5000);
    QCOMPARE(o.shown.prompts->sendToHostQuestions.size(), 2);
    QCOMPARE(server.requests.size(), 2);
}

void TestBilingualTranslate::withoutModelExplainsHowToSetOneUp()
{
    FakeModelServer server;
    Opened o;
    QVERIFY(open(o, server, false));
    const QString before = o.session->target()->text();
    clickAction(o, u"translateUntranslated"_s);
    QVERIFY(!o.translator->isRunning());
    QVERIFY(o.translator->bar()->isVisible());
    QVERIFY2(o.translator->messageLabel()->text().contains(u"Voices › Language Model…"_s),
             qPrintable(o.translator->messageLabel()->text()));
    QVERIFY(o.translator->settingsButton()->isVisible());
    saveScreenshot(o.shown.window.get(), u"bilingual-translate-no-model"_s);
    QTest::mouseClick(o.translator->settingsButton(), Qt::LeftButton);
    auto *models = o.shown.window->findChild<ModelController *>();
    QVERIFY(models->dialog() && models->dialog()->isVisible());
    models->dialog()->reject();
    QCOMPARE(o.session->target()->text(), before);
    QCOMPARE(server.requests.size(), 0);
}

// The key is read from the keychain asynchronously: the first request must wait for it, not go out without it.
// Started from View > Translate Selected Pair's shortcut (Ctrl+Alt+R), a real key press in the translation.
void TestBilingualTranslate::shortcutWaitsForTheKeychainKey()
{
    FakeModelServer server;
    server.scripts = {streamOf({luXun.toUtf8()})};
    Opened o;
    auto store = std::make_unique<LateKeyStore>(u"sk-late-key"_s, 300);
    LateKeyStore *late = store.get();
    QVERIFY(open(o, server, true, std::move(store)));
    QVERIFY(!late->hasRead());

    QAction *translatePair = o.shown.window->findChild<QAction *>(u"translatePair"_s);
    QVERIFY(translatePair && translatePair->isEnabled());
    QList<QAction *> menuActions;
    for (QMenu *menu : o.shown.window->menuBar()->findChildren<QMenu *>())
        menuActions += menu->actions();
    for (const QString &name : {u"translatePair"_s, u"translateUntranslated"_s, u"cancelTranslation"_s}) {
        QAction *action = o.shown.window->findChild<QAction *>(name);
        QVERIFY2(action && menuActions.contains(action), qPrintable(name));
        QVERIFY(!action->text().isEmpty());
    }

    const int pair = pairOf(o, u"鲁迅"_s);
    QVERIFY(pair >= 0);
    o.view->goToPair(pair);
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus && o.view->isAncestorOf(focus));
    QTest::keyClick(focus, Qt::Key_R, Qt::ControlModifier | Qt::AltModifier);
    QVERIFY2(o.translator->isRunning(), qPrintable(o.translator->messageLabel()->text()));
    QCOMPARE(late->reads, 1);
    QTest::qWait(100);
    QCOMPARE(server.requests.size(), 0); // still waiting for the keychain
    QTRY_VERIFY_WITH_TIMEOUT(!o.translator->isRunning(), 5000);
    QVERIFY(o.session->target()->text().contains(luXun));
    QCOMPARE(server.requests.size(), 1);
    const QByteArray headers = server.requests.first().headers;
    QVERIFY2(headers.toLower().contains("authorization: bearer sk-late-key"), headers.constData());
}

QTEST_MAIN(TestBilingualTranslate)
#include "tst_bilingualtranslate.moc"
