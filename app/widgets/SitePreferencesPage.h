#pragma once

#include "PreferencesPage.h"

#include <QPointer>
#include <memory>

namespace Ui {
class SitePreferencesPage;
}

namespace coinage::gui {

class FileCommands;
class SiteController;

// Preferences > Sites (forms/sitepreferencespage.ui): the site opened at start (SiteController::settingKey()).
// Applying a new folder opens that site now (a folder that is not a Jekyll site is refused on the page); clearing
// it closes the site.
class SitePreferencesPage : public PreferencesPage
{
    Q_OBJECT
public:
    SitePreferencesPage(SiteController *sites, FileCommands *files, QWidget *parent = nullptr);
    ~SitePreferencesPage() override;

    QString title() const override;
    QIcon icon() const override;
    void load() override;
    bool apply() override;
    void restoreDefaults() override;

private:
    void browse();

    std::unique_ptr<Ui::SitePreferencesPage> m_ui;
    QPointer<SiteController> m_sites;
    FileCommands *m_files;
};

} // namespace coinage::gui
