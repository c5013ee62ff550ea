#include "WindowMenus.h"

#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace coinage::gui {

QMenu *windowMenu(QMainWindow *window, const QString &title)
{
    const QList<QAction *> actions = window->menuBar()->actions();
    for (QAction *action : actions) {
        if (action->menu() && action->menu()->title() == title)
            return action->menu();
    }
    return nullptr;
}

QMenu *ensureWindowMenu(QMainWindow *window, const QString &objectName, const QString &title)
{
    if (auto *menu = window->menuBar()->findChild<QMenu *>(objectName, Qt::FindDirectChildrenOnly))
        return menu;
    auto *menu = new QMenu(title, window->menuBar());
    menu->setObjectName(objectName);
    const QList<QAction *> menus = window->menuBar()->actions();
    window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), menu);
    return menu;
}

} // namespace coinage::gui
