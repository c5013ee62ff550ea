#include "LanguagePreferencesPage.h"

#include "Document.h"
#include "EditorArea.h"
#include "MainWindow.h"
#include "MarkdownEditor.h"
#include "i18n/UiLanguage.h"

#include "ui_languagepreferencespage.h"

#include <QApplication>
#include <QProcess>
#include <QSettings>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace coinage::gui {

LanguagePreferencesPage::LanguagePreferencesPage(MainWindow *window, QWidget *parent)
    : PreferencesPage(parent)
    , m_ui(std::make_unique<Ui::LanguagePreferencesPage>())
    , m_window(window)
{
    m_ui->setupUi(this);
    m_ui->language->addItem(tr("System language"), UiLanguage::systemSetting());
    // Each language in its own name, so that a reader of either can find it.
    m_ui->language->addItem(u"English"_s, u"en"_s);
    m_ui->language->addItem(u"简体中文"_s, u"zh_CN"_s);
    connect(m_ui->language, &QComboBox::currentIndexChanged, this, &PreferencesPage::changed);
    connect(m_ui->restart, &QPushButton::clicked, this, &LanguagePreferencesPage::restart);
}

LanguagePreferencesPage::~LanguagePreferencesPage() = default;

QString LanguagePreferencesPage::title() const
{
    return tr("Language");
}

QIcon LanguagePreferencesPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("preferences-desktop-locale"),
                            style()->standardIcon(QStyle::SP_MessageBoxInformation));
}

void LanguagePreferencesPage::load()
{
    const QString setting = QSettings().value(UiLanguage::settingKey(), UiLanguage::systemSetting()).toString();
    const int index = m_ui->language->findData(setting);
    m_ui->language->setCurrentIndex(index < 0 ? 0 : index);
}

bool LanguagePreferencesPage::apply()
{
    QSettings().setValue(UiLanguage::settingKey(), m_ui->language->currentData().toString());
    return true;
}

void LanguagePreferencesPage::restoreDefaults()
{
    m_ui->language->setCurrentIndex(0);
}

void LanguagePreferencesPage::restart()
{
    apply();
    QStringList arguments;
    const QList<Document *> documents = m_window->editorArea()->documents();
    for (const Document *document : documents) {
        if (!document->isUntitled())
            arguments.append(document->filePath());
    }
    if (QWidget *dialog = window(); dialog && dialog != m_window)
        dialog->close();
    if (!m_window->close())
        return; // the user kept an unsaved post open
    // A window of its own: the running instance is still answering while it quits, so no hand-over to it.
    arguments.prepend(u"--"_s);
    arguments.prepend(u"--new-instance"_s);
    QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
    QCoreApplication::quit();
}

} // namespace coinage::gui
