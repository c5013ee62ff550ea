#pragma once

#include "PreferencesPage.h"

#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace coinage::gui {

// Preferences > Spelling: checking on or off, the dictionary for posts without `lang` (Sonnet's installed
// dictionaries, or the system's language), and the personal dictionary of that language, whose words can be removed.
// Everything takes effect in apply() through SpellSettings.
class SpellPreferencesPage : public PreferencesPage
{
    Q_OBJECT
public:
    explicit SpellPreferencesPage(QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void load() override;
    bool apply() override;

    QCheckBox *enabledBox() const { return m_enabled; }
    QComboBox *languageBox() const { return m_language; }
    QListWidget *wordList() const { return m_words; }
    QPushButton *removeButton() const { return m_remove; }

private:
    QString selectedLanguage() const;
    void showWords();
    void removeSelectedWords();

    QCheckBox *m_enabled;
    QComboBox *m_language;
    QLabel *m_wordsLabel;
    QListWidget *m_words;
    QPushButton *m_remove;
    QStringList m_removed; // removed from the list, taken out of the dictionary on apply()
};

} // namespace coinage::gui
