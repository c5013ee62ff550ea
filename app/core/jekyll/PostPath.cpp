#include "PostPath.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace coinage {

PostPath PostPath::parse(const QString &fileName)
{
    PostPath path;
    const QString name = QFileInfo(fileName).fileName();
    static const QRegularExpression dated(QStringLiteral(R"(^(\d{2,4})-(\d{1,2})-(\d{1,2})-(.*)(\.[^.]+)$)"));
    static const QRegularExpression plain(QStringLiteral(R"(^(.*)(\.[^.]+)$)"));
    if (const auto m = dated.match(name); m.hasMatch()) {
        path.date = QDate(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
        path.slug = m.captured(4);
        path.extension = m.captured(5);
        if (!path.date.isValid())
            path.slug = name.left(name.size() - path.extension.size());
    } else if (const auto p = plain.match(name); p.hasMatch()) {
        path.slug = p.captured(1);
        path.extension = p.captured(2);
    } else {
        path.slug = name;
    }
    while (path.slug.endsWith(u'.')) // Jekyll: slugs do not end with a period
        path.slug.chop(1);
    return path;
}

QString PostPath::postFileName(QDate date, const QString &slug, const QString &extension)
{
    return date.toString(u"yyyy-MM-dd") + u'-' + slug + extension;
}

QString PostPath::draftFileName(const QString &slug, const QString &extension)
{
    return slug + extension;
}

static bool hasFolder(const QString &path, QStringView folder)
{
    const QStringList parts = QDir::fromNativeSeparators(QFileInfo(path).absolutePath()).split(u'/');
    return parts.contains(folder);
}

bool PostPath::isInPosts(const QString &path)
{
    return hasFolder(path, u"_posts");
}

bool PostPath::isInDrafts(const QString &path)
{
    return hasFolder(path, u"_drafts");
}

QString PostPath::titleFromSlug(const QString &slug)
{
    QStringList words = slug.split(u'-');
    for (QString &word : words) {
        if (!word.isEmpty())
            word = word.left(1).toUpper() + word.mid(1).toLower();
    }
    return words.join(u' ');
}

} // namespace coinage
