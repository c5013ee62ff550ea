#include "SpellSettings.h"

#include "spell/SpellLanguage.h"

#include <Sonnet/Speller>

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSaveFile>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace coinage::gui {

SpellSettings *SpellSettings::instance()
{
    static SpellSettings *settings = new SpellSettings; // lives as long as the application
    return settings;
}

bool SpellSettings::isEnabled() const
{
    // Asked on every paint and every key: read once (a QSettings per call cost ~0.2 ms per key), written through.
    if (!m_enabled)
        m_enabled = QSettings().value(QLatin1StringView(enabledKey), true).toBool();
    return *m_enabled;
}

void SpellSettings::setEnabled(bool enabled)
{
    if (enabled == isEnabled())
        return;
    QSettings().setValue(QLatin1StringView(enabledKey), enabled);
    m_enabled = enabled;
    bump();
}

QString SpellSettings::configuredDefaultLanguage() const
{
    return QSettings().value(QLatin1StringView(defaultLanguageKey)).toString();
}

QString SpellSettings::defaultLanguage() const
{
    const QString configured = configuredDefaultLanguage();
    if (!configured.isEmpty())
        return configured;
    // Sonnet's default follows the system locale, which may have no dictionary (or be "C").
    const QStringList available = availableLanguages();
    const QString sonnet = Sonnet::Speller().defaultLanguage();
    if (available.contains(sonnet))
        return sonnet;
    const QString system = resolveSpellLanguage(QLocale::system().name(), available, QString()).dictionary;
    if (!system.isEmpty())
        return system;
    return available.contains(u"en_US"_s) ? u"en_US"_s : available.value(0, sonnet);
}

void SpellSettings::setDefaultLanguage(const QString &language)
{
    if (language == configuredDefaultLanguage())
        return;
    QSettings().setValue(QLatin1StringView(defaultLanguageKey), language);
    bump();
}

QStringList SpellSettings::availableLanguages()
{
    static const QStringList languages = [] {
        QStringList codes = Sonnet::Speller().availableLanguages();
        codes.sort();
        return codes;
    }();
    return languages;
}

void SpellSettings::ignore(const QString &word)
{
    if (m_ignored.contains(word))
        return;
    m_ignored.append(word);
    bump();
}

bool SpellSettings::addToPersonal(const QString &word, const QString &language)
{
    Sonnet::Speller speller(language);
    if (!speller.isValid() || !speller.addToPersonal(word))
        return false;
    bump();
    return true;
}

QString SpellSettings::personalDictionaryPath(const QString &language)
{
    return QDir::home().filePath(u".hunspell_"_s + language);
}

QStringList SpellSettings::personalWords(const QString &language)
{
    QFile file(personalDictionaryPath(language));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList words;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        const QString word = line.trimmed();
        if (!word.isEmpty() && !words.contains(word))
            words.append(word);
    }
    return words;
}

bool SpellSettings::removePersonalWords(const QString &language, const QStringList &words)
{
    QStringList kept = personalWords(language);
    for (const QString &word : words)
        kept.removeAll(word);
    QSaveFile file(personalDictionaryPath(language));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return false;
    QString content = kept.join(u'\n');
    if (!content.isEmpty())
        content += u'\n';
    file.write(content.toUtf8());
    return file.commit();
}

void SpellSettings::bump()
{
    ++m_generation;
    Q_EMIT changed();
}

} // namespace coinage::gui
