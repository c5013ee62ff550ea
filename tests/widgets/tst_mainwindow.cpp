// The main window driven like a user would: real key and mouse events on a shown window (offscreen).
#include "WidgetTestSupport.h"
#include "support/Seed.h"

#include "Document.h"
#include "EditorArea.h"
#include "EditorPane.h"
#include "FileCommands.h"
#include "LineNumberGutter.h"
#include "MarkdownEditor.h"
#include "OutlinePanel.h"
#include "ScanScheduler.h"
#include "StatusIndicators.h"
#include "WrapWidthKeeper.h"
#include "markdown/MarkdownScanner.h"
#include "post/PostFile.h"

#include <QAction>
#include <QHash>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPaintEvent>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QTreeWidget>

using namespace coinage;
using namespace coinage::gui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void typeUndoSaveIsByteIdentical();
    void noTwoActionsShareAShortcut();
    void splitShowsOneDocumentWithTwoCarets();
    void splitLayoutIsRestored();
    void splitViewsWrapAtTheNarrowerWidth();
    void aKeyRepaintsOnlyItsLineOfTheGutter();
    void closingAskSavesOncePerDocument();
    void outlineListsHeadingsAndJumps();
    void statusBarShowsPositionWordsAndFormat();
    void binaryFileIsRefusedWithMessage();
    void binaryFileShowsRealMessageBox();
    void droppedPostsOpen();
    void themeMenuRecolorsEditor();

private:
    QString copySeedTo(const QString &relativePath);
    static void typeText(QWidget *widget, const QString &text);

    QTemporaryDir m_settings;
    QTemporaryDir m_files;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QVERIFY(m_files.isValid());
    test::isolateSettings(m_settings);
    QVERIFY2(!test::seedPath(QStringLiteral("en")).isEmpty(), "COINAGE_SEED_DIR must point at the seed posts");
}

QString TestMainWindow::copySeedTo(const QString &relativePath)
{
    const QString path = QDir(m_files.path()).filePath(relativePath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile::remove(path);
    if (!QFile::copy(test::seedPath(QStringLiteral("en")), path))
        return {};
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

// QTest::keyClicks only types Latin-1; Chinese text goes in as key events carrying the text.
void TestMainWindow::typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c == u'\n')
            QTest::keyClick(widget, Qt::Key_Return);
        else if (c.unicode() < 0x80)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void TestMainWindow::typeUndoSaveIsByteIdentical()
{
    const QString path = copySeedTo(QStringLiteral("草稿 folder/post.md"));
    QVERIFY(!path.isEmpty());
    const QByteArray original = test::readAll(path);
    QVERIFY(!original.isEmpty());

    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    MainWindow &window = *shown.window;
    QVERIFY(window.openFile(path));
    MarkdownEditor *editor = window.currentEditor();
    QVERIFY(editor);
    Document *document = editor->postDocument();
    QCOMPARE(document->filePath(), QFileInfo(path).absoluteFilePath());
    QVERIFY(!window.isWindowModified());
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("post.md")));
    const QString originalText = document->text();

    // Type in the middle of the first paragraph, Latin and Chinese.
    const QTextCursor found = document->textDocument()->find(QStringLiteral("Confucius said:"));
    QVERIFY(!found.isNull());
    QTextCursor caret = editor->textCursor();
    caret.setPosition(found.selectionStart());
    editor->setTextCursor(caret);
    editor->setFocus();
    const QString typed = QStringLiteral("Indeed, 确实。 ");
    typeText(editor, typed);
    QVERIFY(document->isModified());
    QVERIFY(window.isWindowModified());
    EditorPane *pane = EditorArea::paneOf(editor);
    QVERIFY(pane->tabText(pane->indexOf(editor)).endsWith(u'*'));
    QVERIFY(document->text().contains(typed + QStringLiteral("Confucius said:")));

    for (int i = 0; i < 60 && document->isModified(); ++i)
        QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!document->isModified());
    QVERIFY(!window.isWindowModified());
    QCOMPARE(document->text(), originalText);

    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(shown.prompts->errors.isEmpty());
    QCOMPARE(test::readAll(path), original);

    // Now a real edit, saved: the file is the original with exactly the typed bytes added.
    typeText(editor, typed);
    QVERIFY(document->isModified());
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!document->isModified());
    QVERIFY(!window.isWindowModified());
    const qsizetype at = original.indexOf("Confucius said:");
    QVERIFY(at > 0);
    const QByteArray expected = original.left(at) + typed.toUtf8() + original.mid(at);
    QCOMPARE(test::readAll(path), expected);
}

