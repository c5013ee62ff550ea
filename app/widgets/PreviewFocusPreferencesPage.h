#pragma once

#include "PreferencesPage.h"

#include <QPointer>

#include <memory>

namespace Ui {
class PreviewFocusPreferencesPage;
}

namespace coinage::gui {

class FocusController;
class PreviewController;

// Preferences > Preview and Focus (forms/previewfocuspreferencespage.ui): whether the preview loads remote images in
// every post (PreviewController's setting) and what focus mode keeps undimmed, paragraph or sentence
// (FocusController's setting).
class PreviewFocusPreferencesPage : public PreferencesPage
{
    Q_OBJECT
public:
    PreviewFocusPreferencesPage(PreviewController *preview, FocusController *focus, QWidget *parent = nullptr);
    ~PreviewFocusPreferencesPage() override;

    QString title() const override;
    QIcon icon() const override;
    void load() override;
    bool apply() override;
    void restoreDefaults() override;

private:
    std::unique_ptr<Ui::PreviewFocusPreferencesPage> m_ui;
    QPointer<PreviewController> m_preview;
    QPointer<FocusController> m_focus;
};

} // namespace coinage::gui
