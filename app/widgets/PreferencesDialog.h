#pragma once

#include <QDialog>
#include <memory>

class QAbstractButton;
class QDialogButtonBox;
class QListWidget;
namespace Ui {
class PreferencesDialog;
}

namespace coinage::gui {

class PreferencesPage;

// Edit > Preferences (forms/preferencesdialog.ui): the pages listed on the left, the current one on the right, and
// OK / Cancel / Apply / Restore Defaults (of the current page). Each feature brings its own PreferencesPage.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    // Adds a page at the end of the list; the dialog takes ownership.
    void addPage(PreferencesPage *page);
    QList<PreferencesPage *> pages() const { return m_pages; }
    // The page with this title, or null.
    PreferencesPage *page(const QString &title) const;
    PreferencesPage *currentPage() const;
    void setCurrentPage(PreferencesPage *page);

    // Settings -> every page's controls; Apply is disabled until a control changes.
    void load();
    // Every page's controls -> settings. On a page's refusal that page is shown and false returned.
    bool apply();

    QListWidget *pageList() const;
    QDialogButtonBox *buttons() const;

    void accept() override;

private:
    void onClicked(QAbstractButton *button);

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    QList<PreferencesPage *> m_pages;
};

} // namespace coinage::gui
