// Find, replace and go to line driven with keys and clicks on a shown window.
#include "WidgetTestSupport.h"

#include "Document.h"
#include "FileCommands.h"
#include "FindBar.h"
#include "FindController.h"
#include "MarkdownEditor.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolBar>

using namespace coinage;
using namespace coinage::gui;
using namespace Qt::StringLiterals;

namespace {
const QString original = u"Coin one.\ncoin two coins.\nThe COIN three.\n大模型是铸币。大模型。\n"_s;
}

class TestFind : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void findHighlightsAndCounts();
    void nextPreviousAndEscape();
    void optionsNarrowTheMatches();
    void replaceAllIsOneUndoStep();
    void replaceOneByOne();
    void replaceInSelection();
    void goToLine();

private:
    struct Session
    {
        test::ShownWindow shown;
        FindController *find = nullptr;
        MarkdownEditor *editor = nullptr;
        Document *document = nullptr;
    };
    static bool open(Session &session, const QString &text = original);
    static QLineEdit *field(FindBar *bar, const char *name)
    {
        return bar->findChild<QLineEdit *>(QLatin1StringView(name));
    }
    static QCheckBox *box(FindBar *bar, const char *name)
    {
        return bar->findChild<QCheckBox *>(QLatin1StringView(name));
    }
    static int highlights(MarkdownEditor *editor);
    static void type(QWidget *widget, const QString &text);

    QTemporaryDir m_settings;
};

void TestFind::initTestCase()
{
    QVERIFY(m_settings.isValid());
    test::isolateSettings(m_settings);
}

bool TestFind::open(Session &session, const QString &text)
{
    if (!session.shown.waitUntilShown())
        return false;
    MainWindow &window = *session.shown.window;
    session.find = window.findChild<FindController *>();
    window.fileCommands()->openUntitled(u"find.md"_s, text);
    session.editor = window.currentEditor();
    if (!session.find || !session.editor)
        return false;
    session.document = session.editor->postDocument();
    session.editor->setFocus();
    return !session.find->toolBar()->isVisible();
}

int TestFind::highlights(MarkdownEditor *editor)
{
    // Every extra selection with a non-empty selection (the current line's is empty).
    int count = 0;
    for (const QTextEdit::ExtraSelection &selection : editor->extraSelections())
        count += selection.cursor.hasSelection() ? 1 : 0;
    return count;
}

void TestFind::type(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, c.toLatin1());
        } else {
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
            QCoreApplication::sendEvent(widget, &press);
        }
    }
}

void TestFind::findHighlightsAndCounts()
{
    Session session;
    QVERIFY(open(session));
    QTest::keyClick(session.editor, Qt::Key_F, Qt::ControlModifier);
    FindBar *bar = session.find->findBar();
    QVERIFY(session.find->toolBar()->isVisible());
    QVERIFY(bar->isVisible());
    QVERIFY(!bar->isReplaceShown());
    QLineEdit *pattern = field(bar, "findEdit");
    QVERIFY(pattern->hasFocus());
    type(pattern, u"coin"_s);
    QCOMPARE(session.find->matches().size(), 4); // Coin, coin, coins, COIN
    QCOMPARE(highlights(session.editor), 4);
    QCOMPARE(bar->status(), u"4 matches"_s);
    pattern->clear();
    type(pattern, u"大模型"_s);
    QCOMPARE(session.find->matches().size(), 2);
    test::saveScreenshot(session.shown.window.get(), u"find"_s);
}

