#pragma once

#include <QByteArray>
#include <QString>

namespace coinage {

struct WriteResult
{
    bool ok = false;
    QString code;    // folder-missing, not-a-folder, read-only, permission-denied, disk-full, write-failed
    QString message; // for the user, translated
};

// Writes through QSaveFile: a temporary file in the same folder, flushed to disk, then renamed over the target.
// The target keeps its permissions; on any failure it is left untouched.
WriteResult writeFileAtomically(const QString &path, const QByteArray &bytes);

// Keeps the previous version of a file before it is overwritten: copies its bytes to `path~` (atomically, replacing
// an older backup). Ok without writing anything when the file does not exist yet.
WriteResult writeBackup(const QString &path);

} // namespace coinage
