#include "SiteLinkKey.h"

#include "bilingual/PostPairing.h"
#include "jekyll/Site.h"

#include <QDir>
#include <QSettings>
#include <QUrl>

namespace coinage::gui {

QString SiteLinkKey::settingsKey(const QString &siteRoot)
{
    return settingsGroup + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(QDir::cleanPath(siteRoot)));
}

QString SiteLinkKey::overrideFor(const QString &siteRoot)
{
    return QSettings().value(settingsKey(siteRoot)).toString().trimmed();
}

void SiteLinkKey::setOverride(const QString &siteRoot, const QString &keyName)
{
    QSettings settings;
    if (keyName.trimmed().isEmpty())
        settings.remove(settingsKey(siteRoot));
    else
        settings.setValue(settingsKey(siteRoot), keyName.trimmed());
}

QString SiteLinkKey::forSite(const QString &siteRoot)
{
    if (siteRoot.isEmpty())
        return PostPairing::ref();
    if (const QString chosen = overrideFor(siteRoot); !chosen.isEmpty())
        return chosen;
    const auto site = Site::open(siteRoot);
    return site ? site->linkKeyName() : PostPairing::ref();
}

QString SiteLinkKey::forPost(const QString &path)
{
    return forSite(Site::findRoot(path));
}

} // namespace coinage::gui
