// Edit > Preferences driven like a user would: the real shortcut on a shown window, QTest key and mouse events on
// the pages, Apply / OK / Cancel / Restore Defaults, and the effect checked where the user would see it.
#include "WidgetTestSupport.h"
#include "support/Seed.h"

#include "AutosaveController.h"
#include "Document.h"
#include "EditorArea.h"
#include "EditorFont.h"
#include "FileCommands.h"
#include "FocusController.h"
#include "FootnoteSettings.h"
#include "MarkdownEditor.h"
#include "PreferencesController.h"
#include "PreferencesDialog.h"
#include "PreferencesPage.h"
#include "PreviewController.h"
#include "SiteController.h"
#include "ThemeController.h"
#include "VoiceCard.h"
#include "VoicesPanel.h"
#include "i18n/UiLanguage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>

using namespace Qt::StringLiterals;
using namespace coinage;
using namespace coinage::gui;

class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void opensFromEditMenuWithShortcut();
    void editorFontAppliesToOpenAndNewEditors();
    void themeChoiceRecolorsEditor();
    void autosaveWritesTitledPostsAfterRest();
    void autosaveFailureGoesToStatusBar();
    void voicesOrderAndVisibilityFollow();
    void footnotePlacementUsedByInsertFootnote();
    void languageIsStored();
    void previewAndFocusPageAppliesAtOnce();
    void sitePageOpensAndClearsDefaultSite();
    void cancelChangesNothing();
    void restoreDefaultsResetsCurrentPage();

private:
    PreferencesDialog *openDialog(MainWindow &window);
    static void click(QAbstractButton *button) { QTest::mouseClick(button, Qt::LeftButton); }
    static void press(PreferencesDialog *dialog, QDialogButtonBox::StandardButton which)
    {
        click(dialog->buttons()->button(which));
    }
    static void showPage(PreferencesDialog *dialog, const QString &title);
    static void setSpin(QSpinBox *spin, int value);
    QString writePost(const QString &name, const QByteArray &text);

    QTemporaryDir m_settings;
    QTemporaryDir m_files;
};

void TestPreferences::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QVERIFY(m_files.isValid());
    test::isolateSettings(m_settings);
}

void TestPreferences::init()
{
    QSettings().clear(); // each test starts from the defaults
}

QString TestPreferences::writePost(const QString &name, const QByteArray &text)
{
    const QString path = QDir(m_files.path()).filePath(name);
    if (!test::writeAll(path, text))
        return {};
    return path;
}

PreferencesDialog *TestPreferences::openDialog(MainWindow &window)
{
    QAction *action = window.findChild<QAction *>(u"preferences"_s);
    if (!action)
        return nullptr;
    window.activateWindow(); // back from a closed dialog
    if (!QTest::qWaitForWindowActive(&window))
        return nullptr;
    QTest::keySequence(&window, action->shortcut());
    PreferencesDialog *dialog = window.preferences()->dialog();
    if (!QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestPreferences::previewAndFocusPageAppliesAtOnce()
{
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    auto *focus = shown.window->findChild<FocusController *>();
    QVERIFY(focus && focus->paragraphAction()->isChecked());
    PreferencesDialog *dialog = openDialog(*shown.window);
    QVERIFY(dialog);
    showPage(dialog, u"Preview and Focus"_s);
    auto *remote = dialog->findChild<QCheckBox *>(u"remoteImages"_s);
    auto *unit = dialog->findChild<QComboBox *>(u"focusUnit"_s);
    QVERIFY(remote && unit && remote->isVisible());
    QVERIFY(!remote->isChecked()); // nothing from the network by default
    QCOMPARE(unit->currentIndex(), 0);
    QTest::mouseClick(remote, Qt::LeftButton, {}, QPoint(8, remote->height() / 2));
    unit->setFocus();
    QTest::keyClick(unit, Qt::Key_Down);
    QCOMPARE(unit->currentIndex(), 1);
    press(dialog, QDialogButtonBox::Ok);
    QVERIFY(QSettings().value(PreviewController::remoteImagesKey()).toBool());
    QCOMPARE(QSettings().value(FocusController::unitKey()).toString(), u"sentence"_s);
    QVERIFY(focus->sentenceAction()->isChecked()); // the View menu follows at once
    // Restore Defaults puts both back.
    dialog = openDialog(*shown.window);
    showPage(dialog, u"Preview and Focus"_s);
    QVERIFY(remote->isChecked());
    press(dialog, QDialogButtonBox::RestoreDefaults);
    QVERIFY(!remote->isChecked());
    QCOMPARE(unit->currentIndex(), 0);
    press(dialog, QDialogButtonBox::Ok);
    QVERIFY(!QSettings().value(PreviewController::remoteImagesKey()).toBool());
    QVERIFY(focus->paragraphAction()->isChecked());
}

void TestPreferences::showPage(PreferencesDialog *dialog, const QString &title)
{
    QListWidget *list = dialog->pageList();
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text() == title) {
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(row)).center());
            return;
        }
    }
}

