#pragma once

#include "FileCommands.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;

namespace coinage::gui {

class MainWindow;
class ShortcutsDialog;

// The Help menu's own pages: the "Getting started" post (bundled in both languages; the UI language picks) opened
// from Help > Getting Started and on the very first launch, and Help > Keyboard Shortcuts.
class HelpController : public QObject
{
    Q_OBJECT
public:
    explicit HelpController(MainWindow *window);

    // Getting Started (F1) and Keyboard Shortcuts, for the Help menu.
    QList<QAction *> actions() const { return {m_gettingStarted, m_shortcuts}; }

    // The bundled guide for `language` ("zh_CN" -> the Chinese one; anything else -> English).
    static QString gettingStartedPath(const QString &language);
    // Opens the guide in the UI language as an untitled post (nothing is written unless the user saves it).
    void openGettingStarted();
    // On the first launch only (the setting help/gettingStartedShown), opens the guide; returns whether it did. Behind
    // the posts the user asked to open, when there are some.
    bool openGettingStartedOnFirstLaunch(FileCommands::Placement placement = FileCommands::Placement::Front);
    // Shows the keyboard shortcut list (one dialog, refreshed each time).
    ShortcutsDialog *showShortcuts();

private:
    void openGuide(FileCommands::Placement placement);

    MainWindow *m_window;
    QAction *m_gettingStarted;
    QAction *m_shortcuts;
    QPointer<ShortcutsDialog> m_dialog;
};

} // namespace coinage::gui
