#pragma once

#include "PreferencesPage.h"

#include <memory>

namespace Ui {
class EditorPreferencesPage;
}

namespace coinage::gui {

class AutosaveController;
class ThemeController;

// Preferences > Editor (forms/editorpreferencespage.ui): the editor font and size (EditorFont), the theme
// (ThemeController's setting), autosave (AutosaveController's settings) and the backup on save (FileCommands).
class EditorPreferencesPage : public PreferencesPage
{
    Q_OBJECT
public:
    EditorPreferencesPage(ThemeController *themes, AutosaveController *autosave, QWidget *parent = nullptr);
    ~EditorPreferencesPage() override;

    QString title() const override;
    QIcon icon() const override;
    void load() override;
    bool apply() override;
    void restoreDefaults() override;

private:
    void selectTheme(const QString &name);
    void updateEnabled();

    std::unique_ptr<Ui::EditorPreferencesPage> m_ui;
    ThemeController *m_themes;
    AutosaveController *m_autosave;
};

} // namespace coinage::gui
