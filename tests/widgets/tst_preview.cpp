// The preview driven like a user would: Ctrl+Shift+P on a shown window, typing, scrolling, clicking links; and the
// proof that it fetches nothing from the network.
#include "WidgetTestSupport.h"
#include "support/Seed.h"

#include "Document.h"
#include "FileCommands.h"
#include "MarkdownEditor.h"
#include "PreviewBrowser.h"
#include "PreviewController.h"
#include "PreviewScheduler.h"
#include "ThemeController.h"

#include <QDockWidget>
#include <QElapsedTimer>
#include <QImage>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QTcpServer>
#include <QTextBlock>

using namespace coinage;
using namespace coinage::gui;
using namespace Qt::StringLiterals;

class TestPreview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void toggleShowsRenderedPostBesideEditor();
    void typingRendersOnAWorkerAndKeepsUp();
    void nothingIsFetchedFromTheNetwork();
    void localImagesAndExternalLinks();
    void footnoteLinksScrollInside();
    void scrollsWithTheEditorBothWays();
    void followsTheDarkTheme();
    void largePostTimings();
    void seedScreenshot();

private:
    struct Session
    {
        test::ShownWindow shown;
        PreviewController *preview = nullptr;
        MarkdownEditor *editor = nullptr;
    };
    // Opens the file, shows the preview with Ctrl+Shift+P and waits for the first rendering.
    bool open(Session &session, const QString &path);
    static bool waitForRender(PreviewController *preview);
    QString writePost(const QString &name, const QString &text);

    QTemporaryDir m_settings;
    QTemporaryDir m_posts;
};

void TestPreview::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QVERIFY(m_posts.isValid());
    test::isolateSettings(m_settings);
}

void TestPreview::init()
{
    QSettings().remove(u"preview"_s);
}

QString TestPreview::writePost(const QString &name, const QString &text)
{
    const QString path = QDir(m_posts.path()).filePath(name);
    test::writeAll(path, text.toUtf8());
    return path;
}

bool TestPreview::waitForRender(PreviewController *preview)
{
    QSignalSpy ready(preview->scheduler(), &PreviewScheduler::previewReady);
    if (!ready.wait(5000))
        return false;
    QCoreApplication::processEvents();
    return true;
}

