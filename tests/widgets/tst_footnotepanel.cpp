// The Footnotes panel and the editor's footnote help, driven like a user would: real key and mouse events on a
// shown main window (offscreen).
#include "WidgetTestSupport.h"
#include "support/Seed.h"

#include "Document.h"
#include "FileCommands.h"
#include "FootnoteCardDelegate.h"
#include "FootnoteController.h"
#include "FootnoteIndexer.h"
#include "FootnotePanel.h"
#include "MarkdownEditor.h"

#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QToolButton>

using namespace coinage;
using namespace coinage::gui;

class TestFootnotePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void convertSeedGivesCardsAndOneUndo();
    void insertShortcutAddsCard();
    void clickingCardMovesCaretToReference();
    void doubleClickAndCtrlClickJump();
    void undefinedMarkerShowsProblemBadge();
    void editingCardTextIsOneUndoStep();
    void draggingCardReordersAsOneUndoStep();
    void mergeDuplicatesAppearsOnlyWithDuplicates();

private:
    static FootnotePanel *panel(MainWindow &window)
    {
        auto *footnotes = window.findChild<FootnotePanel *>();
        window.showPanel(footnotes); // it shares the right side with other panels as a tab
        return footnotes;
    }
    static QStringList labels(FootnotePanel *panel);
    static QToolButton *button(FootnotePanel *panel, const QString &actionName);
    static bool waitForIndex(MainWindow &window);

    QTemporaryDir m_settings;
};

void TestFootnotePanel::initTestCase()
{
    QVERIFY(m_settings.isValid());
    test::isolateSettings(m_settings);
    QVERIFY2(!test::seedPath(QStringLiteral("en")).isEmpty(), "COINAGE_SEED_DIR must point at the seed posts");
}

QStringList TestFootnotePanel::labels(FootnotePanel *panel)
{
    QStringList result;
    for (int i = 0; i < panel->list()->count(); ++i)
        result.append(panel->list()->item(i)->data(FootnoteCardDelegate::LabelRole).toString());
    return result;
}

QToolButton *TestFootnotePanel::button(FootnotePanel *panel, const QString &actionName)
{
    const QList<QToolButton *> buttons = panel->findChildren<QToolButton *>();
    for (QToolButton *candidate : buttons) {
        if (candidate->defaultAction() && candidate->defaultAction()->objectName() == actionName)
            return candidate;
    }
    return nullptr;
}

bool TestFootnotePanel::waitForIndex(MainWindow &window)
{
    auto *controller = window.findChild<FootnoteController *>();
    return controller && QTest::qWaitFor([controller] { return controller->indexer()->isCurrent(); }, 5000);
}

