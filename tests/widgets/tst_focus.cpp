// Typewriter scrolling, focus mode and full screen, toggled with their shortcuts on a shown window.
#include "WidgetTestSupport.h"

#include "FileCommands.h"
#include "FocusController.h"
#include "MarkdownEditor.h"

#include <QAction>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QTextBlock>

using namespace coinage;
using namespace coinage::gui;
using namespace Qt::StringLiterals;

class TestFocus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void focusModeDimsOtherParagraphs();
    void sentenceFocusFollowsTheCaret();
    void typewriterKeepsTheCaretInTheMiddle();
    void fullScreenWithF11();

private:
    QTemporaryDir m_settings;
};

void TestFocus::initTestCase()
{
    QVERIFY(m_settings.isValid());
    test::isolateSettings(m_settings);
}

static QList<QTextEdit::ExtraSelection> dimmed(MarkdownEditor *editor)
{
    QList<QTextEdit::ExtraSelection> result;
    for (const QTextEdit::ExtraSelection &selection : editor->extraSelections()) {
        if (selection.cursor.hasSelection() && selection.format.hasProperty(QTextFormat::ForegroundBrush))
            result.append(selection);
    }
    return result;
}

void TestFocus::focusModeDimsOtherParagraphs()
{
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    shown.window->fileCommands()->openUntitled(u"focus.md"_s, u"First one.\nStill first.\n\nSecond.\n\nThird.\n"_s);
    MarkdownEditor *editor = shown.window->currentEditor();
    editor->setFocus();
    auto *focus = shown.window->findChild<FocusController *>();
    QVERIFY(focus);
    QVERIFY(dimmed(editor).isEmpty());
    QTest::keyClick(editor, Qt::Key_M, Qt::ControlModifier | Qt::AltModifier);
    QVERIFY(focus->focusAction()->isChecked());
    // Caret in the first paragraph (two lines): only what follows it is dimmed.
    QList<QTextEdit::ExtraSelection> dim = dimmed(editor);
    QCOMPARE(dim.size(), 1);
    QCOMPARE(dim.first().cursor.selectionStart(), 23);
    // Move to "Second.": before and after are dimmed.
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(editor, Qt::Key_Down);
    dim = dimmed(editor);
    QCOMPARE(dim.size(), 2);
    QCOMPARE(dim.at(0).cursor.selectedText().size(), 25);
    QCOMPARE(dim.at(1).cursor.selectionStart(), 32);
    QTest::keyClick(editor, Qt::Key_M, Qt::ControlModifier | Qt::AltModifier);
    QVERIFY(dimmed(editor).isEmpty());
}

// The text between the dimmed selections: what the focus mode leaves readable.
static QString undimmed(MarkdownEditor *editor)
{
    int start = 0;
    int end = editor->document()->characterCount() - 1;
    for (const QTextEdit::ExtraSelection &selection : dimmed(editor)) {
        if (selection.cursor.selectionStart() == 0)
            start = selection.cursor.selectionEnd();
        else
            end = selection.cursor.selectionStart();
    }
    return editor->toPlainText().mid(start, end - start);
}

