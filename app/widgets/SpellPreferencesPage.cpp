#include "SpellPreferencesPage.h"

#include "SpellSettings.h"

#include <Sonnet/Speller>

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coinage::gui {

SpellPreferencesPage::SpellPreferencesPage(QWidget *parent)
    : PreferencesPage(parent)
    , m_enabled(new QCheckBox(tr("&Check spelling as you write")))
    , m_language(new QComboBox)
    , m_wordsLabel(new QLabel)
    , m_words(new QListWidget)
    , m_remove(new QPushButton(tr("&Remove")))
{
    setObjectName(u"SpellPreferencesPage"_s);
    m_enabled->setObjectName(u"spellingEnabled"_s);
    m_language->setObjectName(u"spellingLanguage"_s);
    m_words->setObjectName(u"personalWords"_s);
    m_words->setAccessibleName(tr("Personal words"));
    m_words->setAccessibleDescription(tr("The words you added to the dictionary of the chosen language; select some "
                                         "and press Remove to take them out"));
    m_words->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_remove->setObjectName(u"removePersonalWords"_s);
    m_remove->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(m_enabled);
    form->addRow(tr("&Default language:"), m_language);
    auto *hint = new QLabel(tr("Used for posts without a <code>lang</code> in their front matter. Chinese, Japanese "
                               "and Korean posts have their English words checked."));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), hint);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_remove);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_wordsLabel);
    layout->addWidget(m_words, 1);
    layout->addLayout(buttons);

    connect(m_enabled, &QCheckBox::toggled, this, &PreferencesPage::changed);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_removed.clear();
        showWords();
        Q_EMIT changed();
    });
    connect(m_words, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_words->selectedItems().isEmpty()); });
    connect(m_remove, &QPushButton::clicked, this, &SpellPreferencesPage::removeSelectedWords);
    load();
}

QString SpellPreferencesPage::title() const
{
    return tr("Spelling");
}

QIcon SpellPreferencesPage::icon() const
{
    return QIcon::fromTheme(u"tools-check-spelling"_s);
}

void SpellPreferencesPage::load()
{
    const SpellSettings *settings = SpellSettings::instance();
    const QSignalBlocker blockEnabled(m_enabled);
    const QSignalBlocker blockLanguage(m_language);
    m_enabled->setChecked(settings->isEnabled());
    m_language->clear();
    const QString system = Sonnet::Speller().defaultLanguage();
    m_language->addItem(tr("System language (%1)").arg(system.isEmpty() ? tr("none") : system), QString());
    QMap<QString, QString> names; // code -> name
    const QMap<QString, QString> dictionaries = Sonnet::Speller().availableDictionaries();
    for (auto it = dictionaries.cbegin(); it != dictionaries.cend(); ++it)
        names.insert(it.value(), it.key());
    for (const QString &code : SpellSettings::availableLanguages())
        m_language->addItem(names.value(code, code), code);
    const int index = m_language->findData(settings->configuredDefaultLanguage());
    m_language->setCurrentIndex(std::max(0, index));
    m_removed.clear();
    showWords();
}

bool SpellPreferencesPage::apply()
{
    SpellSettings *settings = SpellSettings::instance();
    if (!m_removed.isEmpty()) {
        if (!SpellSettings::removePersonalWords(selectedLanguage(), m_removed)) {
            m_wordsLabel->setText(tr("The personal dictionary could not be saved."));
            return false;
        }
        m_removed.clear();
    }
    settings->setDefaultLanguage(m_language->currentData().toString());
    settings->setEnabled(m_enabled->isChecked());
    return true;
}

QString SpellPreferencesPage::selectedLanguage() const
{
    const QString code = m_language->currentData().toString();
    return code.isEmpty() ? SpellSettings::instance()->defaultLanguage() : code;
}

void SpellPreferencesPage::showWords()
{
    const QString language = selectedLanguage();
    m_wordsLabel->setText(tr("&Personal dictionary (%1):").arg(language));
    m_wordsLabel->setBuddy(m_words);
    m_words->clear();
    for (const QString &word : SpellSettings::personalWords(language)) {
        if (!m_removed.contains(word))
            m_words->addItem(word);
    }
    m_remove->setEnabled(false);
}

void SpellPreferencesPage::removeSelectedWords()
{
    const QList<QListWidgetItem *> items = m_words->selectedItems();
    if (items.isEmpty())
        return;
    for (QListWidgetItem *item : items)
        m_removed.append(item->text());
    qDeleteAll(items);
    m_remove->setEnabled(!m_words->selectedItems().isEmpty());
    Q_EMIT changed();
}

} // namespace coinage::gui
