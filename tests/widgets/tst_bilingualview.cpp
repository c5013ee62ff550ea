// The bilingual view driven like a user would: the seed pair opened with Ctrl+Alt+B on a shown window (offscreen),
// scrolled with the scroll bar's arrow and Page Down, clicked into, typed into, and marked with the status shortcuts.
#include "BilingualTestSupport.h"
#include "WidgetTestSupport.h"

#include "BilingualController.h"
#include "BilingualSession.h"
#include "BilingualView.h"
#include "ConnectorGutter.h"
#include "Document.h"
#include "EditorArea.h"
#include "LazyHighlighter.h"
#include "MarkdownEditor.h"
#include "WrapWidthKeeper.h"
#include "bilingual/AlignmentSidecar.h"
#include "bilingual/PairAlignment.h"
#include "post/PostFile.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLabel>
#include <QScrollBar>
#include <QStatusBar>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>
#include <QToolBar>
#include <QTreeWidget>

using namespace coinage;
using namespace coinage::gui;
using namespace Qt::StringLiterals;

namespace {

class TranslationPrompts : public test::FakePrompts
{
public:
    using FakePrompts::FakePrompts;
    QString language = u"fr"_s;
    bool copySource = true;
    bool askNewTranslation(QWidget *, const QString &, QString &chosen, bool &copy) override
    {
        chosen = language;
        copy = copySource;
        return true;
    }
};

} // namespace

class TestBilingualView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void seedPairOpensWithAGutterPairPerAlignedPair();
    void eachSideWrapsAtItsOwnWidth();
    void scrollingTheSourceKeepsPairsLevel();
    void caretHighlightsTheCounterpart();
    void statusShortcutWritesSidecarAndCounts();
    void typingInTheSourceMarksNeedsReview();
    void mergeAndUnpinFromTheToolBar();
    void interleavedModeShowsBothLanguagesInOrder();
    void findingClickGoesToItsLine();
    void createTranslationOpensTheNewPair();

private:
    struct Opened
    {
        test::ShownWindow shown;
        BilingualController *controller = nullptr;
        BilingualView *view = nullptr;
        BilingualSession *session = nullptr;
    };
    bool open(Opened &o, const QString &path);
    static bool waitForAlignment(BilingualSession *session);
    static void clickLine(MarkdownEditor *editor, int line);
    static void clickScrollBarDown(QScrollBar *bar);
    // Waits until both sides are highlighted (a loaded machine highlights in many time slices, and each slice can
    // change line heights) and the events that follow are handled.
    static bool settle(const Opened &o);

    QTemporaryDir m_settings;
    std::unique_ptr<QTemporaryDir> m_files;
    QString m_en;
    QString m_zh;
};

void TestBilingualView::initTestCase()
{
    QVERIFY(m_settings.isValid());
    test::isolateSettings(m_settings);
    QVERIFY2(!test::seedPath(u"en"_s).isEmpty(), "COINAGE_SEED_DIR must point at the seed posts");
}

void TestBilingualView::init()
{
    m_files = std::make_unique<QTemporaryDir>();
    QVERIFY(m_files->isValid());
    QVERIFY(test::copySeedPair(m_files->path(), m_en, m_zh));
}

bool TestBilingualView::waitForAlignment(BilingualSession *session)
{
    return test::waitForAlignment(session);
}

// Opens a post and presses Ctrl+Alt+B: its counterpart is found by the NAME.LANG.md convention.
bool TestBilingualView::open(Opened &o, const QString &path)
{
    if (!o.shown.waitUntilShown() || !o.shown.window->openFile(path))
        return false;
    o.controller = o.shown.window->findChild<BilingualController *>();
    if (!o.controller)
        return false;
    QElapsedTimer clock;
    clock.start();
    QTest::keyClick(o.shown.window->currentEditor(), Qt::Key_B, Qt::ControlModifier | Qt::AltModifier);
    const qint64 shown = clock.elapsed();
    o.view = o.controller->view();
    o.session = o.controller->session();
    if (!o.view || !o.session || !waitForAlignment(o.session))
        return false;
    qInfo("Ctrl+Alt+B: view shown after %lld ms, first alignment after %lld ms", shown, clock.elapsed());
    QTest::qWait(50);
    return settle(o);
}

