#include "BilingualSession.h"

#include "Document.h"

#include <QDir>
#include <QFileInfo>
#include <QTextDocument>
#include <QtConcurrent>

namespace coinage::gui {

BilingualSession::BilingualSession(Document *source, Document *target, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_target(target)
    , m_sidecarPath(AlignmentSidecar::pathFor(target->filePath()))
{
    const AlignmentSidecar::LoadResult loaded = m_sidecar.load(m_sidecarPath);
    if (!loaded.ok)
        m_sidecarProblem = loaded.error;
    m_baselineDone = !loaded.missing;
    m_sidecar.sourceFile = QFileInfo(target->filePath()).dir().relativeFilePath(source->filePath());
    m_sidecar.targetFile = QFileInfo(target->filePath()).fileName();

    m_debounce.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, &BilingualSession::start);
    connect(&m_watcher, &QFutureWatcher<PairAlignment>::finished, this, &BilingualSession::onFinished);
    for (Document *document : {source, target}) {
        connect(document, &Document::revisionChanged, this, &BilingualSession::schedule);
        // Saving a side (it becomes unmodified) writes the decisions too.
        connect(document, &Document::modificationChanged, this, [this](bool modified) {
            if (!modified && m_sidecarDirty)
                saveSidecar();
        });
    }
}

BilingualSession::~BilingualSession()
{
    m_watcher.waitForFinished();
}

int BilingualSession::debounceMilliseconds(qsizetype characters)
{
    return int(std::min<qsizetype>(150 + characters / 10240, 1000));
}

bool BilingualSession::isCurrent() const
{
    return m_hasResult && m_source && m_target && m_result.alignment.sourceRevision == m_source->revision() &&
           m_result.alignment.targetRevision == m_target->revision();
}

void BilingualSession::schedule()
{
    if (!m_source || !m_target)
        return;
    const qsizetype size = m_source->textDocument()->characterCount() + m_target->textDocument()->characterCount();
    m_debounce.start(debounceMilliseconds(size));
}

void BilingualSession::alignNow()
{
    m_debounce.stop();
    start();
}

void BilingualSession::start()
{
    if (!m_source || !m_target)
        return;
    if (m_running) {
        m_pending = true;
        return;
    }
    m_pending = false;
    PairAlignmentInput input;
    input.sourceFile = m_source->filePath();
    input.sourceText = m_source->text();
    input.sourceRevision = m_source->revision();
    input.targetFile = m_target->filePath();
    input.targetText = m_target->text();
    input.targetRevision = m_target->revision();
    input.sidecar = m_sidecar;
    m_running = true;
    m_runningGeneration = m_sidecarGeneration;
    m_watcher.setFuture(QtConcurrent::run([input = std::move(input)] { return PairAlignment::compute(input); }));
}

void BilingualSession::onFinished()
{
    m_running = false;
    PairAlignment result = m_watcher.result();
    const bool stale = !m_source || !m_target || result.alignment.sourceRevision != m_source->revision() ||
                       result.alignment.targetRevision != m_target->revision() ||
                       m_runningGeneration != m_sidecarGeneration;
    if (m_pending || stale) {
        // A newer text or decision exists: align again (at once when the debounce is not waiting for more typing).
        if (!m_debounce.isActive())
            start();
        if (stale)
            return;
    }
    m_result = std::move(result);
    m_hasResult = true;
    recordBaseline();
    Q_EMIT alignmentChanged();
}

void BilingualSession::recordBaseline()
{
    if (m_baselineDone || !m_result.aligner)
        return;
    m_baselineDone = true;
    for (const AlignedPair &pair : std::as_const(m_result.alignment.pairs)) {
        if (pair.status == PairStatus::Translated && pair.hasSource() && pair.hasTarget())
            m_sidecar.setStatus(*m_result.aligner, pair, PairStatus::Translated);
    }
    m_sidecarDirty = true;
}

bool BilingualSession::setStatus(int pair, PairStatus status)
{
    if (!m_hasResult || pair < 0 || pair >= m_result.alignment.pairs.size())
        return false;
    AlignedPair &p = m_result.alignment.pairs[pair];
    remember();
    m_sidecar.setStatus(*m_result.aligner, p, status);
    p.status = status;
    p.sourceChange.clear();
    ++m_sidecarGeneration;
    m_sidecarDirty = true;
    saveSidecar();
    if (m_running)
        m_pending = true;
    Q_EMIT alignmentChanged();
    return true;
}

bool BilingualSession::realignAfterDecision()
{
    ++m_sidecarGeneration;
    m_sidecarDirty = true;
    saveSidecar();
    alignNow();
    return true;
}

bool BilingualSession::pin(int pair)
{
    if (!m_hasResult || pair < 0 || pair >= m_result.alignment.pairs.size())
        return false;
    const AlignedPair &p = m_result.alignment.pairs[pair];
    if (p.pinned)
        return false;
    remember();
    m_sidecar.pin(*m_result.aligner, Pin{p.sourceIndex, p.sourceCount, p.targetIndex, p.targetCount});
    return realignAfterDecision();
}

bool BilingualSession::unpin(int pair)
{
    if (!m_hasResult || pair < 0 || pair >= m_result.alignment.pairs.size())
        return false;
    if (!m_result.alignment.pairs[pair].pinned)
        return false;
    remember();
    if (!m_sidecar.unpin(*m_result.aligner, m_result.alignment.pairs[pair])) {
        m_undo.removeLast();
        Q_EMIT decisionHistoryChanged();
        return false;
    }
    return realignAfterDecision();
}

bool BilingualSession::mergeWithNext(int pair)
{
    if (!m_hasResult || pair < 0 || pair + 1 >= m_result.alignment.pairs.size())
        return false;
    if (m_result.alignment.pairs[pair].byId || m_result.alignment.pairs[pair + 1].byId)
        return false;
    remember();
    m_sidecar.merge(*m_result.aligner, m_result.alignment, pair, pair + 1);
    return realignAfterDecision();
}

bool BilingualSession::isValidSplit(const AlignedPair &pair, int sourceCount, int targetCount)
{
    return !pair.byId && sourceCount >= 0 && sourceCount <= pair.sourceCount && targetCount >= 0 &&
           targetCount <= pair.targetCount && sourceCount + targetCount > 0 &&
           sourceCount + targetCount < pair.sourceCount + pair.targetCount;
}

bool BilingualSession::split(int pair, int sourceCount, int targetCount)
{
    if (!m_hasResult || pair < 0 || pair >= m_result.alignment.pairs.size())
        return false;
    const AlignedPair &p = m_result.alignment.pairs[pair];
    if (!isValidSplit(p, sourceCount, targetCount))
        return false;
    remember();
    m_sidecar.split(*m_result.aligner, p, sourceCount, targetCount);
    return realignAfterDecision();
}

void BilingualSession::remember()
{
    m_undo.append(m_sidecar);
    m_redo.clear();
    Q_EMIT decisionHistoryChanged();
}

bool BilingualSession::restore(QList<AlignmentSidecar> &from, QList<AlignmentSidecar> &to)
{
    if (from.isEmpty())
        return false;
    to.append(m_sidecar);
    m_sidecar = from.takeLast();
    Q_EMIT decisionHistoryChanged();
    return realignAfterDecision();
}

bool BilingualSession::undoDecision()
{
    return restore(m_undo, m_redo);
}

bool BilingualSession::redoDecision()
{
    return restore(m_redo, m_undo);
}

bool BilingualSession::saveSidecar()
{
    const WriteResult written = m_sidecar.save(m_sidecarPath);
    if (!written.ok) {
        m_writeProblem = written.message;
        Q_EMIT sidecarWriteFailed(written.message);
        return false;
    }
    m_writeProblem.clear();
    m_sidecarDirty = false;
    Q_EMIT sidecarWritten(m_sidecarPath);
    return true;
}

} // namespace coinage::gui
