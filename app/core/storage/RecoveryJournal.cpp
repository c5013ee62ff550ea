#include "RecoveryJournal.h"

#include "AtomicWrite.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

namespace coinage {
namespace {

constexpr int formatVersion = 1;
const QString suffix = QStringLiteral(".coinage-recovery");

bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

} // namespace

RecoveryJournal::RecoveryJournal(QString folder)
    : m_folder(std::move(folder))
{}

QString RecoveryJournal::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/recovery");
}

QString RecoveryJournal::entryPath(const QString &id) const
{
    return m_folder + u'/' + id + suffix;
}

QByteArray RecoveryJournal::encode(const Entry &entry)
{
    const QByteArray text = entry.text.toUtf8();
    const QJsonObject header{
        {QStringLiteral("coinage-recovery"), formatVersion},
        {QStringLiteral("id"), entry.id},
        {QStringLiteral("path"), entry.path},
        {QStringLiteral("title"), entry.title},
        {QStringLiteral("written"), entry.written.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("length"), qint64(text.size())},
        {QStringLiteral("sha256"),
         QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex())},
    };
    return QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n' + text;
}

bool RecoveryJournal::decode(const QByteArray &bytes, Entry &entry, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const qsizetype newline = bytes.indexOf('\n');
    if (newline < 0)
        return fail(tr("the entry has no header (it was cut short)"));
    QJsonParseError parseError;
    const QJsonDocument header = QJsonDocument::fromJson(bytes.first(newline), &parseError);
    if (parseError.error != QJsonParseError::NoError || !header.isObject())
        return fail(tr("the entry's header is damaged"));
    const QJsonObject h = header.object();
    if (h.value(u"coinage-recovery").toInt() != formatVersion)
        return fail(tr("the entry was written by another version of Coinage"));
    const QByteArray text = bytes.sliced(newline + 1);
    if (text.size() != h.value(u"length").toInteger(-1))
        return fail(
            tr("the entry is incomplete (%1 of %2 bytes)").arg(text.size()).arg(h.value(u"length").toInteger()));
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
    if (sha != h.value(u"sha256").toString())
        return fail(tr("the entry's text is damaged (checksum mismatch)"));
    entry.id = h.value(u"id").toString();
    entry.path = h.value(u"path").toString();
    entry.title = h.value(u"title").toString();
    entry.written = QDateTime::fromString(h.value(u"written").toString(), Qt::ISODateWithMs);
    entry.text = QString::fromUtf8(text);
    return true;
}

bool RecoveryJournal::write(const Entry &entry, QString *error) const
{
    if (!isValidId(entry.id)) {
        if (error)
            *error = tr("invalid recovery entry id");
        return false;
    }
    if (!QDir().mkpath(m_folder)) {
        if (error)
            *error = tr("cannot create the recovery folder %1").arg(QDir::toNativeSeparators(m_folder));
        return false;
    }
    const WriteResult result = writeFileAtomically(entryPath(entry.id), encode(entry));
    if (!result.ok && error)
        *error = result.message;
    return result.ok;
}

void RecoveryJournal::remove(const QString &id) const
{
    if (isValidId(id))
        QFile::remove(entryPath(id));
}

RecoveryJournal::ScanResult RecoveryJournal::scan() const
{
    ScanResult result;
    const QDir dir(m_folder);
    const QStringList names = dir.entryList({u'*' + suffix}, QDir::Files);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        Entry entry;
        QString why;
        if (!file.open(QIODevice::ReadOnly)) {
            why = file.errorString();
        } else if (decode(file.readAll(), entry, &why)) {
            result.entries.append(std::move(entry));
            continue;
        }
        result.problems.append(tr("Skipped the recovery entry %1: %2").arg(name, why));
        result.damaged.append(file.fileName());
    }
    std::sort(result.entries.begin(), result.entries.end(),
              [](const Entry &a, const Entry &b) { return a.written > b.written; });
    return result;
}

} // namespace coinage
