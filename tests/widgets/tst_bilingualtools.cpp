// The bilingual view's sentence level and split chooser, driven with real events on the seed pair: the Sentences
// toggle highlights the caret's sentence and its counterpart, Split… offers the blocks of a group preselected at the
// caret, and every alignment decision is one step of Undo Alignment Change.
#include "BilingualTestSupport.h"
#include "WidgetTestSupport.h"

#include "BilingualController.h"
#include "BilingualSession.h"
#include "BilingualView.h"
#include "Document.h"
#include "LazyHighlighter.h"
#include "MarkdownEditor.h"
#include "PairSentenceHighlighter.h"
#include "SplitChooser.h"
#include "bilingual/AlignmentSidecar.h"

#include <QAction>
#include <QComboBox>
#include <QPushButton>
#include <QTextBlock>
#include <QToolBar>

using namespace coinage;
using namespace coinage::gui;
using namespace Qt::StringLiterals;

class TestBilingualTools : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void sentencesFollowTheCaret();
    void splitAtTheChosenBlocksAndUndo();
    void suggestedSplit_data();
    void suggestedSplit();

private:
    struct Opened
    {
        test::ShownWindow shown;
        BilingualView *view = nullptr;
        BilingualSession *session = nullptr;
    };
    bool open(Opened &o);
    static void clickAt(MarkdownEditor *editor, int position);
    static void clickAction(const Opened &o, const QString &name);
    static bool highlighted(MarkdownEditor *editor, std::pair<int, int> span);

    QTemporaryDir m_settings;
    std::unique_ptr<QTemporaryDir> m_files;
    QString m_en;
    QString m_zh;
};

void TestBilingualTools::initTestCase()
{
    QVERIFY(m_settings.isValid());
    test::isolateSettings(m_settings);
    QVERIFY2(!test::seedPath(u"en"_s).isEmpty(), "COINAGE_SEED_DIR must point at the seed posts");
}

void TestBilingualTools::init()
{
    m_files = std::make_unique<QTemporaryDir>();
    QVERIFY(m_files->isValid());
    QVERIFY(test::copySeedPair(m_files->path(), m_en, m_zh));
}

bool TestBilingualTools::open(Opened &o)
{
    if (!o.shown.waitUntilShown() || !o.shown.window->openFile(m_en))
        return false;
    auto *controller = o.shown.window->findChild<BilingualController *>();
    QTest::keyClick(o.shown.window->currentEditor(), Qt::Key_B, Qt::ControlModifier | Qt::AltModifier);
    o.view = controller->view();
    o.session = controller->session();
    return o.view && o.session && test::waitForAlignment(o.session) && test::waitForHighlighting(o.view);
}

void TestBilingualTools::clickAt(MarkdownEditor *editor, int position)
{
    // The other side follows the scrolling and a loaded machine may still be laying lines out: click again until the
    // caret lands in the block aimed at.
    const QTextBlock wanted = editor->document()->findBlock(position);
    for (int attempt = 0; attempt < 5; ++attempt) {
        QTextCursor cursor(editor->document());
        cursor.setPosition(position);
        QRect r = editor->cursorRect(cursor);
        if (r.top() < 0 || r.bottom() > editor->viewport()->height()) {
            editor->setTextCursor(cursor);
            editor->centerCursor();
            QTest::qWait(20);
            r = editor->cursorRect(cursor);
        }
        QTest::mouseClick(editor->viewport(), Qt::LeftButton, {}, QPoint(r.left() + 2, r.center().y()));
        if (editor->textCursor().block() == wanted && editor->hasFocus())
            return;
        QTest::qWait(50);
    }
}

void TestBilingualTools::clickAction(const Opened &o, const QString &name)
{
    QWidget *button = test::toolButton(o.view, name);
    QVERIFY2(button && button->isVisible() && button->isEnabled(), qPrintable(name));
    QTest::mouseClick(button, Qt::LeftButton);
}

bool TestBilingualTools::highlighted(MarkdownEditor *editor, std::pair<int, int> span)
{
    for (const QTextEdit::ExtraSelection &s : editor->extraSelections()) {
        if (s.cursor.selectionStart() == span.first && s.cursor.selectionEnd() == span.second &&
            s.format.background().color().alphaF() > 0.3)
            return true;
    }
    return false;
}