void TestFocus::sentenceFocusFollowsTheCaret()
{
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    const QString text =
        u"Mr. Smith paid 3.50 dollars. He left\nat noon! Did he?\n\n子曰：“学而时习之。”不亦说乎？有朋自远方来；"
        u"不亦乐乎？\n"_s;
    shown.window->fileCommands()->openUntitled(u"sentences.md"_s, text);
    MarkdownEditor *editor = shown.window->currentEditor();
    editor->setFocus();
    auto *focus = shown.window->findChild<FocusController *>();
    QVERIFY(focus);
    QVERIFY(focus->paragraphAction()->isChecked());
    QTest::keyClick(editor, Qt::Key_M, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(undimmed(editor), u"Mr. Smith paid 3.50 dollars. He left\nat noon! Did he?"_s);
    // View > Focus On > Sentence, from the keyboard: Alt+V opens View; the radio action is triggered like a user
    // would in the menu.
    auto *unitMenu = shown.window->findChild<QMenu *>(u"focusUnitMenu"_s);
    QVERIFY(unitMenu);
    QVERIFY(unitMenu->actions().contains(focus->sentenceAction()));
    focus->sentenceAction()->trigger();
    QVERIFY(focus->sentenceAction()->isChecked() && !focus->paragraphAction()->isChecked());
    QCOMPARE(QSettings().value(FocusController::unitKey()).toString(), u"sentence"_s);
    // Caret at the start: the first sentence, abbreviation and decimal included.
    QTest::keyClick(editor, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(undimmed(editor), u"Mr. Smith paid 3.50 dollars."_s);
    // Key by key into the second sentence, which wraps onto the next line.
    for (int i = 0; i <= int(text.indexOf(u"He left")); ++i)
        QTest::keyClick(editor, Qt::Key_Right);
    QCOMPARE(editor->textCursor().position(), int(text.indexOf(u"He left")) + 1);
    QCOMPARE(undimmed(editor), u"He left\nat noon!"_s);
    QTest::keyClick(editor, Qt::Key_Down);
    QTest::keyClick(editor, Qt::Key_End);
    QCOMPARE(undimmed(editor), u"Did he?"_s);
    // Down into the Chinese paragraph: sentences end at 。” ？ and ；.
    QTest::keyClick(editor, Qt::Key_Down);
    QTest::keyClick(editor, Qt::Key_Down);
    QTest::keyClick(editor, Qt::Key_Home);
    QCOMPARE(undimmed(editor), u"子曰：“学而时习之。”"_s);
    for (int i = 0; i < 13; ++i)
        QTest::keyClick(editor, Qt::Key_Right);
    QCOMPARE(undimmed(editor), u"不亦说乎？"_s);
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(editor, Qt::Key_Right);
    QCOMPARE(undimmed(editor), u"有朋自远方来；"_s);
    // The end of the post's last paragraph (End alone stops at the end of a wrapped screen line).
    QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_Left);
    QCOMPARE(undimmed(editor), u"不亦乐乎？"_s);
    // Typing keeps the focus on the sentence being written.
    QTest::keyClicks(editor, u" More"_s);
    QCOMPARE(undimmed(editor), u"More"_s);
    // Back to paragraphs.
    focus->paragraphAction()->trigger();
    QCOMPARE(QSettings().value(FocusController::unitKey()).toString(), u"paragraph"_s);
    QVERIFY(undimmed(editor).startsWith(u"子曰"_s));
    test::saveScreenshot(shown.window.get(), u"focus-sentence"_s);
    QTest::keyClick(editor, Qt::Key_M, Qt::ControlModifier | Qt::AltModifier);
}

void TestFocus::typewriterKeepsTheCaretInTheMiddle()
{
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    QString text;
    for (int i = 0; i < 200; ++i)
        text += u"Line %1\n"_s.arg(i);
    shown.window->fileCommands()->openUntitled(u"typewriter.md"_s, text);
    MarkdownEditor *editor = shown.window->currentEditor();
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_T, Qt::ControlModifier | Qt::AltModifier);
    for (int i = 0; i < 60; ++i)
        QTest::keyClick(editor, Qt::Key_Down);
    const int caretY = editor->cursorRect().center().y();
    const int middle = editor->viewport()->height() / 2;
    QVERIFY2(qAbs(caretY - middle) < editor->fontMetrics().height() * 2,
             qPrintable(u"caret at %1, middle %2"_s.arg(caretY).arg(middle)));
    // The last line can come to the middle too.
    QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
    QVERIFY(qAbs(editor->cursorRect().center().y() - middle) < editor->fontMetrics().height() * 2);
    QTest::keyClick(editor, Qt::Key_T, Qt::ControlModifier | Qt::AltModifier);
    QVERIFY(!editor->centerOnScroll());
}

void TestFocus::fullScreenWithF11()
{
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    auto *fullScreen = shown.window->findChild<QAction *>(u"fullScreen"_s);
    QVERIFY(fullScreen);
    QVERIFY(fullScreen->shortcuts().contains(QKeySequence(Qt::Key_F11)));
    QTest::keyClick(shown.window.get(), Qt::Key_F11);
    QVERIFY(fullScreen->isChecked());
    QTRY_VERIFY(shown.window->windowState() & Qt::WindowFullScreen);
    QTest::keyClick(shown.window.get(), Qt::Key_F11);
    QVERIFY(!fullScreen->isChecked());
}

QTEST_MAIN(TestFocus)
#include "tst_focus.moc"
