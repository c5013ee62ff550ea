#pragma once

#include "PreferencesPage.h"

#include <memory>

namespace Ui {
class LanguagePreferencesPage;
}

namespace coinage::gui {

class MainWindow;

// Preferences > Language (forms/languagepreferencespage.ui): the UI language (UiLanguage::settingKey(): system, en,
// zh_CN). Coinage's widgets set their texts once when they are made, so the choice takes effect at the next start;
// Restart Now saves it and starts Coinage again with the same posts (after the usual questions about unsaved ones).
class LanguagePreferencesPage : public PreferencesPage
{
    Q_OBJECT
public:
    explicit LanguagePreferencesPage(MainWindow *window, QWidget *parent = nullptr);
    ~LanguagePreferencesPage() override;

    QString title() const override;
    QIcon icon() const override;
    void load() override;
    bool apply() override;
    void restoreDefaults() override;

private:
    void restart();

    std::unique_ptr<Ui::LanguagePreferencesPage> m_ui;
    MainWindow *m_window;
};

} // namespace coinage::gui
