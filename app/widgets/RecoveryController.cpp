#include "RecoveryController.h"

#include "Document.h"
#include "EditorArea.h"
#include "FileCommands.h"
#include "MarkdownEditor.h"
#include "Prompts.h"
#include "storage/LineDiff.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTimer>
#include <QUuid>

namespace coinage::gui {
namespace {

QElapsedTimer &clock()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer;
}

// An entry id is "<session>-<n>"; an id without a dash is a session of its own.
QString sessionOf(const QString &id)
{
    const qsizetype dash = id.indexOf(u'-');
    return dash < 0 ? id : id.left(dash);
}

QString lockPath(const QString &folder, const QString &session)
{
    return folder + u'/' + session + QStringLiteral(".lock");
}

} // namespace

RecoveryController::RecoveryController(EditorArea *area, FileCommands *files, QWidget *window, const QString &folder)
    : QObject(window)
    , m_area(area)
    , m_files(files)
    , m_window(window)
    , m_journal(folder)
    , m_session(QUuid::createUuid().toString(QUuid::Id128).left(16))
{
    m_writer.setMaxThreadCount(1); // one writer: entries are written and removed in the order asked
    if (QDir().mkpath(folder)) {
        m_lock = std::make_unique<QLockFile>(lockPath(folder, m_session));
        m_lock->setStaleLockTime(0);
        if (!m_lock->tryLock(0))
            qWarning("coinage: cannot lock the recovery session %s", qPrintable(m_session));
    }
    for (Document *document : m_area->documents())
        track(document);
    connect(m_area, &EditorArea::documentAdded, this, &RecoveryController::track);
    QTimer::singleShot(0, this, &RecoveryController::offerRecovery);
}

RecoveryController::~RecoveryController()
{
    for (auto it = m_tracked.cbegin(); it != m_tracked.cend(); ++it) {
        disconnect(it.key(), nullptr, this, nullptr);
        const QString id = it->id;
        submit([journal = m_journal, id] { journal.remove(id); });
    }
    m_writer.waitForDone();
}

void RecoveryController::track(Document *document)
{
    if (m_tracked.contains(document))
        return;
    Tracked &tracked = m_tracked[document];
    tracked.id = m_session + u'-' + QString::number(++m_next);
    tracked.timer = new QTimer(this);
    tracked.timer->setSingleShot(true);
    connect(tracked.timer, &QTimer::timeout, this, [this, document] { journal(document); });
    connect(document, &Document::revisionChanged, this, [this, document] { onEdited(document); });
    connect(document, &Document::modificationChanged, this, [this, document](bool modified) {
        if (!modified)
            journal(document); // saved, or undone back to the saved text: the entry goes
    });
    connect(document, &QObject::destroyed, this, [this, document] { forget(document); });
    if (document->isModified())
        onEdited(document);
}

void RecoveryController::onEdited(Document *document)
{
    auto it = m_tracked.find(document);
    if (it == m_tracked.end())
        return;
    const qint64 now = clock().elapsed();
    if (it->pendingSince < 0)
        it->pendingSince = now;
    // Typing restarts the wait, but never past maxDelayMs after the first unjournaled edit.
    const qint64 left = it->pendingSince + maxDelayMs - now;
    it->timer->start(int(std::clamp<qint64>(left, 0, debounceMs)));
}

void RecoveryController::journal(Document *document)
{
    auto it = m_tracked.find(document);
    if (it == m_tracked.end())
        return;
    it->timer->stop();
    it->pendingSince = -1;
    const QString id = it->id;
    if (!document->isModified()) {
        submit([journal = m_journal, id] { journal.remove(id); });
        return;
    }
    RecoveryJournal::Entry entry{id, document->filePath(), document->displayName(), QDateTime::currentDateTimeUtc(),
                                 document->text()};
    submit([journal = m_journal, entry = std::move(entry)] {
        QString error;
        if (!journal.write(entry, &error))
            qWarning("coinage: cannot journal unsaved text: %s", qPrintable(error));
    });
}

