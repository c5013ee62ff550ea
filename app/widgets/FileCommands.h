#pragma once

#include <QObject>
#include <QPointer>

#include "post/PostFile.h"

class QWidget;

namespace coinage::gui {

class Document;
class EditorArea;
class EditorPane;
class MarkdownEditor;
class Prompts;
class RecentFiles;

// What File > Open/New/Save/Save As/Close do, including the questions they ask: opening shows PostFile's error and
// opens nothing when a file cannot be read; a failed save keeps the text and offers Save As; closing the last view
// of a modified post asks Save/Discard/Cancel once per post.
class FileCommands : public QObject
{
    Q_OBJECT
public:
    FileCommands(EditorArea *area, RecentFiles *recent, QWidget *window);

    void setPrompts(Prompts *prompts) { m_prompts = prompts; }
    Prompts *prompts() const { return m_prompts; }

    // Opens the post in the current pane, or shows it when already open. Null (after telling the user) on failure.
    Document *open(const QString &path);
    void openWithDialog();
    Document *newPost();
    enum class Placement
    {
        Front,
        Behind
    };
    // A new untitled post with the text, shown (Front) or in a tab behind the current one (Behind).
    Document *openUntitled(const QString &name, const QString &text, Placement placement = Placement::Front);

    // The previous version of a post is kept as FILE~ before each save when the setting "files/backupOnSave" is on
    // (off by default).
    static QString backupSettingKey();

    bool save(Document *document);
    // The save of a titled post without any question (autosave): the backup when it is on, the atomic write, the
    // recent files. The caller shows a failure.
    SaveResult saveInPlace(Document *document);
    bool saveAs(Document *document);
    bool saveAll();

    bool closeEditor(MarkdownEditor *editor);
    bool closePane(EditorPane *pane);
    // Asks about each modified document once; false when the user cancelled (or a save failed and was abandoned).
    bool confirmClose(const QList<Document *> &documents);

private:
    QString lastFolder() const;
    void rememberFolder(const QString &path);
    void reveal(Document *document);
    void backUp(const QString &path);

    EditorArea *m_area;
    RecentFiles *m_recent;
    QWidget *m_window;
    Prompts *m_prompts = nullptr;
    int m_untitledCount = 0;
};

} // namespace coinage::gui