void TestFind::nextPreviousAndEscape()
{
    Session session;
    QVERIFY(open(session));
    QTest::keyClick(session.editor, Qt::Key_F, Qt::ControlModifier);
    FindBar *bar = session.find->findBar();
    QLineEdit *pattern = field(bar, "findEdit");
    type(pattern, u"coin"_s);
    QTest::keyClick(pattern, Qt::Key_Return); // next from the start
    QCOMPARE(session.editor->textCursor().selectionStart(), 0);
    QCOMPARE(bar->status(), u"1 of 4"_s);
    QTest::keyClick(pattern, Qt::Key_F3);
    QCOMPARE(session.editor->textCursor().selectionStart(), 10);
    QTest::keyClick(pattern, Qt::Key_F3);
    QCOMPARE(session.editor->textCursor().selectedText(), u"coin"_s); // in "coins"
    QTest::keyClick(pattern, Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(session.editor->textCursor().selectionStart(), 10);
    QCOMPARE(bar->status(), u"2 of 4"_s);
    // Escape closes the bar, removes the highlights and gives the editor the focus back; F3 still finds.
    QTest::keyClick(pattern, Qt::Key_Escape);
    QVERIFY(!session.find->toolBar()->isVisible());
    QCOMPARE(highlights(session.editor), 0);
    QVERIFY(session.editor->hasFocus());
    QTest::keyClick(session.editor, Qt::Key_F3);
    QCOMPARE(session.editor->textCursor().selectionStart(), 19);
}

void TestFind::optionsNarrowTheMatches()
{
    Session session;
    QVERIFY(open(session));
    QTest::keyClick(session.editor, Qt::Key_F, Qt::ControlModifier);
    FindBar *bar = session.find->findBar();
    type(field(bar, "findEdit"), u"coin"_s);
    QCOMPARE(session.find->matches().size(), 4);
    QTest::mouseClick(box(bar, "caseBox"), Qt::LeftButton);
    QCOMPARE(session.find->matches().size(), 2); // coin, coins
    QTest::mouseClick(box(bar, "wordBox"), Qt::LeftButton);
    QCOMPARE(session.find->matches().size(), 1);
    QTest::mouseClick(box(bar, "caseBox"), Qt::LeftButton);
    QCOMPARE(session.find->matches().size(), 3); // Coin, coin, COIN
    QTest::mouseClick(box(bar, "regexBox"), Qt::LeftButton);
    field(bar, "findEdit")->clear();
    type(field(bar, "findEdit"), u"c[a-z]+n"_s);
    QCOMPARE(session.find->matches().size(), 3);
    field(bar, "findEdit")->clear();
    type(field(bar, "findEdit"), u"(oops"_s);
    QVERIFY(session.find->matches().isEmpty());
    QVERIFY(bar->status().startsWith(u"Invalid regular expression"_s));
}

void TestFind::replaceAllIsOneUndoStep()
{
    Session session;
    QVERIFY(open(session));
    QTest::keyClick(session.editor, Qt::Key_H, Qt::ControlModifier);
    FindBar *bar = session.find->findBar();
    QVERIFY(bar->isReplaceShown());
    QTest::mouseClick(box(bar, "regexBox"), Qt::LeftButton);
    type(field(bar, "findEdit"), u"(\\w+) (coin)\\b"_s);
    type(field(bar, "replaceEdit"), u"$2-\\1"_s);
    QCOMPARE(session.find->matches().size(), 1); // "The COIN"
    auto *all = bar->findChild<QPushButton *>(u"replaceAllButton"_s);
    QTest::mouseClick(all, Qt::LeftButton);
    QCOMPARE(session.document->text(), u"Coin one.\ncoin two coins.\nCOIN-The three.\n大模型是铸币。大模型。\n"_s);
    field(bar, "findEdit")->clear();
    QTest::mouseClick(box(bar, "regexBox"), Qt::LeftButton);
    type(field(bar, "findEdit"), u"大模型"_s);
    field(bar, "replaceEdit")->clear();
    type(field(bar, "replaceEdit"), u"LLM"_s);
    QTest::mouseClick(all, Qt::LeftButton);
    QCOMPARE(bar->status(), u"Replaced 2 matches"_s);
    QCOMPARE(session.document->text(), u"Coin one.\ncoin two coins.\nCOIN-The three.\nLLM是铸币。LLM。\n"_s);
    // One Ctrl+Z per Replace All.
    QTest::keyClick(session.editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(session.document->text(), u"Coin one.\ncoin two coins.\nCOIN-The three.\n大模型是铸币。大模型。\n"_s);
    QTest::keyClick(session.editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(session.document->text(), original);
}

void TestFind::replaceOneByOne()
{
    Session session;
    QVERIFY(open(session));
    QTest::keyClick(session.editor, Qt::Key_H, Qt::ControlModifier);
    FindBar *bar = session.find->findBar();
    type(field(bar, "findEdit"), u"coin"_s);
    type(field(bar, "replaceEdit"), u"token"_s);
    auto *replace = bar->findChild<QPushButton *>(u"replaceButton"_s);
    QTest::mouseClick(replace, Qt::LeftButton); // selects the first
    QCOMPARE(session.document->text(), original);
    QTest::mouseClick(replace, Qt::LeftButton); // replaces it, selects the next
    QVERIFY(session.document->text().startsWith(u"token one.\ncoin"_s));
    QCOMPARE(session.editor->textCursor().selectedText(), u"coin"_s);
    QCOMPARE(session.find->matches().size(), 3);
}

void TestFind::replaceInSelection()
{
    Session session;
    QVERIFY(open(session));
    // Select lines 2 and 3 with the keyboard.
    QTest::keyClick(session.editor, Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClick(session.editor, Qt::Key_Down);
    QTest::keyClick(session.editor, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(session.editor, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(session.editor, Qt::Key_H, Qt::ControlModifier);
    FindBar *bar = session.find->findBar();
    QVERIFY(bar->inSelection()); // a selection across lines becomes the range
    QLineEdit *pattern = field(bar, "findEdit");
    pattern->setFocus();
    type(pattern, u"coin"_s);
    QCOMPARE(session.find->matches().size(), 3); // coin, coins, COIN
    type(field(bar, "replaceEdit"), u"X"_s);
    QTest::mouseClick(bar->findChild<QPushButton *>(u"replaceAllButton"_s), Qt::LeftButton);
    QCOMPARE(session.document->text(), u"Coin one.\nX two Xs.\nThe X three.\n大模型是铸币。大模型。\n"_s);
}

void TestFind::goToLine()
{
    Session session;
    QVERIFY(open(session));
    QTest::keyClick(session.editor, Qt::Key_G, Qt::ControlModifier);
    QLineEdit *line = session.find->lineField();
    QVERIFY(line->isVisible());
    QVERIFY(line->hasFocus());
    QTest::keyClicks(line, u"3"_s);
    QTest::keyClick(line, Qt::Key_Return);
    QVERIFY(!session.find->toolBar()->isVisible());
    QCOMPARE(session.editor->textCursor().blockNumber(), 2);
    QVERIFY(session.editor->hasFocus());
    // Escape cancels.
    QTest::keyClick(session.editor, Qt::Key_G, Qt::ControlModifier);
    QTest::keyClicks(line, u"1"_s);
    QTest::keyClick(line, Qt::Key_Escape);
    QVERIFY(!session.find->toolBar()->isVisible());
    QCOMPARE(session.editor->textCursor().blockNumber(), 2);
}

QTEST_MAIN(TestFind)
#include "tst_find.moc"
