#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace coinage {

enum class PostState
{
    Draft,       // in _drafts
    Published,   // in _posts
    Unpublished, // in _posts with published: false
    Future       // in _posts, dated after now, and the site does not publish future posts
};

struct SitePost
{
    QString path;         // absolute
    QString relativePath; // to the site's root
    QString title;        // from the front matter, else from the slug (as Jekyll does)
    QDateTime date;       // in the site's zone; invalid when neither the front matter nor the name has a date
    QString slug;
    PostState state = PostState::Draft;
    QString problem; // a reason Jekyll will not read it as a post (front matter errors, no date in the name)
};

struct SiteError
{
    QString code; // stable: not-a-site, config-invalid
    QString message;
};

// A Jekyll site on disk: its _config.yml (time zone, future), layouts, posts and drafts. Read-only; the changes
// are PostWorkflow's.
class Site
{
    Q_DECLARE_TR_FUNCTIONS(coinage::Site)
public:
    // Opens a folder that holds _config.yml.
    static std::optional<Site> open(const QString &folder, SiteError *error = nullptr);
    // The site a file belongs to: the nearest folder above it with a _config.yml, or an empty string.
    static QString findRoot(const QString &filePath);
    static QString stateName(PostState state);
    // The listing order: newest date first, then by path.
    static void sortNewestFirst(QList<SitePost> &posts);

    QString root() const { return m_root; }
    QString postsFolder() const;
    QString draftsFolder() const;
    // The `timezone:` name, empty when the config has none (Jekyll then uses the machine's zone).
    QString timezoneName() const { return m_timezoneName; }
    // False when `timezone:` names no zone Qt knows (Jekyll's TZ would then be UTC).
    bool timezoneValid() const { return m_timezoneValid; }
    QTimeZone zone() const { return m_zone; }
    bool publishesFuture() const { return m_future; }
    QStringList layouts() const { return m_layouts; }
    // jekyll-polyglot: its plugin in `plugins:` (or the older `gems:`), or a `languages:` key in the config.
    bool usesPolyglot() const { return m_polyglot; }
    // The front matter key that links a post to its translation: `page_id` on polyglot sites, else `ref`.
    QString linkKeyName() const;
    // The layout for a new or exported post: "post" when the site has it or has no layouts, else "default" if
    // present, else empty.
    QString postLayout() const;

    QList<SitePost> posts(const QDateTime &now = QDateTime::currentDateTime()) const;
    SitePost readPost(const QString &path, const QDateTime &now = QDateTime::currentDateTime()) const;

private:
    QString m_root;
    QString m_timezoneName;
    bool m_timezoneValid = true;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    bool m_future = false;
    bool m_polyglot = false;
    QStringList m_layouts;
};

} // namespace coinage
