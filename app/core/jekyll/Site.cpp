#include "Site.h"

#include "PostDate.h"
#include "PostPath.h"
#include "post/FrontMatterData.h"
#include "post/PostFile.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

namespace coinage {

std::optional<Site> Site::open(const QString &folder, SiteError *error)
{
    const QDir dir(folder);
    const QString configPath = dir.filePath(QStringLiteral("_config.yml"));
    QFile file(configPath);
    if (!QFileInfo(configPath).isFile() || !file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = {QStringLiteral("not-a-site"), tr("%1 is not a Jekyll site: it has no _config.yml").arg(folder)};
        return std::nullopt;
    }
    Site site;
    site.m_root = QDir::cleanPath(dir.absolutePath());
    try {
        const YAML::Node config = YAML::Load(file.readAll().toStdString());
        if (config.IsMap()) {
            if (const YAML::Node tz = config["timezone"]; tz && tz.IsScalar()) {
                site.m_timezoneName = QString::fromStdString(tz.Scalar()).trimmed();
                if (const auto zone = PostDate::zoneFromName(site.m_timezoneName)) {
                    site.m_zone = *zone;
                } else {
                    site.m_timezoneValid = false;
                    site.m_zone = QTimeZone(QTimeZone::UTC);
                }
            }
            if (const YAML::Node future = config["future"]; future && future.IsScalar())
                site.m_future = future.as<bool>(false);
            for (const char *list : {"plugins", "gems"}) {
                if (const YAML::Node plugins = config[list]; plugins && plugins.IsSequence()) {
                    for (const YAML::Node &plugin : plugins) {
                        if (plugin.IsScalar() && plugin.Scalar() == "jekyll-polyglot")
                            site.m_polyglot = true;
                    }
                }
            }
            if (config["languages"])
                site.m_polyglot = true;
        }
    } catch (const YAML::Exception &e) {
        if (error)
            *error = {QStringLiteral("config-invalid"),
                      tr("%1: YAML error: %2").arg(configPath, QString::fromStdString(e.what()))};
        return std::nullopt;
    }
    const QDir layouts(dir.filePath(QStringLiteral("_layouts")));
    for (const QFileInfo &info : layouts.entryInfoList(QDir::Files, QDir::Name))
        site.m_layouts.append(info.completeBaseName());
    return site;
}

QString Site::findRoot(const QString &filePath)
{
    QDir dir = QFileInfo(filePath).absoluteDir();
    for (int depth = 0; depth < 64; ++depth) {
        if (QFileInfo(dir.filePath(QStringLiteral("_config.yml"))).isFile())
            return dir.absolutePath();
        if (!dir.cdUp())
            break;
    }
    return {};
}

QString Site::stateName(PostState state)
{
    switch (state) {
    case PostState::Draft:
        return QStringLiteral("draft");
    case PostState::Published:
        return QStringLiteral("published");
    case PostState::Unpublished:
        return QStringLiteral("unpublished");
    case PostState::Future:
        return QStringLiteral("future");
    }
    return {};
}

QString Site::postsFolder() const
{
    return m_root + u"/_posts";
}

QString Site::draftsFolder() const
{
    return m_root + u"/_drafts";
}

QString Site::linkKeyName() const
{
    return m_polyglot ? QStringLiteral("page_id") : QStringLiteral("ref");
}

QString Site::postLayout() const
{
    if (m_layouts.isEmpty() || m_layouts.contains(u"post"))
        return QStringLiteral("post");
    if (m_layouts.contains(u"default"))
        return QStringLiteral("default");
    return {};
}

SitePost Site::readPost(const QString &path, const QDateTime &now) const
{
    SitePost post;
    post.path = QFileInfo(path).absoluteFilePath();
    post.relativePath = QDir(m_root).relativeFilePath(post.path);
    const PostPath name = PostPath::parse(path);
    post.slug = name.slug;
    const bool draft = PostPath::isInDrafts(path);
    post.state = draft ? PostState::Draft : PostState::Published;
    if (!draft && !name.hasDate())
        post.problem = tr("the file name has no date (YYYY-MM-DD-slug): Jekyll skips it");
    if (name.hasDate())
        post.date = QDateTime(name.date, QTime(0, 0), m_zone);

    const LoadResult loaded = PostFile::load(path);
    if (!loaded.ok) {
        post.problem = loaded.error.message;
    } else {
        const FrontMatterSplit split = splitFrontMatter(loaded.text);
        const FrontMatterData data = FrontMatterData::parse(loaded.text, split);
        if (!split.hasFrontMatter())
            post.problem = tr("no front matter: Jekyll copies the file as it is");
        else if (data.error())
            post.problem = tr("YAML error on line %1: %2").arg(data.error()->line).arg(data.error()->message);
        post.title = data.string(u"title");
        if (const FrontMatterEntry *date = data.find(u"date")) {
            const PostDate parsed = PostDate::fromValue(date->value);
            if (parsed.isValid())
                post.date = parsed.instant(m_zone);
        }
        if (const FrontMatterEntry *published = data.find(u"published");
            published && published->value.kind == YamlValue::Kind::Bool && !published->value.toVariant().toBool() &&
            !draft)
            post.state = PostState::Unpublished;
    }
    if (post.title.isEmpty())
        post.title = PostPath::titleFromSlug(post.slug);
    if (post.state == PostState::Published && !m_future && post.date.isValid() && post.date > now)
        post.state = PostState::Future;
    return post;
}

QList<SitePost> Site::posts(const QDateTime &now) const
{
    QList<SitePost> posts;
    for (const QString &folder : {postsFolder(), draftsFolder()}) {
        QDirIterator it(folder, {QStringLiteral("*.md"), QStringLiteral("*.markdown")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            posts.append(readPost(it.next(), now));
    }
    sortNewestFirst(posts);
    return posts;
}

void Site::sortNewestFirst(QList<SitePost> &posts)
{
    std::sort(posts.begin(), posts.end(), [](const SitePost &a, const SitePost &b) {
        if (a.date != b.date)
            return a.date > b.date;
        return a.relativePath < b.relativePath;
    });
}

} // namespace coinage
