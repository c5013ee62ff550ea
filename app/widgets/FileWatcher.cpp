#include "FileWatcher.h"

#include "Document.h"
#include "EditorArea.h"
#include "FileCommands.h"
#include "MarkdownEditor.h"
#include "Prompts.h"
#include "post/PostFile.h"
#include "storage/LineDiff.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QScopedValueRollback>
#include <QTextDocument>
#include <QTimer>

namespace coinage::gui {

FileWatcher::FileWatcher(EditorArea *area, FileCommands *files, QWidget *window)
    : QObject(window)
    , m_area(area)
    , m_files(files)
    , m_window(window)
    , m_watcher(new QFileSystemWatcher(this))
    , m_settle(new QTimer(this))
{
    m_settle->setSingleShot(true);
    m_settle->setInterval(settleMs);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &FileWatcher::schedule);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &FileWatcher::onDirectoryChanged);
    connect(m_settle, &QTimer::timeout, this, [this] {
        const QSet<QString> paths = std::exchange(m_pending, {});
        for (const QString &path : paths) {
            if (Document *document = documentAt(path))
                check(document);
        }
    });
    for (Document *document : m_area->documents())
        track(document);
    connect(m_area, &EditorArea::documentAdded, this, &FileWatcher::track);
}

FileWatcher::~FileWatcher() = default;

QStringList FileWatcher::watchedFiles() const
{
    return m_watcher->files();
}

void FileWatcher::track(Document *document)
{
    if (m_path.contains(document))
        return;
    m_path.insert(document, QString());
    connect(document, &Document::savedToDisk, this, [this, document] {
        remember(document);
        watch(document);
    });
    connect(document, &Document::filePathChanged, this, [this, document] { watch(document); });
    connect(document, &QObject::destroyed, this, [this, document] {
        const QString path = m_path.take(document);
        m_diskHash.remove(document);
        if (!path.isEmpty() && !documentAt(path))
            m_watcher->removePath(path);
    });
    remember(document);
    watch(document);
}

void FileWatcher::remember(Document *document)
{
    if (!document->isUntitled())
        m_diskHash.insert(document, qHash(document->text()));
}

void FileWatcher::watch(Document *document)
{
    const QString old = m_path.value(document);
    const QString path = document->filePath();
    if (old != path && !old.isEmpty())
        m_watcher->removePath(old);
    m_path.insert(document, path);
    if (path.isEmpty())
        return;
    // A file replaced by rename is a new file: watch it again. The folder tells when a deleted file comes back.
    if (QFileInfo::exists(path) && !m_watcher->files().contains(path))
        m_watcher->addPath(path);
    const QString folder = QFileInfo(path).absolutePath();
    if (!m_watcher->directories().contains(folder))
        m_watcher->addPath(folder);
}

Document *FileWatcher::documentAt(const QString &path) const
{
    for (auto it = m_path.cbegin(); it != m_path.cend(); ++it) {
        if (it.value() == path)
            return it.key();
    }
    return nullptr;
}

void FileWatcher::schedule(const QString &path)
{
    m_pending.insert(path);
    m_settle->start();
}

void FileWatcher::onDirectoryChanged(const QString &folder)
{
    // A file renamed over a post, or a deleted post that came back, shows as a change of its folder.
    for (auto it = m_path.cbegin(); it != m_path.cend(); ++it) {
        if (it.value().isEmpty() || QFileInfo(it.value()).absolutePath() != folder)
            continue;
        const bool exists = QFileInfo::exists(it.value());
        if (!m_watcher->files().contains(it.value()) || exists == it.key()->isMissingOnDisk())
            schedule(it.value());
    }
}

void FileWatcher::check(Document *document)
{
    if (m_asking || document->isUntitled())
        return; // one question at a time; the next event or check asks again
    const QScopedValueRollback<bool> asking(m_asking, true);
    const QString path = document->filePath();
    if (!QFileInfo::exists(path)) {
        m_watcher->removePath(path);
        if (document->isMissingOnDisk())
            return;
        document->setMissingOnDisk(true);
        // The text is no longer anywhere on disk: it counts as unsaved (closing asks, the journal keeps it).
        document->textDocument()->setModified(true);
        Prompts *prompts = m_files->prompts();
        if (prompts && prompts->askSaveDeleted(m_window, document->displayName()))
            m_files->save(document);
        return;
    }
    watch(document);
    const LoadResult loaded = PostFile::load(path);
    if (!loaded.ok)
        return; // unreadable for now (being written, or not text): wait for the next change
    const bool wasMissing = document->isMissingOnDisk();
    document->setMissingOnDisk(false);
    const size_t diskHash = qHash(loaded.text);
    if (!wasMissing && m_diskHash.value(document) == diskHash)
        return; // our own save, or a touch that changed nothing
    if (loaded.text == document->text()) {
        m_diskHash.insert(document, diskHash);
        document->textDocument()->setModified(false);
        return;
    }
    if (!document->isModified()) {
        if (document->reload().code.isEmpty())
            m_diskHash.insert(document, diskHash);
        return;
    }
    Prompts *prompts = m_files->prompts();
    for (;;) {
        const Prompts::ExternalChangeChoice choice = prompts
                                                         ? prompts->askExternalChange(m_window, document->displayName())
                                                         : Prompts::ExternalChangeChoice::KeepMine;
        if (choice == Prompts::ExternalChangeChoice::Compare) {
            const LineDiff diff = LineDiff::compute(loaded.text, document->text());
            prompts->showDiff(m_window, tr("“%1”: on disk (−) and here (+)").arg(document->displayName()),
                              diff.unified);
            continue;
        }
        if (choice == Prompts::ExternalChangeChoice::TakeTheirs) {
            if (document->reload().code.isEmpty())
                m_diskHash.insert(document, diskHash);
        } else {
            m_diskHash.insert(document, diskHash); // keep mine: ask again only after the next change on disk
        }
        return;
    }
}

} // namespace coinage::gui