void TestFootnotePanel::convertSeedGivesCardsAndOneUndo()
{
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    MainWindow &window = *shown.window;
    QVERIFY(window.openFile(test::seedPath(QStringLiteral("en"))));
    MarkdownEditor *editor = window.currentEditor();
    QVERIFY(editor);
    const QString original = editor->postDocument()->text();
    FootnotePanel *cards = panel(window);
    QVERIFY(cards);
    QVERIFY(cards->isVisible());
    QVERIFY(waitForIndex(window));
    QCOMPARE(cards->list()->count(), 0); // "[1]" markers are not footnotes to Jekyll

    QToolButton *convert = button(cards, QStringLiteral("convertReferences"));
    QVERIFY(convert);
    QVERIFY(convert->isVisible());
    QTest::mouseClick(convert, Qt::LeftButton);
    QVERIFY(editor->postDocument()->text().contains(QStringLiteral("[^1]")));
    QTRY_COMPARE(labels(cards), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    QCOMPARE(cards->list()->item(0)->data(FootnoteCardDelegate::NumberRole).toInt(), 1);
    QVERIFY(!cards->list()->item(0)->data(FootnoteCardDelegate::TextRole).toString().isEmpty());
    QCOMPARE(cards->list()->item(0)->data(FootnoteCardDelegate::ReferenceCountRole).toInt(), 1);
    QVERIFY(cards->list()->item(1)->data(FootnoteCardDelegate::ProblemsRole).toStringList().isEmpty());
    test::saveScreenshot(&window, QStringLiteral("footnotes-converted-seed"));

    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(editor->postDocument()->text(), original);
    QTRY_COMPARE(cards->list()->count(), 0);
}

void TestFootnotePanel::insertShortcutAddsCard()
{
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    MainWindow &window = *shown.window;
    window.fileCommands()->openUntitled(QStringLiteral("notes.md"),
                                        QStringLiteral("First claim.[^1] Second claim.\n\n[^1]: A source.\n"));
    MarkdownEditor *editor = window.currentEditor();
    QVERIFY(editor);
    FootnotePanel *cards = panel(window);
    QTRY_COMPARE(labels(cards), QStringList{QStringLiteral("1")});

    const qsizetype at = editor->postDocument()->text().indexOf(QStringLiteral("Second claim.")) +
                         QStringLiteral("Second claim.").size();
    QTextCursor caret = editor->textCursor();
    caret.setPosition(int(at));
    editor->setTextCursor(caret);
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_F, Qt::ControlModifier | Qt::AltModifier);
    const QString text = editor->postDocument()->text();
    QVERIFY2(text.contains(QStringLiteral("Second claim.[^2]")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("[^2]: ")), qPrintable(text));
    // The caret waits in the new definition: typing writes the note.
    QTest::keyClicks(editor, QStringLiteral("Typed note"));
    QVERIFY2(editor->postDocument()->text().contains(QStringLiteral("[^2]: Typed note")),
             qPrintable(editor->postDocument()->text()));
    QTRY_COMPARE(labels(cards), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    QTRY_COMPARE(cards->currentLabel(), QStringLiteral("2")); // the caret is in its definition
}

void TestFootnotePanel::clickingCardMovesCaretToReference()
{
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    MainWindow &window = *shown.window;
    QVERIFY(window.openFile(test::seedPath(QStringLiteral("en"))));
    MarkdownEditor *editor = window.currentEditor();
    FootnotePanel *cards = panel(window);
    QVERIFY(waitForIndex(window));
    window.findChild<QAction *>(QStringLiteral("convertReferences"))->trigger();
    QTRY_COMPARE(cards->list()->count(), 2);

    QListWidgetItem *second = cards->list()->item(1);
    QTest::mouseClick(cards->list()->viewport(), Qt::LeftButton, {}, cards->list()->visualItemRect(second).center());
    const QString text = editor->postDocument()->text();
    const qsizetype reference = text.indexOf(QStringLiteral("[^2]"));
    QVERIFY(reference > 0);
    QCOMPARE(editor->textCursor().position(), int(reference));
    QTRY_COMPARE(cards->currentLabel(), QStringLiteral("2"));

    // Next/previous reference walk the markers.
    QTest::mouseClick(button(cards, QStringLiteral("previousFootnoteReference")), Qt::LeftButton);
    QCOMPARE(editor->textCursor().position(), int(text.indexOf(QStringLiteral("[^1]"))));
    QTest::mouseClick(button(cards, QStringLiteral("nextFootnoteReference")), Qt::LeftButton);
    QCOMPARE(editor->textCursor().position(), int(reference));

    // The filter hides cards whose label and text do not match.
    QTest::keyClicks(cards->filterEdit(), QStringLiteral("no such words"));
    QVERIFY(cards->list()->item(0)->isHidden());
    QVERIFY(cards->list()->item(1)->isHidden());
    cards->filterEdit()->clear();
    QVERIFY(!cards->list()->item(0)->isHidden());
}

void TestFootnotePanel::doubleClickAndCtrlClickJump()
{
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    MainWindow &window = *shown.window;
    const QString source = QStringLiteral("Claim.[^a] More.\n\n[^a]: The source.\n");
    window.fileCommands()->openUntitled(QStringLiteral("jump.md"), source);
    MarkdownEditor *editor = window.currentEditor();
    FootnotePanel *cards = panel(window);
    QTRY_COMPARE(cards->list()->count(), 1);
    // A real double-click is a click (press, release: the reference) then a double-click event (the definition);
    // QTest::mouseDClick alone sends no first press.
    const QPoint card = cards->list()->visualItemRect(cards->list()->item(0)).center();
    QTest::mouseClick(cards->list()->viewport(), Qt::LeftButton, {}, card);
    QCOMPARE(editor->textCursor().position(), int(source.indexOf(QStringLiteral("[^a]"))));

    QTest::mouseDClick(cards->list()->viewport(), Qt::LeftButton, {}, card);
    QCOMPARE(editor->textCursor().position(), int(source.indexOf(QStringLiteral("The source."))));

    // Ctrl+click on the definition's label goes back to the marker, on the marker to the definition.
    auto pointAt = [editor](qsizetype offset) {
        QTextCursor cursor(editor->document());
        cursor.setPosition(int(offset));
        return editor->cursorRect(cursor).center() + QPoint(2, 0);
    };
    QTest::mouseClick(editor->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      pointAt(source.indexOf(QStringLiteral("[^a]:")) + 1));
    QCOMPARE(editor->textCursor().position(), int(source.indexOf(QStringLiteral("[^a]"))));
    QTest::mouseClick(editor->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      pointAt(source.indexOf(QStringLiteral("[^a]")) + 1));
    QCOMPARE(editor->textCursor().position(), int(source.indexOf(QStringLiteral("The source."))));
}

void TestFootnotePanel::undefinedMarkerShowsProblemBadge()
{
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    MainWindow &window = *shown.window;
    window.fileCommands()->openUntitled(QStringLiteral("broken.md"),
                                        QStringLiteral("A claim.[^missing] And one fine.[^ok]\n\n[^ok]: Fine.\n"));
    MarkdownEditor *editor = window.currentEditor();
    FootnotePanel *cards = panel(window);
    QTRY_COMPARE(labels(cards), (QStringList{QStringLiteral("missing"), QStringLiteral("ok")}));
    const QStringList problems =
        cards->itemFor(QStringLiteral("missing"))->data(FootnoteCardDelegate::ProblemsRole).toStringList();
    QCOMPARE(problems.size(), 1);
    QVERIFY(!problems.first().isEmpty());
    QVERIFY(cards->itemFor(QStringLiteral("ok"))->data(FootnoteCardDelegate::ProblemsRole).toStringList().isEmpty());

    // The marker is underlined with a wave in the editor, the reason in its tooltip.
    const int marker = int(editor->postDocument()->text().indexOf(QStringLiteral("[^missing]")));
    bool underlined = false;
    for (const QTextEdit::ExtraSelection &selection : editor->extraSelections()) {
        if (selection.format.underlineStyle() == QTextCharFormat::WaveUnderline &&
            selection.cursor.selectionStart() <= marker && selection.cursor.selectionEnd() > marker) {
            underlined = true;
            QCOMPARE(selection.format.toolTip(), problems.first());
        }
    }
    QVERIFY(underlined);
}

void TestFootnotePanel::editingCardTextIsOneUndoStep()
{
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    MainWindow &window = *shown.window;
    const QString source = QStringLiteral("Claim.[^1]\n\n[^1]: Old text.\n");
    window.fileCommands()->openUntitled(QStringLiteral("edit.md"), source);
    MarkdownEditor *editor = window.currentEditor();
    FootnotePanel *cards = panel(window);
    QTRY_COMPARE(cards->list()->count(), 1);

    cards->list()->setFocus();
    cards->list()->setCurrentRow(0);
    QTest::keyClick(cards->list(), Qt::Key_F2);
    auto *textEditor = cards->list()->findChild<QPlainTextEdit *>(QStringLiteral("footnoteTextEditor"));
    QVERIFY(textEditor);
    QTRY_VERIFY(textEditor->hasFocus());
    QTest::keyClicks(textEditor, QStringLiteral("New text."));
    QTest::keyClick(textEditor, Qt::Key_Return);
    QTRY_COMPARE(editor->postDocument()->text(), QStringLiteral("Claim.[^1]\n\n[^1]: New text.\n"));
    QTRY_COMPARE(cards->list()->item(0)->data(FootnoteCardDelegate::TextRole).toString(), QStringLiteral("New text."));

    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(editor->postDocument()->text(), source);
}

static QStringList cardTexts(FootnotePanel *panel)
{
    QStringList result;
    for (int i = 0; i < panel->list()->count(); ++i)
        result.append(panel->list()->item(i)->data(FootnoteCardDelegate::TextRole).toString());
    return result;
}

void TestFootnotePanel::draggingCardReordersAsOneUndoStep()
{
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    MainWindow &window = *shown.window;
    const QString original = QStringLiteral("A.[^1] B.[^2] C.[^3]\n\n[^1]: one\n[^2]: two\n[^3]: three\n");
    window.fileCommands()->openUntitled(QStringLiteral("notes.md"), original);
    MarkdownEditor *editor = window.currentEditor();
    FootnotePanel *cards = panel(window);
    QVERIFY(waitForIndex(window));
    QTRY_COMPARE(cardTexts(cards),
                 (QStringList{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")}));

    // Drag the third card onto the first, with the mouse: press, move in steps, release.
    QWidget *viewport = cards->list()->viewport();
    const QPoint from = cards->list()->visualItemRect(cards->list()->item(2)).center();
    const QPoint to = cards->list()->visualItemRect(cards->list()->item(0)).center();
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    for (int step = 1; step <= 5; ++step)
        QTest::mouseMove(viewport, from + (to - from) * step / 5);
    test::saveScreenshot(cards, QStringLiteral("footnotes-drag"));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);

    // The note "three" now takes the first place; the others shift down, numbers stay 1..3 in text order.
    QTRY_COMPARE(cardTexts(cards),
                 (QStringList{QStringLiteral("three"), QStringLiteral("one"), QStringLiteral("two")}));
    const QString moved = editor->postDocument()->text();
    QVERIFY2(moved.contains(QStringLiteral("[^1]: three")), qPrintable(moved));
    QCOMPARE(cards->list()->item(0)->data(FootnoteCardDelegate::NumberRole).toInt(), 1);

    // One undo step brings the original back.
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(editor->postDocument()->text(), original);

    // A short wiggle is a click, not a drag: nothing moves.
    QTRY_COMPARE(cardTexts(cards),
                 (QStringList{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")}));
    const QPoint second = cards->list()->visualItemRect(cards->list()->item(1)).center();
    QTest::mousePress(viewport, Qt::LeftButton, {}, second);
    QTest::mouseMove(viewport, second + QPoint(1, 1));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, second + QPoint(1, 1));
    QCOMPARE(editor->postDocument()->text(), original);
}

void TestFootnotePanel::mergeDuplicatesAppearsOnlyWithDuplicates()
{
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    MainWindow &window = *shown.window;
    window.fileCommands()->openUntitled(QStringLiteral("notes.md"),
                                        QStringLiteral("A.[^1]\n\n[^1]: first\n\n[^1]: second\n"));
    MarkdownEditor *editor = window.currentEditor();
    const QString original = editor->postDocument()->text();
    FootnotePanel *cards = panel(window);
    QVERIFY(waitForIndex(window));
    QToolButton *merge = button(cards, QStringLiteral("mergeFootnoteDuplicates"));
    QVERIFY(merge);
    QTRY_VERIFY(merge->isVisible());
    QVERIFY(merge->isEnabled());
    QTest::mouseClick(merge, Qt::LeftButton);
    const QString merged = editor->postDocument()->text();
    QCOMPARE(merged.count(QStringLiteral("[^1]:")), 1);
    QVERIFY(merged.contains(QStringLiteral("first")));
    QVERIFY(merged.contains(QStringLiteral("second")));
    QTRY_VERIFY(!merge->isVisible()); // no duplicates left
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(editor->postDocument()->text(), original);
    QTRY_VERIFY(merge->isVisible());
}

QTEST_MAIN(TestFootnotePanel)
#include "tst_footnotepanel.moc"