void TestMainWindow::splitShowsOneDocumentWithTwoCarets()
{
    const QString path = copySeedTo(QStringLiteral("split/post.md"));
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    MainWindow &window = *shown.window;
    QVERIFY(window.openFile(path));
    MarkdownEditor *first = window.currentEditor();
    first->setFocus();
    QTest::keyClick(first, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(first->textCursor().position(), 0);

    QTest::keyClick(first, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier); // Split Left/Right
    EditorArea *area = window.editorArea();
    QCOMPARE(area->panes().size(), 2);
    MarkdownEditor *second = window.currentEditor();
    QVERIFY(second);
    QVERIFY(second != first);
    QCOMPARE(second->postDocument(), first->postDocument());
    QCOMPARE(second->document(), first->document());
    QCOMPARE(area->documents().size(), 1);
    QCOMPARE(area->editorsFor(first->postDocument()).size(), 2);
    QVERIFY(EditorArea::paneOf(second) != EditorArea::paneOf(first));
    QVERIFY(second->isVisible());
    QTRY_VERIFY(second->hasFocus()); // the keyboard goes to the new view

    QTest::keyClick(second, Qt::Key_End, Qt::ControlModifier);
    typeText(second, QStringLiteral("Typed in the second view. 第二个视图。"));
    QVERIFY(first->toPlainText().endsWith(QStringLiteral("Typed in the second view. 第二个视图。")));
    QCOMPARE(first->toPlainText(), second->toPlainText());
    QCOMPARE(first->textCursor().position(), 0); // the first caret stayed where it was
    QCOMPARE(second->textCursor().position(), second->document()->characterCount() - 1);
    QVERIFY(first->textCursor().position() != second->textCursor().position());
    test::saveScreenshot(&window, QStringLiteral("split"));

    // The views share one undo history.
    first->setFocus();
    for (int i = 0; i < 60 && first->postDocument()->isModified(); ++i)
        QTest::keyClick(first, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!second->postDocument()->isModified());
    QVERIFY(!second->toPlainText().contains(QStringLiteral("second view")));

    // Close Split: one pane again, the document stays open in the other.
    second->setFocus();
    QTRY_COMPARE(window.currentEditor(), second);
    QTest::keyClick(second, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(area->panes().size(), 1);
    QCOMPARE(area->editors().size(), 1);
    QCOMPARE(window.currentEditor(), first);
    QVERIFY(shown.prompts->saveQuestions.isEmpty());
}

void TestMainWindow::splitViewsWrapAtTheNarrowerWidth()
{
    // Two views of one post share one wrap width: Qt gave it to the wider view, so the narrower one cut its lines off
    // at its right edge.
    const QString path = copySeedTo(QStringLiteral("wrap/post.md"));
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    MainWindow &window = *shown.window;
    window.resize(1400, 800);
    QVERIFY(window.openFile(path));
    MarkdownEditor *first = window.currentEditor();
    QTest::keyClick(first, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier); // Split Left/Right
    MarkdownEditor *second = window.currentEditor();
    QVERIFY(second && second != first);
    auto *splitter = qobject_cast<QSplitter *>(EditorArea::paneOf(second)->parentWidget());
    QVERIFY(splitter);
    auto figures = [](const MarkdownEditor *view) {
        return QStringLiteral("wrapped at %1, viewport %2, horizontal scroll up to %3")
            .arg(WrapWidthKeeper::wrapWidth(view))
            .arg(view->viewport()->width())
            .arg(view->horizontalScrollBar()->maximum());
    };
    for (const QList<int> &sizes : {QList<int>{900, 300}, QList<int>{250, 950}}) {
        splitter->setSizes(sizes);
        MarkdownEditor *narrow = sizes.first() < sizes.last() ? first : second;
        MarkdownEditor *wide = narrow == first ? second : first;
        QVERIFY(narrow->viewport()->width() + 200 < wide->viewport()->width());
        // The narrower view wraps at its own width; the wider one wraps early, and neither scrolls sideways.
        QTRY_VERIFY2(WrapWidthKeeper::wrapWidth(narrow) == narrow->viewport()->width(), qPrintable(figures(narrow)));
        QVERIFY2(narrow->horizontalScrollBar()->maximum() == 0, qPrintable(figures(narrow)));
        QVERIFY2(wide->horizontalScrollBar()->maximum() == 0, qPrintable(figures(wide)));
    }
    // One view again: it wraps at its whole width.
    QTest::keyClick(second, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(WrapWidthKeeper::wrapWidth(first), first->viewport()->width());
}

namespace {
// Records the rectangles of the paint events one widget receives.
class PaintRecorder : public QObject
{
public:
    explicit PaintRecorder(QWidget *watched)
        : QObject(watched)
    {
        watched->installEventFilter(this);
    }
    QList<QRect> rects;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            rects.append(static_cast<QPaintEvent *>(event)->rect());
        return false;
    }
};
} // namespace

void TestMainWindow::aKeyRepaintsOnlyItsLineOfTheGutter()
{
    // Every key repainted the whole line-number gutter (and what lies under it): the focus mode, while off, cleared
    // its selections on each caret move, and every change of selections repainted the gutter.
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    QString text;
    for (int line = 1; line <= 120; ++line)
        text += QStringLiteral("Line %1 of a post, with a few words on it.\n").arg(line);
    shown.window->fileCommands()->openUntitled(QStringLiteral("gutter.md"), text);
    MarkdownEditor *editor = shown.window->currentEditor();
    QVERIFY(editor);
    editor->setFocus();
    QTextCursor caret(editor->document()->findBlockByNumber(10));
    caret.movePosition(QTextCursor::EndOfBlock);
    editor->setTextCursor(caret);
    auto *gutter = editor->findChild<LineNumberGutter *>();
    QVERIFY(gutter);
    QTest::qWait(200); // the caret's move repaints the whole gutter once (its bold number moved)
    auto *recorder = new PaintRecorder(gutter);
    for (const Qt::Key key : {Qt::Key_A, Qt::Key_B, Qt::Key_C, Qt::Key_D, Qt::Key_E}) {
        QTest::keyClick(editor, key);
        QTest::qWait(30);
    }
    QCOMPARE(editor->textCursor().block().text().right(5), QStringLiteral("abcde"));
    QVERIFY2(!recorder->rects.isEmpty(), "the gutter was not repainted at all");
    const int lineHeight = editor->fontMetrics().height();
    for (const QRect &rect : std::as_const(recorder->rects))
        QVERIFY2(rect.height() <= 3 * lineHeight,
                 qPrintable(QStringLiteral("a key repainted %1 px of the %2 px gutter (a line is %3 px)")
                                .arg(rect.height())
                                .arg(gutter->height())
                                .arg(lineHeight)));
}

void TestMainWindow::splitLayoutIsRestored()
{
    const QString path = copySeedTo(QStringLiteral("layout/post.md"));
    QVariantMap layout;
    {
        test::ShownWindow shown;
        QVERIFY(shown.waitUntilShown());
        QVERIFY(shown.window->openFile(path));
        MarkdownEditor *editor = shown.window->currentEditor();
        QTest::keyClick(editor, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClick(shown.window->currentEditor(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(shown.window->editorArea()->panes().size(), 3);
        layout = shown.window->editorArea()->saveLayout();
        QVERIFY(shown.window->close());
    }
    QCOMPARE(layout.value(QStringLiteral("children")).toList().size(), 2);
    test::ShownWindow again;
    QVERIFY(again.waitUntilShown());
    QVERIFY(again.window->openFile(path));
    again.window->restoreEditorLayout(); // from the settings the first window saved when it closed
    QCOMPARE(again.window->editorArea()->panes().size(), 3);
    QCOMPARE(again.window->editorArea()->documents().size(), 1);
    QCOMPARE(again.window->editorArea()->saveLayout().value(QStringLiteral("children")).toList().size(), 2);
}

void TestMainWindow::closingAskSavesOncePerDocument()
{
    const QString path = copySeedTo(QStringLiteral("close/post.md"));
    const QByteArray original = test::readAll(path);
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    MainWindow &window = *shown.window;
    QVERIFY(window.openFile(path));
    MarkdownEditor *editor = window.currentEditor();
    QTest::keyClick(editor, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    typeText(window.currentEditor(), QStringLiteral("changed"));

    shown.prompts->saveChoice = Prompts::Choice::Cancel;
    QVERIFY(!window.close());
    QCOMPARE(shown.prompts->saveQuestions, QStringList{QStringLiteral("post.md")}); // once, not once per view
    QVERIFY(window.isVisible());
    QVERIFY(window.currentEditor()->postDocument()->isModified());

    // Closing one of two views asks nothing: the other view still shows the text.
    QTest::keyClick(window.currentEditor(), Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(shown.prompts->saveQuestions.size(), 1);
    QCOMPARE(window.editorArea()->editors().size(), 1);

    shown.prompts->saveChoice = Prompts::Choice::Discard;
    QVERIFY(window.close());
    QCOMPARE(shown.prompts->saveQuestions.size(), 2);
    QCOMPARE(test::readAll(path), original);
}

void TestMainWindow::outlineListsHeadingsAndJumps()
{
    QString text = QStringLiteral("---\ntitle: Outline\n---\n\n# Title\n\nIntro.\n\n## Part A\n\n");
    for (int i = 0; i < 40; ++i)
        text += QStringLiteral("Paragraph %1 of part A.\n\n").arg(i);
    text += QStringLiteral("### Detail 细节\n\nDetail text.\n\n## Part B\n\nLast words.\n");
    const QString path = QDir(m_files.path()).filePath(QStringLiteral("outline.md"));
    QVERIFY(test::writeAll(path, text.toUtf8()));
    const QStringList lines = text.split(u'\n');
    const int partALine = int(lines.indexOf(QStringLiteral("## Part A")));
    const int detailLine = int(lines.indexOf(QStringLiteral("### Detail 细节")));
    const int partBLine = int(lines.indexOf(QStringLiteral("## Part B")));

    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    MainWindow &window = *shown.window;
    QVERIFY(window.openFile(path));
    QTreeWidget *tree = window.outline()->tree();
    QTRY_COMPARE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem *title = tree->topLevelItem(0);
    QCOMPARE(title->text(0), QStringLiteral("Title"));
    QCOMPARE(title->childCount(), 2);
    QTreeWidgetItem *partA = title->child(0);
    QTreeWidgetItem *partB = title->child(1);
    QCOMPARE(partA->text(0), QStringLiteral("Part A"));
    QCOMPARE(partB->text(0), QStringLiteral("Part B"));
    QCOMPARE(partA->childCount(), 1);
    QCOMPARE(partA->child(0)->text(0), QStringLiteral("Detail 细节"));

    // Clicking a heading moves the caret there.
    MarkdownEditor *editor = window.currentEditor();
    QCOMPARE(editor->textCursor().blockNumber(), 0);
    tree->scrollToItem(partB);
    const QRect rect = tree->visualItemRect(partB);
    QVERIFY(rect.isValid());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(editor->textCursor().blockNumber(), partBLine);
    QCOMPARE(editor->textCursor().block().text(), QStringLiteral("## Part B"));
    QVERIFY(editor->hasFocus());

    // The outline follows the caret.
    QCOMPARE(window.outline()->currentHeadingLine(), partBLine);
    editor->goToLine(detailLine + 2);
    QCOMPARE(window.outline()->currentHeadingLine(), detailLine);
    editor->goToLine(partALine + 5);
    QCOMPARE(window.outline()->currentHeadingLine(), partALine);
    QCOMPARE(tree->currentItem(), partA);

    // Typing a new heading updates the outline after the scan.
    QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
    typeText(editor, QStringLiteral("\n## Part C\n"));
    QTRY_COMPARE(tree->topLevelItem(0)->childCount(), 3);

    // The filter keeps matching headings and their parents.
    window.outline()->filterEdit()->setFocus();
    QTest::keyClicks(window.outline()->filterEdit(), QStringLiteral("detail"));
    QTreeWidgetItem *top = tree->topLevelItem(0);
    QVERIFY(!top->isHidden());
    QVERIFY(!top->child(0)->isHidden());
    QVERIFY(!top->child(0)->child(0)->isHidden());
    QVERIFY(top->child(1)->isHidden());
    test::saveScreenshot(&window, QStringLiteral("outline"));
}

void TestMainWindow::statusBarShowsPositionWordsAndFormat()
{
    const QString path = copySeedTo(QStringLiteral("status/post.md"));
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    QVERIFY(shown.window->openFile(path));
    StatusIndicators *status = shown.window->statusIndicators();
    MarkdownEditor *editor = shown.window->currentEditor();
    QCOMPARE(status->positionText(), QStringLiteral("Ln 1, Col 1"));
    const qsizetype words = MarkdownScanner::scan(editor->postDocument()->text()).counts.words;
    QVERIFY(words > 100);
    QTRY_COMPARE(status->wordsText(), QStringLiteral("%1 words").arg(words));
    QCOMPARE(status->formatText(), QStringLiteral("LF"));

    // Columns count code points: an emoji (two UTF-16 units) and a CJK character are one column each.
    QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
    typeText(editor, QStringLiteral("\n中"));
    QTest::sendKeyEvent(QTest::Click, editor, Qt::Key_unknown, QStringLiteral("😀"), Qt::NoModifier);
    typeText(editor, QStringLiteral("a"));
    const int line = editor->textCursor().blockNumber() + 1;
    QCOMPARE(status->positionText(), QStringLiteral("Ln %1, Col 4").arg(line));
    const qsizetype wordsNow = MarkdownScanner::scan(editor->postDocument()->text()).counts.words;
    QVERIFY(wordsNow > words);
    QTRY_COMPARE(status->wordsText(), QStringLiteral("%1 words").arg(wordsNow));
}

void TestMainWindow::binaryFileIsRefusedWithMessage()
{
    const QString binary = QDir(m_files.path()).filePath(QStringLiteral("草稿 folder/image.md"));
    QDir().mkpath(QFileInfo(binary).absolutePath());
    QVERIFY(test::writeAll(binary, QByteArrayLiteral("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10")));
    const LoadResult expected = PostFile::load(binary);
    QVERIFY(!expected.ok);
    QVERIFY(!expected.error.message.isEmpty());

    const QString seed = copySeedTo(QStringLiteral("errors/post.md"));
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    MainWindow &window = *shown.window;
    QVERIFY(window.openFile(seed));
    const QString title = window.windowTitle();
    const QString text = window.currentEditor()->toPlainText();

    QVERIFY(!window.openFile(binary));
    QCOMPARE(shown.prompts->errors.size(), 1);
    QVERIFY2(shown.prompts->errors.first().contains(expected.error.message), qPrintable(shown.prompts->errors.first()));
    QCOMPARE(window.editorArea()->documents().size(), 1);
    QCOMPARE(window.editorArea()->editors().size(), 1);
    QCOMPARE(window.windowTitle(), title);
    QCOMPARE(window.currentEditor()->toPlainText(), text);
    QVERIFY(!window.currentEditor()->postDocument()->isModified());

    // A missing file, through File > Open.
    shown.prompts->openPaths = {QDir(m_files.path()).filePath(QStringLiteral("missing.md"))};
    QTest::keyClick(window.currentEditor(), Qt::Key_O, Qt::ControlModifier);
    QCOMPARE(shown.prompts->errors.size(), 2);
    QVERIFY(shown.prompts->errors.last().contains(QStringLiteral("missing.md")));
    QCOMPARE(window.editorArea()->documents().size(), 1);
}

void TestMainWindow::binaryFileShowsRealMessageBox()
{
    const QString binary = QDir(m_files.path()).filePath(QStringLiteral("binary.md"));
    QVERIFY(test::writeAll(binary, QByteArray("abc\0def", 7)));
    const QString expected = PostFile::load(binary).error.message;

    MainWindow window; // with its real message boxes
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString shownText;
    bool sawBox = false;
    QTimer::singleShot(0, &window, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        sawBox = true;
        shownText = box->text();
        box->button(QMessageBox::Ok)->click();
    });
    QVERIFY(!window.openFile(binary));
    QVERIFY(sawBox);
    QCOMPARE(shownText, expected);
    QVERIFY(window.editorArea()->documents().isEmpty());
    QCOMPARE(window.windowTitle(), QStringLiteral("Coinage"));
}

void TestMainWindow::droppedPostsOpen()
{
    const QString post = copySeedTo(QStringLiteral("drop/投稿.md"));
    const QString other = QDir(m_files.path()).filePath(QStringLiteral("drop/picture.png"));
    QVERIFY(test::writeAll(other, "not a post"));
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    MainWindow &window = *shown.window;

    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(other)});
    QDragEnterEvent ignored(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &ignored);
    QVERIFY(!ignored.isAccepted()); // only posts are taken

    data.setUrls({QUrl::fromLocalFile(post), QUrl::fromLocalFile(other)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QCOMPARE(window.editorArea()->documents().size(), 1);
    QCOMPARE(window.currentEditor()->postDocument()->displayName(), QStringLiteral("投稿.md"));
    QVERIFY(shown.prompts->errors.isEmpty());
}

void TestMainWindow::themeMenuRecolorsEditor()
{
    const QString path = copySeedTo(QStringLiteral("theme/post.md"));
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    MainWindow &window = *shown.window;
    QVERIFY(window.openFile(path));
    MarkdownEditor *editor = window.currentEditor();
    const QTextBlock title = editor->document()->findBlockByNumber(2);
    const auto before = title.layout()->formats();
    QVERIFY(!before.isEmpty());

    QAction *dark = nullptr;
    QAction *light = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->data().toString() == u"Breeze Dark")
            dark = action;
        if (action->data().toString() == u"Breeze Light")
            light = action;
    }
    QVERIFY(dark && light);
    light->trigger();
    const QColor lightBackground = editor->palette().color(QPalette::Base);
    const auto lightFormats = title.layout()->formats();
    dark->trigger();
    QVERIFY(dark->isChecked());
    QVERIFY(!light->isChecked());
    QVERIFY(editor->palette().color(QPalette::Base).lightness() < lightBackground.lightness());
    QVERIFY(title.layout()->formats() != lightFormats); // visible blocks re-highlighted with the new theme
    QCOMPARE(QSettings().value(QStringLiteral("editor/theme")).toString(), QStringLiteral("Breeze Dark"));
    light->trigger();
}

// Every feature adds actions from its own controller: a key taken twice would silently do only one of them (Focus
// Mode and Insert Footnote both wanted Ctrl+Alt+F).
void TestMainWindow::noTwoActionsShareAShortcut()
{
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    QHash<QKeySequence, QString> owners;
    const QList<QAction *> actions = shown.window->findChildren<QAction *>();
    QStringList clashes;
    for (const QAction *action : actions) {
        if (action->shortcutContext() == Qt::WidgetShortcut ||
            action->shortcutContext() == Qt::WidgetWithChildrenShortcut)
            continue; // local to one widget
        const QString name = action->objectName().isEmpty() ? action->text() : action->objectName();
        const QList<QKeySequence> keys = action->shortcuts();
        for (const QKeySequence &key : keys) {
            if (key.isEmpty())
                continue;
            const auto owner = owners.constFind(key);
            if (owner != owners.cend() && *owner != name)
                clashes.append(QStringLiteral("%1: %2 and %3").arg(key.toString(), *owner, name));
            owners.insert(key, name);
        }
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
    QVERIFY(owners.size() > 20);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
