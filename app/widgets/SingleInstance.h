#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace coinage::gui {

// One Coinage window per user session: a second `coinage FILE...` hands its files to the running window and exits.
// The channel is a QLocalServer (a user-only socket) named per user; COINAGE_INSTANCE=NAME picks another name and
// COINAGE_INSTANCE=off turns the hand-over off (tests, screenshots, --new-instance).
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    // The socket name from COINAGE_INSTANCE, or one per user; empty when turned off.
    static QString defaultName();

    explicit SingleInstance(const QString &name, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Sends absolute paths of `files` (relative ones are taken from the working folder) to a running instance;
    // true when it took them. An empty list asks the running window to come to the front.
    bool handOver(const QStringList &files, int timeoutMs = 2000) const;
    // Starts listening (after a crash the stale socket is removed first); false with the reason in error().
    bool listen();
    QString error() const { return m_error; }

Q_SIGNALS:
    // Files another `coinage` was started with; empty when it only asked to be shown.
    void filesReceived(const QStringList &files);

private:
    void onConnection();

    QString m_name;
    QString m_error;
    QLocalServer *m_server = nullptr;
};

} // namespace coinage::gui
