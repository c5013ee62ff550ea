#include "SiteListing.h"

#include <QFileInfo>

#include <algorithm>

namespace coinage {

std::optional<PostState> SiteListing::stateFromName(const QString &name)
{
    for (const PostState state : {PostState::Draft, PostState::Published, PostState::Unpublished, PostState::Future}) {
        if (Site::stateName(state) == name)
            return state;
    }
    return std::nullopt;
}

QString SiteListing::stateLabel(PostState state)
{
    switch (state) {
    case PostState::Draft:
        return tr("draft");
    case PostState::Published:
        return tr("published");
    case PostState::Unpublished:
        return tr("unpublished");
    case PostState::Future:
        return tr("future");
    }
    return {};
}

QString SiteListing::groupLabel(const QString &groupName)
{
    return groupName == u"drafts" ? tr("Drafts") : tr("Posts");
}

bool SiteListing::matches(const SitePost &post, std::optional<PostState> state, const QString &query)
{
    if (state && post.state != *state)
        return false;
    const QString fileName = QFileInfo(post.path).fileName();
    const QStringList words = query.split(u' ', Qt::SkipEmptyParts);
    return std::all_of(words.cbegin(), words.cend(), [&](const QString &word) {
        return post.title.contains(word, Qt::CaseInsensitive) || fileName.contains(word, Qt::CaseInsensitive);
    });
}

void SiteListing::sortNewestFirst(QList<SitePost> &posts)
{
    std::stable_sort(posts.begin(), posts.end(), [](const SitePost &a, const SitePost &b) {
        if (a.date.isValid() != b.date.isValid())
            return a.date.isValid();
        if (a.date != b.date)
            return a.date > b.date;
        return a.relativePath < b.relativePath;
    });
}

QList<SiteListing::Group> SiteListing::group(const QList<SitePost> &posts, std::optional<PostState> state,
                                             const QString &query)
{
    Group drafts{QStringLiteral("drafts"), {}};
    Group published{QStringLiteral("posts"), {}};
    for (const SitePost &post : posts) {
        if (!matches(post, state, query))
            continue;
        (post.state == PostState::Draft ? drafts : published).posts.append(post);
    }
    QList<Group> groups;
    for (Group *g : {&drafts, &published}) {
        if (g->posts.isEmpty())
            continue;
        sortNewestFirst(g->posts);
        groups.append(std::move(*g));
    }
    return groups;
}

} // namespace coinage
