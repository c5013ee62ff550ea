#include "PreviewFocusPreferencesPage.h"

#include "FocusController.h"
#include "PreviewController.h"

#include "ui_previewfocuspreferencespage.h"

#include <QSettings>
#include <QStyle>

namespace coinage::gui {

PreviewFocusPreferencesPage::PreviewFocusPreferencesPage(PreviewController *preview, FocusController *focus,
                                                         QWidget *parent)
    : PreferencesPage(parent)
    , m_ui(std::make_unique<Ui::PreviewFocusPreferencesPage>())
    , m_preview(preview)
    , m_focus(focus)
{
    m_ui->setupUi(this);
    auto changed = [this] {
        Q_EMIT this->changed();
    };
    connect(m_ui->remoteImages, &QCheckBox::toggled, this, changed);
    connect(m_ui->focusUnit, &QComboBox::currentIndexChanged, this, changed);
}

PreviewFocusPreferencesPage::~PreviewFocusPreferencesPage() = default;

QString PreviewFocusPreferencesPage::title() const
{
    return tr("Preview and Focus");
}

QIcon PreviewFocusPreferencesPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("view-preview"), style()->standardIcon(QStyle::SP_ComputerIcon));
}

void PreviewFocusPreferencesPage::load()
{
    m_ui->remoteImages->setChecked(QSettings().value(PreviewController::remoteImagesKey(), false).toBool());
    m_ui->focusUnit->setCurrentIndex(FocusController::storedUnit() == FocusController::Unit::Sentence ? 1 : 0);
}

bool PreviewFocusPreferencesPage::apply()
{
    QSettings().setValue(PreviewController::remoteImagesKey(), m_ui->remoteImages->isChecked());
    if (m_preview)
        m_preview->reloadSettings();
    const auto unit =
        m_ui->focusUnit->currentIndex() == 1 ? FocusController::Unit::Sentence : FocusController::Unit::Paragraph;
    if (m_focus)
        m_focus->setUnit(unit);
    else
        QSettings().setValue(FocusController::unitKey(), unit == FocusController::Unit::Sentence
                                                             ? QStringLiteral("sentence")
                                                             : QStringLiteral("paragraph"));
    return true;
}

void PreviewFocusPreferencesPage::restoreDefaults()
{
    m_ui->remoteImages->setChecked(false);
    m_ui->focusUnit->setCurrentIndex(0);
}

} // namespace coinage::gui
