#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class QMenu;
class QWidget;

namespace coinage::gui {

// The ten most recently opened or saved posts, kept in the settings, with a menu to reopen or clear them.
class RecentFiles : public QObject
{
    Q_OBJECT
public:
    static constexpr int maximum = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const { return m_files; }
    void add(const QString &path);
    void clear();
    QMenu *createMenu(QWidget *parent);

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void save();
    void rebuildMenu();

    QStringList m_files;
    QPointer<QMenu> m_menu;
};

} // namespace coinage::gui
