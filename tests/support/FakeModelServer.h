#pragma once

// A protocol-faithful OpenAI-compatible server on loopback for the model backend's tests (QTcpServer): HTTP/1.1 with
// chunked transfer encoding and keep-alive, SSE bodies split at arbitrary bytes, error JSON, 503 while loading,
// stalls. Nothing leaves 127.0.0.1. Scripts say what each request gets; requests are recorded.
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QtTest>

namespace coinage::test {

using namespace Qt::StringLiterals;

// What the server does with one request.
struct Script
{
    int status = 200;
    QByteArray contentType = "text/event-stream";
    QList<QByteArray> extraHeaders;
    QList<QByteArray> chunks; // sent one by one, delayMs apart
    int headDelayMs = 0;      // before the status line
    int delayMs = 5;
    bool hang = false; // never finish the response
};

inline QByteArray sse(const QList<QByteArray> &contents, const QByteArray &eol = "\n", bool done = true)
{
    QByteArray body = ": ping" + eol + eol;
    for (const QByteArray &content : contents) {
        const QJsonObject delta{
            {u"choices"_s,
             QJsonArray{
                 QJsonObject{{u"index"_s, 0}, {u"delta"_s, QJsonObject{{u"content"_s, QString::fromUtf8(content)}}}}}}};
        body += "data: " + QJsonDocument(delta).toJson(QJsonDocument::Compact) + eol + eol;
    }
    if (done)
        body += "data: [DONE]" + eol + eol;
    return body;
}

inline QList<QByteArray> splitEvery(const QByteArray &bytes, int size)
{
    QList<QByteArray> parts;
    for (qsizetype i = 0; i < bytes.size(); i += size)
        parts.append(bytes.mid(i, size));
    return parts;
}

class FakeModelServer : public QObject
{
public:
    FakeModelServer()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRead(socket); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    ++disconnects;
                    if (m_busy.remove(socket))
                        --active;
                    m_buffers.remove(socket);
                    socket->deleteLater();
                });
            }
        });
    }
    ~FakeModelServer() override
    {
        // Sockets die with the server after our members: no callbacks into a half-destroyed server.
        const auto sockets = m_server.findChildren<QTcpSocket *>();
        for (QTcpSocket *socket : sockets) {
            disconnect(socket, nullptr, this, nullptr);
            delete socket;
        }
    }
    QUrl baseUrl() const { return QUrl(u"http://127.0.0.1:%1/v1"_s.arg(m_server.serverPort())); }
    void close() { m_server.close(); }

    QList<Script> scripts; // one per request; the last repeats
    struct Request
    {
        QByteArray method, path, headers, body;
    };
    QList<Request> requests;
    int active = 0;
    int maxActive = 0;
    int disconnects = 0;

private:
    void onRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const QByteArray head = buffer.left(headEnd);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer.size() < headEnd + 4 + length)
                return;
            const QList<QByteArray> first = head.left(head.indexOf('\r')).split(' ');
            requests.append({first.value(0), first.value(1), head, buffer.mid(headEnd + 4, length)});
            buffer.remove(0, headEnd + 4 + length);
            const Script script =
                scripts.isEmpty() ? Script{} : scripts.at(std::min(requests.size(), scripts.size()) - 1);
            respond(socket, script);
        }
    }

    void respond(QTcpSocket *socket, const Script &script)
    {
        ++active;
        maxActive = std::max(maxActive, active);
        m_busy.insert(socket);
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(script.headDelayMs, this, [this, guard, script] {
            if (!guard)
                return;
            QByteArray head = "HTTP/1.1 " + QByteArray::number(script.status) + " " +
                              (script.status == 200   ? "OK"
                               : script.status == 503 ? "Service Unavailable"
                                                      : "Error") +
                              "\r\nContent-Type: " + script.contentType + "\r\nTransfer-Encoding: chunked\r\n";
            for (const QByteArray &h : script.extraHeaders)
                head += h + "\r\n";
            guard->write(head + "\r\n");
            guard->flush();
            sendChunk(guard, script, 0);
        });
    }

    void sendChunk(QPointer<QTcpSocket> socket, const Script &script, qsizetype index)
    {
        if (!socket)
            return;
        if (index == script.chunks.size()) {
            if (script.hang)
                return;
            socket->write("0\r\n\r\n");
            socket->flush();
            if (m_busy.remove(socket))
                --active;
            return;
        }
        const QByteArray &chunk = script.chunks.at(index);
        socket->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
        socket->flush();
        QTimer::singleShot(script.delayMs, this,
                           [this, socket, script, index] { sendChunk(socket, script, index + 1); });
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QSet<QTcpSocket *> m_busy;
};

// A GET /models answer.
inline QByteArray modelList(const QStringList &ids)
{
    QJsonArray data;
    for (const QString &id : ids)
        data.append(QJsonObject{{u"id"_s, id}, {u"object"_s, u"model"_s}});
    return QJsonDocument(QJsonObject{{u"object"_s, u"list"_s}, {u"data"_s, data}}).toJson(QJsonDocument::Compact);
}

} // namespace coinage::test
