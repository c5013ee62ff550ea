#include "PostPairing.h"

#include "post/FrontMatter.h"
#include "post/FrontMatterData.h"
#include "post/PostFile.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>

namespace coinage {

using namespace Qt::StringLiterals;

PostIdentity PostPairing::identify(const QString &path, const QString &text, const QString &linkKeyName)
{
    PostIdentity id;
    id.path = path;
    const FrontMatterSplit split = splitFrontMatter(text);
    if (!split.hasFrontMatter())
        return id;
    const FrontMatterData data = FrontMatterData::parse(text, split);
    id.language = data.string(u"lang").trimmed();
    id.linkKey = data.string(linkKeyName).trimmed();
    id.title = data.string(u"title").trimmed();
    id.date = data.string(u"date").trimmed();
    return id;
}

PostIdentity PostPairing::identifyFile(const QString &path, const QString &linkKeyName)
{
    const LoadResult loaded = PostFile::load(path);
    if (!loaded.ok)
        return PostIdentity{path, {}, {}, {}, {}};
    return identify(path, loaded.text, linkKeyName);
}

bool PostPairing::arePair(const PostIdentity &a, const PostIdentity &b)
{
    if (a.linkKey.isEmpty() || a.linkKey != b.linkKey)
        return false;
    const QString canonical = QFileInfo(a.path).canonicalFilePath();
    if (!canonical.isEmpty() && canonical == QFileInfo(b.path).canonicalFilePath())
        return false;
    return a.language.isEmpty() || b.language.isEmpty() || a.language.compare(b.language, Qt::CaseInsensitive) != 0;
}

QString PostPairing::siteRootOf(const QString &path)
{
    QDir dir = QFileInfo(path).absoluteDir();
    for (int depth = 0; depth < 12; ++depth) {
        if (dir.exists(u"_config.yml"_s) || dir.exists(u"_config.yaml"_s) || dir.exists(u"_posts"_s))
            return dir.absolutePath();
        if (!dir.cdUp())
            break;
    }
    return {};
}

QStringList PostPairing::sitePosts(const QString &siteRoot)
{
    QStringList posts;
    for (const QString &folder : {u"_posts"_s, u"_drafts"_s}) {
        QDirIterator it(QDir(siteRoot).filePath(folder), {u"*.md"_s, u"*.markdown"_s, u"*.mkd"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            posts.append(it.next());
    }
    posts.sort();
    return posts;
}

std::pair<QString, QString> PostPairing::splitLanguageSuffix(const QString &fileName)
{
    static const QRegularExpression pattern(u"^(.+)\\.([a-z]{2,3}(?:[-_][A-Za-z]{2,4})?)\\.(md|markdown|mkd)$"_s);
    const auto m = pattern.match(fileName);
    if (m.hasMatch())
        return {m.captured(1), m.captured(2)};
    return {QFileInfo(fileName).completeBaseName(), {}};
}

QStringList PostPairing::findCounterparts(const QString &path, const QString &linkKeyName, const QString &language)
{
    const PostIdentity self = identifyFile(path, linkKeyName);
    const QString root = siteRootOf(path);
    QStringList candidates;
    if (!root.isEmpty()) {
        candidates = sitePosts(root);
    } else {
        const QDir dir = QFileInfo(path).absoluteDir();
        for (const QString &name : dir.entryList({u"*.md"_s, u"*.markdown"_s, u"*.mkd"_s}, QDir::Files, QDir::Name))
            candidates.append(dir.filePath(name));
    }
    const QString selfCanonical = QFileInfo(path).canonicalFilePath();
    const auto [selfStem, selfLanguage] = splitLanguageSuffix(QFileInfo(path).fileName());
    QStringList byKey, byName;
    for (const QString &candidate : std::as_const(candidates)) {
        if (QFileInfo(candidate).canonicalFilePath() == selfCanonical)
            continue;
        const PostIdentity other = identifyFile(candidate, linkKeyName);
        const auto [stem, fileLanguage] = splitLanguageSuffix(QFileInfo(candidate).fileName());
        const QString otherLanguage = other.language.isEmpty() ? fileLanguage : other.language;
        if (!language.isEmpty() && otherLanguage.compare(language, Qt::CaseInsensitive) != 0)
            continue;
        if (arePair(self, other))
            byKey.append(candidate);
        else if (self.linkKey.isEmpty() && !selfLanguage.isEmpty() && stem == selfStem && !fileLanguage.isEmpty() &&
                 fileLanguage != selfLanguage)
            byName.append(candidate);
    }
    return byKey + byName;
}

} // namespace coinage
