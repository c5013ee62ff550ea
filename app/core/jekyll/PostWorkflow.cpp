#include "PostWorkflow.h"

#include "PostDate.h"
#include "PostPath.h"
#include "Slugify.h"
#include "post/FrontMatterData.h"
#include "post/FrontMatterEditor.h"
#include "post/PostFile.h"
#include "post/YamlScalar.h"

#include <QDir>
#include <QFileInfo>

namespace coinage {

PostWorkflow::PostWorkflow(Site site)
    : m_site(std::move(site))
{}

WorkflowResult PostWorkflow::fail(const QString &code, const QString &message) const
{
    WorkflowResult result;
    result.code = code;
    result.message = message;
    return result;
}

QString PostWorkflow::newPostText(const QString &title, const QDateTime &date) const
{
    QString text = QStringLiteral("---\n");
    if (const QString layout = m_site.postLayout(); !layout.isEmpty())
        text += u"layout: " + layout + u'\n';
    text += u"title: " + YamlScalar::string(title) + u'\n';
    text += u"date: " + PostDate::format(date.toTimeZone(m_site.zone())) + u'\n';
    text += QStringLiteral("tags: []\ncategories: []\n---\n\n");
    return text;
}

WorkflowResult PostWorkflow::newPost(const QString &title, bool draft, const QDateTime &now) const
{
    QString slug = slugify(title);
    if (slug.isEmpty())
        slug = QStringLiteral("untitled");
    const QDateTime date = now.toTimeZone(m_site.zone());
    const QString folder = draft ? m_site.draftsFolder() : m_site.postsFolder();
    if (!QDir().mkpath(folder))
        return fail(QStringLiteral("write-failed"), tr("cannot create the folder %1").arg(folder));
    QString path;
    for (int n = 1; n < 1000; ++n) {
        const QString candidate = n == 1 ? slug : slug + u'-' + QString::number(n);
        const QString name =
            draft ? PostPath::draftFileName(candidate) : PostPath::postFileName(date.date(), candidate);
        path = folder + u'/' + name;
        if (!QFileInfo::exists(path))
            break;
        path.clear();
    }
    if (path.isEmpty())
        return fail(QStringLiteral("target-exists"), tr("every name for \"%1\" is taken").arg(slug));
    const SaveResult saved = PostFile::save(path, newPostText(title, date), TextFormat{});
    if (!saved.ok)
        return fail(saved.error.code, saved.error.message);
    WorkflowResult result;
    result.ok = true;
    result.path = path;
    return result;
}

WorkflowResult PostWorkflow::move(const QString &from, const QString &to, const QString &text)
{
    WorkflowResult result;
    if (QFileInfo::exists(to)) {
        result.code = QStringLiteral("target-exists");
        result.message = tr("%1 exists already; it is not overwritten").arg(to);
        return result;
    }
    QDir().mkpath(QFileInfo(to).absolutePath());
    if (text.isNull()) {
        if (!QFile::rename(from, to)) {
            result.code = QStringLiteral("write-failed");
            result.message = tr("cannot move %1 to %2").arg(from, to);
            return result;
        }
    } else {
        const LoadResult loaded = PostFile::load(from);
        if (!loaded.ok) {
            result.code = loaded.error.code;
            result.message = loaded.error.message;
            return result;
        }
        const SaveResult saved = PostFile::save(to, text, loaded.format);
        if (!saved.ok) {
            result.code = saved.error.code;
            result.message = saved.error.message;
            return result;
        }
        if (!QFile::remove(from)) {
            // Both files exist now: nothing is lost, but say so.
            result.code = QStringLiteral("remove-failed");
            result.message = tr("%1 was written, but %2 could not be removed").arg(to, from);
            result.path = to;
            return result;
        }
    }
    result.ok = true;
    result.path = to;
    return result;
}

WorkflowResult PostWorkflow::publish(const QString &draftPath, const QDateTime &when) const
{
    if (!PostPath::isInDrafts(draftPath))
        return fail(QStringLiteral("not-a-draft"), tr("%1 is not in a _drafts folder").arg(draftPath));
    const LoadResult loaded = PostFile::load(draftPath);
    if (!loaded.ok)
        return fail(loaded.error.code, loaded.error.message);
    const QDateTime date = when.toTimeZone(m_site.zone());
    const FrontMatterEditor editor(loaded.text);
    const FrontMatterEditResult edit = editor.setYaml(u"date", PostDate::format(date));
    if (!edit.ok)
        return fail(QStringLiteral("front-matter-invalid"), edit.error);
    const PostPath name = PostPath::parse(draftPath);
    const QString target = m_site.postsFolder() + u'/' + PostPath::postFileName(date.date(), name.slug, name.extension);
    return move(draftPath, target, applyEdits(loaded.text, edit.edits));
}

WorkflowResult PostWorkflow::unpublish(const QString &postPath) const
{
    if (!PostPath::isInPosts(postPath))
        return fail(QStringLiteral("not-a-post"), tr("%1 is not in a _posts folder").arg(postPath));
    const PostPath name = PostPath::parse(postPath);
    return move(postPath, m_site.draftsFolder() + u'/' + PostPath::draftFileName(name.slug, name.extension), {});
}

WorkflowResult PostWorkflow::rename(const QString &path, const QString &slug) const
{
    if (!isValidSlug(slug))
        return fail(QStringLiteral("invalid-slug"),
                    tr("\"%1\" is not a valid slug; try \"%2\"").arg(slug, slugify(slug)));
    const PostPath name = PostPath::parse(path);
    const QString folder = QFileInfo(path).absolutePath();
    if (!PostPath::isInPosts(path))
        return move(path, folder + u'/' + PostPath::draftFileName(slug, name.extension), {});
    QDate date = name.date;
    const LoadResult loaded = PostFile::load(path);
    if (!loaded.ok)
        return fail(loaded.error.code, loaded.error.message);
    const FrontMatterData data = FrontMatterData::parse(loaded.text, splitFrontMatter(loaded.text));
    if (const FrontMatterEntry *entry = data.find(u"date")) {
        const PostDate parsed = PostDate::fromValue(entry->value);
        if (!parsed.isValid())
            return fail(QStringLiteral("date-invalid"),
                        tr("the post's date \"%1\" cannot be read").arg(entry->value.scalar));
        date = parsed.localDate(m_site.zone());
    }
    if (!date.isValid())
        return fail(QStringLiteral("date-invalid"), tr("the post has no date"));
    const QString target = folder + u'/' + PostPath::postFileName(date, slug, name.extension);
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(path).absoluteFilePath()) {
        WorkflowResult same;
        same.ok = true;
        same.path = target;
        return same;
    }
    return move(path, target, {});
}

} // namespace coinage
