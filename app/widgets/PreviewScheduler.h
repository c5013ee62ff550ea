#pragma once

#include "preview/PreviewRenderer.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QTextDocument;
class QThread;

namespace coinage::gui {

class Document;

// Renders the preview of one document on a worker (QtConcurrent) after a pause in typing that grows with the post
// (200 ms + 1 ms per 5,000 characters, at most 1.5 s). One render runs at a time; edits made meanwhile start the next
// as soon as it ends. A rendering whose revision is older than the document's when it arrives is dropped. With a
// document builder the worker also parses the HTML into a QTextDocument, so the UI thread only swaps it in.
class PreviewScheduler : public QObject
{
    Q_OBJECT
public:
    explicit PreviewScheduler(QObject *parent = nullptr);
    ~PreviewScheduler() override;

    // The document to follow (nullptr: none); a new document renders at once.
    void setDocument(Document *document);
    Document *document() const { return m_document; }
    void renderNow();
    bool isIdle() const;

    int renderedCount() const { return m_rendered; }
    int droppedCount() const { return m_dropped; }

    static int debounceMilliseconds(qsizetype characters);

    // Makes, on the UI thread when a render starts, the function that builds the rendering's QTextDocument on the
    // worker (PreviewBrowser::documentBuilder).
    using DocumentBuilder = std::function<QTextDocument *(const QString &html, QThread *target)>;
    void setDocumentBuilderFactory(std::function<DocumentBuilder()> factory) { m_builderFactory = std::move(factory); }

Q_SIGNALS:
    // `document` (may be null) is the rendering parsed on the worker: a receiver takes it by giving it a parent of its
    // own; one nobody took is deleted after the signal.
    void previewReady(const coinage::PreviewHtml &preview, QTextDocument *document);

private:
    struct Rendered
    {
        PreviewHtml preview;
        QTextDocument *document = nullptr;
    };

    void onRevisionChanged();
    void start();
    void onFinished();

    QPointer<Document> m_document;
    QMetaObject::Connection m_connection;
    QTimer m_debounce;
    QFutureWatcher<Rendered> m_watcher;
    std::function<DocumentBuilder()> m_builderFactory;
    Document *m_renderingFor = nullptr;
    bool m_running = false;
    bool m_pending = false;
    int m_rendered = 0;
    int m_dropped = 0;
};

} // namespace coinage::gui
