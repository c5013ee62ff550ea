// Help: the Getting Started guide (F1, first launch) and the keyboard shortcut list, driven with real events.
#include "EditorArea.h"
#include "EditorPane.h"
#include "HelpController.h"
#include "MarkdownEditor.h"
#include "OutlinePanel.h"
#include "ShortcutsDialog.h"
#include "WidgetTestSupport.h"
#include "support/Seed.h"

#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace coinage;
using namespace coinage::gui;
using namespace Qt::StringLiterals;

namespace {

// Opens a menu of the menu bar with the mouse, walks to an item with the arrow keys and presses Return.
bool chooseMenuItem(MainWindow *window, QMenu *menu, QAction *item)
{
    QMenuBar *bar = window->menuBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(menu->menuAction()).center());
    if (!QTest::qWaitFor([menu] { return menu->isVisible(); }))
        return false;
    for (int i = 0; i < menu->actions().size() && menu->activeAction() != item; ++i)
        QTest::keyClick(menu, Qt::Key_Down);
    if (menu->activeAction() != item)
        return false;
    QTest::keyClick(menu, Qt::Key_Return);
    return QTest::qWaitFor([menu] { return !menu->isVisible(); });
}

QStringList visibleRows(QTreeWidget *tree)
{
    QStringList rows;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (!group->isHidden() && !group->child(i)->isHidden())
                rows.append(group->text(0) + u" / "_s + group->child(i)->text(0) + u" = "_s + group->child(i)->text(1));
        }
    }
    return rows;
}

} // namespace

class TestHelp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(m_settings); }
    void guidesAreBundled_data();
    void guidesAreBundled();
    void f1OpensGettingStarted();
    void firstLaunchOnlyOnce();
    void firstLaunchWithAPostKeepsThePostInFront();
    void plainText_data();
    void plainText();
    void shortcutsFromHelpMenu();
    void shortcutsNeverStale();

private:
    QTemporaryDir m_settings;
};

void TestHelp::guidesAreBundled_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::newRow("en") << u"en"_s << u"title: Getting started with Coinage"_s;
    QTest::newRow("zh_CN") << u"zh_CN"_s << u"title: Coinage 入门"_s;
}

void TestHelp::guidesAreBundled()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    QFile file(HelpController::gettingStartedPath(language));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(title));
    // It walks through the panels, the command line and the shortcuts, and shows a footnote at work.
    QCOMPARE(text.count(u"\n## "_s), 4);
    QVERIFY(text.contains(u"[^how]:"_s));
    QVERIFY(text.contains(u"coinage check"_s));
}

void TestHelp::f1OpensGettingStarted()
{
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    const int before = int(shown.window->editorArea()->documents().size());
    QTest::keyClick(shown.window.get(), Qt::Key_F1);
    QTRY_COMPARE(int(shown.window->editorArea()->documents().size()), before + 1);
    MarkdownEditor *editor = shown.window->currentEditor();
    QVERIFY(editor);
    QVERIFY(editor->toPlainText().startsWith(u"---\ntitle: Getting started with Coinage\n"_s));
    QVERIFY(!editor->document()->isModified());
    // The panels follow the guide: its headings are in the outline.
    QTRY_VERIFY(shown.window->outline()->tree()->topLevelItemCount() > 0);
    test::saveScreenshot(shown.window.get(), u"help-getting-started"_s);
}

void TestHelp::firstLaunchOnlyOnce()
{
    QSettings().remove(u"help/gettingStartedShown"_s);
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    const qsizetype before = shown.window->editorArea()->documents().size();
    QVERIFY(shown.window->help()->openGettingStartedOnFirstLaunch());
    QCOMPARE(shown.window->editorArea()->documents().size(), before + 1);
    QVERIFY(!shown.window->help()->openGettingStartedOnFirstLaunch());
    QCOMPARE(shown.window->editorArea()->documents().size(), before + 1);
}