bool TestBilingualView::settle(const Opened &o)
{
    const bool idle = QTest::qWaitFor(
        [&o] {
            return !o.view->sourceEditor()->postDocument()->highlighter()->isCatchingUp() &&
                   !o.view->targetEditor()->postDocument()->highlighter()->isCatchingUp();
        },
        10000);
    QCoreApplication::processEvents();
    return idle;
}

void TestBilingualView::clickLine(MarkdownEditor *editor, int line)
{
    QTextCursor cursor(editor->document()->findBlockByNumber(line));
    QRect r = editor->cursorRect(cursor);
    if (r.top() < 0 || r.bottom() > editor->viewport()->height()) {
        editor->setTextCursor(cursor);
        editor->centerCursor();
        r = editor->cursorRect(cursor);
    }
    QTest::mouseClick(editor->viewport(), Qt::LeftButton, {}, QPoint(r.left() + 4, r.center().y()));
}

void TestBilingualView::clickScrollBarDown(QScrollBar *bar)
{
    QStyleOptionSlider option;
    option.initFrom(bar);
    option.orientation = bar->orientation();
    option.minimum = bar->minimum();
    option.maximum = bar->maximum();
    option.sliderPosition = bar->sliderPosition();
    option.sliderValue = bar->value();
    option.singleStep = bar->singleStep();
    option.pageStep = bar->pageStep();
    const QRect arrow = bar->style()->subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarAddLine, bar);
    QTest::mouseClick(bar, Qt::LeftButton, {}, arrow.center());
}

void TestBilingualView::seedPairOpensWithAGutterPairPerAlignedPair()
{
    Opened o;
    QVERIFY(open(o, m_en));
    // The Chinese post is the original (the English title says it is a translation): it goes on the left.
    QCOMPARE(o.view->sourceEditor()->postDocument()->filePath(), QFileInfo(m_zh).absoluteFilePath());
    QCOMPARE(o.view->targetEditor()->postDocument()->filePath(), QFileInfo(m_en).absoluteFilePath());
    QVERIFY(o.view->isVisible());
    QVERIFY(!o.shown.window->editorArea()->isVisible());

    PairAlignmentInput input;
    input.sourceText = PostFile::load(m_zh).text;
    input.targetText = PostFile::load(m_en).text;
    const PairAlignment expected = PairAlignment::compute(input);
    QVERIFY(expected.alignment.pairs.size() >= 10);
    QCOMPARE(o.view->gutter()->pairCount(), int(expected.alignment.pairs.size()));
    // The seed aligns paragraph for paragraph: the visible pairs are drawn as bands.
    auto drawn = [&] {
        int n = 0;
        for (int i = 0; i < o.view->gutter()->pairCount(); ++i)
            n += o.view->gutter()->pairShape(i).isEmpty() ? 0 : 1;
        return n;
    };
    QTRY_VERIFY(drawn() >= 2);
    auto *counts = o.shown.window->statusBar()->findChild<QLabel *>(u"bilingualCounts"_s);
    QVERIFY(counts && counts->isVisible());
    QVERIFY2(counts->text().contains(QString::number(expected.alignment.pairs.size())), qPrintable(counts->text()));
    // The source wraps at its own view's width (the post's other view, in the hidden editor area, is wider).
    MarkdownEditor *left = o.view->sourceEditor();
    const QTextBlock paragraph = left->document()->findBlockByNumber(expected.alignment.pairs[2].sourceLines.first);
    auto wrapsInView = [&] {
        left->document()->documentLayout()->blockBoundingRect(paragraph); // lays the block out when it is not
        return paragraph.layout()->lineCount() > 1 &&
               paragraph.layout()->lineAt(0).width() <= left->viewport()->width();
    };
    QTRY_VERIFY(wrapsInView());

    // The picture for the README: a roomy window, the caret in the second paragraph.
    if (QWidget *outline = o.shown.window->findChild<QWidget *>(u"OutlineDock"_s))
        outline->hide();
    o.shown.window->resize(1480, 860);
    QTest::qWait(50);
    // Scrolled to the first paragraph: the translation follows, the pairs sit level.
    left->verticalScrollBar()->setValue(expected.alignment.pairs[0].sourceLines.first);
    clickLine(left, expected.alignment.pairs[1].sourceLines.first);
    test::saveScreenshot(o.shown.window.get(), u"bilingual"_s);

    // Ctrl+Alt+B again goes back to the editor area.
    QTest::keyClick(o.view->sourceEditor(), Qt::Key_B, Qt::ControlModifier | Qt::AltModifier);
    QTRY_VERIFY(!o.controller->view());
    QVERIFY(o.shown.window->editorArea()->isVisible());

    // Opening another post while the view is shown brings the editor area back with it.
    QTest::keyClick(o.shown.window->currentEditor(), Qt::Key_B, Qt::ControlModifier | Qt::AltModifier);
    QVERIFY(o.controller->view());
    o.shown.window->openSample();
    QTRY_VERIFY(!o.controller->view());
    QVERIFY(o.shown.window->editorArea()->isVisible());
    QVERIFY(o.shown.window->currentEditor()->isVisible());
}

