// The Voices panel driven like a user would: a shown main window, the caret moved with keys, the cards' buttons
// clicked, Ctrl+Z pressed.
#include "WidgetTestSupport.h"
#include "support/Seed.h"

#include "Document.h"
#include "FileCommands.h"
#include "MarkdownEditor.h"
#include "VoiceCard.h"
#include "VoicesPanel.h"
#include "WrappingLabel.h"
#include "voices/PasticheEngine.h"
#include "voices/SentenceAnalysis.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTextCursor>
#include <QToolButton>
#include <algorithm>

using namespace coinage;
using namespace coinage::gui;
using namespace Qt::StringLiterals;

namespace {
const QString claim = u"Large models are the way of minting coins."_s;
const QString second = u"A second paragraph follows here."_s;
const QString original = claim + u"\n\n"_s + second + u"\n"_s;
} // namespace

class TestVoicesPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void everyCardStartsWithItsAttribution();
    void insertBelowIsOneUndoStep();
    void replaceReplacesTheSentence();
    void symposiumInsertsOneParagraphPerVoice();
    void nextVariantIsDeterministic();
    void pinnedKeepsLineAndHiddenIsRemembered();
    void seedPostGivesEveryVoiceALine();
    void wrappingLabelMeasuresAsQLabel_data();
    void wrappingLabelMeasuresAsQLabel();

private:
    struct Session
    {
        test::ShownWindow shown;
        VoicesPanel *panel = nullptr;
        MarkdownEditor *editor = nullptr;
        Document *document = nullptr;
    };
    // A shown window on `original`, the caret moved into the claim with arrow keys, the first lines shown.
    static bool open(Session &session);
    static bool waitForLines(VoicesPanel *panel);
    static void undo(MarkdownEditor *editor) { QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier); }

    QTemporaryDir m_settings;
};

void TestVoicesPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // no user voices from the machine
    QVERIFY(m_settings.isValid());
    test::isolateSettings(m_settings);
}

void TestVoicesPanel::init()
{
    QSettings().remove(u"voices"_s);
}

bool TestVoicesPanel::waitForLines(VoicesPanel *panel)
{
    QSignalSpy shown(panel, &VoicesPanel::linesShown);
    return shown.wait(3000);
}

bool TestVoicesPanel::open(Session &session)
{
    if (!session.shown.waitUntilShown())
        return false;
    MainWindow &window = *session.shown.window;
    session.panel = window.findChild<VoicesPanel *>();
    if (!session.panel || !session.panel->isVisible())
        return false;
    window.fileCommands()->openUntitled(u"voices.md"_s, original);
    session.editor = window.currentEditor();
    if (!session.editor)
        return false;
    session.document = session.editor->postDocument();
    session.editor->setFocus();
    QSignalSpy shown(session.panel, &VoicesPanel::linesShown);
    QTest::keyClick(session.editor, Qt::Key_Home, Qt::ControlModifier);
    for (int i = 0; i < 8; ++i)
        QTest::keyClick(session.editor, Qt::Key_Right); // into "models"
    QElapsedTimer sinceLastKey;
    sinceLastKey.start();
    // Debounced: nothing is computed while the caret keeps moving.
    QTest::qWait(VoicesPanel::debounceMs / 3);
    if (!shown.isEmpty())
        return false;
    if (!shown.wait(3000))
        return false;
    qInfo("lines for %lld voices shown %lld ms after the last key (debounce %d ms)",
          qlonglong(session.panel->shownCards().size()), qlonglong(sinceLastKey.elapsed()), VoicesPanel::debounceMs);
    return session.editor->textCursor().position() == 8;
}

void TestVoicesPanel::everyCardStartsWithItsAttribution()
{
    Session session;
    QVERIFY(open(session));
    const QList<VoiceCard *> cards = session.panel->shownCards();
    QVERIFY(cards.size() >= 12);
    for (const VoiceCard *card : cards) {
        const Voice *voice = session.panel->library().find(card->voiceId());
        QVERIFY(voice);
        QCOMPARE(card->lines().size(), 1);
        const PasticheLine &line = card->lines().first();
        QCOMPARE(line.source, u"template"_s);
        QCOMPARE(line.language, VoiceLanguage::English);
        const QStringList &attributions = voice->en.attributions;
        QVERIFY2(std::any_of(attributions.begin(), attributions.end(),
                             [&](const QString &a) { return line.text.startsWith(a); }),
                 qPrintable(line.text));
        QVERIFY(card->lineLabels().first()->isVisible());
        QCOMPARE(card->lineLabels().first()->text(), line.text);
        QVERIFY(card->lineLabels().first()->wordWrap());
    }
    // However short the dock (it shares the right side with other panels), every line is shown whole: the cards
    // scroll instead of squeezing their labels.
    session.shown.window->resize(session.shown.window->width(), 480);
    QSignalSpy shown(session.panel, &VoicesPanel::linesShown);
    QTest::keyClick(session.editor, Qt::Key_End, Qt::ControlModifier); // new lines while the dock is short
    QVERIFY(shown.wait(3000));
    QTRY_VERIFY(std::all_of(cards.begin(), cards.end(), [](const VoiceCard *card) {
        const QLabel *label = card->lineLabels().first();
        return label->height() >= label->heightForWidth(label->width());
    }));
    test::saveScreenshot(session.shown.window.get(), u"voices-panel"_s);
}

