// The voice editor driven like a user would: opened from the Voices panel of a shown window, fields typed with keys,
// templates edited in their table, Save clicked; learning from two samples (one pasted, one opened from a file).
#include "WidgetTestSupport.h"
#include "support/Seed.h"

#include "Document.h"
#include "FileCommands.h"
#include "MarkdownEditor.h"
#include "VoiceBlockEditor.h"
#include "VoiceCard.h"
#include "VoiceEditorController.h"
#include "VoiceEditorDialog.h"
#include "VoiceLearnPage.h"
#include "VoicesPanel.h"
#include "voices/VoiceLibrary.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeWidget>

using namespace coinage;
using namespace coinage::gui;
using namespace Qt::StringLiterals;

namespace {
const QString claim = u"Large models are the way of minting coins."_s;

// QTest::keyClicks only knows ASCII: other characters (Chinese) are sent as key events carrying their text.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}
} // namespace

class TestVoiceEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void createVoiceWithPreviewAndSave();
    void editBuiltInMakesACopy();
    void invalidTemplateBlocksSaving();
    void learningProposesAndAddsSignatures();
    void cancelStopsLearning();

private:
    struct Session
    {
        test::ShownWindow shown;
        VoicesPanel *panel = nullptr;
        VoiceEditorController *controller = nullptr;
        MarkdownEditor *editor = nullptr;
    };
    static bool open(Session &session);
    static void replaceText(QWidget *edit, const QString &text);
    // Opens the editor of a template cell with F2, types `text` over it and commits with Enter.
    static void typeInCell(QTableWidget *table, int row, int column, const QString &text);
    static bool waitForPreview(VoiceEditorDialog *dialog);

    QTemporaryDir m_settings;
};

void TestVoiceEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settings.isValid());
    test::isolateSettings(m_settings);
}

void TestVoiceEditor::init()
{
    QDir(VoiceLibrary::userDirectory()).removeRecursively();
    QSettings().remove(u"voices"_s);
}

bool TestVoiceEditor::open(Session &session)
{
    if (!session.shown.waitUntilShown())
        return false;
    MainWindow &window = *session.shown.window;
    session.panel = window.findChild<VoicesPanel *>();
    session.controller = window.findChild<VoiceEditorController *>();
    if (!session.panel || !session.controller || !session.controller->menuButton()->isVisible())
        return false;
    window.fileCommands()->openUntitled(u"voices.md"_s, claim + u"\n"_s);
    session.editor = window.currentEditor();
    if (!session.editor)
        return false;
    session.editor->setFocus();
    QTest::keyClick(session.editor, Qt::Key_Home, Qt::ControlModifier);
    for (int i = 0; i < 8; ++i)
        QTest::keyClick(session.editor, Qt::Key_Right);
    return session.editor->textCursor().position() == 8;
}

void TestVoiceEditor::replaceText(QWidget *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    typeText(edit, text);
}

void TestVoiceEditor::typeInCell(QTableWidget *table, int row, int column, const QString &text)
{
    QTRY_VERIFY(table->isVisible() && table->viewport()->height() > 0); // its tab laid out
    table->window()->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), table->window());
    table->setFocus();
    table->setCurrentCell(row, column);
    QTest::keyClick(table, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY2(editor && editor->parentWidget() == table->viewport(),
             editor ? editor->metaObject()->className() : "no focus");
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(table->item(row, column)->text(), text); // the delegate commits on the next turn of the loop
}

bool TestVoiceEditor::waitForPreview(VoiceEditorDialog *dialog)
{
    QSignalSpy updated(dialog, &VoiceEditorDialog::previewUpdated);
    return updated.wait(2000);
}

