// The preview driven like a user would: Ctrl+Shift+P on a shown window, typing, scrolling, clicking links; and the
// proof that it fetches nothing from the network.
#include "WidgetTestSupport.h"
#include "support/Seed.h"

#include "../bench/PostGenerator.h"
#include "Document.h"
#include "FileCommands.h"
#include "MarkdownEditor.h"
#include "PreviewBrowser.h"
#include "PreviewController.h"
#include "PreviewScheduler.h"
#include "RemoteImageFetcher.h"
#include "RemoteImagesBar.h"
#include "ThemeController.h"

#include <QBuffer>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextBlock>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

using namespace coinage;
using namespace coinage::gui;
using namespace Qt::StringLiterals;

// A tiny HTTP server on the loopback interface: answers /NAME.png with a PNG of the size in imageSizes, anything else
// with an HTML page, and records every request line and whether it carried a cookie.
class ImageServer : public QTcpServer
{
public:
    ImageServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QString base() const { return u"http://127.0.0.1:%1"_s.arg(serverPort()); }

    QHash<QString, QSize> imageSizes;
    QStringList requests;
    int connections = 0;
    bool cookieSeen = false;

private:
    void answer(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        buffer.remove(0, end + 4);
        const QList<QByteArray> lines = head.split('\n');
        const QString path = QString::fromLatin1(lines.first().split(' ').value(1));
        requests.append(path);
        cookieSeen = cookieSeen || head.toLower().contains("\ncookie:");
        QByteArray body;
        QByteArray type = "text/html";
        const QString name = path.sliced(1);
        if (imageSizes.contains(name)) {
            QImage image(imageSizes.value(name), QImage::Format_RGB32);
            image.fill(Qt::darkCyan);
            QBuffer png(&body);
            png.open(QIODevice::WriteOnly);
            image.save(&png, "PNG");
            type = "image/png";
        } else {
            body = "<html><script>alert(1)</script></html>";
        }
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\nSet-Cookie: tracker=1\r\n\r\n" + body);
    }
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

class TestPreview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void toggleShowsRenderedPostBesideEditor();
    void typingRendersOnAWorkerAndKeepsUp();
    void nothingIsFetchedFromTheNetwork();
    void remoteImagesLoadOnceAllowed();
    void remoteImagesAlwaysFromThePreference();
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
    QCOMPARE(splitter->indexOf(browser->parentWidget()), 1);
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

void TestPreview::remoteImagesLoadOnceAllowed()
{
    ImageServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    server.imageSizes = {{u"one.png"_s, QSize(40, 30)}, {u"two.png"_s, QSize(24, 12)}};
    const QString base = server.base();
    Session session;
    const QString post = u"# Remote\n\n![one](%1/one.png)\n\nText ![two](%1/two.png) and ![one again](%1/one.png)\n\n"
                         u"<img src=\"%1/raw.png\">\n\n[a link](%1/page)\n"_s.arg(base);
    QVERIFY(open(session, writePost(u"remote-once.md"_s, post)));
    PreviewBrowser *browser = session.preview->browser();
    RemoteImagesBar *bar = session.preview->remoteImagesBar();
    // Not allowed yet: the bar says how many, and nothing reaches the server.
    QTRY_VERIFY(bar->isVisible());
    QVERIFY(bar->findChild<QLabel *>(u"remoteImagesText"_s)->text().contains(u"2 remote image"_s));
    QTest::qWait(300);
    QCOMPARE(server.connections, 0);
    QVERIFY(!browser->remoteImagesAllowed());
    // "Load Them": exactly the two Markdown images are requested (the raw <img> is inert text, links stay links).
    QTest::mouseClick(bar->loadButton(), Qt::LeftButton);
    QVERIFY(!bar->isVisible());
    QVERIFY(browser->remoteImagesAllowed());
    QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), 2, 10000);
    QTest::qWait(200);
    QStringList requested = server.requests;
    requested.sort();
    QCOMPARE(requested, (QStringList{u"/one.png"_s, u"/two.png"_s}));
    QVERIFY(!server.cookieSeen);
    // The images are in the preview's document and laid out at their size.
    const QUrl one(base + u"/one.png"_s);
    QTRY_COMPARE(browser->document()->resource(QTextDocument::ImageResource, one).value<QImage>().size(),
                 QSize(40, 30));
    QTRY_COMPARE(
        browser->document()->resource(QTextDocument::ImageResource, QUrl(base + u"/two.png"_s)).value<QImage>().size(),
        QSize(24, 12));
    QTRY_VERIFY(browser->document()->size().height() > 60);
    test::saveScreenshot(session.shown.window.get(), u"preview-remote-images"_s);
    // Typing re-renders: the cached images show again without a second request.
    QTest::keyClick(session.editor, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(session.editor, Qt::Key_Return);
    QTest::keyClicks(session.editor, u"More."_s);
    QVERIFY(waitForRender(session.preview));
    QTest::qWait(200);
    QCOMPARE(server.requests.size(), 2);
    QVERIFY(browser->toPlainText().contains(u"More."_s));
    qInfo("remote images: %d requests (%s), %d connections, cookie sent: %s", int(server.requests.size()),
          qPrintable(requested.join(u' ')), server.connections, server.cookieSeen ? "yes" : "no");

    // Another post is not allowed by this one's permission.
    ImageServer other;
    QVERIFY(other.listen(QHostAddress::LocalHost));
    other.imageSizes = {{u"three.png"_s, QSize(10, 10)}};
    MainWindow &window = *session.shown.window;
    QVERIFY(window.openFile(writePost(u"remote-other.md"_s, u"![three](%1/three.png)\n"_s.arg(other.base()))));
    QVERIFY(waitForRender(session.preview));
    QTRY_VERIFY(bar->isVisible());
    QTest::qWait(300);
    QCOMPARE(other.connections, 0);
}

