#include "PostFile.h"

#include "storage/AtomicWrite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace coinage {

LoadResult PostFile::load(const QString &path)
{
    LoadResult result;
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists()) {
        result.error = {QStringLiteral("file-not-found"), tr("%1 does not exist").arg(shown)};
        return result;
    }
    if (!info.isFile()) {
        result.error = {QStringLiteral("not-a-file"), tr("%1 is not a file").arg(shown)};
        return result;
    }
    if (info.size() > maximumSize) {
        result.error = {QStringLiteral("too-large"), tr("%1 is %2 MB; Coinage opens posts up to %3 MB")
                                                         .arg(shown)
                                                         .arg(info.size() / (1024 * 1024))
                                                         .arg(maximumSize / (1024 * 1024))};
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const bool denied = file.error() == QFileDevice::OpenError && !info.isReadable();
        result.error = {denied ? QStringLiteral("permission-denied") : QStringLiteral("read-failed"),
                        denied ? tr("%1 cannot be read: permission denied").arg(shown)
                               : tr("%1 cannot be read: %2").arg(shown, file.errorString())};
        return result;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        result.error = {QStringLiteral("read-failed"), tr("%1 cannot be read: %2").arg(shown, file.errorString())};
        return result;
    }
    return decode(bytes);
}

LoadResult PostFile::decode(const QByteArray &bytes)
{
    LoadResult result;
    DecodedText decoded;
    DecodeError error;
    if (!TextCodec::decode(bytes, decoded, error)) {
        result.error = {error.code(), error.message(), error.line, error.column};
        return result;
    }
    result.ok = true;
    result.text = std::move(decoded.text);
    result.format = std::move(decoded.format);
    return result;
}

SaveResult PostFile::save(const QString &path, const QString &text, const TextFormat &format)
{
    SaveResult result;
    const WriteResult written = writeFileAtomically(path, TextCodec::encode(text, format));
    result.ok = written.ok;
    result.error = {written.code, written.message};
    return result;
}

} // namespace coinage