void TestVoiceEditor::createVoiceWithPreviewAndSave()
{
    Session session;
    QVERIFY(open(session));
    QPointer<VoiceEditorDialog> dialog = session.controller->openEditor();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    // The preview starts on the sentence at the caret.
    QCOMPARE(dialog->sentenceEdit()->toPlainText(), claim);
    QVERIFY(dialog->previewLabel(VoiceLanguage::English)->text().startsWith(u"Someone said: "_s));

    replaceText(dialog->idEdit(), u"ironist"_s);
    replaceText(dialog->nameEnEdit(), u"The Ironist"_s);
    replaceText(dialog->nameZhEdit(), u"讽刺者"_s);
    VoiceBlockEditor *en = dialog->blockEditor(VoiceLanguage::English);
    dialog->tabs()->setCurrentWidget(en);
    replaceText(en->attributionsEdit(), u"The ironist noted:"_s);
    QVERIFY(waitForPreview(dialog));
    QVERIFY2(dialog->previewLabel(VoiceLanguage::English)->text().startsWith(u"The ironist noted: "_s),
             qPrintable(dialog->previewLabel(VoiceLanguage::English)->text()));

    // A new template, weighted to rank first: the preview follows as it is typed.
    QTableWidget *templates = en->templatesTable();
    const int rows = templates->rowCount();
    QTest::mouseClick(en->addTemplateButton(), Qt::LeftButton);
    QCOMPARE(templates->rowCount(), rows + 1);
    QWidget *cellEditor = QApplication::focusWidget();
    QVERIFY(cellEditor && cellEditor != templates);
    QTest::keyClick(cellEditor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(cellEditor, u"{topic|cap}, so to speak, {copula} {claim}."_s);
    QTest::keyClick(cellEditor, Qt::Key_Return);
    QTRY_COMPARE(templates->item(rows, 0)->text(), u"{topic|cap}, so to speak, {copula} {claim}."_s);
    typeInCell(templates, rows, 1, u"5"_s);
    QVERIFY(waitForPreview(dialog));
    QCOMPARE(dialog->previewLabel(VoiceLanguage::English)->text(),
             u"The ironist noted: Large models, so to speak, are the way of minting coins."_s);
    QVERIFY(dialog->problemsLabel()->text().isEmpty());
    test::saveScreenshot(dialog, u"voice-editor"_s);

    QSignalSpy reloaded(session.panel, &VoicesPanel::voicesReloaded);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QCOMPARE(reloaded.size(), 1);
    QTRY_VERIFY(!dialog); // closed and deleted

    const QString path = QDir(VoiceLibrary::userDirectory()).filePath(u"ironist.json"_s);
    QVERIFY(QFile::exists(path));
    const VoiceLibrary library = VoiceLibrary::load(VoiceLibrary::userDirectory());
    QVERIFY(library.problems().isEmpty());
    const Voice *saved = library.find(u"ironist"_s);
    QVERIFY(saved);
    QCOMPARE(saved->nameZh, u"讽刺者"_s);
    QCOMPARE(saved->en.attributions, QStringList{u"The ironist noted:"_s});
    QCOMPARE(saved->en.templates.last().weight, 5.0);

    // The panel shows the new voice's card with its line.
    VoiceCard *card = session.panel->card(u"ironist"_s);
    QVERIFY(card);
    QTRY_VERIFY_WITH_TIMEOUT(!card->lines().isEmpty(), 3000);
    QCOMPARE(card->text(), u"The ironist noted: Large models, so to speak, are the way of minting coins."_s);
    QVERIFY(card->isVisible());
}

void TestVoiceEditor::editBuiltInMakesACopy()
{
    Session session;
    QVERIFY(open(session));
    // From the card's context menu.
    VoiceCard *card = session.panel->card(u"confucius"_s);
    QVERIFY(card);
    QMenu *menu = session.controller->cardMenu(u"confucius"_s, card); // the card's child
    QCOMPARE(menu->actions().first()->text(), u"Edit Voice…"_s);
    QVERIFY(std::none_of(menu->actions().cbegin(), menu->actions().cend(),
                         [](const QAction *a) { return a->text() == u"Delete Voice…"; })); // built-in: no delete
    menu->actions().first()->trigger();
    QTRY_VERIFY(session.shown.window->findChild<VoiceEditorDialog *>());
    QPointer<VoiceEditorDialog> dialog = session.shown.window->findChild<VoiceEditorDialog *>();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QVERIFY2(dialog->noticeLabel()->text().contains(u"built-in voice"_s), qPrintable(dialog->noticeLabel()->text()));
    QVERIFY(!dialog->deleteButton()->isVisible());
    QCOMPARE(dialog->idEdit()->text(), u"confucius"_s);
    replaceText(dialog->nameEnEdit(), u"Kongzi"_s);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog);

    const QString path = QDir(VoiceLibrary::userDirectory()).filePath(u"confucius.json"_s);
    QVERIFY(QFile::exists(path));
    const Voice *copy = session.panel->library().find(u"confucius"_s);
    QVERIFY(copy);
    QVERIFY(!copy->builtIn);
    QCOMPARE(copy->nameEn, u"Kongzi"_s);
    QCOMPARE(copy->zh.templates.size(), VoiceLibrary::builtIn().find(u"confucius"_s)->zh.templates.size());
    QCOMPARE(VoiceLibrary::builtIn().find(u"confucius"_s)->nameEn, u"Confucius"_s); // the built-in is untouched

    // Deleting the copy (after confirming) brings the built-in back.
    session.shown.prompts->confirm = true;
    QVERIFY(session.controller->deleteVoice(u"confucius"_s));
    QCOMPARE(session.shown.prompts->confirmQuestions.size(), 1);
    QVERIFY(session.shown.prompts->confirmQuestions.first().contains(u"built-in voice comes back"_s));
    QVERIFY(!QFile::exists(path));
    QVERIFY(session.panel->library().find(u"confucius"_s)->builtIn);
}