void TestPreview::remoteImagesAlwaysFromThePreference()
{
    ImageServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    server.imageSizes = {{u"always.png"_s, QSize(32, 32)}};
    Session session;
    QVERIFY(open(session, writePost(u"remote-always.md"_s, u"![a](%1/always.png)\n"_s.arg(server.base()))));
    RemoteImagesBar *bar = session.preview->remoteImagesBar();
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(server.connections, 0);
    QTest::mouseClick(bar->alwaysButton(), Qt::LeftButton);
    QVERIFY(QSettings().value(PreviewController::remoteImagesKey()).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(server.requests, QStringList{u"/always.png"_s}, 10000);
    QTRY_COMPARE(session.preview->browser()
                     ->document()
                     ->resource(QTextDocument::ImageResource, QUrl(server.base() + u"/always.png"_s))
                     .value<QImage>()
                     .size(),
                 QSize(32, 32));
    // The preference off again (Preferences > Preview and Focus): the bar is back, nothing more is fetched.
    QSettings().setValue(PreviewController::remoteImagesKey(), false);
    session.preview->reloadSettings();
    QVERIFY(bar->isVisible());
    QVERIFY(!session.preview->browser()->remoteImagesAllowed());
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

// Figures for the notes: the 1 MB benchmark post (tests/bench/PostGenerator), rendered on the worker, then shown on
// the UI thread two ways: parsing the HTML there (QTextBrowser::setHtml, as before) and swapping in the document the
// worker built (what the scheduler does now). Each also with the first paint, which lays out what is visible.
void TestPreview::largePostTimings()
{
#if defined(__SANITIZE_ADDRESS__)
    // Debug + AddressSanitizer runs several times slower: the 5 s render wait and the key budget mean nothing there.
    QSKIP("timings are not measured under AddressSanitizer");
#endif
    const QString post = bench::generatePost({});
    QElapsedTimer timer;
    timer.start();
    const PreviewHtml html = PreviewRenderer::render(post);
    const qint64 renderMs = timer.elapsed();
    Session session;
    QVERIFY(open(session, writePost(u"large.md"_s, post)));
    PreviewBrowser *browser = session.preview->browser();
    QCOMPARE(browser->preview().revision, session.editor->postDocument()->revision());

    const int middle = int(post.count(u'\n') / 2);
    timer.start();
    browser->showPreview(html);
    const qint64 setHtmlMs = timer.elapsed();
    browser->viewport()->repaint();
    const qint64 setHtmlPaintMs = timer.elapsed();
    browser->scrollToLine(middle);
    const int topBefore = browser->topLine();

    const PreviewBrowser::DocumentBuilder build = browser->documentBuilder();
    QThread *main = QThread::currentThread();
    timer.start();
    QTextDocument *document = QtConcurrent::run([&] { return build(html.html, main); }).result();
    const qint64 buildMs = timer.elapsed();
    QCOMPARE(document->thread(), main);
    timer.start();
    browser->showPreview(html, document);
    const qint64 swapMs = timer.elapsed();
    browser->viewport()->repaint();
    const qint64 swapPaintMs = timer.elapsed();
    QCOMPARE(browser->document(), document);
    QVERIFY(browser->toPlainText().size() > 100000);
    // Scroll sync lands where it did with setHtml.
    browser->scrollToLine(middle);
    const int topAfter = browser->topLine();
    qInfo("scroll to line %d: top line %d with setHtml, %d with the worker's document", middle, topBefore, topAfter);
    QVERIFY(qAbs(topAfter - topBefore) <= 2);
    QVERIFY2(qAbs(topAfter - middle) < 60, qPrintable(QString::number(topAfter)));

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
    qInfo("%lld characters (%lld KB HTML): render %lld ms on the worker; UI thread: setHtml %lld ms (+ first paint "
          "%lld ms) vs swapping in the document built on the worker in %lld ms: %lld ms (+ first paint %lld ms); "
          "slowest of 10 keys during a render %lld ms, debounce %d ms",
          qlonglong(post.size()), qlonglong(html.html.size() / 1024), qlonglong(renderMs), qlonglong(setHtmlMs),
          qlonglong(setHtmlPaintMs - setHtmlMs), qlonglong(buildMs), qlonglong(swapMs), qlonglong(swapPaintMs - swapMs),
          qlonglong(slowest), PreviewScheduler::debounceMilliseconds(post.size()));
    QVERIFY(slowest < 500);
    QVERIFY(swapMs < setHtmlMs);
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