void TestPreferences::setSpin(QSpinBox *spin, int value)
{
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, QString::number(value));
    QTest::keyClick(spin, Qt::Key_Tab);
}

void TestPreferences::opensFromEditMenuWithShortcut()
{
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    QAction *action = shown.window->findChild<QAction *>(u"preferences"_s);
    QVERIFY(action);
    const QList<QKeySequence> standard = QKeySequence::keyBindings(QKeySequence::Preferences);
    QCOMPARE(action->shortcut(), standard.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Comma) : standard.first());
    // Listed in the Edit menu.
    QMenu *edit = nullptr;
    for (QAction *menu : shown.window->menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(action))
            edit = menu->menu();
    }
    QVERIFY(edit);
    QCOMPARE(edit->title(), MainWindow::tr("&Edit"));

    PreferencesDialog *dialog = openDialog(*shown.window);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QStringList titles;
    for (const PreferencesPage *page : dialog->pages())
        titles.append(page->title());
    QCOMPARE(titles, (QStringList{u"Editor"_s, u"Spelling"_s, u"Preview and Focus"_s, u"Footnotes"_s, u"Voices"_s,
                                  u"Language Model"_s, u"Sites"_s, u"Language"_s}));
    QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Apply)->isEnabled());
    test::saveScreenshot(dialog, u"preferences"_s);
    for (const PreferencesPage *page : dialog->pages()) {
        showPage(dialog, page->title());
        QCOMPARE(dialog->currentPage(), page);
        test::saveScreenshot(dialog, u"preferences-"_s + page->title().toLower());
    }
    showPage(dialog, u"Editor"_s);
    // Another feature adds its page with one line; it shows at once.
    shown.window->preferences()->addPage([] {
        struct Extra : PreferencesPage
        {
            QString title() const override { return u"Extra"_s; }
            void load() override {}
            bool apply() override { return true; }
        };
        return new Extra;
    });
    QVERIFY(dialog->page(u"Extra"_s));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());
}

void TestPreferences::editorFontAppliesToOpenAndNewEditors()
{
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    MainWindow &window = *shown.window;
    window.fileCommands()->newPost();
    MarkdownEditor *before = window.currentEditor();
    QVERIFY(before);
    const QFont defaultFont = EditorFont::defaultFont();
    QCOMPARE(before->font().pointSize(), qRound(defaultFont.pointSizeF()));

    PreferencesDialog *dialog = openDialog(window);
    QVERIFY(dialog);
    showPage(dialog, u"Editor"_s);
    auto *size = dialog->findChild<QSpinBox *>(u"fontSize"_s);
    auto *family = dialog->findChild<QFontComboBox *>(u"fontFamily"_s);
    QVERIFY(size && family && size->isVisible());
    setSpin(size, 17);
    family->setFocus();
    QTest::keyClick(family, Qt::Key_Down); // the next family, if the machine has another
    const QString chosenFamily = family->currentFont().family();
    QVERIFY(dialog->buttons()->button(QDialogButtonBox::Apply)->isEnabled());
    press(dialog, QDialogButtonBox::Apply);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Apply)->isEnabled());
    QCOMPARE(before->font().pointSize(), 17);
    QCOMPARE(before->font().family(), chosenFamily);
    QCOMPARE(QSettings().value(EditorFont::sizeKey()).toInt(), 17);
    press(dialog, QDialogButtonBox::Ok);
    QTRY_VERIFY(!dialog->isVisible());

    window.fileCommands()->newPost();
    MarkdownEditor *after = window.currentEditor();
    QVERIFY(after != before);
    QCOMPARE(after->font().pointSize(), 17);
    QCOMPARE(after->font().family(), chosenFamily);
}

