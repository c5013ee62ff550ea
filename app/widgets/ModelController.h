#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QDialog;

namespace coinage::gui {

class MainWindow;
class ModelBackend;
class ModelSettingsPage;

// The optional language model in the window: owns the ModelBackend (settings, API key store, consent), gives it to
// the Voices panel, and opens the settings page from Voices > Language Model… in a small dialog (until the
// Preferences dialog hosts the page).
class ModelController : public QObject
{
    Q_OBJECT
public:
    explicit ModelController(MainWindow *window);

    ModelBackend *backend() const { return m_backend; }
    QAction *settingsAction() const { return m_settingsAction; }
    // The open settings dialog and its page (nullptr when closed).
    QDialog *dialog() const { return m_dialog; }
    ModelSettingsPage *page() const;

    void showSettings();

private:
    MainWindow *m_window;
    ModelBackend *m_backend;
    QAction *m_settingsAction;
    QPointer<QDialog> m_dialog;
};

} // namespace coinage::gui
