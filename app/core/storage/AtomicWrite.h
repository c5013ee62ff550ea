#pragma once

#include <QByteArray>
#include <QString>

namespace coinage {

struct WriteResult
{
    bool ok = false;
    QString code;    // folder-missing, read-only, permission-denied, disk-full, write-failed
    QString message; // for the user, translated
};

// Writes through QSaveFile: a temporary file in the same folder, flushed to disk, then renamed over the target.
// The target keeps its permissions; on any failure it is left untouched.
WriteResult writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace coinage