void TestPreferences::themeChoiceRecolorsEditor()
{
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    MainWindow &window = *shown.window;
    window.fileCommands()->newPost();
    MarkdownEditor *editor = window.currentEditor();
    window.themes()->chooseTheme(ThemeController::lightThemeName());
    const int lightness = editor->palette().color(QPalette::Base).lightness();

    PreferencesDialog *dialog = openDialog(window);
    QVERIFY(dialog);
    showPage(dialog, u"Editor"_s);
    auto *theme = dialog->findChild<QComboBox *>(u"theme"_s);
    QVERIFY(theme);
    QCOMPARE(theme->currentData().toString(), ThemeController::lightThemeName());
    theme->setFocus();
    QTest::keyClick(theme, Qt::Key_Down);
    QCOMPARE(theme->currentText(), u"Dark"_s);
    press(dialog, QDialogButtonBox::Ok);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(window.themes()->chosenThemeName(), ThemeController::darkThemeName());
    QVERIFY(editor->palette().color(QPalette::Base).lightness() < lightness);
    QCOMPARE(QSettings().value(u"editor/theme"_s).toString(), ThemeController::darkThemeName());

    // Follow System Colors is the first entry and stores no theme.
    dialog = openDialog(window);
    QVERIFY(dialog);
    showPage(dialog, u"Editor"_s);
    theme->setFocus();
    QTest::keyClick(theme, Qt::Key_Home);
    press(dialog, QDialogButtonBox::Ok);
    QCOMPARE(window.themes()->chosenThemeName(), QString());
}

void TestPreferences::autosaveWritesTitledPostsAfterRest()
{
    const QString path = writePost(u"autosave.md"_s, "# Title\n\nFirst line.\n");
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    MainWindow &window = *shown.window;
    auto *autosave = window.findChild<AutosaveController *>();
    QVERIFY(autosave);
    QVERIFY(!autosave->isEnabled()); // off by default
    autosave->setIntervalOverride(300);
    QVERIFY(window.openFile(path));
    MarkdownEditor *titled = window.currentEditor();

    PreferencesDialog *dialog = openDialog(window);
    QVERIFY(dialog);
    showPage(dialog, u"Editor"_s);
    auto *box = dialog->findChild<QCheckBox *>(u"autosave"_s);
    auto *seconds = dialog->findChild<QSpinBox *>(u"autosaveSeconds"_s);
    QVERIFY(box && seconds);
    QVERIFY(!box->isChecked());
    QVERIFY(!seconds->isEnabled());
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
    QVERIFY(box->isChecked());
    QVERIFY(seconds->isEnabled());
    setSpin(seconds, 12);
    press(dialog, QDialogButtonBox::Ok);
    QTRY_VERIFY(!dialog->isVisible());
    QVERIFY(autosave->isEnabled());
    QCOMPARE(QSettings().value(AutosaveController::intervalKey()).toInt(), 12);
    QCOMPARE(autosave->intervalMs(), 300); // the test's override wins over the 12 s

    titled->setFocus();
    titled->moveCursor(QTextCursor::End);
    QTest::keyClicks(titled, u"Autosaved."_s);
    QVERIFY(titled->postDocument()->isModified());
    QTRY_VERIFY_WITH_TIMEOUT(test::readAll(path).endsWith("Autosaved."), 5000);
    QVERIFY(!titled->postDocument()->isModified());

    // Untitled posts are never autosaved (nothing asks where to save them either).
    Document *untitled = window.fileCommands()->newPost();
    QTest::keyClicks(window.currentEditor(), u"Draft words"_s);
    QTest::qWait(800);
    QVERIFY(untitled->isModified());
    QVERIFY(untitled->isUntitled());
    QVERIFY(shown.prompts->saveElsewhereMessages.isEmpty());
}

