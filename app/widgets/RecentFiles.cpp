#include "RecentFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace coinage::gui {
namespace {
const QString recentKey = QStringLiteral("recentFiles");
}

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
    , m_files(QSettings().value(recentKey).toStringList())
{
    while (m_files.size() > maximum)
        m_files.removeLast();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_files.removeAll(absolute);
    m_files.prepend(absolute);
    while (m_files.size() > maximum)
        m_files.removeLast();
    save();
}

void RecentFiles::clear()
{
    m_files.clear();
    save();
}

QMenu *RecentFiles::createMenu(QWidget *parent)
{
    m_menu = new QMenu(tr("Open &Recent"), parent);
    m_menu->setToolTipsVisible(true);
    // Built when shown, never from inside one of its own actions.
    connect(m_menu, &QMenu::aboutToShow, this, &RecentFiles::rebuildMenu);
    return m_menu;
}

void RecentFiles::save()
{
    QSettings().setValue(recentKey, m_files);
}

void RecentFiles::rebuildMenu()
{
    if (!m_menu)
        return;
    m_menu->clear();
    for (int i = 0; i < m_files.size(); ++i) {
        const QString &path = m_files.at(i);
        QString name = QFileInfo(path).fileName();
        name.replace(u'&', QStringLiteral("&&"));
        // Number the first nine for keyboard access.
        const QString text = i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(name) : name;
        QAction *action = m_menu->addAction(text);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
    }
    if (!m_files.isEmpty())
        m_menu->addSeparator();
    QAction *clearAction = m_menu->addAction(tr("&Clear Menu"));
    clearAction->setEnabled(!m_files.isEmpty());
    connect(clearAction, &QAction::triggered, this, &RecentFiles::clear);
}

} // namespace coinage::gui
