#include "ExportDialog.h"

#include "Prompts.h"

#include "ui_exportdialog.h"

#include <QDir>
#include <QFileInfo>
#include <QtConcurrent>

namespace coinage::gui {
namespace {

void setTone(QLabel *label, bool error)
{
    QPalette palette = label->parentWidget()->palette();
    if (error)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x2a, 0x1e));
    label->setPalette(palette);
}

} // namespace

ExportDialog::ExportDialog(Source source, const QString &siteFolder, Prompts *prompts, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_source(std::move(source))
    , m_prompts(prompts)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("coinage-export"));
    m_ui->sourceLabel->setText(tr("Exports a copy of “%1” (unsaved edits included) into a Jekyll site. "
                                  "The post itself is not changed.")
                                   .arg(m_source.name));
    m_ui->showInSiteButton->setEnabled(false);
    m_ui->siteEdit->setText(QDir::toNativeSeparators(siteFolder));

    connect(m_ui->siteEdit, &QLineEdit::textChanged, this, &ExportDialog::siteChanged);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_ui->draftButton, &QRadioButton::toggled, this, &ExportDialog::updatePreview);
    connect(m_ui->convertBox, &QCheckBox::toggled, this, &ExportDialog::updatePreview);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->showInSiteButton, &QPushButton::clicked, this, [this] {
        if (!m_writtenPath.isEmpty())
            Q_EMIT showInSiteRequested(m_writtenPath);
    });
    connect(&m_preview, &QFutureWatcher<ExportResult>::finished, this, [this] {
        m_previewBusy = false;
        if (std::exchange(m_previewPending, false)) {
            updatePreview(); // the options changed meanwhile
            return;
        }
        showPreview(m_preview.result());
    });
    connect(&m_export, &QFutureWatcher<ExportResult>::finished, this, [this] {
        m_exportBusy = false;
        exportDone(m_export.result(), m_forced);
    });
    siteChanged();
}

ExportDialog::~ExportDialog()
{
    m_preview.waitForFinished();
    m_export.waitForFinished();
}

QLineEdit *ExportDialog::siteEdit() const
{
    return m_ui->siteEdit;
}
QPushButton *ExportDialog::browseButton() const
{
    return m_ui->browseButton;
}
QRadioButton *ExportDialog::postButton() const
{
    return m_ui->postButton;
}
QRadioButton *ExportDialog::draftButton() const
{
    return m_ui->draftButton;
}
QCheckBox *ExportDialog::convertBox() const
{
    return m_ui->convertBox;
}
QLabel *ExportDialog::siteStatus() const
{
    return m_ui->siteStatus;
}
QLabel *ExportDialog::targetLabel() const
{
    return m_ui->targetLabel;
}
QLabel *ExportDialog::resultLabel() const
{
    return m_ui->resultLabel;
}
QPushButton *ExportDialog::exportButton() const
{
    return m_ui->exportButton;
}
QPushButton *ExportDialog::showInSiteButton() const
{
    return m_ui->showInSiteButton;
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.draft = m_ui->draftButton->isChecked();
    options.convertFootnotes = m_ui->convertBox->isChecked();
    return options;
}

void ExportDialog::siteChanged()
{
    const QString folder = QDir::fromNativeSeparators(m_ui->siteEdit->text().trimmed());
    SiteError error;
    m_site = folder.isEmpty() ? std::nullopt : Site::open(folder, &error);
    if (folder.isEmpty())
        m_ui->siteStatus->setText(tr("Choose the folder of a Jekyll site (the one with _config.yml)."));
    else if (!m_site)
        m_ui->siteStatus->setText(error.message);
    else
        m_ui->siteStatus->setText(tr("Jekyll site “%1”, dates in %2")
                                      .arg(QDir(m_site->root()).dirName(), QString::fromUtf8(m_site->zone().id())));
    setTone(m_ui->siteStatus, !m_site.has_value());
    updatePreview();
}

void ExportDialog::browse()
{
    if (!m_prompts)
        return;
    const QString folder = m_prompts->askFolder(this, tr("Site Folder"), m_site ? m_site->root() : QDir::homePath());
    if (!folder.isEmpty())
        m_ui->siteEdit->setText(QDir::toNativeSeparators(folder));
}

