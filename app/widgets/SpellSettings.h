#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace coinage::gui {

// The spelling settings (QSettings, keys below) and the shared state of every editor's SpellChecker: the words
// ignored for this session and a generation that grows whenever a word is added or ignored, so cached results are
// checked again. One per application (instance()); the Tools menu toggle and the Spelling preferences page both
// write through it and every checker follows changed().
class SpellSettings : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *enabledKey = "spelling/enabled";                 // bool, default true
    static constexpr const char *defaultLanguageKey = "spelling/defaultLanguage"; // Sonnet code ("en_US"), "" = system

    static SpellSettings *instance();

    bool isEnabled() const;
    void setEnabled(bool enabled);
    // The dictionary for posts without `lang`: the setting, else Sonnet's default (the system language).
    QString defaultLanguage() const;
    // The setting itself, empty for "the system's".
    QString configuredDefaultLanguage() const;
    void setDefaultLanguage(const QString &language);
    // Installed dictionaries: code -> display name ("en_US" -> "English (United States)").
    static QStringList availableLanguages();

    bool isIgnored(const QString &word) const { return m_ignored.contains(word); }
    void ignore(const QString &word);
    // Adds to the Sonnet personal dictionary of `language`.
    bool addToPersonal(const QString &word, const QString &language);
    // The personal dictionary's words (the hunspell backend keeps them in ~/.hunspell_LANG), and their removal (which
    // takes full effect for checking after a restart: hunspell has no way to forget a word it has loaded).
    static QString personalDictionaryPath(const QString &language);
    static QStringList personalWords(const QString &language);
    static bool removePersonalWords(const QString &language, const QStringList &words);

    quint64 generation() const { return m_generation; }

Q_SIGNALS:
    // Enabled, language, dictionary or ignore list changed: checkers drop their caches.
    void changed();

private:
    SpellSettings() = default;
    void bump();

    QStringList m_ignored;
    quint64 m_generation = 1;
    mutable std::optional<bool> m_enabled; // enabledKey, read on first use; setEnabled() is its only writer
};

} // namespace coinage::gui
