// The footnote edits of the Footnotes menu, the panel's and the editor's context menus, driven with real key and
// mouse events on a shown main window (offscreen): each is one undo step that restores the text exactly.
#include "WidgetTestSupport.h"

#include "Document.h"
#include "FileCommands.h"
#include "FootnoteCardDelegate.h"
#include "FootnoteController.h"
#include "FootnoteIndexer.h"
#include "FootnotePanel.h"
#include "MarkdownEditor.h"

#include <QAction>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>

using namespace coinage;
using namespace coinage::gui;

class TestFootnoteActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void selectionBecomesFootnote();
    void selectionFromEditorContextMenu();
    void renameAsksAndRefusesBadLabels();
    void renameFromPanelContextMenu();
    void gatherAtEnd();
    void gatherUnderChosenHeading();
    void inlineNotesToReferencesAndBack();

private:
    struct Opened
    {
        test::ShownWindow shown;
        MarkdownEditor *editor = nullptr;
        FootnotePanel *panel = nullptr;
        QString original;
    };
    static bool open(Opened &o, const QString &text);
    // Opens the Footnotes menu with a click on the menu bar and triggers the action with this object name with Return.
    static bool triggerFromMenu(MainWindow &window, const QString &name);
    // Sends the context menu event a right click at `position` gives, and triggers the named action in the menu that
    // opens (Return). False when the menu has no such action (it is closed).
    static bool chooseFromContextMenu(QWidget *widget, QPoint position, const QString &name);
    static void selectText(MarkdownEditor *editor, const QString &what);
    static void undo(MarkdownEditor *editor);

    QTemporaryDir m_settings;
};

void TestFootnoteActions::initTestCase()
{
    QVERIFY(m_settings.isValid());
    test::isolateSettings(m_settings);
}

bool TestFootnoteActions::open(Opened &o, const QString &text)
{
    if (!o.shown.waitUntilShown())
        return false;
    MainWindow &window = *o.shown.window;
    window.fileCommands()->openUntitled(QStringLiteral("notes.md"), text);
    o.editor = window.currentEditor();
    o.panel = window.findChild<FootnotePanel *>();
    if (!o.editor || !o.panel)
        return false;
    window.showPanel(o.panel);
    o.original = o.editor->postDocument()->text();
    auto *controller = window.findChild<FootnoteController *>();
    return QTest::qWaitFor([controller] { return controller->indexer()->isCurrent(); }, 5000);
}

bool TestFootnoteActions::triggerFromMenu(MainWindow &window, const QString &name)
{
    auto *menu = window.findChild<QMenu *>(QStringLiteral("footnotesMenu"));
    auto *action = window.findChild<QAction *>(name);
    if (!menu || !action || !menu->actions().contains(action))
        return false;
    QMenuBar *bar = window.menuBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(menu->menuAction()).center());
    if (!QTest::qWaitFor([menu] { return menu->isVisible(); }, 2000))
        return false;
    if (!action->isEnabled()) {
        menu->close();
        return false;
    }
    // Arrow keys would walk there; Return triggers it.
    menu->setActiveAction(action);
    test::saveScreenshot(menu, QStringLiteral("footnotes-menu"));
    QTest::keyClick(menu, Qt::Key_Return);
    return QTest::qWaitFor([menu] { return !menu->isVisible(); }, 2000);
}

bool TestFootnoteActions::chooseFromContextMenu(QWidget *widget, QPoint position, const QString &name)
{
    bool chosen = false;
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, [poll, name, &chosen] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu || !menu->isVisible())
            return;
        poll->stop();
        poll->deleteLater();
        for (QAction *action : menu->actions()) {
            if (action->objectName() == name && action->isEnabled()) {
                chosen = true;
                menu->setActiveAction(action);
                QTest::keyClick(menu, Qt::Key_Return);
                return;
            }
        }
        menu->close();
    });
    poll->start();
    QContextMenuEvent event(QContextMenuEvent::Mouse, position, widget->mapToGlobal(position));
    QApplication::sendEvent(widget, &event); // returns when the menu closes
    return chosen;
}