bool TestPreview::open(Session &session, const QString &path)
{
    if (!session.shown.waitUntilShown())
        return false;
    MainWindow &window = *session.shown.window;
    session.preview = window.findChild<PreviewController *>();
    if (!session.preview || !window.openFile(path))
        return false;
    session.editor = window.currentEditor();
    session.editor->setFocus();
    if (session.preview->browser()->isVisible())
        return false; // hidden until asked for
    QSignalSpy ready(session.preview->scheduler(), &PreviewScheduler::previewReady);
    QTest::keyClick(session.editor, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    if (!session.preview->toggleAction()->isChecked() || !session.preview->browser()->isVisible())
        return false;
    return ready.wait(30000);
}

void TestPreview::toggleShowsRenderedPostBesideEditor()
{
    Session session;
    const QString post = u"---\ntitle: 铸币与大模型\ndate: 2025-01-05 22:05\ntags: misc ai\n---\n\n# Heading\n\n"
                         u"子曰：大模型者，铸币之道也。[^1]\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
                         u"<script>alert('x')</script>\n\n[^1]: 注释。\n"_s;
    QVERIFY(open(session, writePost(u"toggle.md"_s, post)));
    PreviewBrowser *browser = session.preview->browser();
    // Beside the editor, in the central split.
    QSplitter *splitter = session.preview->splitter();
    QCOMPARE(splitter->indexOf(browser), 1);
    QVERIFY(browser->width() > 200);
    QVERIFY(browser->mapTo(session.shown.window.get(), QPoint()).x() >
            session.editor->mapTo(session.shown.window.get(), QPoint()).x() + session.editor->width() - 10);
    const QString shown = browser->toPlainText();
    QVERIFY2(shown.startsWith(u"铸币与大模型"_s), qPrintable(shown));
    QVERIFY(shown.contains(u"2025-01-05 22:05"_s));
    QVERIFY(shown.contains(u"#misc"_s) && shown.contains(u"#ai"_s));
    QVERIFY(!shown.contains(u"---"_s));
    QVERIFY(!shown.contains(u"title:"_s));
    QVERIFY(shown.contains(u"子曰：大模型者，铸币之道也。"_s));
    // The script shows as text, inert.
    QVERIFY(shown.contains(u"<script>alert('x')</script>"_s));
    QVERIFY(browser->preview().html.contains(u"role=\"doc-endnotes\""_s));
    test::saveScreenshot(session.shown.window.get(), u"preview-toggle"_s);

    // Ctrl+Shift+P again hides it; the editor keeps the focus.
    QTest::keyClick(session.editor, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!browser->isVisible());
    QVERIFY(session.editor->hasFocus());
    QVERIFY(!QSettings().value(u"preview/shown"_s).toBool());
}

void TestPreview::typingRendersOnAWorkerAndKeepsUp()
{
    Session session;
    QString post = u"---\ntitle: Typing\n---\n\n"_s;
    for (int i = 0; i < 400; ++i)
        post += u"Paragraph %1 with some words to render, and a footnote.[^n%1]\n\n"_s.arg(i);
    for (int i = 0; i < 400; ++i)
        post += u"[^n%1]: Note %1.\n"_s.arg(i);
    QVERIFY(open(session, writePost(u"typing.md"_s, post)));
    PreviewScheduler *scheduler = session.preview->scheduler();
    const int renderedBefore = scheduler->renderedCount();
    QTest::keyClick(session.editor, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(session.editor, Qt::Key_Return);
    // Type quickly: no rendering while keys keep coming, every key handled fast.
    QElapsedTimer timer;
    qint64 slowest = 0;
    const QString typed = u"Freshly typed words"_s;
    for (const QChar c : typed) {
        timer.start();
        QTest::keyClick(session.editor, c.toLatin1());
        slowest = qMax(slowest, timer.elapsed());
    }
    QCOMPARE(scheduler->renderedCount(), renderedBefore);
    QVERIFY(!scheduler->isIdle());
    QVERIFY(waitForRender(session.preview));
    QTRY_VERIFY(scheduler->isIdle());
    QVERIFY(session.preview->browser()->toPlainText().contains(typed));
    QCOMPARE(session.preview->browser()->preview().revision, session.editor->postDocument()->revision());
    qInfo("slowest key %lld ms while the preview is shown (%lld characters); debounce %d ms; %d renders, %d dropped",
          qlonglong(slowest), qlonglong(post.size()), PreviewScheduler::debounceMilliseconds(post.size()),
          scheduler->renderedCount(), scheduler->droppedCount());
    QVERIFY(slowest < 200);
}

void TestPreview::nothingIsFetchedFromTheNetwork()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    int connections = 0;
    connect(&server, &QTcpServer::newConnection, &server, [&] {
        ++connections;
        delete server.nextPendingConnection();
    });
    const QString base = u"http://127.0.0.1:%1"_s.arg(server.serverPort());
    Session session;
    const QString post = u"# Remote\n\n![remote](%1/image.png) and ![secure](https%2/b.png)\n\n"
                         u"<img src=\"%1/raw.png\">\n\n[a link](%1/page)\n"_s.arg(base, base.sliced(4));
    QVERIFY(open(session, writePost(u"remote.md"_s, post)));
    PreviewBrowser *browser = session.preview->browser();
    // Both Markdown images were asked for, and refused.
    QTRY_VERIFY(browser->refusedRemoteRequests() >= 2);
    QTest::qWait(300);
    QCOMPARE(connections, 0);
    QVERIFY(!server.hasPendingConnections());
    QVERIFY(browser->loadResource(QTextDocument::ImageResource, QUrl(base + u"/direct.png"_s)).isNull());
    QTest::qWait(100);
    QCOMPARE(connections, 0);
    qInfo("%d remote resources refused, %d connections to the local server", browser->refusedRemoteRequests(),
          connections);
}

void TestPreview::localImagesAndExternalLinks()
{
    QDir(m_posts.path()).mkpath(u"images"_s);
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::red);
    QVERIFY(image.save(QDir(m_posts.path()).filePath(u"images/red.png"_s)));
    Session session;
    QVERIFY(open(session,
                 writePost(u"links.md"_s, u"![red](images/red.png)\n\nSee [the site](https://example.com/page).\n"_s)));
    PreviewBrowser *browser = session.preview->browser();
    const QVariant bytes = browser->loadResource(QTextDocument::ImageResource, QUrl(u"images/red.png"_s));
    QVERIFY(!QImage::fromData(bytes.toByteArray()).isNull());
    QCOMPARE(browser->refusedRemoteRequests(), 0);
    QList<QUrl> opened;
    browser->setLinkOpener([&](const QUrl &url) { opened.append(url); });
    QTextCursor link = browser->document()->find(u"the site"_s);
    QVERIFY(!link.isNull());
    link.setPosition(link.selectionStart() + 2);
    const QPoint at = browser->cursorRect(link).center();
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(opened, (QList<QUrl>{QUrl(u"https://example.com/page"_s)}));
}