void TestVoiceEditor::invalidTemplateBlocksSaving()
{
    Session session;
    QVERIFY(open(session));
    QPointer<VoiceEditorDialog> dialog = session.controller->openEditor();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    VoiceBlockEditor *en = dialog->blockEditor(VoiceLanguage::English);
    dialog->tabs()->setCurrentWidget(en);
    typeInCell(en->templatesTable(), 1, 0, u"{topik} is {claim}"_s);
    QCOMPARE(en->templatesTable()->item(1, 0)->text(), u"{topik} is {claim}"_s);
    QVERIFY(en->templateErrorLabel()->isVisibleTo(dialog));
    QVERIFY(en->templateErrorLabel()->isVisible());
    QCOMPARE(en->templateErrorLabel()->text(), u"Template 2: unknown slot '{topik}'"_s);
    QCOMPARE(en->templatesTable()->item(1, 0)->toolTip(), u"unknown slot '{topik}'"_s);

    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(dialog && dialog->isVisible()); // still open, the fields as typed
    QVERIFY2(dialog->problemsLabel()->text().startsWith(u"Not saved"_s), qPrintable(dialog->problemsLabel()->text()));
    QVERIFY(dialog->problemsLabel()->text().contains(u"languages.en: template 2: unknown slot '{topik}'"_s));
    QCOMPARE(en->templatesTable()->item(1, 0)->text(), u"{topik} is {claim}"_s);
    QVERIFY(!QDir(VoiceLibrary::userDirectory()).exists() ||
            QDir(VoiceLibrary::userDirectory()).entryList(QDir::Files).isEmpty());

    // Fixed, it saves.
    typeInCell(en->templatesTable(), 1, 0, u"{topic|cap} {be} here."_s);
    QVERIFY(!en->templateErrorLabel()->isVisible());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    QVERIFY(session.panel->card(u"my-voice"_s));
}

