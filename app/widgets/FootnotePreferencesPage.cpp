#include "FootnotePreferencesPage.h"

#include "FootnoteSettings.h"

#include "ui_footnotepreferencespage.h"

#include <QStyle>

using namespace Qt::StringLiterals;

namespace coinage::gui {
namespace {

void select(QComboBox *box, MarkerPlacement placement)
{
    box->setCurrentIndex(box->findData(int(placement)));
}

MarkerPlacement selected(const QComboBox *box)
{
    return MarkerPlacement(box->currentData().toInt());
}

} // namespace

FootnotePreferencesPage::FootnotePreferencesPage(QWidget *parent)
    : PreferencesPage(parent)
    , m_ui(std::make_unique<Ui::FootnotePreferencesPage>())
{
    m_ui->setupUi(this);
    m_ui->chinese->addItem(tr("After the punctuation: 这样。[^1]"), int(MarkerPlacement::AfterPunctuation));
    m_ui->chinese->addItem(tr("Before the punctuation: 这样[^1]。"), int(MarkerPlacement::BeforePunctuation));
    m_ui->english->addItem(tr("After the punctuation: like this.[^1]"), int(MarkerPlacement::AfterPunctuation));
    m_ui->english->addItem(tr("Before the punctuation: like this[^1]."), int(MarkerPlacement::BeforePunctuation));
    for (QComboBox *box : {m_ui->chinese, m_ui->english})
        connect(box, &QComboBox::currentIndexChanged, this, &PreferencesPage::changed);
}

FootnotePreferencesPage::~FootnotePreferencesPage() = default;

QString FootnotePreferencesPage::title() const
{
    return tr("Footnotes");
}

QIcon FootnotePreferencesPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("format-text-superscript"),
                            style()->standardIcon(QStyle::SP_FileDialogContentsView));
}

void FootnotePreferencesPage::load()
{
    select(m_ui->chinese, FootnoteSettings::placement(u"zh"_s));
    select(m_ui->english, FootnoteSettings::placement(u"en"_s));
}

bool FootnotePreferencesPage::apply()
{
    FootnoteSettings::setPlacement(u"zh"_s, selected(m_ui->chinese));
    FootnoteSettings::setPlacement(u"en"_s, selected(m_ui->english));
    return true;
}

void FootnotePreferencesPage::restoreDefaults()
{
    select(m_ui->chinese, FootnoteSettings::defaultPlacement());
    select(m_ui->english, FootnoteSettings::defaultPlacement());
}

} // namespace coinage::gui
