#include "AtomicWrite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

namespace coinage {
namespace {

struct AtomicWrite
{
    Q_DECLARE_TR_FUNCTIONS(coinage::AtomicWrite)
};

} // namespace

WriteResult writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    WriteResult result;
    const QFileInfo target(path);
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo folder(target.absolutePath());
    if (folder.exists() && !folder.isDir()) {
        result.code = QStringLiteral("not-a-folder");
        result.message = AtomicWrite::tr("cannot save %1: %2 is a file, not a folder")
                             .arg(shown, QDir::toNativeSeparators(folder.absoluteFilePath()));
        return result;
    }
    if (!folder.exists()) {
        result.code = QStringLiteral("folder-missing");
        result.message = AtomicWrite::tr("cannot save %1: the folder %2 no longer exists")
                             .arg(shown, QDir::toNativeSeparators(folder.absoluteFilePath()));
        return result;
    }
    if (target.exists() && !target.isWritable()) {
        result.code = QStringLiteral("read-only");
        result.message = AtomicWrite::tr("cannot save %1: the file is read-only").arg(shown);
        return result;
    }
    if (!folder.isWritable()) {
        result.code = QStringLiteral("permission-denied");
        result.message = AtomicWrite::tr("cannot save %1: the folder %2 is not writable")
                             .arg(shown, QDir::toNativeSeparators(folder.absoluteFilePath()));
        return result;
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.code = QStringLiteral("write-failed");
        result.message = AtomicWrite::tr("cannot save %1: %2").arg(shown, file.errorString());
        return result;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        const QStorageInfo storage(folder.absoluteFilePath());
        const bool full = storage.isValid() && storage.bytesAvailable() < bytes.size() + 4096;
        result.code = full ? QStringLiteral("disk-full") : QStringLiteral("write-failed");
        result.message = full ? AtomicWrite::tr("cannot save %1: the disk is full").arg(shown)
                              : AtomicWrite::tr("cannot save %1: %2").arg(shown, file.errorString());
        file.cancelWriting();
        return result;
    }
    result.ok = true;
    return result;
}

WriteResult writeBackup(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return {true, {}, {}};
    if (!file.open(QIODevice::ReadOnly))
        return {false, QStringLiteral("backup-failed"),
                AtomicWrite::tr("cannot read %1 to back it up: %2")
                    .arg(QDir::toNativeSeparators(path), file.errorString())};
    return writeFileAtomically(path + u'~', file.readAll());
}

} // namespace coinage