void TestVoicesPanel::insertBelowIsOneUndoStep()
{
    Session session;
    QVERIFY(open(session));
    VoiceCard *card = session.panel->card(u"confucius"_s);
    QVERIFY(card);
    const QString line = card->text();
    QVERIFY(line.startsWith(u"Confucius said: "_s) || line.startsWith(u"The Master said: "_s));
    QTest::mouseClick(card->insertBelowButton(), Qt::LeftButton);
    QCOMPARE(session.document->text(), claim + u"\n\n"_s + line + u"\n\n"_s + second + u"\n"_s);
    QVERIFY(session.editor->hasFocus());
    undo(session.editor);
    QCOMPARE(session.document->text(), original);
}

void TestVoicesPanel::replaceReplacesTheSentence()
{
    Session session;
    QVERIFY(open(session));
    VoiceCard *card = session.panel->card(u"lu-xun"_s);
    if (!card)
        card = session.panel->shownCards().at(1);
    const QString line = card->text();
    QVERIFY(!line.isEmpty());
    QTest::mouseClick(card->replaceButton(), Qt::LeftButton);
    QCOMPARE(session.document->text(), line + u"\n\n"_s + second + u"\n"_s);
    undo(session.editor);
    QCOMPARE(session.document->text(), original);
}

void TestVoicesPanel::symposiumInsertsOneParagraphPerVoice()
{
    Session session;
    QVERIFY(open(session));
    // A hidden voice stays out of the symposium.
    VoiceCard *hidden = session.panel->shownCards().last();
    QTest::mouseClick(hidden->hideButton(), Qt::LeftButton);
    QVERIFY(!hidden->isVisible());
    QStringList lines;
    for (const VoiceCard *card : session.panel->shownCards())
        lines.append(card->text());
    QVERIFY(!lines.contains(hidden->text()));
    QTest::mouseClick(session.panel->symposiumButton(), Qt::LeftButton);
    const QString expected = claim + u"\n\n"_s + lines.join(u"\n\n"_s) + u"\n\n"_s + second + u"\n"_s;
    QCOMPARE(session.document->text(), expected);
    QCOMPARE(session.document->text().split(u"\n\n"_s).size(), lines.size() + 2);
    undo(session.editor);
    QCOMPARE(session.document->text(), original);
}

void TestVoicesPanel::nextVariantIsDeterministic()
{
    Session session;
    QVERIFY(open(session));
    VoiceCard *card = session.panel->card(u"confucius"_s);
    QVERIFY(card);
    const Voice *voice = session.panel->library().find(u"confucius"_s);
    QVERIFY(voice);
    const SentenceAnalysis analysis = SentenceAnalyzer::analyze(claim);
    QVERIFY(PasticheEngine::variantCount(*voice, analysis, VoiceLanguage::English) > 1);
    const QString first = card->text();
    QCOMPARE(first, PasticheEngine::line(*voice, analysis, VoiceLanguage::English, 0).text);
    QTest::mouseClick(card->nextVariantButton(), Qt::LeftButton);
    const QString next = card->text();
    QVERIFY(next != first);
    QCOMPARE(next, PasticheEngine::line(*voice, analysis, VoiceLanguage::English, 1).text);
    QTest::mouseClick(card->nextVariantButton(), Qt::LeftButton);
    QCOMPARE(card->text(), PasticheEngine::line(*voice, analysis, VoiceLanguage::English, 2).text);
}

