#include "SitePreferencesPage.h"

#include "FileCommands.h"
#include "Prompts.h"
#include "SiteController.h"
#include "jekyll/Site.h"

#include "ui_sitepreferencespage.h"

#include <QDir>
#include <QSettings>
#include <QStyle>

namespace coinage::gui {

SitePreferencesPage::SitePreferencesPage(SiteController *sites, FileCommands *files, QWidget *parent)
    : PreferencesPage(parent)
    , m_ui(std::make_unique<Ui::SitePreferencesPage>())
    , m_sites(sites)
    , m_files(files)
{
    m_ui->setupUi(this);
    QPalette warning = m_ui->error->palette();
    warning.setColor(QPalette::WindowText, Qt::darkRed);
    m_ui->error->setPalette(warning);
    m_ui->error->hide();
    connect(m_ui->folder, &QLineEdit::textChanged, this, [this] {
        m_ui->error->hide();
        Q_EMIT changed();
    });
    connect(m_ui->browse, &QPushButton::clicked, this, &SitePreferencesPage::browse);
    connect(m_ui->clear, &QPushButton::clicked, m_ui->folder, &QLineEdit::clear);
}

SitePreferencesPage::~SitePreferencesPage() = default;

QString SitePreferencesPage::title() const
{
    return tr("Sites");
}

QIcon SitePreferencesPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("folder-html"), style()->standardIcon(QStyle::SP_DirHomeIcon));
}

void SitePreferencesPage::load()
{
    m_ui->folder->setText(QDir::toNativeSeparators(QSettings().value(SiteController::settingKey()).toString()));
    m_ui->error->hide();
}

bool SitePreferencesPage::apply()
{
    const QString folder = QDir::fromNativeSeparators(m_ui->folder->text().trimmed());
    const QString stored = QSettings().value(SiteController::settingKey()).toString();
    if (folder.isEmpty()) {
        if (m_sites)
            m_sites->closeSite();
        QSettings().remove(SiteController::settingKey());
        return true;
    }
    SiteError error;
    if (!Site::open(folder, &error)) {
        m_ui->error->setText(error.message);
        m_ui->error->show();
        m_ui->folder->setFocus(Qt::OtherFocusReason);
        return false;
    }
    const bool open = m_sites && m_sites->site() && QDir(m_sites->site()->root()) == QDir(folder);
    if (QDir(folder) == QDir(stored) && open)
        return true;
    if (m_sites)
        return m_sites->openSite(folder);
    QSettings().setValue(SiteController::settingKey(), QDir(folder).absolutePath());
    return true;
}

void SitePreferencesPage::restoreDefaults()
{
    m_ui->folder->clear();
}

void SitePreferencesPage::browse()
{
    Prompts *prompts = m_files ? m_files->prompts() : nullptr;
    if (!prompts)
        return;
    const QString current = QDir::fromNativeSeparators(m_ui->folder->text().trimmed());
    const QString folder = prompts->askFolder(this, tr("Default Site"), current.isEmpty() ? QDir::homePath() : current);
    if (!folder.isEmpty())
        m_ui->folder->setText(QDir::toNativeSeparators(folder));
}

} // namespace coinage::gui
