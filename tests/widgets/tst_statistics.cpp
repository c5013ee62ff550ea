// Statistics driven with keys on a shown window: Ctrl+Shift+I opens the dialog, selecting text fills the selection
// column and the status bar.
#include "WidgetTestSupport.h"
#include "support/Seed.h"

#include "Document.h"
#include "FileCommands.h"
#include "MarkdownEditor.h"
#include "StatisticsController.h"
#include "StatisticsDialog.h"
#include "stats/PostStatistics.h"

#include <QLabel>
#include <QSignalSpy>

using namespace coinage;
using namespace coinage::gui;
using namespace Qt::StringLiterals;

class TestStatisticsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dialogShowsPostAndSelection();
    void statusBarShowsTheSelection();
    void seedPostFigures();

private:
    QTemporaryDir m_settings;
};

void TestStatisticsDialog::initTestCase()
{
    QVERIFY(m_settings.isValid());
    test::isolateSettings(m_settings);
}

void TestStatisticsDialog::dialogShowsPostAndSelection()
{
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    auto *statistics = shown.window->findChild<StatisticsController *>();
    QVERIFY(statistics);
    shown.window->fileCommands()->openUntitled(
        u"stats.md"_s, u"---\ntitle: Not counted at all\n---\n大模型是铸币。\n\nLarge models mint coins.\n"_s);
    MarkdownEditor *editor = shown.window->currentEditor();
    editor->setFocus();
    QSignalSpy updated(statistics, &StatisticsController::updated);
    QTest::keyClick(editor, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    StatisticsDialog *dialog = statistics->dialog();
    QVERIFY(dialog && dialog->isVisible());
    QTRY_VERIFY(statistics->isIdle() && !updated.isEmpty());
    QCOMPARE(dialog->figure(u"words"_s, 0), u"10"_s); // 6 CJK characters + 4 words
    QCOMPARE(dialog->figure(u"cjk"_s, 0), u"6"_s);
    QCOMPARE(dialog->figure(u"other"_s, 0), u"4"_s);
    QCOMPARE(dialog->figure(u"paragraphs"_s, 0), u"2"_s);
    QCOMPARE(dialog->figure(u"reading"_s, 0), u"1 min"_s);
    QCOMPARE(dialog->figure(u"words"_s, 1), u"–"_s);
    // Select the Chinese line with the keyboard: the dialog follows.
    QTest::keyClick(editor, Qt::Key_Home, Qt::ControlModifier);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(editor, Qt::Key_Down);
    QTest::keyClick(editor, Qt::Key_End, Qt::ShiftModifier);
    updated.clear();
    QTRY_VERIFY(!updated.isEmpty() && statistics->isIdle());
    QCOMPARE(dialog->figure(u"words"_s, 1), u"6"_s);
    QCOMPARE(dialog->figure(u"characters"_s, 1), u"7"_s);
    test::saveScreenshot(dialog, u"statistics"_s);
    // Typing updates the post's figures.
    QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(editor, u" More words"_s);
    updated.clear();
    QTRY_VERIFY(!updated.isEmpty() && statistics->isIdle());
    QCOMPARE(dialog->figure(u"words"_s, 0), u"12"_s);
}

void TestStatisticsDialog::statusBarShowsTheSelection()
{
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    auto *statistics = shown.window->findChild<StatisticsController *>();
    shown.window->fileCommands()->openUntitled(u"sel.md"_s, u"One two three.\n\n子曰学而时习之\n"_s);
    MarkdownEditor *editor = shown.window->currentEditor();
    editor->setFocus();
    QLabel *label = statistics->selectionLabel();
    QVERIFY(!label->isVisible());
    QTest::keyClick(editor, Qt::Key_Home, Qt::ControlModifier);
    for (int i = 0; i < 7; ++i)
        QTest::keyClick(editor, Qt::Key_Right, Qt::ShiftModifier); // "One two"
    QTRY_VERIFY(label->isVisible());
    QCOMPARE(label->text(), u"Selection: 2 words, 7 characters"_s);
    QTest::keyClick(editor, Qt::Key_Down); // no selection
    QTRY_VERIFY(!label->isVisible());
    QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier); // the empty line after the last newline
    QTest::keyClick(editor, Qt::Key_Up);
    QTest::keyClick(editor, Qt::Key_End);
    QTest::keyClick(editor, Qt::Key_Home, Qt::ShiftModifier);
    QTRY_VERIFY(label->isVisible());
    QTRY_COMPARE(label->text(), u"Selection: 7 words, 7 characters"_s);
}

void TestStatisticsDialog::seedPostFigures()
{
    const QString seed = test::seedPath(u"zh"_s);
    if (seed.isEmpty())
        QSKIP("no seed posts (COINAGE_SEED_DIR)");
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    QVERIFY(shown.window->openFile(seed));
    auto *statistics = shown.window->findChild<StatisticsController *>();
    QSignalSpy updated(statistics, &StatisticsController::updated);
    QTest::keyClick(shown.window->currentEditor(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!updated.isEmpty() && statistics->isIdle());
    const PostStatistics expected = PostStatistics::ofPost(shown.window->currentEditor()->postDocument()->text());
    QCOMPARE(statistics->dialog()->figure(u"cjk"_s, 0), QLocale().toString(expected.counts.cjkCharacters));
    QVERIFY(expected.counts.cjkCharacters > 500);
    qInfo("seed (zh): %lld words, %lld CJK characters, %lld other words, reading %.1f min",
          qlonglong(expected.counts.words), qlonglong(expected.counts.cjkCharacters),
          qlonglong(expected.counts.otherWords), expected.readingMinutes);
}

QTEST_MAIN(TestStatisticsDialog)
#include "tst_statistics.moc"
