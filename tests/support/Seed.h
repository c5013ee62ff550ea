#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QtTest>

// The seed posts from ../shared/fixtures/seed (COINAGE_SEED_DIR, set by CTest).
namespace coinage::test {

inline QString seedDir()
{
    return qEnvironmentVariable("COINAGE_SEED_DIR");
}

inline QStringList seedFiles()
{
    const QDir dir(seedDir());
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name))
        files.append(dir.absoluteFilePath(name));
    return files;
}

inline QString seedPath(const QString &language)
{
    for (const QString &file : seedFiles()) {
        if (file.endsWith(QStringLiteral(".%1.md").arg(language)))
            return file;
    }
    return {};
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Writes `bytes` to `path`, making its folder first (site fixtures are nested: site/_posts/...).
inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace coinage::test
