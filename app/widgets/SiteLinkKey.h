#pragma once

#include <QString>

namespace coinage::gui {

// The front matter key that links a post to its translation, per site: the user's choice for the site (kept in
// QSettings under settingsKey(root)) or else what the site's _config.yml implies (`page_id` for jekyll-polyglot
// sites, `ref` otherwise). Posts outside any site use `ref`.
class SiteLinkKey
{
public:
    // "bilingual/linkKey/<site root, percent-encoded>".
    static QString settingsKey(const QString &siteRoot);
    static inline const QString settingsGroup = QStringLiteral("bilingual/linkKey");

    static QString forSite(const QString &siteRoot);
    static QString forPost(const QString &path);
    // The user's choice for the site; empty when the site decides.
    static QString overrideFor(const QString &siteRoot);
    // Empty clears the choice.
    static void setOverride(const QString &siteRoot, const QString &keyName);
};

} // namespace coinage::gui