void TestVoiceEditor::learningProposesAndAddsSignatures()
{
    Session session;
    QVERIFY(open(session));
    QTemporaryDir samples;
    const QString file = samples.filePath(u"sample.md"_s);
    QVERIFY(test::writeAll(file, u"所谓的正人君子，不过如此罢了。所谓的文明，不过是吃人的筵席罢了。\n"_s.toUtf8()));
    session.shown.prompts->openPaths = {file};

    QPointer<VoiceEditorDialog> dialog = session.controller->openEditor();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    VoiceLearnPage *learn = dialog->learnPage();
    dialog->tabs()->setCurrentWidget(learn);
    learn->pasteEdit()->setFocus();
    typeText(learn->pasteEdit(), u"那些所谓的学者，不过是帮闲罢了。所谓的进步，不过是换了一块招牌罢了。"_s);
    QTest::mouseClick(learn->addPastedButton(), Qt::LeftButton);
    QVERIFY(learn->pasteEdit()->toPlainText().isEmpty());
    QPushButton *openFiles = learn->findChild<QPushButton *>(u"openFiles"_s);
    QVERIFY(openFiles);
    QTest::mouseClick(openFiles, Qt::LeftButton);
    QCOMPARE(learn->samplesList()->count(), 2);
    QVERIFY(learn->samplesList()->item(1)->text().startsWith(u"sample.md"_s));

    QSignalSpy analysed(learn, &VoiceLearnPage::analysed);
    QTest::mouseClick(learn->analyseButton(), Qt::LeftButton);
    QVERIFY(analysed.wait(20000));
    QStringList terms;
    for (const VoiceLearnPage::Proposal &p : learn->proposals())
        terms.append(p.evidence.term);
    QVERIFY2(terms.contains(u"不过是"_s), qPrintable(terms.join(u'|')));
    QVERIFY2(terms.contains(u"罢了"_s), qPrintable(terms.join(u'|')));
    // 不过是 is two words to ICU (不过 | 是): a phrase; 罢了 is one word.
    const auto phrase = std::find_if(learn->proposals().cbegin(), learn->proposals().cend(),
                                     [](const VoiceLearnPage::Proposal &p) { return p.evidence.term == u"不过是"; });
    QVERIFY(phrase->evidence.phrase);
    QCOMPARE(phrase->evidence.sampleCount, 3);
    QVERIFY(phrase->context.contains(u"不过是帮闲"_s));
    QTreeWidget *tree = learn->proposalsTree();
    QCOMPARE(tree->topLevelItemCount(), terms.size());
    test::saveScreenshot(dialog, u"voice-editor-learn"_s);

    // Only the two wanted: the phrase becomes a signature, the word goes to the lexicon list.
    for (const QString &term : std::as_const(terms))
        QVERIFY(learn->setChecked(term, term == u"不过是" || term == u"罢了"));
    QTest::mouseClick(learn->addSelectedButton(), Qt::LeftButton);
    VoiceBlockEditor *zh = dialog->blockEditor(VoiceLanguage::Chinese);
    QCOMPARE(zh->block().signatures, QStringList{u"不过是"_s});
    QCOMPARE(zh->block().lexicon.value(u"learned"_s), QStringList{u"罢了"_s});
    QVERIFY(dialog->blockEditor(VoiceLanguage::English)->block().signatures.isEmpty());

    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    const Voice *saved = session.panel->library().find(u"my-voice"_s);
    QVERIFY(saved);
    QCOMPARE(saved->zh.signatures, QStringList{u"不过是"_s});
    QCOMPARE(saved->zh.lexicon.value(u"learned"_s), QStringList{u"罢了"_s});
}

void TestVoiceEditor::cancelStopsLearning()
{
    // A sample long enough that learning from it takes many seconds; Cancel must stop the worker itself, not just
    // hide its result.
    Session session;
    QVERIFY(open(session));
    QTemporaryDir samples;
    const QString file = samples.filePath(u"long.md"_s);
    QString text;
    const QStringList words = QString::fromUtf8(test::readAll(test::seedPath(u"en"_s))).split(u' ', Qt::SkipEmptyParts);
    const QString chinese = QString::fromUtf8(test::readAll(test::seedPath(u"zh"_s)));
    QRandomGenerator random(7);
    while (text.size() < 6'000'000) {
        for (int i = 0; i < 12; ++i)
            text += words.at(random.bounded(int(words.size()))) + u' ';
        const qsizetype at = random.bounded(int(chinese.size() - 40));
        text += chinese.mid(at, 30) + u'\n';
    }
    QVERIFY(test::writeAll(file, text.toUtf8()));
    session.shown.prompts->openPaths = {file};

    QPointer<VoiceEditorDialog> dialog = session.controller->openEditor();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    VoiceLearnPage *learn = dialog->learnPage();
    dialog->tabs()->setCurrentWidget(learn);
    QTest::mouseClick(learn->findChild<QPushButton *>(u"openFiles"_s), Qt::LeftButton);
    QCOMPARE(learn->samplesList()->count(), 1);
    QSignalSpy analysed(learn, &VoiceLearnPage::analysed);
    QTest::mouseClick(learn->analyseButton(), Qt::LeftButton);
    QVERIFY(learn->isWorkerRunning());
    QTest::qWait(200);
    auto *cancel = learn->findChild<QPushButton *>(u"cancel"_s);
    QVERIFY(cancel && cancel->isVisible());
    QElapsedTimer sinceCancel;
    sinceCancel.start();
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!learn->isAnalysing());
    QTRY_VERIFY_WITH_TIMEOUT(!learn->isWorkerRunning(), 2000);
    qInfo("worker stopped %lld ms after Cancel", sinceCancel.elapsed());
    QCOMPARE(analysed.count(), 0);
    QVERIFY(learn->proposals().isEmpty());
    QTRY_VERIFY(learn->analyseButton()->isEnabled());
}

QTEST_MAIN(TestVoiceEditor)
#include "tst_voiceeditor.moc"
