#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace coinage {

// What links a post to its translation: its language and its link key (front matter `ref` by default, `page_id` on
// jekyll-polyglot sites; a site setting).
struct PostIdentity
{
    QString path;
    QString language; // `lang`, empty when unset
    QString linkKey;  // the value of the link key, empty when unset
    QString title;
    QString date; // as written
};

// Finds the counterpart of a post: the posts with the same link key and a different `lang`.
class PostPairing
{
    Q_DECLARE_TR_FUNCTIONS(coinage::PostPairing)
public:
    static PostIdentity identify(const QString &path, const QString &text, const QString &linkKeyName = ref());
    static PostIdentity identifyFile(const QString &path, const QString &linkKeyName = ref());
    static QString ref() { return QStringLiteral("ref"); }

    // Two posts form a pair: both link keys set and equal, and the languages differ (or are unset on one side).
    static bool arePair(const PostIdentity &a, const PostIdentity &b);

    // The Jekyll site a post belongs to: the nearest folder above it with _config.yml (or _posts); empty when none.
    static QString siteRootOf(const QString &path);
    // The posts of a site that can be translations: Markdown files in _posts and _drafts, recursively.
    static QStringList sitePosts(const QString &siteRoot);

    // Counterparts of a post, best first: in its site's _posts/_drafts when it is in a site, else among the files in
    // its folder. A post with no link key falls back to the file name convention NAME.LANG.md <-> NAME.OTHER.md
    // (the seed pair's). `language` restricts the result to one language.
    static QStringList findCounterparts(const QString &path, const QString &linkKeyName = ref(),
                                        const QString &language = {});

    // "x.en.md" -> ("x", "en"); "x.md" -> ("x", "").
    static std::pair<QString, QString> splitLanguageSuffix(const QString &fileName);
};

} // namespace coinage
