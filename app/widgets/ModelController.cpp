#include "ModelController.h"

#include "FileCommands.h"
#include "MainWindow.h"
#include "ModelBackend.h"
#include "ModelSettingsPage.h"
#include "VoicesPanel.h"
#include "WindowMenus.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QMenu>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coinage::gui {

ModelController::ModelController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_backend(new ModelBackend({}, this))
    , m_settingsAction(new QAction(tr("&Language Model…"), this))
{
    setObjectName(u"ModelController"_s);
    m_backend->setPrompts([window] { return window->fileCommands()->prompts(); });
    m_settingsAction->setObjectName(u"modelSettings"_s);
    m_settingsAction->setMenuRole(QAction::NoRole);
    ensureWindowMenu(window, u"voicesMenu"_s, tr("Vo&ices"))->addAction(m_settingsAction);
    connect(m_settingsAction, &QAction::triggered, this, &ModelController::showSettings);
    if (auto *panel = window->findChild<VoicesPanel *>())
        panel->setModelBackend(m_backend);
}

ModelSettingsPage *ModelController::page() const
{
    return m_dialog ? m_dialog->findChild<ModelSettingsPage *>() : nullptr;
}

void ModelController::showSettings()
{
    if (!m_dialog) {
        auto *dialog = new QDialog(m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setObjectName(u"modelSettingsDialog"_s);
        auto *page = new ModelSettingsPage(m_backend, dialog);
        dialog->setWindowTitle(page->title());
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
        auto *layout = new QVBoxLayout(dialog);
        layout->addWidget(page);
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::accepted, dialog, [dialog, page] {
            if (page->apply())
                dialog->accept();
        });
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
        dialog->resize(560, dialog->sizeHint().height());
        m_dialog = dialog;
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

} // namespace coinage::gui