void TestFootnoteActions::selectText(MarkdownEditor *editor, const QString &what)
{
    const qsizetype start = editor->postDocument()->text().indexOf(what);
    QTextCursor cursor = editor->textCursor();
    cursor.setPosition(int(start));
    editor->setTextCursor(cursor);
    editor->setFocus();
    for (qsizetype i = 0; i < what.size(); ++i)
        QTest::keyClick(editor, Qt::Key_Right, Qt::ShiftModifier);
}

void TestFootnoteActions::undo(MarkdownEditor *editor)
{
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
}

void TestFootnoteActions::selectionBecomesFootnote()
{
    Opened o;
    QVERIFY(open(o, QStringLiteral("A claim (see the 2019 report) holds.\n\n信用（见注）。下文\n")));
    MainWindow &window = *o.shown.window;
    auto *action = window.findChild<QAction *>(QStringLiteral("footnoteFromSelection"));
    QVERIFY(action);
    QVERIFY(!action->isEnabled()); // nothing selected
    QVERIFY(!triggerFromMenu(window, QStringLiteral("footnoteFromSelection")));

    selectText(o.editor, QStringLiteral("(see the 2019 report)"));
    QVERIFY(action->isEnabled());
    QVERIFY(triggerFromMenu(window, QStringLiteral("footnoteFromSelection")));
    const QString once = o.editor->postDocument()->text();
    QCOMPARE(once, QStringLiteral("A claim[^1] holds.\n\n信用（见注）。下文\n\n[^1]: (see the 2019 report)\n"));
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("[^1]")));
    QVERIFY(!action->isEnabled()); // the selection is gone

    // Chinese: the marker goes after the full stop (the default placement).
    selectText(o.editor, QStringLiteral("（见注）"));
    QVERIFY(triggerFromMenu(window, QStringLiteral("footnoteFromSelection")));
    QVERIFY2(o.editor->postDocument()->text().contains(QStringLiteral("信用。[^2]下文")),
             qPrintable(o.editor->postDocument()->text()));
    QVERIFY(o.editor->postDocument()->text().endsWith(QStringLiteral("[^1]: (see the 2019 report)\n[^2]: （见注）\n")));
    QTRY_COMPARE(o.panel->list()->count(), 2);

    undo(o.editor);
    QCOMPARE(o.editor->postDocument()->text(), once);
    undo(o.editor);
    QCOMPARE(o.editor->postDocument()->text(), o.original);
}

void TestFootnoteActions::selectionFromEditorContextMenu()
{
    Opened o;
    QVERIFY(open(o, QStringLiteral("Claim (source X).\n")));
    selectText(o.editor, QStringLiteral("(source X)"));
    const QPoint at = o.editor->cursorRect().center();
    QVERIFY(chooseFromContextMenu(o.editor->viewport(), at, QStringLiteral("footnoteFromSelection")));
    QCOMPARE(o.editor->postDocument()->text(), QStringLiteral("Claim.[^1]\n\n[^1]: (source X)\n"));
    QTRY_COMPARE(o.panel->list()->count(), 1);

    // Right-clicking the new marker offers to rename that footnote.
    o.shown.prompts->textAnswers = {QStringLiteral("src")};
    QTextCursor marker(o.editor->document());
    marker.setPosition(int(o.editor->postDocument()->text().indexOf(QStringLiteral("[^1]")) + 2));
    const QPoint onMarker = o.editor->cursorRect(marker).center();
    QVERIFY(chooseFromContextMenu(o.editor->viewport(), onMarker, QStringLiteral("renameFootnoteHere")));
    QCOMPARE(o.editor->postDocument()->text(), QStringLiteral("Claim.[^src]\n\n[^src]: (source X)\n"));
    undo(o.editor);
    undo(o.editor);
    QCOMPARE(o.editor->postDocument()->text(), o.original);
}

