#pragma once

#include "preview/PreviewRenderer.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace coinage::gui {

class Document;

// Renders the preview of one document on a worker (QtConcurrent) after a pause in typing that grows with the post
// (200 ms + 1 ms per 5,000 characters, at most 1.5 s). One render runs at a time; edits made meanwhile start the next
// as soon as it ends. A rendering whose revision is older than the document's when it arrives is dropped.
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

Q_SIGNALS:
    void previewReady(const coinage::PreviewHtml &preview);

private:
    void onRevisionChanged();
    void start();
    void onFinished();

    QPointer<Document> m_document;
    QMetaObject::Connection m_connection;
    QTimer m_debounce;
    QFutureWatcher<PreviewHtml> m_watcher;
    Document *m_renderingFor = nullptr;
    bool m_running = false;
    bool m_pending = false;
    int m_rendered = 0;
    int m_dropped = 0;
};

} // namespace coinage::gui