void TestBilingualView::eachSideWrapsAtItsOwnWidth()
{
    // Both posts are also open in wide editor tabs (no docks, a roomy window): the README picture of the view had
    // both sides wrapped at the tabs' width, their lines cut off at the right edge.
    Opened o;
    QVERIFY(o.shown.waitUntilShown());
    MainWindow &window = *o.shown.window;
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        dock->hide();
    window.resize(1480, 860);
    QVERIFY(window.openFile(m_zh));
    QVERIFY(open(o, m_en));
    auto fits = [](const MarkdownEditor *view) {
        return WrapWidthKeeper::wrapWidth(view) == view->viewport()->width() &&
               view->horizontalScrollBar()->maximum() == 0;
    };
    auto figures = [](const MarkdownEditor *view) {
        return u"%1: wrapped at %2, viewport %3, horizontal scroll up to %4"_s.arg(view->objectName())
            .arg(WrapWidthKeeper::wrapWidth(view))
            .arg(view->viewport()->width())
            .arg(view->horizontalScrollBar()->maximum());
    };
    MarkdownEditor *left = o.view->sourceEditor();
    MarkdownEditor *right = o.view->targetEditor();
    for (int width : {1480, 1100, 1700}) {
        window.resize(width, 860);
        QTRY_VERIFY2(fits(left), qPrintable(figures(left)));
        QTRY_VERIFY2(fits(right), qPrintable(figures(right)));
        QVERIFY(left->viewport()->width() < window.width() / 2);
    }

    // Back in the editor area, each tab wraps at its whole width again.
    QTest::keyClick(left, Qt::Key_B, Qt::ControlModifier | Qt::AltModifier);
    QTRY_VERIFY(!o.controller->view());
    for (const QString &path : {m_en, m_zh}) {
        QVERIFY(window.openFile(path));
        MarkdownEditor *tab = window.currentEditor();
        QTRY_VERIFY2(tab->isVisible() && fits(tab), qPrintable(figures(tab)));
        QVERIFY(tab->viewport()->width() > window.width() * 3 / 4);
    }
}

