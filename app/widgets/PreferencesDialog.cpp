#include "PreferencesDialog.h"

#include "PreferencesPage.h"

#include "ui_preferencesdialog.h"

#include <QPushButton>

namespace coinage::gui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("PreferencesDialog"));
    connect(m_ui->pages, &QListWidget::currentRowChanged, m_ui->stack, &QStackedWidget::setCurrentIndex);
    connect(m_ui->buttons, &QDialogButtonBox::clicked, this, &PreferencesDialog::onClicked);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    m_ui->buttons->button(QDialogButtonBox::RestoreDefaults)
        ->setToolTip(tr("Set the controls of this page to their defaults (Apply or OK keeps them)"));
    m_ui->buttons->button(QDialogButtonBox::Apply)->setEnabled(false);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::addPage(PreferencesPage *page)
{
    m_pages.append(page);
    auto *item = new QListWidgetItem(page->icon(), page->title(), m_ui->pages);
    item->setSizeHint(QSize(0, 32));
    m_ui->stack->addWidget(page);
    if (page->accessibleName().isEmpty())
        page->setAccessibleName(page->title());
    connect(page, &PreferencesPage::changed, this,
            [this] { m_ui->buttons->button(QDialogButtonBox::Apply)->setEnabled(true); });
    if (m_ui->pages->currentRow() < 0)
        m_ui->pages->setCurrentRow(0);
}

PreferencesPage *PreferencesDialog::page(const QString &title) const
{
    for (PreferencesPage *page : m_pages) {
        if (page->title() == title)
            return page;
    }
    return nullptr;
}

PreferencesPage *PreferencesDialog::currentPage() const
{
    return m_pages.value(m_ui->pages->currentRow());
}

void PreferencesDialog::setCurrentPage(PreferencesPage *page)
{
    m_ui->pages->setCurrentRow(int(m_pages.indexOf(page)));
}

void PreferencesDialog::load()
{
    for (PreferencesPage *page : std::as_const(m_pages))
        page->load();
    m_ui->buttons->button(QDialogButtonBox::Apply)->setEnabled(false);
}

bool PreferencesDialog::apply()
{
    for (PreferencesPage *page : std::as_const(m_pages)) {
        if (!page->apply()) {
            setCurrentPage(page);
            return false;
        }
    }
    m_ui->buttons->button(QDialogButtonBox::Apply)->setEnabled(false);
    return true;
}

QListWidget *PreferencesDialog::pageList() const
{
    return m_ui->pages;
}

QDialogButtonBox *PreferencesDialog::buttons() const
{
    return m_ui->buttons;
}

void PreferencesDialog::accept()
{
    if (apply())
        QDialog::accept();
}

void PreferencesDialog::onClicked(QAbstractButton *button)
{
    switch (m_ui->buttons->standardButton(button)) {
    case QDialogButtonBox::Apply:
        apply();
        break;
    case QDialogButtonBox::RestoreDefaults:
        if (PreferencesPage *page = currentPage()) {
            page->restoreDefaults();
            m_ui->buttons->button(QDialogButtonBox::Apply)->setEnabled(true);
        }
        break;
    default:
        break;
    }
}

} // namespace coinage::gui
