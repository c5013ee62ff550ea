#include "UiLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace coinage {
namespace {

QString &currentLanguage()
{
    static QString language = QStringLiteral("en");
    return language;
}

} // namespace

QStringList UiLanguage::available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString UiLanguage::resolve(const QString &setting, const QStringList &uiLanguages)
{
    const QString chosen = setting.trimmed();
    if (available().contains(chosen))
        return chosen;
    for (const QString &language : uiLanguages) {
        // "zh-Hans-CN", "zh_TW", "en-GB": the first subtag names the language. Traditional Chinese readers get the
        // Simplified translation rather than English until Coinage has a zh_TW one.
        const QString primary = language.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (primary == u"zh")
            return QStringLiteral("zh_CN");
        if (primary == u"en")
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

bool UiLanguage::install(QCoreApplication *app, const QString &language)
{
    const QString name = available().contains(language) ? language : QStringLiteral("en");
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + name, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *own = new QTranslator(app);
    const bool loaded = own->load(QStringLiteral("coinage_") + name, QStringLiteral(":/i18n"));
    if (loaded)
        QCoreApplication::installTranslator(own);
    else
        delete own;
    currentLanguage() = name;
    return loaded;
}

QString UiLanguage::current()
{
    return currentLanguage();
}

} // namespace coinage