void TestBilingualView::scrollingTheSourceKeepsPairsLevel()
{
    Opened o;
    o.shown.window->resize(900, 520);
    QVERIFY(open(o, m_en));
    MarkdownEditor *left = o.view->sourceEditor();
    MarkdownEditor *right = o.view->targetEditor();
    const Alignment &alignment = o.session->alignment();
    QVERIFY(right->verticalScrollBar()->maximum() > 0);

    // Scroll the source one line at a time with the scroll bar's arrow until a pair starts at the top.
    int pair = -1;
    for (int click = 0; click < 400 && pair < 0; ++click) {
        clickScrollBarDown(left->verticalScrollBar());
        const int top = left->firstVisibleBlockNumber();
        for (int i = 0; i < alignment.pairs.size(); ++i) {
            const AlignedPair &p = alignment.pairs[i];
            // The block starts at the top (a slow machine may auto-repeat a click past a block's first line).
            if (i >= 3 && p.hasSource() && p.hasTarget() && p.sourceLines.first == top &&
                std::abs(ConnectorGutter::rangeRect(left, p.sourceLines).top()) <= 2)
                pair = i;
        }
    }
    QVERIFY2(pair >= 0, "no pair reached the top of the source view");
    QTest::qWait(20);
    QVERIFY(settle(o));
    const AlignedPair &p = alignment.pairs[pair];
    const QRectF l = ConnectorGutter::rangeRect(left, p.sourceLines);
    const QRectF r = ConnectorGutter::rangeRect(right, p.targetLines);
    QVERIFY(right->verticalScrollBar()->value() > 0);
    QVERIFY2(std::abs(l.top() - r.top()) <= 3, qPrintable(u"left %1 right %2"_s.arg(l.top()).arg(r.top())));

    // Page Down in the source: the pair at the top lines up with the same fraction of its counterpart (to a line).
    clickLine(left, left->firstVisibleBlockNumber());
    QTest::keyClick(left, Qt::Key_PageDown);
    QTest::qWait(20);
    QVERIFY(settle(o));
    const int top = left->firstVisibleBlockNumber();
    int atTop = -1;
    for (int i = 0; i < alignment.pairs.size(); ++i) {
        const AlignedPair &q = alignment.pairs[i];
        if (q.hasSource() && q.hasTarget() && q.sourceLines.last >= top &&
            (atTop < 0 || q.sourceLines.first < alignment.pairs[atTop].sourceLines.first))
            atTop = i;
    }
    QVERIFY(atTop >= 0);
    const QRectF l2 = ConnectorGutter::rangeRect(left, alignment.pairs[atTop].sourceLines);
    const QRectF r2 = ConnectorGutter::rangeRect(right, alignment.pairs[atTop].targetLines);
    const qreal f = std::clamp(-l2.top() / l2.height(), 0.0, 1.0);
    const qreal gap = std::abs((r2.top() + f * r2.height()) - (l2.top() + f * l2.height()));
    QVERIFY2(gap <= right->fontMetrics().lineSpacing(), qPrintable(QString::number(gap)));
}

void TestBilingualView::caretHighlightsTheCounterpart()
{
    Opened o;
    QVERIFY(open(o, m_en));
    const Alignment &alignment = o.session->alignment();
    int pair = -1;
    for (int i = 0; i < alignment.pairs.size() && pair < 0; ++i) {
        if (alignment.pairs[i].hasSource() && alignment.pairs[i].hasTarget() && i >= 1)
            pair = i;
    }
    QVERIFY(pair >= 0);
    clickLine(o.view->sourceEditor(), alignment.pairs[pair].sourceLines.first);
    QCOMPARE(o.view->currentPair(), pair);
    QCOMPARE(o.view->gutter()->currentPair(), pair);
    const LineRange target = alignment.pairs[pair].targetLines;
    bool highlighted = false;
    for (const QTextEdit::ExtraSelection &s : o.view->targetEditor()->extraSelections()) {
        // The whole block is shaded, not only its first wrapped line.
        if (s.format.background().style() != Qt::NoBrush && target.contains(s.cursor.blockNumber()) &&
            s.cursor.selectionEnd() == s.cursor.block().position() + s.cursor.block().length() - 1)
            highlighted = true;
    }
    QVERIFY(highlighted);
    // A click on a band of the gutter goes to its pair.
    // The band nearest the current pair that the gutter shows (which ones depends on where the click scrolled to).
    QVERIFY(settle(o));
    int band = -1;
    for (int i = 0; i < alignment.pairs.size(); ++i) {
        if (i != pair && !o.view->gutter()->pairShape(i).isEmpty() &&
            (band < 0 || std::abs(i - pair) < std::abs(band - pair)))
            band = i;
    }
    QVERIFY2(band >= 0, "the gutter shows no other pair");
    const QPainterPath shape = o.view->gutter()->pairShape(band);
    QPoint inside = shape.boundingRect().center().toPoint();
    for (int y = int(shape.boundingRect().top()); y < shape.boundingRect().bottom() && !shape.contains(inside); ++y)
        inside = QPoint(o.view->gutter()->width() / 2, y);
    QTest::mouseClick(o.view->gutter(), Qt::LeftButton, {}, inside);
    QCOMPARE(o.view->currentPair(), band);
    QCOMPARE(o.view->sourceEditor()->textCursor().blockNumber(), alignment.pairs[band].sourceLines.first);

    // And the other way round: the caret in the translation highlights the source.
    const int other = pair + 1 < alignment.pairs.size() ? pair + 1 : pair - 1;
    clickLine(o.view->targetEditor(), alignment.pairs[other].targetLines.first);
    QCOMPARE(o.view->currentPair(), other);
    highlighted = false;
    for (const QTextEdit::ExtraSelection &s : o.view->sourceEditor()->extraSelections()) {
        if (alignment.pairs[other].sourceLines.contains(s.cursor.blockNumber()))
            highlighted = true;
    }
    QVERIFY(highlighted);
}

