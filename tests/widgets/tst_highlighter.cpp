// The lazy highlighter on a real, shown editor: only what is visible gets highlighted, edits re-highlight, the
// front matter is YAML, and far jumps catch up in slices without blocking.
#include "WidgetTestSupport.h"
#include "support/Seed.h"

#include "Document.h"
#include "EditorArea.h"
#include "FileCommands.h"
#include "LazyHighlighter.h"
#include "MarkdownEditor.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace coinage;
using namespace coinage::gui;

class TestHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void highlightsOnlyVisibleBlocks();
    void frontMatterIsYaml();
    void editReHighlightsLineAndFollowers();
    void keyReHighlightsAndLaysOutOneBlock();
    void farJumpCatchesUpInSlices();
    void secondViewIsHighlightedToo();
    void emptyPostWaitsForTheFirstPaint();

private:
    static int highlightedBlocks(const QTextDocument *document);
    static int blockWithText(const QTextDocument *document, const QString &text, int from = 0);

    QTemporaryDir m_settings;
    QTemporaryDir m_files;
    QString m_path;
    std::unique_ptr<test::ShownWindow> m_shown;
    MarkdownEditor *m_editor = nullptr;
    Document *m_document = nullptr;
    LazyHighlighter *m_highlighter = nullptr;
};

constexpr int lineCount = 20000;

void TestHighlighter::initTestCase()
{
    QVERIFY(m_settings.isValid());
    test::isolateSettings(m_settings);
    QString text =
        QStringLiteral("---\ntitle: \"Large\" # a comment\ntags: [essay, test]\ndate: 2025-01-05 22:05\n---\n");
    int line = 5;
    for (int section = 0; line < lineCount; ++section) {
        text += QStringLiteral("## Section %1\n\n").arg(section);
        line += 2;
        for (int i = 0; i < 48 && line < lineCount; ++i, ++line)
            text += (i % 2) ? QStringLiteral("\n")
                            : QStringLiteral("Plain paragraph %1 with *emphasis*, `code` and 中文 text.\n").arg(line);
    }
    m_path = QDir(m_files.path()).filePath(QStringLiteral("large.md"));
    QVERIFY(test::writeAll(m_path, text.toUtf8()));
}

void TestHighlighter::init()
{
    m_shown = std::make_unique<test::ShownWindow>();
    QVERIFY(m_shown->waitUntilShown());
    QVERIFY(m_shown->window->openFile(m_path));
    m_editor = m_shown->window->currentEditor();
    QVERIFY(m_editor);
    m_document = m_editor->postDocument();
    m_highlighter = m_document->highlighter();
    QCOMPARE(m_document->textDocument()->blockCount(), lineCount + 1);
    QCoreApplication::processEvents();
}

void TestHighlighter::cleanup()
{
    m_shown.reset();
}

int TestHighlighter::highlightedBlocks(const QTextDocument *document)
{
    int count = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.userData())
            ++count;
    }
    return count;
}

int TestHighlighter::blockWithText(const QTextDocument *document, const QString &text, int from)
{
    for (QTextBlock block = document->findBlockByNumber(from); block.isValid(); block = block.next()) {
        if (block.text().startsWith(text))
            return block.blockNumber();
    }
    return -1;
}

void TestHighlighter::highlightsOnlyVisibleBlocks()
{
    const int first = m_editor->firstVisibleBlockNumber();
    const int last = m_editor->lastVisibleBlockNumber();
    QCOMPARE(first, 0);
    QVERIFY(last > 10);
    // Every visible block is highlighted correctly; non-empty ones have formats.
    for (int number = first; number <= last; ++number) {
        const QTextBlock block = m_document->textDocument()->findBlockByNumber(number);
        QVERIFY2(m_highlighter->isCorrect(block), qPrintable(QString::number(number)));
        if (!block.text().isEmpty())
            QVERIFY2(!block.layout()->formats().isEmpty(), qPrintable(QString::number(number)));
    }
    // ... and not much more than the visible blocks.
    const int highlighted = highlightedBlocks(m_document->textDocument());
    QVERIFY2(highlighted < 200, qPrintable(QString::number(highlighted)));
    QVERIFY(!m_document->textDocument()->findBlockByNumber(1000).userData());
    QVERIFY(!m_document->textDocument()->findBlockByNumber(lineCount - 1).userData());
    QVERIFY(!m_highlighter->isCatchingUp());

    // Highlighting is not an edit.
    QVERIFY(!m_document->isModified());
    const quint64 revision = m_document->revision();
    m_editor->verticalScrollBar()->setValue(m_editor->verticalScrollBar()->value() + 30);
    QCoreApplication::processEvents();
    QCOMPARE(m_document->revision(), revision);
    QVERIFY(!m_document->isModified());
    QVERIFY(
        m_highlighter->isCorrect(m_document->textDocument()->findBlockByNumber(m_editor->lastVisibleBlockNumber())));
}

