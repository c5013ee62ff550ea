#include "SingleInstance.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace coinage::gui {

namespace {
constexpr qint64 maxMessageBytes = 1 << 20; // a megabyte of paths is more than any command line
}

QString SingleInstance::defaultName()
{
    const QString chosen = qEnvironmentVariable("COINAGE_INSTANCE");
    if (chosen == u"off"_s)
        return {};
    if (!chosen.isEmpty())
        return chosen;
    return u"coinage-%1"_s.arg(::getuid());
}

SingleInstance::SingleInstance(const QString &name, QObject *parent)
    : QObject(parent)
    , m_name(name)
{}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::handOver(const QStringList &files, int timeoutMs) const
{
    if (m_name.isEmpty())
        return false;
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QJsonArray paths;
    for (const QString &file : files)
        paths.append(QFileInfo(file).absoluteFilePath());
    socket.write(QJsonDocument(paths).toJson(QJsonDocument::Compact));
    socket.write("\n");
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The running window answers once it has the files: only then may this process go.
    return socket.waitForReadyRead(timeoutMs) && socket.readAll().startsWith("ok");
}

bool SingleInstance::listen()
{
    if (m_name.isEmpty())
        return false;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // A socket left by a crashed instance (nobody answered handOver): remove it and try once more.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name)) {
            m_error = m_server->errorString();
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
    return true;
}

void SingleInstance::onConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->bytesAvailable() > maxMessageBytes) {
                socket->abort();
                return;
            }
            if (!socket->canReadLine())
                return;
            const QJsonDocument message = QJsonDocument::fromJson(socket->readLine());
            if (!message.isArray()) {
                socket->abort();
                return;
            }
            QStringList files;
            const QJsonArray paths = message.array();
            for (const QJsonValue &path : paths) {
                if (path.isString())
                    files.append(path.toString());
            }
            socket->write("ok\n");
            socket->flush();
            Q_EMIT filesReceived(files);
        });
    }
}

} // namespace coinage::gui
