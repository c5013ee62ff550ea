#include "SitePostCache.h"

#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace coinage {

void SitePostCache::clear()
{
    m_entries.clear();
    m_siteKey.clear();
}

QList<SitePost> SitePostCache::posts(const Site &site, const QDateTime &now)
{
    const QString key =
        site.root() + u'|' + QString::fromUtf8(site.zone().id()) + u'|' + (site.publishesFuture() ? u'1' : u'0');
    if (key != m_siteKey) {
        m_entries.clear();
        m_siteKey = key;
    }
    m_stats = {};
    QHash<QString, Entry> seen;
    seen.reserve(m_entries.size());
    QList<SitePost> posts;
    for (const QString &folder : {site.postsFolder(), site.draftsFolder()}) {
        QDirIterator it(folder, {QStringLiteral("*.md"), QStringLiteral("*.markdown")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            const QFileInfo info = it.fileInfo();
            const QString path = info.absoluteFilePath();
            Entry entry = m_entries.take(path);
            const QDateTime modified = info.lastModified(QTimeZone::UTC);
            if (entry.size != info.size() || entry.modified != modified) {
                entry.size = info.size();
                entry.modified = modified;
                entry.post = site.readPost(path, now);
                ++m_stats.read;
            }
            // As Site::readPost decides it, for this `now`.
            SitePost post = entry.post;
            if (post.state == PostState::Published || post.state == PostState::Future)
                post.state = !site.publishesFuture() && post.date.isValid() && post.date > now ? PostState::Future
                                                                                               : PostState::Published;
            posts.append(post);
            seen.insert(path, std::move(entry));
        }
    }
    m_stats.removed = int(m_entries.size());
    m_entries = std::move(seen);
    m_stats.files = int(posts.size());
    Site::sortNewestFirst(posts);
    return posts;
}

} // namespace coinage
