#include "ScanScheduler.h"

#include "Document.h"
#include "markdown/MarkdownScanner.h"

#include <QTextDocument>
#include <QtConcurrent/QtConcurrentRun>

namespace coinage::gui {

ScanScheduler::ScanScheduler(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    m_debounce.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, &ScanScheduler::start);
    connect(&m_watcher, &QFutureWatcher<ScanSnapshot>::finished, this, &ScanScheduler::onFinished);
    connect(m_document, &Document::revisionChanged, this, &ScanScheduler::onRevisionChanged);
}

ScanScheduler::~ScanScheduler()
{
    // The worker owns a copy of the text; let it finish on its own without reporting back.
    m_watcher.disconnect(this);
}

int ScanScheduler::debounceMilliseconds(qsizetype characters)
{
    return int(qMin<qsizetype>(150 + characters / 10240, 1000));
}

bool ScanScheduler::isIdle() const
{
    return !m_running && !m_pending && !m_debounce.isActive();
}

void ScanScheduler::scanNow()
{
    m_debounce.stop();
    start();
}

void ScanScheduler::onRevisionChanged()
{
    m_debounce.start(debounceMilliseconds(m_document->textDocument()->characterCount()));
}

void ScanScheduler::start()
{
    if (m_running) {
        m_pending = true; // superseded: the running scan's result will be dropped, this one follows it
        return;
    }
    m_pending = false;
    m_running = true;
    const quint64 revision = m_document->revision();
    m_watcher.setFuture(
        QtConcurrent::run([text = m_document->text(), revision] { return MarkdownScanner::scan(text, revision); }));
}

void ScanScheduler::onFinished()
{
    m_running = false;
    const ScanSnapshot snapshot = m_watcher.result();
    if (snapshot.revision == m_document->revision()) {
        m_latest = snapshot;
        m_hasSnapshot = true;
        Q_EMIT snapshotReady(m_latest);
    }
    if (m_pending || (snapshot.revision != m_document->revision() && !m_debounce.isActive()))
        start();
}

} // namespace coinage::gui