void TestBilingualTools::sentencesFollowTheCaret()
{
    Opened o;
    QVERIFY(open(o));
    MarkdownEditor *left = o.view->sourceEditor();
    MarkdownEditor *right = o.view->targetEditor();
    const int en = int(right->toPlainText().indexOf(u"Now, how convenient"_s));
    const int zh = int(left->toPlainText().indexOf(u"唯一的区别是"_s));
    QVERIFY(en > 0 && zh > 0);

    clickAction(o, u"pairSentences"_s);
    QVERIFY(o.view->sentences()->isEnabled());
    // The caret in the second English sentence of Wang Xiaobo's paragraph: its Chinese counterpart lights up.
    // Click into the paragraph, then walk to the sentence with the arrow key.
    const QTextBlock paragraph = right->document()->findBlock(en);
    clickAt(right, paragraph.position());
    QCOMPARE(right->textCursor().block(), paragraph);
    for (int i = right->textCursor().position(); i < en + 5; ++i)
        QTest::keyClick(right, Qt::Key_Right);
    QCOMPARE(right->textCursor().position(), en + 5);
    PairSentenceHighlighter *sentences = o.view->sentences();
    QVERIFY(sentences->currentGroup() >= 0);
    const AlignedPair group = sentences->result().pairs[sentences->currentGroup()];
    QCOMPARE(group.sourceCount, 1);
    QCOMPARE(group.targetCount, 1);
    const auto source = sentences->span(Side::Source, group.sourceIndex);
    const auto target = sentences->span(Side::Target, group.targetIndex);
    QVERIFY2(left->toPlainText().mid(source.first, source.second - source.first).startsWith(u"如今倒好"_s),
             qPrintable(left->toPlainText().mid(source.first, source.second - source.first)));
    QCOMPARE(target.first, en);
    QVERIFY(highlighted(left, source));
    QVERIFY(highlighted(right, target));
    test::saveScreenshot(o.shown.window.get(), u"bilingual-sentences"_s);

    // The caret in the source, a sentence further: the next English sentence.
    const QTextBlock zhParagraph = left->document()->findBlock(zh);
    clickAt(left, zhParagraph.position());
    QCOMPARE(left->textCursor().block(), zhParagraph);
    for (int i = left->textCursor().position(); i < zh + 2; ++i)
        QTest::keyClick(left, Qt::Key_Right);
    const AlignedPair next = sentences->result().pairs[sentences->currentGroup()];
    const auto nextTarget = sentences->span(Side::Target, next.targetIndex);
    QVERIFY2(right->toPlainText().mid(nextTarget.first).startsWith(u"The only difference"_s),
             qPrintable(right->toPlainText().mid(nextTarget.first, 40)));
    QVERIFY(highlighted(right, nextTarget));
    QVERIFY(!highlighted(right, target));

    // Off: no sentence highlight is left.
    clickAction(o, u"pairSentences"_s);
    QVERIFY(!highlighted(right, nextTarget));
    QCOMPARE(sentences->currentGroup(), -1);
}

