#include "PreviewScheduler.h"

#include "Document.h"

#include <QTextDocument>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace coinage::gui {

PreviewScheduler::PreviewScheduler(QObject *parent)
    : QObject(parent)
{
    m_debounce.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, &PreviewScheduler::start);
    connect(&m_watcher, &QFutureWatcher<Rendered>::finished, this, &PreviewScheduler::onFinished);
}

PreviewScheduler::~PreviewScheduler()
{
    m_watcher.waitForFinished();
    if (m_running && m_watcher.future().resultCount() > 0)
        delete m_watcher.result().document;
}

int PreviewScheduler::debounceMilliseconds(qsizetype characters)
{
    return int(qMin<qsizetype>(200 + characters / 5000, 1500));
}

void PreviewScheduler::setDocument(Document *document)
{
    if (document == m_document)
        return;
    disconnect(m_connection);
    m_document = document;
    m_debounce.stop();
    if (!document)
        return;
    m_connection = connect(document, &Document::revisionChanged, this, &PreviewScheduler::onRevisionChanged);
    renderNow();
}

void PreviewScheduler::renderNow()
{
    m_debounce.stop();
    start();
}

bool PreviewScheduler::isIdle() const
{
    return !m_running && !m_pending && !m_debounce.isActive();
}

void PreviewScheduler::onRevisionChanged()
{
    if (m_document)
        m_debounce.start(debounceMilliseconds(m_document->textDocument()->characterCount()));
}

void PreviewScheduler::start()
{
    if (!m_document)
        return;
    if (m_running) {
        m_pending = true;
        return;
    }
    m_pending = false;
    m_running = true;
    m_renderingFor = m_document;
    const QString text = m_document->text();
    const quint64 revision = m_document->revision();
    const DocumentBuilder build = m_builderFactory ? m_builderFactory() : DocumentBuilder();
    QThread *target = thread();
    m_watcher.setFuture(QtConcurrent::run([text, revision, build, target] {
        Rendered rendered;
        rendered.preview = PreviewRenderer::render(text, revision);
        if (build)
            rendered.document = build(rendered.preview.html, target);
        return rendered;
    }));
}

void PreviewScheduler::onFinished()
{
    m_running = false;
    const Rendered rendered = m_watcher.result();
    const PreviewHtml &preview = rendered.preview;
    const QPointer<QTextDocument> document = rendered.document;
    if (document)
        document->setParent(this);
    const bool current = m_document && m_renderingFor == m_document && preview.revision == m_document->revision();
    if (current) {
        ++m_rendered;
        Q_EMIT previewReady(preview, document);
    } else {
        ++m_dropped;
    }
    if (document && document->parent() == this)
        delete document.data();
    if (m_pending || (m_document && !current && !m_debounce.isActive()))
        start();
}

} // namespace coinage::gui