void TestPreview::footnoteLinksScrollInside()
{
    Session session;
    QString post = u"Start[^far].\n\n"_s;
    for (int i = 0; i < 120; ++i)
        post += u"Filler paragraph %1.\n\n"_s.arg(i);
    post += u"[^far]: The far note.\n"_s;
    QVERIFY(open(session, writePost(u"footnotes.md"_s, post)));
    PreviewBrowser *browser = session.preview->browser();
    QList<QUrl> opened;
    browser->setLinkOpener([&](const QUrl &url) { opened.append(url); });
    browser->verticalScrollBar()->setValue(0);
    const QTextCursor start = browser->document()->find(u"Start"_s);
    QVERIFY(!start.isNull());
    QTextCursor marker(browser->document());
    marker.setPosition(start.selectionEnd()); // before the superscript "1"
    const QRect caret = browser->cursorRect(marker);
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, caret.center() + QPoint(2, 0));
    QVERIFY(opened.isEmpty());
    QTRY_VERIFY(browser->verticalScrollBar()->value() > 0);
}

void TestPreview::scrollsWithTheEditorBothWays()
{
    Session session;
    QString post = u"---\ntitle: Long\n---\n"_s;
    for (int i = 0; i < 300; ++i)
        post += u"\nParagraph %1.\n"_s.arg(i);
    QVERIFY(open(session, writePost(u"long.md"_s, post)));
    PreviewBrowser *browser = session.preview->browser();
    MarkdownEditor *editor = session.editor;
    // Editor to preview: the block at the editor's top is at the preview's top.
    const QTextBlock target = editor->document()->findBlockByNumber(302);
    QCOMPARE(target.text(), u"Paragraph 149."_s);
    editor->verticalScrollBar()->setValue(target.firstLineNumber());
    QCoreApplication::processEvents();
    QCOMPARE(editor->firstVisibleBlockNumber(), 302);
    QVERIFY2(qAbs(browser->topLine() - 302) <= 2, qPrintable(QString::number(browser->topLine())));
    const QTextCursor shown = browser->cursorForPosition(QPoint(5, 5));
    QVERIFY2(shown.block().text().contains(u"Paragraph 149"_s) || shown.block().text().contains(u"Paragraph 148"_s),
             qPrintable(shown.block().text()));
    // Preview to editor: scroll the preview with the wheel.
    const int before = editor->firstVisibleBlockNumber();
    for (int i = 0; i < 5; ++i) {
        QWheelEvent wheel(QPointF(50, 50), browser->viewport()->mapToGlobal(QPointF(50, 50)), {}, {0, -120},
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(browser->viewport(), &wheel);
    }
    QCoreApplication::processEvents();
    QVERIFY2(editor->firstVisibleBlockNumber() > before + 4,
             qPrintable(u"%1 -> %2"_s.arg(before).arg(editor->firstVisibleBlockNumber())));
    QVERIFY(qAbs(editor->firstVisibleBlockNumber() - browser->topLine()) <= 2);
}

void TestPreview::followsTheDarkTheme()
{
    Session session;
    QVERIFY(open(session, writePost(u"dark.md"_s, u"# Dark\n\nText.\n"_s)));
    ThemeController *themes = session.shown.window->themes();
    themes->chooseTheme(u"Breeze Dark"_s);
    PreviewBrowser *browser = session.preview->browser();
    QVERIFY(browser->palette().color(QPalette::Base).lightness() < 100);
    QVERIFY(browser->palette().color(QPalette::Text).lightness() > 150);
    QVERIFY(browser->document()->defaultStyleSheet().contains(u"#78aeed"_s));
    test::saveScreenshot(session.shown.window.get(), u"preview-dark"_s);
    themes->chooseTheme(u"Breeze Light"_s);
    QVERIFY(browser->palette().color(QPalette::Base).lightness() > 200);
    themes->chooseTheme(QString());
}

// Figures for the notes: a 300 KB post (a footnote every tenth paragraph), rendered on the worker, shown on the UI
// thread (QTextBrowser::setHtml).
void TestPreview::largePostTimings()
{
    QString post = u"---\ntitle: Large\n---\n"_s;
    int i = 0;
    while (post.size() < 300000) {
        post += u"\nParagraph %1 of a long post, with *emphasis*, a [link](https://example.com) and Chinese: "
                u"子曰：大模型者，铸币之道也。%2\n"_s.arg(i)
                    .arg(i % 10 == 0 ? u"[^n%1]"_s.arg(i) : QString());
        ++i;
    }
    post += u"\n"_s;
    for (int n = 0; n < i; n += 10)
        post += u"[^n%1]: Note %1.\n"_s.arg(n);
    QElapsedTimer timer;
    timer.start();
    const PreviewHtml html = PreviewRenderer::render(post);
    const qint64 renderMs = timer.elapsed();
    Session session;
    QVERIFY(open(session, writePost(u"large.md"_s, post)));
    PreviewBrowser *browser = session.preview->browser();
    timer.start();
    browser->showPreview(html);
    const qint64 showMs = timer.elapsed();
    // Keys while a rendering runs on the worker.
    QTest::keyClick(session.editor, Qt::Key_End, Qt::ControlModifier);
    session.preview->scheduler()->renderNow();
    qint64 slowest = 0;
    for (int k = 0; k < 10; ++k) {
        timer.start();
        QTest::keyClick(session.editor, Qt::Key_A);
        slowest = qMax(slowest, timer.elapsed());
    }
    QVERIFY(waitForRender(session.preview));
    qInfo("%lld characters: render %lld ms on the worker, showPreview (setHtml) %lld ms on the UI thread, slowest of "
          "10 keys during a render %lld ms, debounce %d ms",
          qlonglong(post.size()), qlonglong(renderMs), qlonglong(showMs), qlonglong(slowest),
          PreviewScheduler::debounceMilliseconds(post.size()));
    QVERIFY(slowest < 500);
}

void TestPreview::seedScreenshot()
{
    const QString seed = test::seedPath(u"en"_s);
    if (seed.isEmpty())
        QSKIP("no seed posts (COINAGE_SEED_DIR)");
    Session session;
    session.shown.window->resize(1500, 900);
    // The picture is about the editor and the preview: the Voices panel makes room.
    if (auto *voices = session.shown.window->findChild<QDockWidget *>(u"VoicesDock"_s))
        voices->hide();
    QVERIFY(open(session, seed));
    QVERIFY(session.preview->browser()->toPlainText().startsWith(u"Large Models and Coin Minting"_s));
    test::saveScreenshot(session.shown.window.get(), u"preview"_s);
}

QTEST_MAIN(TestPreview)
#include "tst_preview.moc"
