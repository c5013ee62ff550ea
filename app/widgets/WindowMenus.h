#pragma once

class QMainWindow;
class QMenu;
class QString;

namespace coinage::gui {

// The window's top-level menu with this title as MainWindow gives it (e.g. MainWindow::tr("&View")), or nullptr.
QMenu *windowMenu(QMainWindow *window, const QString &title);
// The menu with this object name, or a new one with this title inserted before the last menu (Help).
QMenu *ensureWindowMenu(QMainWindow *window, const QString &objectName, const QString &title);

} // namespace coinage::gui