void TestVoicesPanel::pinnedKeepsLineAndHiddenIsRemembered()
{
    QString pinnedLine;
    {
        Session session;
        QVERIFY(open(session));
        VoiceCard *pinned = session.panel->card(u"confucius"_s);
        VoiceCard *free = session.panel->card(u"lu-xun"_s);
        QVERIFY(pinned && free);
        pinnedLine = pinned->text();
        const QString freeLine = free->text();
        QTest::mouseClick(pinned->pinButton(), Qt::LeftButton);
        QVERIFY(pinned->isPinned());
        QTest::mouseClick(free->hideButton(), Qt::LeftButton);
        QVERIFY(!free->isVisible());
        // The caret goes to the second paragraph: the pinned card keeps its line, the others follow.
        QTest::keyClick(session.editor, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClick(session.editor, Qt::Key_Up);
        QVERIFY(waitForLines(session.panel));
        QCOMPARE(pinned->text(), pinnedLine);
        QVERIFY(free->text() != freeLine);
    }
    Session again;
    QVERIFY(again.shown.waitUntilShown());
    VoicesPanel *panel = again.shown.window->findChild<VoicesPanel *>();
    QVERIFY(panel);
    QVERIFY(panel->card(u"confucius"_s)->isPinned());
    QVERIFY(!panel->card(u"lu-xun"_s)->isVisibleTo(panel));
    panel->unhide(u"lu-xun"_s);
    QVERIFY(panel->card(u"lu-xun"_s)->isVisibleTo(panel));
}

// The seed post, the caret in its first claim: every voice has a line (and, with COINAGE_TEST_SCREENSHOTS, a
// picture of the panel as users see it).
void TestVoicesPanel::seedPostGivesEveryVoiceALine()
{
    Session session;
    session.shown.window->resize(1400, 900);
    QVERIFY(session.shown.waitUntilShown());
    VoicesPanel *panel = session.shown.window->findChild<VoicesPanel *>();
    QVERIFY(panel);
    QVERIFY(session.shown.window->openFile(test::seedPath(u"en"_s)));
    MarkdownEditor *editor = session.shown.window->currentEditor();
    QVERIFY(editor);
    const qsizetype at = editor->postDocument()->text().indexOf(u"Lu Xun said: In the digital"_s);
    QVERIFY(at > 0);
    QSignalSpy shown(panel, &VoicesPanel::linesShown);
    QTextCursor cursor = editor->textCursor();
    cursor.setPosition(int(at + 20));
    editor->setTextCursor(cursor);
    QVERIFY(shown.wait(3000));
    for (const VoiceCard *card : panel->shownCards())
        QVERIFY2(!card->text().isEmpty(), qPrintable(card->voiceId()));
    test::saveScreenshot(session.shown.window.get(), u"voices-panel-seed"_s);
}

void TestVoicesPanel::wrappingLabelMeasuresAsQLabel_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    const QString english =
        u"Confucius said: a writer who reviews the old post and finds the new sentence may be a teacher."_s;
    const QString chinese = u"鲁迅说：我向来是不惮以最坏的恶意来推测中国人的，然而我还不料，也不信竟会写得这样长。"_s;
    QTest::newRow("english, then chinese") << english << chinese;
    QTest::newRow("chinese, then english") << chinese << english;
    QTest::newRow("empty, then english") << QString() << english;
    QTest::newRow("one word, then a longer line") << u"Word"_s << english + u' ' + english;
}

void TestVoicesPanel::wrappingLabelMeasuresAsQLabel()
{
    // The Voices cards' lines remember their heights for width: a remembered height must never outlive a change of
    // what it measured.
    QFETCH(QString, first);
    QFETCH(QString, second);
    WrappingLabel remembering;
    QLabel plain;
    plain.setWordWrap(true);
    for (QLabel *label : {static_cast<QLabel *>(&remembering), &plain}) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setText(first);
    }
    const QList<int> widths{40, 120, 300, 120, 40, 600};
    auto compare = [&](const char *step) {
        for (const int width : widths) {
            // Asked twice: the second answer is the remembered one.
            QCOMPARE(remembering.heightForWidth(width), plain.heightForWidth(width));
            QVERIFY2(remembering.heightForWidth(width) == plain.heightForWidth(width), step);
        }
    };
    compare("first text");
    remembering.setText(second);
    plain.setText(second);
    compare("second text");
    QFont bigger = plain.font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.6);
    remembering.setFont(bigger);
    plain.setFont(bigger);
    compare("bigger font");
    remembering.setMargin(12);
    plain.setMargin(12);
    compare("margin");
    remembering.setIndent(30);
    plain.setIndent(30);
    compare("indent");
    remembering.setContentsMargins(20, 4, 20, 4);
    plain.setContentsMargins(20, 4, 20, 4);
    compare("contents margins");
    remembering.setWordWrap(false);
    plain.setWordWrap(false);
    compare("no wrapping");
}

QTEST_MAIN(TestVoicesPanel)
#include "tst_voicespanel.moc"
