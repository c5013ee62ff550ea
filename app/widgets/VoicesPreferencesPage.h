#pragma once

#include "PreferencesPage.h"

#include <QPointer>
#include <memory>

namespace Ui {
class VoicesPreferencesPage;
}

namespace coinage::gui {

class VoicesPanel;

// Preferences > Voices (forms/voicespreferencespage.ui): which voices the Voices panel shows (checked) and in which
// order (drag, or Move Up / Move Down). Stored under VoicesPanel's keys; the panel rearranges its cards on Apply.
class VoicesPreferencesPage : public PreferencesPage
{
    Q_OBJECT
public:
    explicit VoicesPreferencesPage(VoicesPanel *panel, QWidget *parent = nullptr);
    ~VoicesPreferencesPage() override;

    QString title() const override;
    QIcon icon() const override;
    void load() override;
    bool apply() override;
    void restoreDefaults() override;

private:
    void fill(const QStringList &order, const QStringList &hidden);
    void move(int by);
    void updateButtons();

    std::unique_ptr<Ui::VoicesPreferencesPage> m_ui;
    QPointer<VoicesPanel> m_panel;
};

} // namespace coinage::gui