void TestPreferences::autosaveFailureGoesToStatusBar()
{
    const QString path = writePost(u"fails/post.md"_s, "Text.\n");
    QSettings().setValue(AutosaveController::enabledKey(), true);
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    MainWindow &window = *shown.window;
    auto *autosave = window.findChild<AutosaveController *>();
    QVERIFY(autosave && autosave->isEnabled());
    autosave->setIntervalOverride(200);
    QVERIFY(window.openFile(path));
    // The folder goes away: the atomic save cannot create its temporary file.
    QVERIFY(QDir(QFileInfo(path).absolutePath()).removeRecursively());
    QSignalSpy rounds(autosave, &AutosaveController::autosaved);
    QTest::keyClicks(window.currentEditor(), u"More"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!rounds.isEmpty(), 3000);
    QCOMPARE(rounds.first().at(1).toInt(), 1);
    QVERIFY2(window.statusBar()->currentMessage().startsWith(u"Autosave of post.md failed"_s),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(shown.prompts->saveElsewhereMessages.isEmpty()); // no dialog
    QVERIFY(shown.prompts->errors.isEmpty());
    // Not retried every interval: only the next change tries again.
    QTest::qWait(600);
    QCOMPARE(rounds.size(), 1);
}

void TestPreferences::voicesOrderAndVisibilityFollow()
{
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    MainWindow &window = *shown.window;
    auto *panel = window.findChild<VoicesPanel *>();
    QVERIFY(panel);
    QVERIFY(panel->cards().size() >= 3);
    const QString first = panel->cards().at(0)->voiceId();
    const QString second = panel->cards().at(1)->voiceId();
    const QString third = panel->cards().at(2)->voiceId();

    PreferencesDialog *dialog = openDialog(window);
    QVERIFY(dialog);
    showPage(dialog, u"Voices"_s);
    auto *list = dialog->findChild<QListWidget *>(u"voices"_s);
    auto *up = dialog->findChild<QPushButton *>(u"moveUp"_s);
    QVERIFY(list && up);
    QCOMPARE(list->count(), panel->cards().size());
    QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), first);
    // The second voice moves to the top; the third is unchecked with the space bar.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(1)).center());
    click(up);
    QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), second);
    list->setFocus();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(2)).center());
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(list->item(2)->checkState(), Qt::Unchecked);
    press(dialog, QDialogButtonBox::Apply);

    QCOMPARE(panel->cards().at(0)->voiceId(), second);
    QCOMPARE(panel->cards().at(1)->voiceId(), first);
    QCOMPARE(panel->shownCards().first()->voiceId(), second);
    QVERIFY(!panel->card(third)->isVisible());
    for (const VoiceCard *card : panel->shownCards())
        QVERIFY(card->voiceId() != third);
    QCOMPARE(QSettings().value(VoicesPanel::hiddenSettingKey()).toStringList(), QStringList{third});
    QCOMPARE(QSettings().value(VoicesPanel::orderSettingKey()).toStringList().mid(0, 2), (QStringList{second, first}));
    press(dialog, QDialogButtonBox::Ok);

    // A new window (the next start) shows the same order.
    VoicesPanel fresh(nullptr);
    QCOMPARE(fresh.cards().at(0)->voiceId(), second);
    QCOMPARE(fresh.shownCards().size(), panel->cards().size() - 1);
}

void TestPreferences::footnotePlacementUsedByInsertFootnote()
{
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    MainWindow &window = *shown.window;
    PreferencesDialog *dialog = openDialog(window);
    QVERIFY(dialog);
    showPage(dialog, u"Footnotes"_s);
    auto *english = dialog->findChild<QComboBox *>(u"english"_s);
    auto *chinese = dialog->findChild<QComboBox *>(u"chinese"_s);
    QVERIFY(english && chinese);
    QCOMPARE(english->currentData().toInt(), int(MarkerPlacement::AfterPunctuation));
    english->setFocus();
    QTest::keyClick(english, Qt::Key_Down);
    press(dialog, QDialogButtonBox::Ok);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(FootnoteSettings::placement(u"en"_s), MarkerPlacement::BeforePunctuation);
    QCOMPARE(FootnoteSettings::placement(u"zh"_s), MarkerPlacement::AfterPunctuation);

    const QString text = u"天色已晚。\n\nIt was late.\n"_s;
    Document *document = window.fileCommands()->openUntitled(u"notes.md"_s, text);
    MarkdownEditor *editor = window.currentEditor();
    QAction *insert = window.findChild<QAction *>(u"insertFootnote"_s);
    QVERIFY(insert);
    QTextCursor caret = editor->textCursor();
    caret.setPosition(int(text.indexOf(u"late") + 4));
    editor->setTextCursor(caret);
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    editor->setFocus();
    QTest::keySequence(&window, insert->shortcut());
    QVERIFY2(document->text().contains(u"It was late[^1]."_s), qPrintable(document->text()));
    caret = editor->textCursor();
    caret.setPosition(int(document->text().indexOf(u"晚") + 1));
    editor->setTextCursor(caret);
    QTest::keySequence(&window, insert->shortcut());
    QVERIFY2(document->text().contains(u"天色已晚。[^"_s), qPrintable(document->text()));
}

