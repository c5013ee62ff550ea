// Typewriter scrolling, focus mode and full screen, toggled with their shortcuts on a shown window.
#include "WidgetTestSupport.h"

#include "FileCommands.h"
#include "FocusController.h"
#include "MarkdownEditor.h"

#include <QAction>
#include <QScrollBar>
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
