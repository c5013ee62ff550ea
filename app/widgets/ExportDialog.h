#pragma once

#include "jekyll/Exporter.h"
#include "post/TextCodec.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
namespace Ui {
class ExportDialog;
}

namespace coinage::gui {

class Prompts;

// File > Export to Jekyll Site… (forms/exportdialog.ui): the site folder (checked for a _config.yml), post or
// draft, the footnote conversion (the user's consent), and the target as Jekyll will name it, kept up to date while
// the options change. Export renders and writes on a worker through core's Exporter; an existing target is
// overwritten only after the user agrees. The editor's text is never changed: the dialog exports a copy.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // What is exported: the editor's text (unsaved edits included) and the file it belongs to (empty: untitled).
    struct Source
    {
        QString path;
        QString text;
        TextFormat format;
        QString name; // for display
    };

    ExportDialog(Source source, const QString &siteFolder, Prompts *prompts, QWidget *parent = nullptr);
    ~ExportDialog() override;

    const std::optional<Site> &site() const { return m_site; }
    // The file the export would write (empty while the site or the post is not exportable).
    QString targetPath() const { return m_targetPath; }
    // The file the last export wrote (empty before).
    QString writtenPath() const { return m_writtenPath; }
    // A preview or an export is under way (until its result is shown).
    bool isBusy() const { return m_previewBusy || m_exportBusy; }
    ExportOptions options() const;

    QLineEdit *siteEdit() const;
    QPushButton *browseButton() const;
    QRadioButton *postButton() const;
    QRadioButton *draftButton() const;
    QCheckBox *convertBox() const;
    QLabel *siteStatus() const;
    QLabel *targetLabel() const;
    QLabel *resultLabel() const;
    QPushButton *exportButton() const;
    QPushButton *showInSiteButton() const;

    // Starts the export (the Export button).
    void startExport();

Q_SIGNALS:
    // The target shown was recomputed for the current options.
    void previewUpdated();
    // An export finished: ok with the written path, or not (the reason is in resultLabel()).
    void exportFinished(bool ok, const QString &path);
    void showInSiteRequested(const QString &path);

private:
    void siteChanged();
    void browse();
    void updatePreview();
    void showPreview(const ExportResult &result);
    void runExport(bool force);
    void exportDone(const ExportResult &result, bool forced);
    void showResult(const QString &text, bool error);
    void updateButtons();

    std::unique_ptr<Ui::ExportDialog> m_ui;
    Source m_source;
    Prompts *m_prompts;
    std::optional<Site> m_site;
    QString m_targetPath;
    QString m_writtenPath;
    QFutureWatcher<ExportResult> m_preview;
    QFutureWatcher<ExportResult> m_export;
    bool m_previewPending = false;
    bool m_previewBusy = false;
    bool m_exportBusy = false;
    bool m_forced = false;
};

} // namespace coinage::gui
