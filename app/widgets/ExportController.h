#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace coinage::gui {

class ExportDialog;
class MainWindow;

// File > Export to Jekyll Site… (Ctrl+Shift+E): opens the export dialog for the post in front, with the site the
// Site panel shows (else the site the post lives in) as the default, and shows an exported post in the Site panel.
class ExportController : public QObject
{
    Q_OBJECT
public:
    explicit ExportController(MainWindow *window);

    QAction *exportAction() const { return m_export; }
    // The open export dialog, if any.
    ExportDialog *dialog() const;
    void openDialog();

private:
    void updateAction();

    MainWindow *m_window;
    QAction *m_export;
    QPointer<ExportDialog> m_dialog;
};

} // namespace coinage::gui