void TestHighlighter::frontMatterIsYaml()
{
    const QTextDocument *text = m_document->textDocument();
    // "tags: [essay, test]": YAML sees a key, an operator, brackets and list items; Markdown's own "metadata" rule
    // would give two ranges (key and value).
    const QTextBlock tags = text->findBlockByNumber(2);
    QCOMPARE(tags.text(), QStringLiteral("tags: [essay, test]"));
    QVERIFY2(tags.layout()->formats().size() >= 4, qPrintable(QString::number(tags.layout()->formats().size())));
    // The title's comment is a YAML comment: italic or coloured differently from the value before it.
    const QTextBlock title = text->findBlockByNumber(1);
    const QList<QTextLayout::FormatRange> ranges = title.layout()->formats();
    QVERIFY(ranges.size() >= 3);
    QVERIFY(ranges.first().format != ranges.last().format);
    // After the closing line, Markdown: the heading has one format over the whole line, unlike the YAML lines.
    const QTextBlock heading = text->findBlockByNumber(5);
    QCOMPARE(heading.text(), QStringLiteral("## Section 0"));
    QCOMPARE(heading.layout()->formats().size(), 1);
}

void TestHighlighter::editReHighlightsLineAndFollowers()
{
    QTextDocument *text = m_document->textDocument();
    const int paragraph = blockWithText(text, QStringLiteral("Plain paragraph"), 10);
    QVERIFY(paragraph > 0 && paragraph + 4 < m_editor->lastVisibleBlockNumber());
    const QList<QTextLayout::FormatRange> before = text->findBlockByNumber(paragraph).layout()->formats();
    const int next = blockWithText(text, QStringLiteral("Plain paragraph"), paragraph + 1);
    const QList<QTextLayout::FormatRange> nextBefore = text->findBlockByNumber(next).layout()->formats();
    QVERIFY(before.size() > 1); // emphasis and code spans

    // Make the line a heading: it is highlighted as one at once.
    QTextCursor caret(text->findBlockByNumber(paragraph));
    m_editor->setTextCursor(caret);
    m_editor->setFocus();
    QTest::keyClicks(m_editor, QStringLiteral("# "));
    QTextBlock edited = text->findBlockByNumber(paragraph);
    QVERIFY(edited.text().startsWith(QStringLiteral("# Plain")));
    QVERIFY(m_highlighter->isCorrect(edited));
    QVERIFY(edited.layout()->formats() != before);
    QCOMPARE(edited.layout()->formats().size(), 1);
    QCOMPARE(text->findBlockByNumber(next).layout()->formats(), nextBefore); // state unchanged: untouched

    // Open a code fence: the following visible lines turn into code.
    QTest::keyClick(m_editor, Qt::Key_Home);
    QTest::keyClicks(m_editor, QStringLiteral("```"));
    QTest::keyClick(m_editor, Qt::Key_Return);
    const int nextNow = blockWithText(text, QStringLiteral("Plain paragraph"), paragraph + 2);
    QVERIFY(nextNow <= m_editor->lastVisibleBlockNumber());
    QVERIFY(m_highlighter->isCorrect(text->findBlockByNumber(nextNow)));
    QVERIFY(text->findBlockByNumber(nextNow).layout()->formats() != nextBefore);

    // Undo everything: the highlighting is back to what it was.
    for (int i = 0; i < 20 && m_document->isModified(); ++i)
        QTest::keyClick(m_editor, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!m_document->isModified());
    QCOMPARE(text->findBlockByNumber(paragraph).layout()->formats(), before);
    QCOMPARE(text->findBlockByNumber(next).layout()->formats(), nextBefore);
}

