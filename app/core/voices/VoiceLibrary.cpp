#include "VoiceLibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace coinage {

namespace {
struct VoiceLibraryText
{
    Q_DECLARE_TR_FUNCTIONS(coinage::VoiceLibrary)
};
} // namespace

VoiceLibrary VoiceLibrary::builtIn()
{
    VoiceLibrary library;
    library.addFrom(u":/voices"_s, true);
    return library;
}

VoiceLibrary VoiceLibrary::load(const QString &userDirectory)
{
    VoiceLibrary library = builtIn();
    if (!userDirectory.isEmpty() && QDir(userDirectory).exists())
        library.addFrom(userDirectory, false);
    return library;
}

QString VoiceLibrary::userDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/voices"_s;
}

const Voice *VoiceLibrary::find(const QString &id) const
{
    for (const Voice &voice : m_voices) {
        if (voice.id == id)
            return &voice;
    }
    return nullptr;
}

void VoiceLibrary::addFrom(const QString &directory, bool builtIn)
{
    const QDir dir(directory);
    const QStringList names = dir.entryList({u"*.json"_s}, QDir::Files | QDir::Readable, QDir::Name);
    QStringList seen;
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_problems.append({path, VoiceLibraryText::tr("cannot read: %1").arg(file.errorString())});
            continue;
        }
        VoiceParser::Result result = VoiceParser::parse(file.readAll(), path);
        if (!result.voice) {
            m_problems.append({path, result.error});
            continue;
        }
        Voice voice = std::move(*result.voice);
        voice.builtIn = builtIn;
        if (seen.contains(voice.id)) {
            m_problems.append(
                {path, VoiceLibraryText::tr("another file in this folder already has the id '%1'").arg(voice.id)});
            continue;
        }
        seen.append(voice.id);
        const auto existing =
            std::find_if(m_voices.begin(), m_voices.end(), [&](const Voice &v) { return v.id == voice.id; });
        if (existing != m_voices.end())
            *existing = std::move(voice); // a user voice overrides the built-in one with its id
        else
            m_voices.append(std::move(voice));
    }
}

} // namespace coinage