void ExportDialog::updatePreview()
{
    updateButtons();
    if (!m_site) {
        m_targetPath.clear();
        m_previewPending = false;
        m_ui->targetLabel->setText(tr("—"));
        setTone(m_ui->targetLabel, false);
        Q_EMIT previewUpdated();
        return;
    }
    if (m_previewBusy) {
        m_previewPending = true;
        return;
    }
    m_previewBusy = true;
    m_preview.setFuture(QtConcurrent::run([exporter = Exporter(*m_site), source = m_source, options = options()] {
        return exporter.render(source.path, source.text, options);
    }));
}

void ExportDialog::showPreview(const ExportResult &result)
{
    if (!m_site)
        return;
    if (!result.ok) {
        m_targetPath.clear();
        m_ui->targetLabel->setText(result.line > 0
                                       ? tr("Cannot export: %1 (line %2)").arg(result.message).arg(result.line)
                                       : tr("Cannot export: %1").arg(result.message));
        m_ui->targetLabel->setToolTip({});
        setTone(m_ui->targetLabel, true);
    } else {
        m_targetPath = result.path;
        QString text = QDir::toNativeSeparators(QDir(m_site->root()).relativeFilePath(result.path));
        if (QFileInfo::exists(result.path))
            text += u'\n' + tr("A file of this name exists: Export asks before replacing it.");
        if (!result.warnings.isEmpty())
            text += u'\n' + tr("%n warning(s): %1", nullptr, int(result.warnings.size()))
                                .arg(result.warnings.first().diagnostic.message);
        m_ui->targetLabel->setText(text);
        m_ui->targetLabel->setToolTip(QDir::toNativeSeparators(result.path));
        setTone(m_ui->targetLabel, false);
    }
    updateButtons();
    Q_EMIT previewUpdated();
}

void ExportDialog::startExport()
{
    if (!m_site || m_exportBusy)
        return;
    runExport(false);
}

void ExportDialog::runExport(bool force)
{
    m_forced = force;
    showResult(tr("Exporting…"), false);
    ExportOptions exportOptions = options();
    exportOptions.force = force;
    m_exportBusy = true;
    m_export.setFuture(QtConcurrent::run([exporter = Exporter(*m_site), source = m_source, exportOptions] {
        return exporter.exportText(source.path, source.text, exportOptions, source.format);
    }));
    updateButtons();
}

void ExportDialog::exportDone(const ExportResult &result, bool forced)
{
    updateButtons();
    if (result.ok) {
        m_writtenPath = result.path;
        QString text = tr("Written to %1").arg(QDir::toNativeSeparators(result.path));
        for (const LintFinding &warning : result.warnings)
            text += u'\n' + tr("Warning, line %1: %2").arg(warning.diagnostic.line).arg(warning.diagnostic.message);
        showResult(text, false);
        m_ui->showInSiteButton->setEnabled(true);
        updatePreview();
        Q_EMIT exportFinished(true, result.path);
        return;
    }
    if (!forced && result.code == u"target-exists" && !result.path.isEmpty()) {
        const bool overwrite =
            m_prompts &&
            m_prompts->askConfirm(
                this, tr("Export to Jekyll Site"),
                tr("%1 exists already. Replace it with this post?").arg(QDir::toNativeSeparators(result.path)));
        if (overwrite) {
            runExport(true);
            return;
        }
        showResult(tr("Not exported: %1 exists already and was kept.").arg(QDir::toNativeSeparators(result.path)),
                   true);
        Q_EMIT exportFinished(false, {});
        return;
    }
    showResult(result.line > 0 ? tr("Not exported: %1 (line %2)").arg(result.message).arg(result.line)
                               : tr("Not exported: %1").arg(result.message),
               true);
    Q_EMIT exportFinished(false, {});
}

void ExportDialog::showResult(const QString &text, bool error)
{
    m_ui->resultLabel->setText(text);
    setTone(m_ui->resultLabel, error);
}

void ExportDialog::updateButtons()
{
    const bool busy = m_exportBusy;
    m_ui->exportButton->setEnabled(m_site.has_value() && !busy);
    m_ui->siteEdit->setEnabled(!busy);
    m_ui->browseButton->setEnabled(!busy);
}

} // namespace coinage::gui
