#pragma once

#include "TextCodec.h"

#include <QCoreApplication>
#include <QString>

namespace coinage {

struct FileError
{
    QString code;    // stable kebab-case id: file-not-found, not-a-file, permission-denied, read-failed, too-large,
                     // binary-file, invalid-utf8, write-failed, folder-missing, not-a-folder, read-only,
                     // permission-denied, disk-full
    QString message; // for the user, translated
    int line = 0;    // 1-based where it applies (invalid-utf8, binary-file), else 0
    int column = 0;
};

struct LoadResult
{
    bool ok = false;
    QString text; // lines separated by '\n'
    TextFormat format;
    FileError error;
};

struct SaveResult
{
    bool ok = false;
    FileError error;
};

// Loads and saves posts losslessly: opening and saving unchanged text gives the identical bytes (BOM, line endings,
// final newline). Saves are atomic: a failed save leaves the old file as it was.
class PostFile
{
    Q_DECLARE_TR_FUNCTIONS(coinage::PostFile)
public:
    static constexpr qint64 maximumSize = 512LL * 1024 * 1024;

    static LoadResult load(const QString &path);
    static LoadResult decode(const QByteArray &bytes);
    static SaveResult save(const QString &path, const QString &text, const TextFormat &format);
};

} // namespace coinage
