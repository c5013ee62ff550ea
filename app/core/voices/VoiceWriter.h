#pragma once

#include "Voice.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace coinage {

// Writes a voice in the file format VoiceParser reads (README.md, "Voice files"). Keys of `base` that the format does
// not know (or that this version does not model) are kept, so saving an edited user voice loses nothing.
class VoiceWriter
{
public:
    static QJsonObject toJson(const Voice &voice, const QJsonObject &base = {});
    static QByteArray toBytes(const Voice &voice, const QJsonObject &base = {});
};

// The user's voice files: one JSON file per voice in a folder (VoiceLibrary::userDirectory()). Every save is
// validated by VoiceParser first and written atomically (QSaveFile); a voice that does not validate is not written.
class UserVoiceStore
{
    Q_DECLARE_TR_FUNCTIONS(coinage::UserVoiceStore)
public:
    struct Result
    {
        bool ok = false;
        QString path;         // the file written (or removed)
        QStringList problems; // validation problems or the write error
    };

    explicit UserVoiceStore(QString directory);
    const QString &directory() const { return m_directory; }

    // Where a new voice with this id goes: DIR/ID.json.
    QString pathFor(const QString &id) const;
    // Whether `path` is inside this store's folder (a user voice, not a built-in resource).
    bool owns(const QString &path) const;
    // Saves `voice`. `previousPath`: the user file it was loaded from (empty for a new voice or a copy of a built-in);
    // when the id changed the voice moves to its new file and the old one is removed after the write. Refuses an id
    // that another user file already has.
    Result save(const Voice &voice, const QString &previousPath = {}) const;
    Result remove(const QString &path) const;

private:
    QString m_directory;
};

} // namespace coinage
