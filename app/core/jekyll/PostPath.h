#pragma once

#include <QDate>
#include <QString>

namespace coinage {

// A post's file name as Jekyll reads it (Document::DATE_FILENAME_MATCHER): "YYYY-MM-DD-slug.ext" in _posts,
// "slug.ext" in _drafts. Jekyll skips files in _posts whose name has no date.
struct PostPath
{
    QDate date; // invalid when the name has no date prefix
    QString slug;
    QString extension; // with the dot: ".md"

    bool hasDate() const { return date.isValid(); }

    static PostPath parse(const QString &fileName);
    static QString postFileName(QDate date, const QString &slug, const QString &extension = QStringLiteral(".md"));
    static QString draftFileName(const QString &slug, const QString &extension = QStringLiteral(".md"));
    // The folder role of a path: inside a _posts or _drafts folder.
    static bool isInPosts(const QString &path);
    static bool isInDrafts(const QString &path);
    // Jekyll's titleize_slug: "my-first-post" -> "My First Post".
    static QString titleFromSlug(const QString &slug);
};

} // namespace coinage
