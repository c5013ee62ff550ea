#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace coinage {

// Unsaved text kept outside the user's files (in the user's data folder), so that a crash, a kill or a power cut
// loses nothing. One entry per open document, rewritten atomically (QSaveFile, flushed) a moment after typing
// pauses, removed after a clean save or close. An entry that is corrupt or partly written is skipped with a reason.
class RecoveryJournal
{
    Q_DECLARE_TR_FUNCTIONS(coinage::RecoveryJournal)
public:
    struct Entry
    {
        QString id;        // stable per open document, [A-Za-z0-9-]+
        QString path;      // the file the text belongs to, empty for an untitled post
        QString title;     // what the tab showed
        QDateTime written; // when the entry was written (UTC)
        QString text;      // the editor text ('\n' lines)
    };
    struct ScanResult
    {
        QList<Entry> entries; // newest first
        QStringList problems; // one translated line per skipped entry
        QStringList damaged;  // the files of the skipped entries
    };

    explicit RecoveryJournal(QString folder = defaultFolder());

    static QString defaultFolder();
    QString folder() const { return m_folder; }

    // Writes (or replaces) an entry; false with a reason when it cannot.
    bool write(const Entry &entry, QString *error = nullptr) const;
    void remove(const QString &id) const;
    ScanResult scan() const;
    // Encodes and decodes one entry: a JSON header line with the text's length and SHA-256, then the UTF-8 text.
    static QByteArray encode(const Entry &entry);
    static bool decode(const QByteArray &bytes, Entry &entry, QString *error);

private:
    QString entryPath(const QString &id) const;
    QString m_folder;
};

} // namespace coinage