void TestPreferences::languageIsStored()
{
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    PreferencesDialog *dialog = openDialog(*shown.window);
    QVERIFY(dialog);
    showPage(dialog, u"Language"_s);
    auto *language = dialog->findChild<QComboBox *>(u"language"_s);
    auto *restart = dialog->findChild<QPushButton *>(u"restart"_s);
    QVERIFY(language && restart && restart->isVisible());
    QCOMPARE(language->currentData().toString(), UiLanguage::systemSetting());
    language->setFocus();
    QTest::keyClick(language, Qt::Key_End);
    QCOMPARE(language->currentText(), u"简体中文"_s);
    press(dialog, QDialogButtonBox::Ok);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(QSettings().value(UiLanguage::settingKey()).toString(), u"zh_CN"_s);
    // What Gui.cpp does with it at the next start.
    QCOMPARE(UiLanguage::resolve(QSettings().value(UiLanguage::settingKey()).toString(), {u"en-US"_s}), u"zh_CN"_s);
}

void TestPreferences::sitePageOpensAndClearsDefaultSite()
{
    const QString site = QDir(m_files.path()).filePath(u"site"_s);
    QVERIFY(test::writeAll(QDir(site).filePath(u"_config.yml"_s), "title: Test\n"));
    QDir().mkpath(QDir(site).filePath(u"_posts"_s));
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    MainWindow &window = *shown.window;
    auto *sites = window.findChild<SiteController *>();
    QVERIFY(sites && !sites->site());

    PreferencesDialog *dialog = openDialog(window);
    QVERIFY(dialog);
    showPage(dialog, u"Sites"_s);
    auto *folder = dialog->findChild<QLineEdit *>(u"folder"_s);
    auto *browse = dialog->findChild<QPushButton *>(u"browse"_s);
    auto *clear = dialog->findChild<QPushButton *>(u"clear"_s);
    auto *error = dialog->findChild<QLabel *>(u"error"_s);
    QVERIFY(folder && browse && clear && error);
    QVERIFY(folder->text().isEmpty());

    // Not a site: refused on the page, the dialog stays.
    folder->setFocus();
    QTest::keyClicks(folder, m_files.path());
    press(dialog, QDialogButtonBox::Ok);
    QVERIFY(dialog->isVisible());
    QVERIFY(error->isVisible());
    QVERIFY(!sites->site());

    shown.prompts->folder = site;
    click(browse);
    QCOMPARE(QDir::fromNativeSeparators(folder->text()), site);
    press(dialog, QDialogButtonBox::Apply);
    QVERIFY(sites->site());
    QCOMPARE(QDir(sites->site()->root()), QDir(site));
    QCOMPARE(QDir(QSettings().value(SiteController::settingKey()).toString()), QDir(site));

    click(clear);
    QVERIFY(folder->text().isEmpty());
    press(dialog, QDialogButtonBox::Ok);
    QTRY_VERIFY(!dialog->isVisible());
    QVERIFY(!sites->site());
    QVERIFY(!QSettings().contains(SiteController::settingKey()));
}

