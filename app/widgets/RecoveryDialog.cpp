#include "RecoveryDialog.h"

#include "ui_recoverydialog.h"

#include <QDir>
#include <QFontDatabase>
#include <QLocale>
#include <QPushButton>
#include <QTextBlock>
#include <QTextCursor>

namespace coinage::gui {
namespace {
constexpr int indexRole = Qt::UserRole;
}

RecoveryDialog::RecoveryDialog(QList<Prompts::RecoveryItem> items, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RecoveryDialog>())
    , m_items(std::move(items))
    , m_choices(m_items.size(), Prompts::RecoveryChoice::Later)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("coinage-recovery"));
    m_ui->diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const QLocale locale;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const Prompts::RecoveryItem &item = m_items.at(i);
        QString changes;
        if (item.path.isEmpty())
            changes = item.added == 1 ? tr("never saved, 1 line") : tr("never saved, %1 lines").arg(item.added);
        else if (item.fileMissing)
            changes = item.added == 1 ? tr("file missing, 1 line") : tr("file missing, %1 lines").arg(item.added);
        else
            changes = tr("+%1 −%2 lines").arg(item.added).arg(item.removed);
        auto *row = new QTreeWidgetItem(
            m_ui->list, {item.title, locale.toString(item.written.toLocalTime(), QLocale::ShortFormat), changes});
        row->setData(0, indexRole, int(i));
        row->setToolTip(0, item.path.isEmpty() ? tr("Untitled post") : QDir::toNativeSeparators(item.path));
    }
    for (int column = 0; column < 3; ++column)
        m_ui->list->resizeColumnToContents(column);
    m_ui->list->selectAll();
    if (QTreeWidgetItem *first = m_ui->list->topLevelItem(0))
        m_ui->list->setCurrentItem(first, 0, QItemSelectionModel::NoUpdate);
    m_ui->splitter->setSizes({160, 300});
    connect(m_ui->list, &QTreeWidget::currentItemChanged, this, &RecoveryDialog::showSelectedDiff);
    connect(m_ui->restore, &QPushButton::clicked, this, [this] { decideSelected(Prompts::RecoveryChoice::Restore); });
    connect(m_ui->discard, &QPushButton::clicked, this, [this] { decideSelected(Prompts::RecoveryChoice::Discard); });
    connect(m_ui->later, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->list->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const bool any = !m_ui->list->selectedItems().isEmpty();
        m_ui->restore->setEnabled(any);
        m_ui->discard->setEnabled(any);
    });
    showSelectedDiff();
}

RecoveryDialog::~RecoveryDialog() = default;

void RecoveryDialog::decideSelected(Prompts::RecoveryChoice choice)
{
    const QList<QTreeWidgetItem *> selected = m_ui->list->selectedItems();
    for (QTreeWidgetItem *row : selected) {
        m_choices[row->data(0, indexRole).toInt()] = choice;
        delete row;
    }
    if (m_ui->list->topLevelItemCount() == 0) {
        accept();
        return;
    }
    m_ui->list->setCurrentItem(m_ui->list->topLevelItem(0));
    showSelectedDiff();
}

void RecoveryDialog::showSelectedDiff()
{
    const QTreeWidgetItem *row = m_ui->list->currentItem();
    if (!row) {
        m_ui->diff->clear();
        return;
    }
    const Prompts::RecoveryItem &item = m_items.at(row->data(0, indexRole).toInt());
    if (item.path.isEmpty() || item.fileMissing) {
        m_ui->diff->setPlainText(tr("(no file on disk to compare with: every line is new)"));
        return;
    }
    m_ui->diff->setPlainText(item.diff.isEmpty() ? tr("(the same lines as the file on disk)") : item.diff);
    // Removed lines on red, added on green, translucent so that light and dark themes both read.
    QTextCharFormat removed;
    removed.setBackground(QColor(220, 40, 40, 45));
    QTextCharFormat added;
    added.setBackground(QColor(30, 170, 60, 45));
    QTextCharFormat hunk;
    hunk.setForeground(QColor(90, 110, 200));
    for (QTextBlock block = m_ui->diff->document()->begin(); block.isValid(); block = block.next()) {
        const QString line = block.text();
        const QTextCharFormat *format = line.startsWith(u'-')    ? &removed
                                        : line.startsWith(u'+')  ? &added
                                        : line.startsWith(u"@@") ? &hunk
                                                                 : nullptr;
        if (!format)
            continue;
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(*format);
    }
}

} // namespace coinage::gui
