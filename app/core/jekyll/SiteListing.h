#pragma once

#include "Site.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace coinage {

// What a site's post list shows: the posts that match a state filter and a search, grouped Drafts first, then
// Posts (published, unpublished and future), each group newest first. Pure logic, shared by the Site panel and
// `coinage posts`.
class SiteListing
{
    Q_DECLARE_TR_FUNCTIONS(coinage::SiteListing)
public:
    struct Group
    {
        QString name; // "drafts" or "posts": stable
        QList<SitePost> posts;
    };

    // A state from its stable name (draft, published, unpublished, future); nullopt for anything else.
    static std::optional<PostState> stateFromName(const QString &name);
    // Translated state label for display.
    static QString stateLabel(PostState state);
    static QString groupLabel(const QString &groupName);

    // True when the post has the state (no state = any) and the query (case-insensitive, words in any order) is in
    // its title or file name.
    static bool matches(const SitePost &post, std::optional<PostState> state, const QString &query);
    // Newest first; undated posts last, then by path.
    static void sortNewestFirst(QList<SitePost> &posts);
    // The matching posts, grouped: drafts, then posts. Empty groups are left out.
    static QList<Group> group(const QList<SitePost> &posts, std::optional<PostState> state = std::nullopt,
                              const QString &query = {});
};

} // namespace coinage