void TestPreferences::cancelChangesNothing()
{
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    MainWindow &window = *shown.window;
    window.fileCommands()->newPost();
    MarkdownEditor *editor = window.currentEditor();
    const QFont font = editor->font();
    auto *panel = window.findChild<VoicesPanel *>();
    const QString firstVoice = panel->cards().first()->voiceId();

    PreferencesDialog *dialog = openDialog(window);
    QVERIFY(dialog);
    setSpin(dialog->findChild<QSpinBox *>(u"fontSize"_s), 23);
    auto *box = dialog->findChild<QCheckBox *>(u"autosave"_s);
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
    showPage(dialog, u"Voices"_s);
    auto *list = dialog->findChild<QListWidget *>(u"voices"_s);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(1)).center());
    click(dialog->findChild<QPushButton *>(u"moveUp"_s));
    showPage(dialog, u"Footnotes"_s);
    auto *english = dialog->findChild<QComboBox *>(u"english"_s);
    english->setFocus();
    QTest::keyClick(english, Qt::Key_Down);
    press(dialog, QDialogButtonBox::Cancel);
    QTRY_VERIFY(!dialog->isVisible());

    QCOMPARE(editor->font(), font);
    QCOMPARE(panel->cards().first()->voiceId(), firstVoice);
    QCOMPARE(FootnoteSettings::placement(u"en"_s), MarkerPlacement::AfterPunctuation);
    QVERIFY(!window.findChild<AutosaveController *>()->isEnabled());
    QSettings settings;
    for (const QString &key : {EditorFont::sizeKey(), AutosaveController::enabledKey(), VoicesPanel::orderSettingKey(),
                               FootnoteSettings::placementKey(u"en"_s)})
        QVERIFY2(!settings.contains(key), qPrintable(key));

    // Opened again, the pages show the stored settings, not the cancelled edits.
    dialog = openDialog(window);
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QSpinBox *>(u"fontSize"_s)->value(), font.pointSize());
    QVERIFY(!dialog->findChild<QCheckBox *>(u"autosave"_s)->isChecked());
    QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), firstVoice);
    QCOMPARE(english->currentData().toInt(), int(MarkerPlacement::AfterPunctuation));
    press(dialog, QDialogButtonBox::Cancel);
}

void TestPreferences::restoreDefaultsResetsCurrentPage()
{
    QSettings settings;
    settings.setValue(EditorFont::sizeKey(), 20);
    settings.setValue(AutosaveController::enabledKey(), true);
    settings.setValue(FileCommands::backupSettingKey(), true);
    settings.setValue(FootnoteSettings::placementKey(u"zh"_s), u"before"_s);
    settings.sync();
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    MainWindow &window = *shown.window;
    window.fileCommands()->newPost();
    MarkdownEditor *editor = window.currentEditor();
    QCOMPARE(editor->font().pointSize(), 20);

    PreferencesDialog *dialog = openDialog(window);
    QVERIFY(dialog);
    showPage(dialog, u"Editor"_s);
    auto *size = dialog->findChild<QSpinBox *>(u"fontSize"_s);
    auto *autosave = dialog->findChild<QCheckBox *>(u"autosave"_s);
    auto *backup = dialog->findChild<QCheckBox *>(u"backup"_s);
    QCOMPARE(size->value(), 20);
    QVERIFY(autosave->isChecked() && backup->isChecked());
    press(dialog, QDialogButtonBox::RestoreDefaults);
    QCOMPARE(size->value(), qRound(EditorFont::defaultFont().pointSizeF()));
    QVERIFY(!autosave->isChecked() && !backup->isChecked());
    // Only the current page: the footnote page keeps its value.
    auto *chinese = dialog->findChild<QComboBox *>(u"chinese"_s);
    QCOMPARE(chinese->currentData().toInt(), int(MarkerPlacement::BeforePunctuation));
    // Nothing stored before Apply.
    QCOMPARE(editor->font().pointSize(), 20);
    press(dialog, QDialogButtonBox::Apply);
    QCOMPARE(editor->font().pointSize(), qRound(EditorFont::defaultFont().pointSizeF()));
    QVERIFY(!QSettings().contains(EditorFont::sizeKey()));
    QVERIFY(!QSettings().value(AutosaveController::enabledKey()).toBool());
    QVERIFY(!QSettings().value(FileCommands::backupSettingKey()).toBool());
    QCOMPARE(FootnoteSettings::placement(u"zh"_s), MarkerPlacement::BeforePunctuation);

    showPage(dialog, u"Footnotes"_s);
    press(dialog, QDialogButtonBox::RestoreDefaults);
    press(dialog, QDialogButtonBox::Ok);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(FootnoteSettings::placement(u"zh"_s), MarkerPlacement::AfterPunctuation);
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