void TestBilingualView::statusShortcutWritesSidecarAndCounts()
{
    const QString sidecar = AlignmentSidecar::pathFor(m_en);
    int pair = -1;
    {
        Opened o;
        QVERIFY(open(o, m_en));
        QVERIFY(!QFile::exists(sidecar));
        const Alignment &alignment = o.session->alignment();
        pair = 2;
        clickLine(o.view->sourceEditor(), alignment.pairs[pair].sourceLines.first);
        QCOMPARE(o.view->currentPair(), pair);
        // Ctrl+Alt+5: approved.
        QTest::keyClick(o.view->sourceEditor(), Qt::Key_5, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(o.session->alignment().pairs[pair].status, PairStatus::Approved);
        QVERIFY(QFile::exists(sidecar));
        const QByteArray json = test::readAll(sidecar);
        QVERIFY(json.contains("\"approved\""));
        auto *counts = o.shown.window->statusBar()->findChild<QLabel *>(u"bilingualCounts"_s);
        QVERIFY2(counts->text().contains(u"1 approved"_s), qPrintable(counts->text()));
        QVERIFY(o.view->statusAction(PairStatus::Approved)->isChecked());
        // Ctrl+Alt+N: the next unfinished pair; everything in the seed is translated, so nothing moves.
        QTest::keyClick(o.view->sourceEditor(), Qt::Key_N, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(o.view->currentPair(), pair);
    }
    // A new window (a restart) reads the decision back from the sidecar.
    Opened again;
    QVERIFY(open(again, m_en));
    QCOMPARE(again.session->alignment().pairs[pair].status, PairStatus::Approved);
}

void TestBilingualView::typingInTheSourceMarksNeedsReview()
{
    Opened o;
    QVERIFY(open(o, m_en));
    const int pair = 3;
    const AlignedPair before = o.session->alignment().pairs[pair];
    QCOMPARE(before.status, PairStatus::Translated);
    MarkdownEditor *left = o.view->sourceEditor();
    clickLine(left, before.sourceLines.first);
    QTest::keyClick(left, Qt::Key_End);
    QTest::keyClicks(left, u" XYZ"_s);
    QVERIFY(left->postDocument()->isModified());
    QVERIFY(waitForAlignment(o.session));
    QCOMPARE(o.session->alignment().pairs[pair].status, PairStatus::NeedsReview);
    QVERIFY(!o.session->alignment().pairs[pair].sourceChange.isEmpty());
    auto *counts = o.shown.window->statusBar()->findChild<QLabel *>(u"bilingualCounts"_s);
    QVERIFY2(counts->text().contains(u"1 needs review"_s), qPrintable(counts->text()));
    // Next Unfinished Pair jumps to it from the top.
    clickLine(left, 0);
    QTest::keyClick(left, Qt::Key_N, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(o.view->currentPair(), pair);
    // Undo (the window's action, through the area's current editor) brings the source back: translated again.
    QTest::keyClick(left, Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(!left->postDocument()->isModified());
    QVERIFY(waitForAlignment(o.session));
    QCOMPARE(o.session->alignment().pairs[pair].status, PairStatus::Translated);
}

void TestBilingualView::mergeAndUnpinFromTheToolBar()
{
    Opened o;
    QVERIFY(open(o, m_en));
    const qsizetype before = o.session->alignment().pairs.size();
    const AlignedPair first = o.session->alignment().pairs[1];
    const AlignedPair second = o.session->alignment().pairs[2];
    clickLine(o.view->sourceEditor(), first.sourceLines.first);
    auto clickAction = [&](const QString &name) {
        QAction *action = o.view->findChild<QAction *>(name);
        QWidget *button = action ? o.view->toolBar()->widgetForAction(action) : nullptr;
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    };
    clickAction(u"pairMerge"_s);
    QVERIFY(waitForAlignment(o.session));
    QCOMPARE(o.session->alignment().pairs.size(), before - 1);
    const AlignedPair merged = o.session->alignment().pairs[1];
    QVERIFY(merged.pinned);
    QCOMPARE(merged.shape(), u"2-2"_s);
    QCOMPARE(merged.sourceLines.last, second.sourceLines.last);
    QCOMPARE(o.view->gutter()->pairCount(), int(before - 1));
    QVERIFY(test::readAll(AlignmentSidecar::pathFor(m_en)).contains("\"pins\""));
    // Unpin: the automatic alignment comes back.
    clickLine(o.view->sourceEditor(), first.sourceLines.first);
    clickAction(u"pairUnpin"_s);
    QVERIFY(waitForAlignment(o.session));
    QCOMPARE(o.session->alignment().pairs.size(), before);
    QVERIFY(!o.session->alignment().pairs[1].pinned);
}

void TestBilingualView::interleavedModeShowsBothLanguagesInOrder()
{
    Opened o;
    QVERIFY(open(o, m_en));
    QTest::keyClick(o.view->sourceEditor(), Qt::Key_I, Qt::ControlModifier | Qt::AltModifier);
    QVERIFY(o.view->isInterleaved());
    QTextBrowser *reader = o.view->interleavedView();
    QVERIFY(reader->isVisible());
    QVERIFY(reader->isReadOnly());
    const QString text = reader->toPlainText();
    const qsizetype zh1 = text.indexOf(u"子曰：大模型者，铸币之道也。"_s);
    const qsizetype en1 = text.indexOf(u"Confucius said: Large models are the way of minting coins."_s);
    const qsizetype zh2 = text.indexOf(u"鲁迅说："_s);
    const qsizetype en2 = text.indexOf(u"Lu Xun said"_s);
    QVERIFY2(zh1 >= 0 && en1 > zh1 && zh2 > en1 && en2 > zh2,
             qPrintable(u"%1 %2 %3 %4"_s.arg(zh1).arg(en1).arg(zh2).arg(en2)));
    test::saveScreenshot(o.shown.window.get(), u"bilingual-interleaved"_s);
    QTest::keyClick(reader, Qt::Key_I, Qt::ControlModifier | Qt::AltModifier);
    QVERIFY(!o.view->isInterleaved());
    QVERIFY(o.view->sourceEditor()->isVisible());
}

void TestBilingualView::findingClickGoesToItsLine()
{
    // A link on one side only is a parity finding in the translation.
    QString en = PostFile::load(m_en).text;
    en.replace(u"Confucius said: Large models are the way of minting coins."_s,
               u"Confucius said: Large models are the way of [minting](https://example.com/mint) coins."_s);
    QVERIFY(PostFile::save(m_en, en, TextFormat{}).ok);
    Opened o;
    QVERIFY(open(o, m_en));
    QTreeWidget *list = o.view->findingsList();
    QTreeWidgetItem *link = nullptr;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->toolTip(1).contains(u"bilingual-link-mismatch"_s))
            link = list->topLevelItem(i);
    }
    QVERIFY(link);
    list->scrollToItem(link);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(link).center());
    const int line = en.left(en.indexOf(u"[minting]"_s)).count(u'\n');
    QCOMPARE(o.view->targetEditor()->textCursor().blockNumber(), line);
}

void TestBilingualView::createTranslationOpensTheNewPair()
{
    test::ShownWindow shown;
    auto log = std::make_shared<test::FakePrompts::Log>();
    shown.window->setPrompts(std::make_unique<TranslationPrompts>(log));
    QVERIFY(shown.waitUntilShown());
    QVERIFY(shown.window->openFile(m_zh));
    auto *controller = shown.window->findChild<BilingualController *>();
    QAction *create = shown.window->findChild<QAction *>(u"createTranslation"_s);
    QVERIFY(controller && create && create->isEnabled());
    create->trigger();
    QVERIFY2(log->errors.isEmpty(), qPrintable(log->errors.join(u'\n')));
    QVERIFY(controller->view());
    const QString created = controller->session()->target()->filePath();
    QVERIFY2(created.endsWith(u".fr.md"_s), qPrintable(created));
    QVERIFY(QFile::exists(created));
    QCOMPARE(controller->session()->source()->filePath(), QFileInfo(m_zh).absoluteFilePath());
    QVERIFY(waitForAlignment(controller->session()));
    // Copied source: every paragraph has its counterpart.
    QVERIFY(controller->session()->alignment().pairs.size() >= 10);
    QVERIFY(controller->view()->targetEditor()->toPlainText().contains(u"lang: fr"_s));
}

QTEST_MAIN(TestBilingualView)
#include "tst_bilingualview.moc"
