#pragma once

#include <QDialog>
#include <QList>
#include <QString>

#include <memory>

class QLineEdit;
class QMenuBar;
class QTreeWidget;

namespace Ui {
class ShortcutsDialog;
}

namespace coinage::gui {

// Help > Keyboard Shortcuts: every action of the window that has a shortcut, grouped by the menu it sits in, with a
// filter on command and key. Built from the actions when shown, so it never goes stale.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Entry
    {
        QString group;   // the menu, e.g. "File" or "View › Panels"
        QString command; // the action's text without accelerators
        QString keys;    // its shortcuts, native text, comma-separated
    };

    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    // The shortcuts of `window`: its menu bar's menus (and submenus) in order, then actions with shortcuts that are in
    // no menu (group "Other").
    static QList<Entry> collect(QWidget *window);
    // "&File" -> "File", "文件(&F)" -> "文件", "Save &As…" -> "Save As…", "&&" -> "&".
    static QString plainText(const QString &text);

    QLineEdit *filterEdit() const;
    QTreeWidget *tree() const;
    // Rebuilds the list from the window's actions.
    void refresh();

private:
    void applyFilter(const QString &text);

    std::unique_ptr<Ui::ShortcutsDialog> m_ui;
    QWidget *m_window;
};

} // namespace coinage::gui