void TestHelp::firstLaunchWithAPostKeepsThePostInFront()
{
    // `coinage POST` on the very first launch: the post is shown and typed into at once; the guide waits in a tab
    // behind it and is laid out and highlighted only when the user opens that tab.
    QSettings().remove(u"help/gettingStartedShown"_s);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"post.md"_s);
    QVERIFY(test::writeAll(path, "---\ntitle: Mine\n---\n\nMy post.\n"));
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    QVERIFY(shown.window->openFile(path));
    MarkdownEditor *post = shown.window->currentEditor();
    QVERIFY(shown.window->help()->openGettingStartedOnFirstLaunch(FileCommands::Placement::Behind));
    QCOMPARE(shown.window->currentEditor(), post);
    QTRY_VERIFY(post->hasFocus());
    auto *pane = EditorArea::paneOf(post);
    QCOMPARE(pane->count(), 2);
    auto *guide = qobject_cast<MarkdownEditor *>(pane->widget(1));
    QVERIFY(guide && guide != post);
    QVERIFY(guide->toPlainText().startsWith(u"---\ntitle: Getting started with Coinage\n"_s));
    QVERIFY(!guide->isVisible());
    QTest::keyClicks(post, u"x"_s);
    QVERIFY(post->toPlainText().contains(u'x'));

    // A click on its tab shows the guide.
    QTabBar *tabs = pane->tabBar();
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(1).center());
    QTRY_COMPARE(shown.window->currentEditor(), guide);
    QVERIFY(guide->isVisible());
    QVERIFY(!shown.window->help()->openGettingStartedOnFirstLaunch(FileCommands::Placement::Behind));
    QCOMPARE(pane->count(), 2);
}

void TestHelp::plainText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("plain");
    QTest::newRow("accelerator") << u"&File"_s << u"File"_s;
    QTest::newRow("middle") << u"Save &As…"_s << u"Save As…"_s;
    QTest::newRow("chinese") << u"文件(&F)"_s << u"文件"_s;
    QTest::newRow("chinese with dots") << u"另存为(&A)…"_s << u"另存为…"_s;
    QTest::newRow("ampersand") << u"Find && &Replace"_s << u"Find & Replace"_s;
}

void TestHelp::plainText()
{
    QFETCH(QString, text);
    QFETCH(QString, plain);
    QCOMPARE(ShortcutsDialog::plainText(text), plain);
}

void TestHelp::shortcutsFromHelpMenu()
{
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    MainWindow *window = shown.window.get();
    QMenu *help = nullptr;
    for (QAction *action : window->menuBar()->actions()) {
        if (action->menu() && action->menu()->actions().contains(window->help()->actions().last()))
            help = action->menu();
    }
    QVERIFY(help);
    QVERIFY(chooseMenuItem(window, help, window->help()->actions().last()));
    ShortcutsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<ShortcutsDialog *>()) && dialog->isVisible());
    QTRY_VERIFY(dialog->filterEdit()->hasFocus());

    const QStringList all = visibleRows(dialog->tree());
    QVERIFY2(all.contains(u"File / Save = Ctrl+S"_s), qPrintable(all.join(u'\n')));
    QVERIFY2(all.contains(u"Footnotes / Insert Footnote = Ctrl+Alt+F"_s), qPrintable(all.join(u'\n')));
    QVERIFY2(all.contains(u"Help / Getting Started = F1"_s), qPrintable(all.join(u'\n')));
    QVERIFY(all.contains(u"View / Split Left/Right = Ctrl+Shift+L"_s));
    for (const QString &row : all)
        QVERIFY2(!row.contains(u'&') && !row.endsWith(u" = "_s), qPrintable(row));
    // Every action of the menus that has a shortcut is listed.
    QCOMPARE(all.size(), ShortcutsDialog::collect(window).size());

    QTest::keyClicks(dialog->filterEdit(), u"footnote"_s);
    const QStringList footnotes = visibleRows(dialog->tree());
    QVERIFY(!footnotes.isEmpty());
    for (const QString &row : footnotes)
        QVERIFY2(row.contains(u"ootnote"_s), qPrintable(row));
    test::saveScreenshot(dialog, u"help-shortcuts-filtered"_s);

    dialog->filterEdit()->clear();
    QTest::keyClicks(dialog->filterEdit(), u"F8"_s);
    QCOMPARE(visibleRows(dialog->tree()), QStringList{u"View / Next Split = F8"_s});

    QTest::keyClicks(dialog->filterEdit(), u"zzz"_s);
    QVERIFY(visibleRows(dialog->tree()).isEmpty());
    QVERIFY(dialog->findChild<QLabel *>(u"empty"_s)->isVisible());

    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
}

void TestHelp::shortcutsNeverStale()
{
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    MainWindow *window = shown.window.get();
    auto *late = new QAction(u"&Late Arrival"_s, window);
    late->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_J));
    window->menuBar()->actions().first()->menu()->addAction(late);
    ShortcutsDialog *dialog = window->help()->showShortcuts();
    QVERIFY(visibleRows(dialog->tree()).contains(u"File / Late Arrival = Ctrl+Alt+J"_s));
    late->setShortcut(QKeySequence(Qt::Key_F9));
    QCOMPARE(window->help()->showShortcuts(), dialog); // one dialog, refreshed
    QVERIFY(visibleRows(dialog->tree()).contains(u"File / Late Arrival = F9"_s));
    dialog->close();
}

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