void RecoveryController::forget(Document *document)
{
    auto it = m_tracked.find(document);
    if (it == m_tracked.end())
        return;
    delete it->timer;
    const QString id = it->id;
    m_tracked.erase(it);
    submit([journal = m_journal, id] { journal.remove(id); });
}

void RecoveryController::flush()
{
    for (auto it = m_tracked.begin(); it != m_tracked.end(); ++it) {
        if (it->timer->isActive())
            journal(it.key());
    }
    m_writer.waitForDone();
}

void RecoveryController::submit(std::function<void()> job)
{
    m_writer.start(std::move(job));
}

bool RecoveryController::sessionIsOver(const QString &session) const
{
    if (session == m_session)
        return false;
    QLockFile lock(lockPath(m_journal.folder(), session));
    lock.setStaleLockTime(0); // only a dead process makes a lock stale, never its age
    if (!lock.tryLock(0))
        return false;
    lock.unlock(); // removes the lock file: the session is over
    return true;
}

void RecoveryController::offerRecovery()
{
    if (m_offered)
        return;
    m_offered = true;
    m_writer.waitForDone();
    const RecoveryJournal::ScanResult scan = m_journal.scan();
    for (const QString &damaged : scan.damaged) {
        QFile::remove(damaged + QStringLiteral(".damaged"));
        QFile::rename(damaged, damaged + QStringLiteral(".damaged"));
    }
    Prompts *prompts = m_files->prompts();
    if (!scan.problems.isEmpty() && prompts)
        prompts->showError(
            m_window, tr("Some Unsaved Text Could Not Be Read"),
            scan.problems.join(u'\n') +
                tr("\n\nThe damaged entries were set aside in %1.").arg(QDir::toNativeSeparators(m_journal.folder())));

    QSet<QString> over;
    QSet<QString> alive;
    QList<RecoveryJournal::Entry> entries;
    QList<Prompts::RecoveryItem> items;
    for (const RecoveryJournal::Entry &entry : scan.entries) {
        const QString session = sessionOf(entry.id);
        if (alive.contains(session))
            continue;
        if (!over.contains(session)) {
            if (!sessionIsOver(session)) {
                alive.insert(session);
                continue;
            }
            over.insert(session);
        }
        Prompts::RecoveryItem item;
        item.title = entry.title.isEmpty() ? QFileInfo(entry.path).fileName() : entry.title;
        item.path = entry.path;
        item.written = entry.written;
        QString disk;
        if (!entry.path.isEmpty()) {
            const LoadResult loaded = PostFile::load(entry.path);
            item.fileMissing = !loaded.ok;
            disk = loaded.text;
            if (loaded.ok && loaded.text == entry.text) {
                m_journal.remove(entry.id); // nothing unsaved after all (saved just before the end)
                continue;
            }
        }
        const LineDiff diff = LineDiff::compute(disk, entry.text);
        item.added = diff.added;
        item.removed = diff.removed;
        item.diff = diff.unified;
        if (entry.path.isEmpty() || item.fileMissing)
            item.added = int(entry.text.count(u'\n') + 1);
        items.append(item);
        entries.append(entry);
    }
    if (items.isEmpty() || !prompts)
        return;

    const QList<Prompts::RecoveryChoice> choices = prompts->askRecovery(m_window, items);
    for (qsizetype i = 0; i < entries.size() && i < choices.size(); ++i) {
        const RecoveryJournal::Entry &entry = entries.at(i);
        switch (choices.at(i)) {
        case Prompts::RecoveryChoice::Later:
            break;
        case Prompts::RecoveryChoice::Discard:
            m_journal.remove(entry.id);
            break;
        case Prompts::RecoveryChoice::Restore: {
            Document *document = nullptr;
            if (!entry.path.isEmpty() && !items.at(i).fileMissing)
                document = m_files->open(entry.path);
            if (!document)
                document = m_files->openUntitled(items.at(i).title, QString());
            document->replaceAllText(entry.text);
            journal(document); // under this session, before the old entry goes
            const QString id = entry.id;
            submit([journal = m_journal, id] { journal.remove(id); });
            break;
        }
        }
    }
}

} // namespace coinage::gui
