#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace coinage {

// The language Coinage speaks: chosen from the `ui/language` setting (system, en, zh_CN) or the system's UI
// languages, and installed as translators (Qt's own strings and Coinage's, bundled under :/i18n) on the application.
// English loads coinage_en.qm, which holds only plural forms ("1 reference", "%n references").
class UiLanguage
{
public:
    // The languages Coinage has translations for, and the setting value that follows the system.
    static QStringList available();
    static QString systemSetting() { return QStringLiteral("system"); }
    // The key read at start (QSettings, user scope).
    static QString settingKey() { return QStringLiteral("ui/language"); }

    // `setting` is the `ui/language` value; `uiLanguages` the system's, best first (QLocale::uiLanguages(): "zh-CN",
    // "en-US", ...). An explicit available setting wins; otherwise the first system language Coinage speaks (any
    // Chinese -> zh_CN, any English -> en); otherwise en.
    static QString resolve(const QString &setting, const QStringList &uiLanguages);

    // Installs the translators for `language` (one of available()) on `app`, which owns them. Returns false when
    // Coinage's own translation could not be loaded.
    static bool install(QCoreApplication *app, const QString &language);

    // The language installed last ("en" until install() runs): the help pages follow it.
    static QString current();
};

} // namespace coinage
