#pragma once

#include <QHash>
#include <QObject>
#include <QSet>

class QFileSystemWatcher;
class QTimer;
class QWidget;

namespace coinage::gui {

class Document;
class EditorArea;
class FileCommands;

// Notices when the file of an open post changes on disk, is replaced (written elsewhere and renamed over it, as
// editors and git do) or is deleted. Unchanged here: the post takes the new text, every view keeping its caret and
// scroll. Edited here: Prompts::askExternalChange (keep mine, take theirs, compare). Deleted: the text stays, the
// tab is marked and Prompts::askSaveDeleted offers to save it again. The text last loaded or saved by Coinage is
// remembered (as a hash), so Coinage's own saves and touches that change nothing ask nothing.
class FileWatcher : public QObject
{
    Q_OBJECT
public:
    FileWatcher(EditorArea *area, FileCommands *files, QWidget *window);
    ~FileWatcher() override;

    // Events for a path are gathered this long (a replace is a delete and a create) before acting.
    static constexpr int settleMs = 150;

    // Looks at the file of the document now (tests; the watcher's signals call it after settling).
    void check(Document *document);
    QStringList watchedFiles() const;

private:
    void track(Document *document);
    void watch(Document *document);
    void remember(Document *document);
    void schedule(const QString &path);
    void onDirectoryChanged(const QString &folder);
    Document *documentAt(const QString &path) const;

    EditorArea *m_area;
    FileCommands *m_files;
    QWidget *m_window;
    QFileSystemWatcher *m_watcher;
    QTimer *m_settle;
    QSet<QString> m_pending;
    QHash<Document *, size_t> m_diskHash; // hash of the text Coinage last loaded or saved
    QHash<Document *, QString> m_path;
    bool m_asking = false;
};

} // namespace coinage::gui