void TestBilingualTools::splitAtTheChosenBlocksAndUndo()
{
    Opened o;
    QVERIFY(open(o));
    const QList<AlignedPair> before = o.session->alignment().pairs;
    const AlignedPair first = before[1];
    const AlignedPair second = before[2];
    MarkdownEditor *left = o.view->sourceEditor();
    clickAt(left, left->document()->findBlockByNumber(first.sourceLines.first).position());
    clickAction(o, u"pairMerge"_s);
    QVERIFY(test::waitForAlignment(o.session));
    QCOMPARE(o.session->alignment().pairs[1].shape(), u"2-2"_s);

    // Split… with the caret in the group's second original block: the chooser proposes 1 and 1.
    clickAt(left, left->document()->findBlockByNumber(second.sourceLines.first).position() + 1);
    QCOMPARE(o.view->currentPair(), 1);
    clickAction(o, u"pairSplit"_s);
    SplitChooser *chooser = o.view->splitChooser();
    QVERIFY(chooser->isVisible());
    QCOMPARE(chooser->sourceBox()->count(), 3); // none, ¶1, ¶2
    QCOMPARE(chooser->sourceCount(), 1);
    QCOMPARE(chooser->targetCount(), 1);
    QVERIFY(chooser->sourceBox()->itemText(1).contains(u"鲁迅"_s));
    test::saveScreenshot(o.shown.window.get(), u"bilingual-split"_s);
    // Both translation blocks in the first part: 1-2, then 1-0.
    QTest::keyClick(chooser->targetBox(), Qt::Key_Down);
    QCOMPARE(chooser->targetCount(), 2);
    QTest::mouseClick(chooser->splitButton(), Qt::LeftButton);
    QVERIFY(!chooser->isVisible());
    QVERIFY(test::waitForAlignment(o.session));
    QCOMPARE(o.session->alignment().pairs[1].shape(), u"1-2"_s);
    QCOMPARE(o.session->alignment().pairs[2].shape(), u"1-0"_s);
    QVERIFY(o.session->alignment().pairs[1].pinned);
    QVERIFY(test::readAll(AlignmentSidecar::pathFor(m_en)).contains("pins"));

    // Undo Alignment Change (Ctrl+Alt+Z): the merged group again; once more: the pairs as they were.
    QTest::keyClick(left, Qt::Key_Z, Qt::ControlModifier | Qt::AltModifier);
    QVERIFY(test::waitForAlignment(o.session));
    QCOMPARE(o.session->alignment().pairs[1].shape(), u"2-2"_s);
    QTest::keyClick(left, Qt::Key_Z, Qt::ControlModifier | Qt::AltModifier);
    QVERIFY(test::waitForAlignment(o.session));
    QCOMPARE(o.session->alignment().pairs.size(), before.size());
    QCOMPARE(o.session->alignment().pairs[1].shape(), u"1-1"_s);
    QVERIFY(!o.session->alignment().pairs[1].pinned);
    QVERIFY(!o.session->canUndoDecision());
    // Redo brings the merge back.
    QTest::keyClick(left, Qt::Key_Z, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    QVERIFY(test::waitForAlignment(o.session));
    QCOMPARE(o.session->alignment().pairs[1].shape(), u"2-2"_s);

    // Escape closes the chooser without splitting.
    clickAction(o, u"pairSplit"_s);
    QVERIFY(chooser->isVisible());
    QTest::keyClick(chooser->sourceBox(), Qt::Key_Escape);
    QVERIFY(!chooser->isVisible());
    QCOMPARE(o.session->alignment().pairs[1].shape(), u"2-2"_s);
}

void TestBilingualTools::suggestedSplit_data()
{
    QTest::addColumn<int>("sourceCount");
    QTest::addColumn<int>("targetCount");
    QTest::addColumn<bool>("caretInSource");
    QTest::addColumn<int>("caretBlock");
    QTest::addColumn<int>("firstSource");
    QTest::addColumn<int>("firstTarget");
    QTest::newRow("2-2 caret in 2nd source") << 2 << 2 << true << 1 << 1 << 1;
    QTest::newRow("2-2 caret in 1st source") << 2 << 2 << true << 0 << 1 << 1;
    QTest::newRow("1-2 caret in source") << 1 << 2 << true << 0 << 1 << 1;
    QTest::newRow("1-2 caret in 2nd target") << 1 << 2 << false << 1 << 1 << 1;
    QTest::newRow("2-0") << 2 << 0 << true << 1 << 1 << 0;
    QTest::newRow("1-1 caret in target") << 1 << 1 << false << 0 << 0 << 1;
    QTest::newRow("3-3 caret in 3rd target") << 3 << 3 << false << 2 << 2 << 2;
}

void TestBilingualTools::suggestedSplit()
{
    QFETCH(int, sourceCount);
    QFETCH(int, targetCount);
    QFETCH(bool, caretInSource);
    QFETCH(int, caretBlock);
    QFETCH(int, firstSource);
    QFETCH(int, firstTarget);
    AlignedPair group;
    group.sourceCount = sourceCount;
    group.targetCount = targetCount;
    const auto [s, t] = SplitChooser::suggestedSplit(group, caretInSource ? Side::Source : Side::Target, caretBlock);
    QCOMPARE(s, firstSource);
    QCOMPARE(t, firstTarget);
    QVERIFY(BilingualSession::isValidSplit(group, s, t));
}

QTEST_MAIN(TestBilingualTools)
#include "tst_bilingualtools.moc"
