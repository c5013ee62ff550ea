#include "VoicesPreferencesPage.h"

#include "VoicesPanel.h"

#include "ui_voicespreferencespage.h"

#include <QLocale>
#include <QSettings>
#include <QStyle>
#include <algorithm>

namespace coinage::gui {
namespace {
constexpr int idRole = Qt::UserRole;
}

VoicesPreferencesPage::VoicesPreferencesPage(VoicesPanel *panel, QWidget *parent)
    : PreferencesPage(parent)
    , m_ui(std::make_unique<Ui::VoicesPreferencesPage>())
    , m_panel(panel)
{
    m_ui->setupUi(this);
    connect(m_ui->moveUp, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_ui->moveDown, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_ui->voices, &QListWidget::itemChanged, this, &PreferencesPage::changed);
    connect(m_ui->voices->model(), &QAbstractItemModel::rowsMoved, this, &PreferencesPage::changed);
    connect(m_ui->voices, &QListWidget::currentRowChanged, this, &VoicesPreferencesPage::updateButtons);
    updateButtons();
}

VoicesPreferencesPage::~VoicesPreferencesPage() = default;

QString VoicesPreferencesPage::title() const
{
    return tr("Voices");
}

QIcon VoicesPreferencesPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("user-available"), style()->standardIcon(QStyle::SP_MediaVolume));
}

void VoicesPreferencesPage::load()
{
    const QSettings settings;
    fill(settings.value(VoicesPanel::orderSettingKey()).toStringList(),
         settings.value(VoicesPanel::hiddenSettingKey()).toStringList());
}

void VoicesPreferencesPage::fill(const QStringList &order, const QStringList &hidden)
{
    const QSignalBlocker blocker(m_ui->voices);
    m_ui->voices->clear();
    if (!m_panel)
        return;
    QList<Voice> voices = m_panel->library().voices();
    auto rank = [&order](const Voice &voice) {
        const qsizetype at = order.indexOf(voice.id);
        return at < 0 ? order.size() : at;
    };
    std::stable_sort(voices.begin(), voices.end(),
                     [&rank](const Voice &a, const Voice &b) { return rank(a) < rank(b); });
    const bool chinese = QLocale().language() == QLocale::Chinese;
    for (const Voice &voice : std::as_const(voices)) {
        auto *item = new QListWidgetItem(chinese ? voice.nameZh : voice.nameEn, m_ui->voices);
        item->setData(idRole, voice.id);
        item->setFlags((item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled) & ~Qt::ItemIsDropEnabled);
        item->setCheckState(hidden.contains(voice.id) ? Qt::Unchecked : Qt::Checked);
        item->setToolTip(voice.description(chinese ? VoiceLanguage::Chinese : VoiceLanguage::English));
    }
    m_ui->voices->setCurrentRow(0);
    updateButtons();
}

bool VoicesPreferencesPage::apply()
{
    QStringList order;
    QStringList hidden;
    for (int row = 0; row < m_ui->voices->count(); ++row) {
        const QListWidgetItem *item = m_ui->voices->item(row);
        const QString id = item->data(idRole).toString();
        order.append(id);
        if (item->checkState() != Qt::Checked)
            hidden.append(id);
    }
    hidden.sort();
    QSettings settings;
    settings.setValue(VoicesPanel::orderSettingKey(), order);
    settings.setValue(VoicesPanel::hiddenSettingKey(), hidden);
    if (m_panel)
        m_panel->reloadVoiceSettings();
    return true;
}

void VoicesPreferencesPage::restoreDefaults()
{
    fill({}, {});
    Q_EMIT changed();
}

void VoicesPreferencesPage::move(int by)
{
    const int row = m_ui->voices->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_ui->voices->count())
        return;
    QListWidgetItem *item = m_ui->voices->takeItem(row);
    m_ui->voices->insertItem(to, item);
    m_ui->voices->setCurrentRow(to);
    Q_EMIT changed();
}

void VoicesPreferencesPage::updateButtons()
{
    const int row = m_ui->voices->currentRow();
    m_ui->moveUp->setEnabled(row > 0);
    m_ui->moveDown->setEnabled(row >= 0 && row + 1 < m_ui->voices->count());
}

} // namespace coinage::gui
