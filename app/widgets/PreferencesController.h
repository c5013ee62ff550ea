#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;

namespace coinage::gui {

class MainWindow;
class PreferencesDialog;
class PreferencesPage;

// Edit > Preferences… (QKeySequence::Preferences, Ctrl+, on Linux): makes the dialog when first asked — Editor,
// Footnotes, Voices, Sites and Language, then the pages other features added — loads every page and shows it.
// A feature adds its page with one line: `window->preferences()->addPage([] { return new ModelPage; });`.
class PreferencesController : public QObject
{
    Q_OBJECT
public:
    using PageFactory = std::function<PreferencesPage *()>;

    explicit PreferencesController(MainWindow *window);
    ~PreferencesController() override;

    QAction *action() const { return m_action; }
    // Adds a page after the built-in ones (made now when the dialog exists, else when it is first shown).
    void addPage(const PageFactory &factory);
    // The dialog, made on first use.
    PreferencesDialog *dialog();
    // Loads every page and shows the dialog (window-modal).
    void show();

private:
    MainWindow *m_window;
    QAction *m_action;
    QList<PageFactory> m_factories;
    QPointer<PreferencesDialog> m_dialog;
};

} // namespace coinage::gui
