#pragma once

#include "Voice.h"

#include <QList>
#include <QString>

namespace coinage {

// The voices on offer: the built-in ones (Qt resource :/voices/*.json) and the user's (one JSON file each in
// userDirectory()). A user voice with the id of a built-in one replaces it. Broken files are reported and skipped.
class VoiceLibrary
{
public:
    struct Problem
    {
        QString file;
        QString reason;
    };

    // Built-ins plus the voices in userDirectory (none when the directory is empty or missing).
    static VoiceLibrary load(const QString &userDirectory);
    static VoiceLibrary builtIn();
    // QStandardPaths::AppDataLocation + "/voices".
    static QString userDirectory();

    const QList<Voice> &voices() const { return m_voices; }
    const QList<Problem> &problems() const { return m_problems; }
    const Voice *find(const QString &id) const;

private:
    void addFrom(const QString &directory, bool builtIn);

    QList<Voice> m_voices;
    QList<Problem> m_problems;
};

} // namespace coinage
