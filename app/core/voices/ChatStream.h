#pragma once

#include "ModelSettings.h"
#include "SseReader.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

namespace coinage {

// One streamed POST /chat/completions: collects choices[0].delta.content from the SSE stream until "data: [DONE]".
// Retries a 503 (model loading) with bounded exponential backoff; reports an error JSON (before or during the
// stream), a refused connection and a stall (connect, first-byte and idle timeouts) through failed(). After abort()
// it emits nothing more.
class ChatStream : public QObject
{
    Q_OBJECT
public:
    ChatStream(QNetworkAccessManager *network, const ModelSettings &settings, const QJsonObject &body,
               QObject *parent = nullptr);
    ~ChatStream() override;

    void start();
    void abort();
    QString text() const { return m_text; }
    int attempts() const { return m_attempts; }

Q_SIGNALS:
    void progress(const QString &textSoFar);
    void finished(const QString &text);
    void failed(const QString &reason);

private:
    void send();
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void handleEvent(const SseReader::Event &event);
    void fail(const QString &reason);
    void complete();
    void stopTimers();
    void dropReply();
    static QString errorMessage(const QByteArray &body);

    QNetworkAccessManager *m_network;
    ModelSettings m_settings;
    QByteArray m_body;
    QPointer<QNetworkReply> m_reply;
    SseReader m_reader;
    QString m_text;
    QByteArray m_errorBody;
    int m_status = 0;
    int m_attempts = 0;
    bool m_done = false;
    bool m_sawData = false;
    QTimer m_connectTimer;
    QTimer m_firstByteTimer;
    QTimer m_idleTimer;
    QTimer m_retryTimer;
};

} // namespace coinage
