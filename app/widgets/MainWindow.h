#pragma once

#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <memory>

namespace coinage::gui {

class Document;
class EditorArea;
class FileCommands;
class HelpController;
class MarkdownEditor;
class OutlinePanel;
class PreferencesController;
class Prompts;
class RecentFiles;
class StatusIndicators;
class ThemeController;

// Coinage's window: menus and shortcuts, the editor area in the middle, panels docked left and right (the Outline
// on the left for now), the status bar, drag and drop of posts, and the window layout remembered across runs.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a post; when it cannot be read the user is told why, nothing opens and false is returned.
    bool openFile(const QString &path);
    // The bundled sample post, as an untitled post (Save asks where to put it).
    void openSample();
    // Recreates the split panes of the last session around the current document (call after opening the posts).
    void restoreEditorLayout();

    // Docks a panel on the left or right, titled, movable, floatable, listed in View > Panels, its place remembered.
    QDockWidget *addPanel(QWidget *panel, const QString &title, const QString &objectName, Qt::DockWidgetArea area);
    // Shows the dock holding `panel` and brings its tab to the front.
    void showPanel(QWidget *panel);

    void setPrompts(std::unique_ptr<Prompts> prompts);

    EditorArea *editorArea() const { return m_area; }
    OutlinePanel *outline() const { return m_outline; }
    StatusIndicators *statusIndicators() const { return m_status; }
    FileCommands *fileCommands() const { return m_files; }
    ThemeController *themes() const { return m_themes; }
    HelpController *help() const { return m_help; }
    PreferencesController *preferences() const { return m_preferences; }
    MarkdownEditor *currentEditor() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void onCurrentEditorChanged(MarkdownEditor *editor);
    void updateTitle();
    void updateActions();
    void focusNextSplit();
    void showAbout();
    void restoreSettings();
    void saveSettings();

    std::unique_ptr<Prompts> m_prompts;
    ThemeController *m_themes;
    EditorArea *m_area;
    RecentFiles *m_recent;
    FileCommands *m_files;
    OutlinePanel *m_outline;
    StatusIndicators *m_status;
    QMenu *m_panelsMenu = nullptr;
    HelpController *m_help = nullptr;
    PreferencesController *m_preferences = nullptr;
    QPointer<MarkdownEditor> m_boundEditor;
    QList<QMetaObject::Connection> m_bindings;

    struct Actions
    {
        QAction *newPost, *open, *save, *saveAs, *saveAll, *closeTab, *quit;
        QAction *undo, *redo, *cut, *copy, *paste, *selectAll;
        QAction *splitSideBySide, *splitStacked, *closeSplit, *nextSplit, *goToOutline, *fullScreen;
        QAction *about;
    } m_actions{};
};

} // namespace coinage::gui
