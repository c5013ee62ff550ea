#include "FootnoteIndexer.h"

#include "Document.h"

#include <QtConcurrentRun>

namespace coinage::gui {

FootnoteIndexer::FootnoteIndexer(QObject *parent)
    : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &FootnoteIndexer::start);
    connect(&m_watcher, &QFutureWatcher<FootnoteIndex>::finished, this, &FootnoteIndexer::onFinished);
}

FootnoteIndexer::~FootnoteIndexer()
{
    m_watcher.waitForFinished();
}

void FootnoteIndexer::setDocument(Document *document)
{
    if (document == m_document)
        return;
    disconnect(m_connection);
    m_document = document;
    m_index = FootnoteIndex();
    m_valid = false;
    m_debounce.stop();
    if (!document) {
        Q_EMIT indexReady(m_index);
        return;
    }
    m_connection = connect(document, &Document::revisionChanged, &m_debounce, qOverload<>(&QTimer::start));
    start();
}

bool FootnoteIndexer::isCurrent() const
{
    return m_document && m_valid && m_index.revision() == m_document->revision();
}

const FootnoteIndex &FootnoteIndexer::currentIndex()
{
    if (m_document && !isCurrent()) {
        m_index = FootnoteIndex::build(m_document->text(), m_document->revision());
        m_valid = true;
        Q_EMIT indexReady(m_index);
    }
    return m_index;
}

void FootnoteIndexer::start()
{
    if (!m_document)
        return;
    if (m_watcher.isRunning())
        return; // onFinished sees the newer revision and starts again
    const QString text = m_document->text();
    const quint64 revision = m_document->revision();
    m_building = m_document;
    m_watcher.setFuture(QtConcurrent::run([text, revision] { return FootnoteIndex::build(text, revision); }));
}

void FootnoteIndexer::onFinished()
{
    const FootnoteIndex result = m_watcher.result();
    if (!m_document)
        return;
    if (m_building != m_document || result.revision() != m_document->revision()) {
        // Built from an older text (or another document): drop it; a newer build is due.
        if (!m_debounce.isActive())
            start();
        return;
    }
    m_index = result;
    m_valid = true;
    Q_EMIT indexReady(m_index);
}

} // namespace coinage::gui