void TestFootnoteActions::renameAsksAndRefusesBadLabels()
{
    Opened o;
    QVERIFY(open(o, QStringLiteral("A.[^1] B.[^2] A again.[^1]\n\n[^1]: one\n[^2]: two\n")));
    MainWindow &window = *o.shown.window;
    QTRY_COMPARE(o.panel->list()->count(), 2);
    // Select the first card with the mouse.
    QListWidget *list = o.panel->list();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
    QCOMPARE(o.panel->selectedLabel(), QStringLiteral("1"));

    o.shown.prompts->textAnswers = {QStringLiteral("中文"), QStringLiteral("2"), QString(), QStringLiteral("smith")};
    QVERIFY(triggerFromMenu(window, QStringLiteral("renameFootnote")));
    QCOMPARE(o.shown.prompts->textQuestions.size(), 1);
    QVERIFY(o.shown.prompts->textQuestions.first().contains(QStringLiteral("[^1]")));
    QCOMPARE(o.shown.prompts->errors.size(), 1);
    QVERIFY2(o.shown.prompts->errors.first().contains(QStringLiteral("kramdown")),
             qPrintable(o.shown.prompts->errors.first()));
    QCOMPARE(o.editor->postDocument()->text(), o.original);

    QVERIFY(triggerFromMenu(window, QStringLiteral("renameFootnote")));
    QCOMPARE(o.shown.prompts->errors.size(), 2);
    QVERIFY2(o.shown.prompts->errors.last().contains(QStringLiteral("already used")),
             qPrintable(o.shown.prompts->errors.last()));
    QCOMPARE(o.editor->postDocument()->text(), o.original);

    QVERIFY(triggerFromMenu(window, QStringLiteral("renameFootnote"))); // cancelled
    QCOMPARE(o.editor->postDocument()->text(), o.original);

    QVERIFY(triggerFromMenu(window, QStringLiteral("renameFootnote")));
    QCOMPARE(o.editor->postDocument()->text(),
             QStringLiteral("A.[^smith] B.[^2] A again.[^smith]\n\n[^smith]: one\n[^2]: two\n"));
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("[^smith]")));
    QTRY_COMPARE(list->item(0)->data(FootnoteCardDelegate::LabelRole).toString(), QStringLiteral("smith"));
    undo(o.editor);
    QCOMPARE(o.editor->postDocument()->text(), o.original);
}

void TestFootnoteActions::renameFromPanelContextMenu()
{
    Opened o;
    QVERIFY(open(o, QStringLiteral("A.[^1] B.[^2]\n\n[^1]: one\n[^2]: two\n")));
    QListWidget *list = o.panel->list();
    QTRY_COMPARE(list->count(), 2);
    // A right press selects the card under the mouse; the context menu then acts on it.
    const QPoint second = list->visualItemRect(list->item(1)).center();
    QTest::mouseClick(list->viewport(), Qt::RightButton, {}, second);
    QCOMPARE(o.panel->selectedLabel(), QStringLiteral("2"));
    o.shown.prompts->textAnswers = {QStringLiteral("two")};
    QVERIFY(chooseFromContextMenu(list->viewport(), second, QStringLiteral("renameFootnote")));
    QCOMPARE(o.editor->postDocument()->text(), QStringLiteral("A.[^1] B.[^two]\n\n[^1]: one\n[^two]: two\n"));
    undo(o.editor);
    QCOMPARE(o.editor->postDocument()->text(), o.original);
}

