#pragma once

#include "Site.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace coinage {

struct WorkflowResult
{
    bool ok = false;
    QString path;    // the post's path after the operation
    QString code;    // when !ok, stable: target-exists, not-a-draft, not-a-post, invalid-slug, date-invalid,
                     // read-failed, write-failed, remove-failed, front-matter-invalid
    QString message; // translated
};

// Creates, publishes, unpublishes and renames posts of a site. A post's file name always carries the local date
// of its `date:` in the site's zone. Files are never overwritten, and a move writes the new file before it
// removes the old one, so a failure never loses a file.
class PostWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(coinage::PostWorkflow)
public:
    explicit PostWorkflow(Site site);

    // The front matter and first lines of a new post.
    QString newPostText(const QString &title, const QDateTime &date) const;
    // A new post titled `title` (slug by Jekyll's default slugify; "-2", "-3"... when the name is taken), dated
    // `now` in the site's zone: _drafts/slug.md, or _posts/YYYY-MM-DD-slug.md.
    WorkflowResult newPost(const QString &title, bool draft, const QDateTime &now = QDateTime::currentDateTime()) const;
    // Moves a draft to _posts/YYYY-MM-DD-slug.ext and sets its date.
    WorkflowResult publish(const QString &draftPath, const QDateTime &date = QDateTime::currentDateTime()) const;
    // Moves a post back to _drafts/slug.ext (its date stays).
    WorkflowResult unpublish(const QString &postPath) const;
    // Renames a post or draft to a new slug; a post's date prefix is taken from its `date:`.
    WorkflowResult rename(const QString &path, const QString &slug) const;

    // Writes `text` to `to` (which must not exist) and then removes `from`; a plain rename when text is null.
    static WorkflowResult move(const QString &from, const QString &to, const QString &text);

private:
    WorkflowResult fail(const QString &code, const QString &message) const;
    Site m_site;
};

} // namespace coinage
