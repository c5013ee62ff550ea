#include "ShortcutsDialog.h"

#include "ui_shortcutsdialog.h"

#include <QAction>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>

namespace coinage::gui {
namespace {

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys.append(key.toString(QKeySequence::NativeText));
    return keys.join(QStringLiteral(", "));
}

void collectMenu(const QMenu *menu, const QString &group, QList<ShortcutsDialog::Entry> &entries,
                 QSet<const QAction *> &seen)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (QMenu *sub = action->menu()) {
            collectMenu(sub, group + QStringLiteral(" › ") + ShortcutsDialog::plainText(sub->title()), entries, seen);
            continue;
        }
        if (action->shortcuts().isEmpty() || seen.contains(action))
            continue;
        seen.insert(action);
        entries.append({group, ShortcutsDialog::plainText(action->text()), keysOf(action)});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ShortcutsDialog>())
    , m_window(window)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("ShortcutsDialog"));
    m_ui->tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->tree->header()->setStretchLastSection(false);
    m_ui->empty->hide();
    connect(m_ui->filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    refresh();
}

ShortcutsDialog::~ShortcutsDialog() = default;

QLineEdit *ShortcutsDialog::filterEdit() const
{
    return m_ui->filter;
}

QTreeWidget *ShortcutsDialog::tree() const
{
    return m_ui->tree;
}

QString ShortcutsDialog::plainText(const QString &text)
{
    static const QRegularExpression cjkAccelerator(QStringLiteral("\\s*\\(&[^)]\\)"));
    QString plain = text;
    plain.remove(cjkAccelerator);
    plain.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    plain.remove(u'&');
    plain.replace(u'\x01', u'&');
    return plain;
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::collect(QWidget *window)
{
    QList<Entry> entries;
    QSet<const QAction *> seen;
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *top : main->menuBar()->actions()) {
            if (QMenu *menu = top->menu())
                collectMenu(menu, plainText(menu->title()), entries, seen);
        }
    }
    const QList<QAction *> all = window->findChildren<QAction *>();
    for (const QAction *action : all) {
        if (action->shortcuts().isEmpty() || seen.contains(action) || action->menu())
            continue;
        seen.insert(action);
        entries.append({tr("Other"), plainText(action->text()), keysOf(action)});
    }
    return entries;
}

void ShortcutsDialog::refresh()
{
    QTreeWidget *tree = m_ui->tree;
    tree->clear();
    QTreeWidgetItem *group = nullptr;
    for (const Entry &entry : collect(m_window)) {
        if (!group || group->text(0) != entry.group) {
            group = new QTreeWidgetItem(tree, {entry.group});
            group->setFirstColumnSpanned(true);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFlags(Qt::ItemIsEnabled);
            group->setExpanded(true);
        }
        auto *item = new QTreeWidgetItem(group, {entry.command, entry.keys});
        item->setToolTip(0, entry.command);
    }
    applyFilter(m_ui->filter->text());
}

void ShortcutsDialog::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    QTreeWidget *tree = m_ui->tree;
    int shown = 0;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = tree->topLevelItem(g);
        const bool groupMatches = !needle.isEmpty() && group->text(0).contains(needle, Qt::CaseInsensitive);
        int visible = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = needle.isEmpty() || groupMatches ||
                               item->text(0).contains(needle, Qt::CaseInsensitive) ||
                               item->text(1).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            visible += match ? 1 : 0;
        }
        group->setHidden(visible == 0);
        shown += visible;
    }
    tree->setVisible(shown > 0);
    m_ui->empty->setVisible(shown == 0);
}

} // namespace coinage::gui