void TestFootnoteActions::gatherAtEnd()
{
    Opened o;
    QVERIFY(open(o, QStringLiteral("A[^2] B[^1]\n\n[^1]: one\n\n    more one\n\nMiddle.\n\n[^2]: two\n\nEnd.\n")));
    MainWindow &window = *o.shown.window;
    QVERIFY(triggerFromMenu(window, QStringLiteral("gatherFootnotesAtEnd")));
    const QString gathered = QStringLiteral("A[^2] B[^1]\n\nMiddle.\n\nEnd.\n\n[^2]: two\n[^1]: one\n\n    more one\n");
    QCOMPARE(o.editor->postDocument()->text(), gathered);
    QVERIFY(!window.statusBar()->currentMessage().isEmpty());
    // Again: nothing to do, and the status bar says so.
    QVERIFY(triggerFromMenu(window, QStringLiteral("gatherFootnotesAtEnd")));
    QCOMPARE(o.editor->postDocument()->text(), gathered);
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("already")));
    undo(o.editor);
    QCOMPARE(o.editor->postDocument()->text(), o.original);
}

void TestFootnoteActions::gatherUnderChosenHeading()
{
    Opened o;
    QVERIFY(open(o, QStringLiteral("# Title\n\nA[^1] B[^2]\n\n[^2]: two\n\n## Notes\n\nSee below.\n\n## After\n\n"
                                   "Tail.\n\n[^1]: one\n")));
    MainWindow &window = *o.shown.window;
    o.shown.prompts->itemAnswers = {-1, 1};
    QVERIFY(triggerFromMenu(window, QStringLiteral("gatherFootnotesUnderHeading"))); // cancelled
    QCOMPARE(o.editor->postDocument()->text(), o.original);
    // The headings are offered, the likely notes heading first chosen.
    QCOMPARE(o.shown.prompts->itemQuestions.size(), 1);
    QVERIFY2(o.shown.prompts->itemQuestions.first().endsWith(QStringLiteral("|# Title;## Notes;## After|1")),
             qPrintable(o.shown.prompts->itemQuestions.first()));

    QVERIFY(triggerFromMenu(window, QStringLiteral("gatherFootnotesUnderHeading")));
    QCOMPARE(o.editor->postDocument()->text(),
             QStringLiteral("# Title\n\nA[^1] B[^2]\n\n## Notes\n\nSee below.\n\n[^1]: one\n[^2]: two\n\n## After\n\n"
                            "Tail.\n"));
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Notes")));
    undo(o.editor);
    QCOMPARE(o.editor->postDocument()->text(), o.original);
}

void TestFootnoteActions::inlineNotesToReferencesAndBack()
{
    Opened o;
    QVERIFY(open(o, QStringLiteral("A^[note one] B^[two].\n\n[^1]: x\n\nC[^1].\n")));
    MainWindow &window = *o.shown.window;
    QVERIFY(triggerFromMenu(window, QStringLiteral("inlineNotesToReferences")));
    const QString references = QStringLiteral("A[^2] B[^3].\n\n[^1]: x\n[^2]: note one\n[^3]: two\n\nC[^1].\n");
    QCOMPARE(o.editor->postDocument()->text(), references);
    QTRY_COMPARE(o.panel->list()->count(), 3);

    // One footnote back to inline: the card selected with the mouse.
    QListWidget *list = o.panel->list();
    QListWidgetItem *three = o.panel->itemFor(QStringLiteral("3"));
    QVERIFY(three);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(three).center());
    QVERIFY(triggerFromMenu(window, QStringLiteral("footnoteToInline")));
    const QString one = QStringLiteral("A[^2] B^[two].\n\n[^1]: x\n[^2]: note one\n\nC[^1].\n");
    QCOMPARE(o.editor->postDocument()->text(), one);
    QTRY_COMPARE(o.panel->list()->count(), 2);

    // All of them.
    QVERIFY(triggerFromMenu(window, QStringLiteral("allFootnotesToInline")));
    QCOMPARE(o.editor->postDocument()->text(), QStringLiteral("A^[note one] B^[two].\n\nC^[x].\n"));
    undo(o.editor);
    QCOMPARE(o.editor->postDocument()->text(), one);
    undo(o.editor);
    QCOMPARE(o.editor->postDocument()->text(), references);
    undo(o.editor);
    QCOMPARE(o.editor->postDocument()->text(), o.original);
}

QTEST_MAIN(TestFootnoteActions)
#include "tst_footnoteactions.moc"
