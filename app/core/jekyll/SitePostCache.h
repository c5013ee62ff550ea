#pragma once

#include "Site.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace coinage {

// Site::posts() for a panel that refreshes often: each post is kept with its file's size and modification time,
// and a refresh reads only new and changed files (vanished ones drop out). Posts anywhere under _posts and _drafts
// (Jekyll reads _posts/**). The state "future" is recomputed for `now` on every call. One caller at a time.
class SitePostCache
{
public:
    struct Stats
    {
        int files = 0;   // posts listed
        int read = 0;    // files read (new or changed)
        int removed = 0; // cached posts whose file is gone
    };

    QList<SitePost> posts(const Site &site, const QDateTime &now = QDateTime::currentDateTime());
    // What the last posts() call did.
    Stats lastStats() const { return m_stats; }
    void clear();

private:
    struct Entry
    {
        qint64 size = -1;
        QDateTime modified;
        SitePost post;
    };
    QString m_siteKey; // root, zone and future: a change rereads everything
    QHash<QString, Entry> m_entries;
    Stats m_stats;
};

} // namespace coinage
