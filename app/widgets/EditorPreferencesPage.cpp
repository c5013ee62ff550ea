#include "EditorPreferencesPage.h"

#include "AutosaveController.h"
#include "EditorFont.h"
#include "FileCommands.h"
#include "ThemeController.h"

#include "ui_editorpreferencespage.h"

#include <QSettings>
#include <QStyle>
#include <algorithm>

namespace coinage::gui {

EditorPreferencesPage::EditorPreferencesPage(ThemeController *themes, AutosaveController *autosave, QWidget *parent)
    : PreferencesPage(parent)
    , m_ui(std::make_unique<Ui::EditorPreferencesPage>())
    , m_themes(themes)
    , m_autosave(autosave)
{
    m_ui->setupUi(this);
    m_ui->theme->addItem(tr("Follow System Colors"), QString());
    m_ui->theme->addItem(tr("Light"), ThemeController::lightThemeName());
    m_ui->theme->addItem(tr("Dark"), ThemeController::darkThemeName());
    QList<KSyntaxHighlighting::Theme> others = themes->themes();
    std::sort(others.begin(), others.end(), [](const auto &a, const auto &b) {
        return a.translatedName().localeAwareCompare(b.translatedName()) < 0;
    });
    m_ui->theme->insertSeparator(m_ui->theme->count());
    for (const KSyntaxHighlighting::Theme &theme : std::as_const(others)) {
        if (theme.name() != ThemeController::lightThemeName() && theme.name() != ThemeController::darkThemeName())
            m_ui->theme->addItem(theme.translatedName(), theme.name());
    }
    m_ui->autosaveSeconds->setRange(AutosaveController::minimumSeconds, AutosaveController::maximumSeconds);

    auto changed = [this] {
        Q_EMIT this->changed();
    };
    connect(m_ui->fontFamily, &QFontComboBox::currentFontChanged, this, changed);
    connect(m_ui->fontSize, &QSpinBox::valueChanged, this, changed);
    connect(m_ui->theme, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->autosave, &QCheckBox::toggled, this, changed);
    connect(m_ui->autosave, &QCheckBox::toggled, this, &EditorPreferencesPage::updateEnabled);
    connect(m_ui->autosaveSeconds, &QSpinBox::valueChanged, this, changed);
    connect(m_ui->backup, &QCheckBox::toggled, this, changed);
}

EditorPreferencesPage::~EditorPreferencesPage() = default;

QString EditorPreferencesPage::title() const
{
    return tr("Editor");
}

QIcon EditorPreferencesPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("accessories-text-editor"), style()->standardIcon(QStyle::SP_FileIcon));
}

void EditorPreferencesPage::load()
{
    const QFont font = EditorFont::current();
    m_ui->fontFamily->setCurrentFont(font);
    m_ui->fontSize->setValue(qRound(font.pointSizeF()));
    selectTheme(m_themes->chosenThemeName());
    const QSettings settings;
    m_ui->autosave->setChecked(settings.value(AutosaveController::enabledKey(), false).toBool());
    m_ui->autosaveSeconds->setValue(
        settings.value(AutosaveController::intervalKey(), AutosaveController::defaultSeconds).toInt());
    m_ui->backup->setChecked(settings.value(FileCommands::backupSettingKey(), false).toBool());
    updateEnabled();
}

bool EditorPreferencesPage::apply()
{
    QFont font = EditorFont::current();
    font.setFamilies({m_ui->fontFamily->currentFont().family()});
    font.setPointSizeF(m_ui->fontSize->value());
    EditorFont::apply(font);
    const QString theme = m_ui->theme->currentData().toString();
    if (theme != m_themes->chosenThemeName())
        m_themes->chooseTheme(theme);
    QSettings settings;
    settings.setValue(AutosaveController::enabledKey(), m_ui->autosave->isChecked());
    settings.setValue(AutosaveController::intervalKey(), m_ui->autosaveSeconds->value());
    settings.setValue(FileCommands::backupSettingKey(), m_ui->backup->isChecked());
    if (m_autosave)
        m_autosave->reloadSettings();
    return true;
}

void EditorPreferencesPage::restoreDefaults()
{
    const QFont font = EditorFont::defaultFont();
    m_ui->fontFamily->setCurrentFont(font);
    m_ui->fontSize->setValue(qRound(font.pointSizeF()));
    selectTheme(QString());
    m_ui->autosave->setChecked(false);
    m_ui->autosaveSeconds->setValue(AutosaveController::defaultSeconds);
    m_ui->backup->setChecked(false);
}

void EditorPreferencesPage::selectTheme(const QString &name)
{
    const int index = m_ui->theme->findData(name);
    m_ui->theme->setCurrentIndex(index < 0 ? 0 : index);
}

void EditorPreferencesPage::updateEnabled()
{
    m_ui->autosaveSeconds->setEnabled(m_ui->autosave->isChecked());
}

} // namespace coinage::gui
