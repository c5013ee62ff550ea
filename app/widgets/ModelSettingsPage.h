#pragma once

#include "PreferencesPage.h"
#include "voices/ModelSettings.h"

#include <memory>

class QLabel;

namespace Ui {
class ModelSettingsPage;
}

namespace coinage {
class ModelClient;
}

namespace coinage::gui {

class ModelBackend;

// Preferences > Language Model (forms/modelsettingspage.ui): turn the model backend on, its server (base URL),
// model (listed from GET /models with Refresh), API key (to the ApiKeyStore, never to QSettings), temperature and
// maximum tokens, Test Connection, and the hosts the user agreed to send text to (withdraw one here). A request to a
// host on another machine (Refresh, Test, or the panel's first) asks the user first.
class ModelSettingsPage : public PreferencesPage
{
    Q_OBJECT
public:
    explicit ModelSettingsPage(ModelBackend *backend, QWidget *parent = nullptr);
    ~ModelSettingsPage() override;

    QString title() const override;
    void load() override;
    bool apply() override;

    // The settings the controls describe (with the key as typed).
    ModelSettings pageSettings() const;

Q_SIGNALS:
    // Refresh or Test Connection ended; the status label says how.
    void modelsAnswered();

private:
    void list(bool test);
    void showKeyStatus();
    void updateConsent();
    void setStatus(QLabel *label, const QString &text, bool problem);

    std::unique_ptr<Ui::ModelSettingsPage> m_ui;
    ModelBackend *m_backend;
    ModelClient *m_client;
    bool m_testing = false;
    bool m_keyEdited = false;
    bool m_loading = false;
};

} // namespace coinage::gui
