#include "PreferencesController.h"

#include "AutosaveController.h"
#include "EditorPreferencesPage.h"
#include "FocusController.h"
#include "FootnotePreferencesPage.h"
#include "LanguagePreferencesPage.h"
#include "MainWindow.h"
#include "ModelController.h"
#include "ModelSettingsPage.h"
#include "PreferencesDialog.h"
#include "PreviewController.h"
#include "PreviewFocusPreferencesPage.h"
#include "SiteController.h"
#include "SitePreferencesPage.h"
#include "SpellPreferencesPage.h"
#include "VoicesPanel.h"
#include "VoicesPreferencesPage.h"

#include <QAction>

namespace coinage::gui {

PreferencesController::PreferencesController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_action(new QAction(tr("Pr&eferences…"), window))
{
    setObjectName(QStringLiteral("PreferencesController"));
    m_action->setObjectName(QStringLiteral("preferences"));
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (keys.isEmpty())
        keys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma)); // platforms without a standard one
    m_action->setShortcuts(keys);
    m_action->setMenuRole(QAction::PreferencesRole);
    m_action->setStatusTip(
        tr("Editor font, theme, autosave, spelling, footnotes, voices, language model, default site and language"));
    connect(m_action, &QAction::triggered, this, &PreferencesController::show);
}

PreferencesController::~PreferencesController() = default;

void PreferencesController::addPage(const PageFactory &factory)
{
    m_factories.append(factory);
    if (m_dialog)
        m_dialog->addPage(factory());
}

PreferencesDialog *PreferencesController::dialog()
{
    if (m_dialog)
        return m_dialog;
    m_dialog = new PreferencesDialog(m_window);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->addPage(new EditorPreferencesPage(m_window->themes(), m_window->findChild<AutosaveController *>()));
    m_dialog->addPage(new SpellPreferencesPage);
    m_dialog->addPage(new PreviewFocusPreferencesPage(m_window->findChild<PreviewController *>(),
                                                      m_window->findChild<FocusController *>()));
    m_dialog->addPage(new FootnotePreferencesPage);
    if (auto *voices = m_window->findChild<VoicesPanel *>())
        m_dialog->addPage(new VoicesPreferencesPage(voices));
    if (auto *model = m_window->findChild<ModelController *>())
        m_dialog->addPage(new ModelSettingsPage(model->backend()));
    m_dialog->addPage(new SitePreferencesPage(m_window->findChild<SiteController *>(), m_window->fileCommands()));
    m_dialog->addPage(new LanguagePreferencesPage(m_window));
    for (const PageFactory &factory : std::as_const(m_factories))
        m_dialog->addPage(factory());
    return m_dialog;
}

void PreferencesController::show()
{
    PreferencesDialog *preferences = dialog();
    preferences->load();
    preferences->show();
    preferences->raise();
    preferences->activateWindow();
}

} // namespace coinage::gui
