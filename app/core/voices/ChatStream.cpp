#include "ChatStream.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace coinage {

ChatStream::ChatStream(QNetworkAccessManager *network, const ModelSettings &settings, const QJsonObject &body,
                       QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_settings(settings)
    , m_body(QJsonDocument(body).toJson(QJsonDocument::Compact))
{
    for (QTimer *timer : {&m_connectTimer, &m_firstByteTimer, &m_idleTimer, &m_retryTimer})
        timer->setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        fail(tr("could not connect to %1 within %2 ms")
                 .arg(m_settings.baseUrl.toString())
                 .arg(m_settings.connectTimeoutMs));
    });
    connect(&m_firstByteTimer, &QTimer::timeout, this,
            [this] { fail(tr("the model did not answer within %1 ms").arg(m_settings.firstByteTimeoutMs)); });
    connect(&m_idleTimer, &QTimer::timeout, this,
            [this] { fail(tr("the stream stalled for %1 ms").arg(m_settings.idleTimeoutMs)); });
    connect(&m_retryTimer, &QTimer::timeout, this, &ChatStream::send);
}

ChatStream::~ChatStream()
{
    dropReply();
}

void ChatStream::start()
{
    m_attempts = 0;
    send();
}

void ChatStream::abort()
{
    m_done = true;
    stopTimers();
    dropReply();
}

void ChatStream::send()
{
    if (m_done)
        return;
    ++m_attempts;
    m_reader.reset();
    m_text.clear();
    m_errorBody.clear();
    m_status = 0;
    m_sawData = false;
    QNetworkRequest request(m_settings.endpoint(u"chat/completions"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "text/event-stream");
    const QString key = m_settings.effectiveApiKey();
    if (!key.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    m_reply = m_network->post(request, m_body);
    connect(m_reply, &QNetworkReply::requestSent, this, [this] {
        m_connectTimer.stop();
        if (m_settings.firstByteTimeoutMs > 0)
            m_firstByteTimer.start(m_settings.firstByteTimeoutMs);
    });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ChatStream::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &ChatStream::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ChatStream::onFinished);
    if (m_settings.connectTimeoutMs > 0)
        m_connectTimer.start(m_settings.connectTimeoutMs);
}

void ChatStream::onMetaData()
{
    m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

void ChatStream::onReadyRead()
{
    m_connectTimer.stop();
    m_firstByteTimer.stop();
    if (m_settings.idleTimeoutMs > 0)
        m_idleTimer.start(m_settings.idleTimeoutMs);
    if (!m_reply)
        return;
    const QByteArray bytes = m_reply->readAll();
    if (m_status != 200) {
        m_errorBody += bytes;
        return;
    }
    for (const SseReader::Event &event : m_reader.feed(bytes)) {
        handleEvent(event);
        if (m_done)
            return;
    }
}

void ChatStream::onFinished()
{
    if (m_done || !m_reply)
        return;
    stopTimers();
    QNetworkReply *reply = m_reply;
    if (reply->bytesAvailable() > 0)
        onReadyRead();
    if (m_done)
        return;
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    const QString errorString = reply->errorString();
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    dropReply();

    if (m_status == 503) {
        if (m_attempts <= m_settings.maxRetries) {
            int delay = m_settings.retryDelayMs << std::min(m_attempts - 1, 16);
            bool ok = false;
            const int seconds = retryAfter.trimmed().toInt(&ok);
            if (ok && seconds >= 0)
                delay = seconds * 1000;
            m_retryTimer.start(std::clamp(delay, 0, m_settings.maxRetryDelayMs));
            return;
        }
        const QString message = errorMessage(m_errorBody);
        fail(tr("the model is still loading (503) after %1 attempts%2")
                 .arg(m_attempts)
                 .arg(message.isEmpty() ? QString() : u": "_s + message));
        return;
    }
    if (m_status >= 400) {
        const QString message = errorMessage(m_errorBody);
        fail(tr("the server answered %1: %2").arg(m_status).arg(message.isEmpty() ? errorString : message));
        return;
    }
    if (error != QNetworkReply::NoError && m_status == 0) {
        fail(tr("network error: %1").arg(errorString));
        return;
    }
    for (const SseReader::Event &event : m_reader.finish()) {
        handleEvent(event);
        if (m_done)
            return;
    }
    // A server that closes without [DONE]: what arrived is the answer, if anything did.
    if (m_sawData)
        complete();
    else
        fail(tr("the stream ended without an answer"));
}

void ChatStream::handleEvent(const SseReader::Event &event)
{
    if (event.data.trimmed() == u"[DONE]") {
        complete();
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(event.data.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        fail(tr("the stream sent data that is not JSON: %1").arg(event.data.left(80)));
        return;
    }
    const QJsonObject object = document.object();
    if (object.contains(u"error"_s) || event.event == u"error") {
        fail(tr("the model reported an error: %1").arg(errorMessage(event.data.toUtf8())));
        return;
    }
    const QJsonObject choice = object.value(u"choices"_s).toArray().at(0).toObject();
    QString piece = choice.value(u"delta"_s).toObject().value(u"content"_s).toString();
    if (piece.isEmpty())
        piece = choice.value(u"message"_s).toObject().value(u"content"_s).toString(); // non-streaming shape
    m_sawData = true;
    if (!piece.isEmpty()) {
        m_text += piece;
        Q_EMIT progress(m_text);
    }
}

void ChatStream::fail(const QString &reason)
{
    if (m_done)
        return;
    m_done = true;
    stopTimers();
    dropReply();
    Q_EMIT failed(reason);
}

void ChatStream::complete()
{
    if (m_done)
        return;
    m_done = true;
    stopTimers();
    dropReply();
    Q_EMIT finished(m_text);
}

void ChatStream::stopTimers()
{
    for (QTimer *timer : {&m_connectTimer, &m_firstByteTimer, &m_idleTimer, &m_retryTimer})
        timer->stop();
}

void ChatStream::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

QString ChatStream::errorMessage(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonValue error = document.object().value(u"error"_s);
    if (error.isString())
        return error.toString();
    const QString message = error.toObject().value(u"message"_s).toString();
    if (!message.isEmpty())
        return message;
    return QString::fromUtf8(body.left(200)).trimmed();
}

} // namespace coinage