// A key that leaves the line's end state as it was runs one line through the engine and lays out only that block:
// the blocks below keep their layouts (a change reaching past the block used to make Qt clear them and repaint every
// view whole, on every key).
void TestHighlighter::keyReHighlightsAndLaysOutOneBlock()
{
    QTextDocument *text = m_document->textDocument();
    const int paragraph = blockWithText(text, QStringLiteral("Plain paragraph"), 10);
    QVERIFY(paragraph > 0 && paragraph + 4 < m_editor->lastVisibleBlockNumber());
    QCoreApplication::processEvents();
    for (int number = paragraph; number <= paragraph + 3; ++number)
        QVERIFY(text->findBlockByNumber(number).layout()->lineCount() > 0);

    QTextCursor caret(text->findBlockByNumber(paragraph));
    caret.movePosition(QTextCursor::EndOfBlock);
    m_editor->setTextCursor(caret);
    m_editor->setFocus();
    // Qt's layout says "repaint everything" with update(a huge rect); one block changing is updateBlock(block).
    QSignalSpy whole(text->documentLayout(), &QAbstractTextDocumentLayout::update);
    QSignalSpy blocks(text->documentLayout(), &QAbstractTextDocumentLayout::updateBlock);
    const quint64 before = m_highlighter->highlightedLineCount();
    QTest::keyClick(m_editor, Qt::Key_X);
    QCOMPARE(m_highlighter->highlightedLineCount() - before, quint64(1));
    QVERIFY(text->findBlockByNumber(paragraph).text().endsWith(u'x'));
    QVERIFY(m_highlighter->isCorrect(text->findBlockByNumber(paragraph)));
    QCOMPARE(whole.count(), 0);
    QVERIFY(!blocks.isEmpty());
    for (const QList<QVariant> &arguments : std::as_const(blocks))
        QCOMPARE(arguments.at(0).value<QTextBlock>().blockNumber(), paragraph);
    for (int number = paragraph + 1; number <= paragraph + 3; ++number)
        QVERIFY2(text->findBlockByNumber(number).layout()->lineCount() > 0, qPrintable(QString::number(number)));

    // Deleting it again: the same.
    whole.clear();
    const quint64 beforeDelete = m_highlighter->highlightedLineCount();
    QTest::keyClick(m_editor, Qt::Key_Backspace);
    QCOMPARE(m_highlighter->highlightedLineCount() - beforeDelete, quint64(1));
    QCOMPARE(whole.count(), 0);
}

void TestHighlighter::farJumpCatchesUpInSlices()
{
    QElapsedTimer timer;
    timer.start();
    m_editor->setFocus();
    QTest::keyClick(m_editor, Qt::Key_End, Qt::ControlModifier);
    const qint64 blocked = timer.elapsed();
    QCoreApplication::processEvents();
    const int first = m_editor->firstVisibleBlockNumber();
    const int last = m_editor->lastVisibleBlockNumber();
    QVERIFY(first > lineCount - 100);
    // Shown highlighted at once (provisionally), then checked by the walk catching up in slices.
    const int heading = blockWithText(m_document->textDocument(), QStringLiteral("## Section"), first);
    if (heading >= 0 && heading <= last)
        QCOMPARE(m_document->textDocument()->findBlockByNumber(heading).layout()->formats().size(), 1);
    QVERIFY2(blocked < 1000, qPrintable(QString::number(blocked)));
    QTRY_VERIFY_WITH_TIMEOUT(!m_highlighter->isCatchingUp(), 8000);
    for (int number = first; number <= last; ++number)
        QVERIFY(m_highlighter->isCorrect(m_document->textDocument()->findBlockByNumber(number)));
}

void TestHighlighter::secondViewIsHighlightedToo()
{
    EditorArea *area = m_shown->window->editorArea();
    MarkdownEditor *second = area->splitCurrent(Qt::Vertical);
    QVERIFY(second);
    QCoreApplication::processEvents();
    // Scroll the second view to the middle; the first stays at the top.
    const int middle = lineCount / 2;
    second->goToLine(middle);
    QCoreApplication::processEvents();
    QTRY_VERIFY_WITH_TIMEOUT(!m_highlighter->isCatchingUp(), 8000);
    const QTextDocument *text = m_document->textDocument();
    for (MarkdownEditor *view : {m_editor, second}) {
        for (int number = view->firstVisibleBlockNumber(); number <= view->lastVisibleBlockNumber(); ++number) {
            const QTextBlock block = text->findBlockByNumber(number);
            QVERIFY(m_highlighter->isCorrect(block));
            if (!block.text().isEmpty())
                QVERIFY(!block.layout()->formats().isEmpty());
        }
    }
    QVERIFY(second->firstVisibleBlockNumber() > middle - 100);
    QVERIFY(m_editor->firstVisibleBlockNumber() < 10);
}

void TestHighlighter::emptyPostWaitsForTheFirstPaint()
{
    // As at launch on a new post: the window is shown, then the empty post opened before the window is on screen. Its
    // first line loaded the definitions (~60 ms the first time) before the window could paint; now it waits.
    test::ShownWindow shown;
    QVERIFY(shown.window->fileCommands()->openUntitled(QStringLiteral("new.md"), QString()));
    MarkdownEditor *editor = shown.window->currentEditor();
    LazyHighlighter *highlighter = editor->postDocument()->highlighter();
    QCOMPARE(highlighter->highlightedLineCount(), quint64(0));
    QVERIFY(shown.waitUntilShown());
    QTRY_VERIFY(highlighter->highlightedLineCount() > 0);
    // What is typed then is highlighted as usual.
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("# Title"));
    const QTextBlock first = editor->document()->firstBlock();
    QVERIFY(highlighter->isCorrect(first));
    QVERIFY(!first.layout()->formats().isEmpty());
}

QTEST_MAIN(TestHighlighter)
#include "tst_highlighter.moc"
