#include "FileCommands.h"

#include "Document.h"
#include "EditorArea.h"
#include "EditorPane.h"
#include "MarkdownEditor.h"
#include "Prompts.h"
#include "RecentFiles.h"
#include "ScanScheduler.h"
#include "storage/AtomicWrite.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace coinage::gui {
namespace {
const QString folderKey = QStringLiteral("lastFolder");
}

FileCommands::FileCommands(EditorArea *area, RecentFiles *recent, QWidget *window)
    : QObject(window)
    , m_area(area)
    , m_recent(recent)
    , m_window(window)
{}

Document *FileCommands::open(const QString &path)
{
    if (Document *existing = m_area->findDocument(path)) {
        m_area->showDocument(existing);
        return existing;
    }
    auto *document = new Document;
    const FileError error = document->load(path);
    if (!error.code.isEmpty()) {
        delete document;
        m_prompts->showError(m_window, tr("Could Not Open Post"), error.message);
        return nullptr;
    }
    m_area->showDocument(document);
    document->scans()->scanNow();
    m_recent->add(document->filePath());
    rememberFolder(document->filePath());
    return document;
}

void FileCommands::openWithDialog()
{
    const QStringList paths = m_prompts->askOpenPaths(m_window, lastFolder());
    for (const QString &path : paths)
        open(path);
}

Document *FileCommands::newPost()
{
    ++m_untitledCount;
    const QString name = m_untitledCount == 1 ? tr("Untitled") : tr("Untitled %1").arg(m_untitledCount);
    return openUntitled(name, QString());
}

Document *FileCommands::openUntitled(const QString &name, const QString &text, Placement placement)
{
    auto *document = new Document;
    document->setUntitled(name, text);
    if (placement == Placement::Behind)
        m_area->addDocumentBehind(document);
    else
        m_area->showDocument(document);
    document->scans()->scanNow();
    return document;
}

bool FileCommands::save(Document *document)
{
    if (!document)
        return false;
    if (document->isUntitled())
        return saveAs(document);
    const SaveResult saved = saveInPlace(document);
    if (saved.ok)
        return true;
    if (m_prompts->askSaveElsewhere(m_window, saved.error.message))
        return saveAs(document);
    return false;
}

SaveResult FileCommands::saveInPlace(Document *document)
{
    backUp(document->filePath());
    const SaveResult saved = document->save();
    if (saved.ok)
        m_recent->add(document->filePath());
    return saved;
}

bool FileCommands::saveAs(Document *document)
{
    if (!document)
        return false;
    QString suggested =
        document->isUntitled() ? QDir(lastFolder()).filePath(document->displayName()) : document->filePath();
    if (QFileInfo(suggested).suffix().isEmpty())
        suggested += QStringLiteral(".md");
    for (;;) {
        QString path = m_prompts->askSavePath(m_window, suggested);
        if (path.isEmpty())
            return false;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".md");
        backUp(path);
        const SaveResult saved = document->save(path);
        if (saved.ok) {
            m_recent->add(document->filePath());
            rememberFolder(document->filePath());
            return true;
        }
        if (!m_prompts->askSaveElsewhere(m_window, saved.error.message))
            return false;
        suggested = path;
    }
}

bool FileCommands::saveAll()
{
    for (Document *document : m_area->documents()) {
        if (document->isModified() && !save(document))
            return false;
    }
    return true;
}

bool FileCommands::closeEditor(MarkdownEditor *editor)
{
    if (!editor || !confirmClose(m_area->documentsOnlyIn({editor})))
        return false;
    m_area->removeEditor(editor);
    return true;
}

bool FileCommands::closePane(EditorPane *pane)
{
    if (!pane || !confirmClose(m_area->documentsOnlyIn(pane->editors())))
        return false;
    m_area->removePane(pane);
    return true;
}

bool FileCommands::confirmClose(const QList<Document *> &documents)
{
    for (Document *document : documents) {
        if (!document->isModified())
            continue;
        reveal(document);
        switch (m_prompts->askSaveChanges(m_window, document->displayName())) {
        case Prompts::Choice::Save:
            if (!save(document))
                return false;
            break;
        case Prompts::Choice::Discard:
            break;
        case Prompts::Choice::Cancel:
            return false;
        }
    }
    return true;
}

void FileCommands::reveal(Document *document)
{
    const QList<MarkdownEditor *> views = m_area->editorsFor(document);
    if (views.isEmpty())
        return;
    MarkdownEditor *view = views.first();
    if (EditorPane *pane = EditorArea::paneOf(view))
        pane->setCurrentWidget(view);
}

QString FileCommands::backupSettingKey()
{
    return QStringLiteral("files/backupOnSave");
}

void FileCommands::backUp(const QString &path)
{
    if (!QSettings().value(backupSettingKey(), false).toBool())
        return;
    const WriteResult backup = writeBackup(path);
    if (!backup.ok)
        qWarning("coinage: %s", qPrintable(backup.message)); // the save itself still goes ahead
}

QString FileCommands::lastFolder() const
{
    const QString folder = QSettings().value(folderKey).toString();
    return !folder.isEmpty() && QFileInfo(folder).isDir() ? folder : QDir::homePath();
}

void FileCommands::rememberFolder(const QString &path)
{
    QSettings().setValue(folderKey, QFileInfo(path).absolutePath());
}

} // namespace coinage::gui
