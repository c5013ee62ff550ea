#pragma once

#include "Prompts.h"

#include <QDialog>

#include <memory>

namespace Ui {
class RecoveryDialog;
}

namespace coinage::gui {

// The recovery offer at start (forms/recoverydialog.ui): the unsaved posts a crash left behind, each with the time
// it was last journaled and how it differs from the file on disk (line counts in the list, the unified diff of the
// selected post below). Restore and Discard act on the selected posts and take them off the list; Later (or closing
// the dialog) leaves the rest for the next start. The dialog closes when the list is empty.
class RecoveryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RecoveryDialog(QList<Prompts::RecoveryItem> items, QWidget *parent = nullptr);
    ~RecoveryDialog() override;

    // One choice per item, Later for those not decided.
    QList<Prompts::RecoveryChoice> choices() const { return m_choices; }
    // Decides the selected rows (for tests and the buttons).
    void decideSelected(Prompts::RecoveryChoice choice);

private:
    void showSelectedDiff();

    std::unique_ptr<Ui::RecoveryDialog> m_ui;
    QList<Prompts::RecoveryItem> m_items;
    QList<Prompts::RecoveryChoice> m_choices;
};

} // namespace coinage::gui
