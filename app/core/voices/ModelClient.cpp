#include "ModelClient.h"

#include "ChatStream.h"
#include "ModelPrompt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace coinage {

ModelClient::ModelClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setProxy(QNetworkProxy::NoProxy);
}

ModelClient::~ModelClient()
{
    abortAll();
}

void ModelClient::setSettings(const ModelSettings &settings)
{
    m_settings = settings;
    m_settings.maxConcurrent = std::max(1, m_settings.maxConcurrent);
}

void ModelClient::listModels()
{
    if (m_modelsReply)
        m_modelsReply->abort();
    QNetworkRequest request(m_settings.endpoint(u"models"_s));
    const QString key = m_settings.effectiveApiKey();
    if (!key.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
    request.setTransferTimeout(std::max(m_settings.firstByteTimeoutMs, 1));
    QNetworkReply *reply = m_network->get(request);
    m_modelsReply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::OperationCanceledError && status == 0)
            return;
        if (status != 200) {
            const QJsonValue error = QJsonDocument::fromJson(body).object().value(u"error"_s);
            const QString message = error.isObject() ? error.toObject().value(u"message"_s).toString()
                                                     : error.toString(reply->errorString());
            Q_EMIT modelsFailed(status ? tr("the server answered %1: %2").arg(status).arg(message)
                                       : tr("network error: %1").arg(reply->errorString()));
            return;
        }
        QStringList ids;
        for (const QJsonValue &model : QJsonDocument::fromJson(body).object().value(u"data"_s).toArray())
            ids.append(model.toObject().value(u"id"_s).toString());
        ids.removeAll(QString());
        Q_EMIT modelsListed(ids);
    });
}

quint64 ModelClient::requestLine(const Voice &voice, const SentenceAnalysis &analysis, VoiceLanguage language,
                                 const PasticheLine &offlineLine)
{
    if (language == VoiceLanguage::Auto)
        language = analysis.language;
    Pending pending;
    pending.id = m_nextId++;
    pending.voice = voice;
    pending.language = language;
    pending.offline = offlineLine;
    pending.body = ModelPrompt::chatRequest(voice, analysis, language, m_settings);
    m_queue.append(std::move(pending));
    const quint64 id = m_nextId - 1;
    // Start on the next turn of the event loop so callers can connect first and batch requests.
    QTimer::singleShot(0, this, &ModelClient::startQueued);
    return id;
}

void ModelClient::startQueued()
{
    while (!m_queue.isEmpty() && m_running.size() < m_settings.maxConcurrent) {
        Pending pending = m_queue.takeFirst();
        const quint64 id = pending.id;
        pending.stream = new ChatStream(m_network, m_settings, pending.body, this);
        connect(pending.stream, &ChatStream::progress, this,
                [this, id](const QString &partial) { Q_EMIT lineProgress(id, partial); });
        connect(pending.stream, &ChatStream::finished, this, [this, id](const QString &text) { finish(id, text, {}); });
        connect(pending.stream, &ChatStream::failed, this,
                [this, id](const QString &reason) { finish(id, {}, reason); });
        ChatStream *stream = pending.stream;
        m_running.insert(id, std::move(pending));
        stream->start();
    }
}

void ModelClient::finish(quint64 id, const QString &text, const QString &error)
{
    auto it = m_running.find(id);
    if (it == m_running.end())
        return;
    Pending pending = std::move(it.value());
    m_running.erase(it);
    pending.stream->deleteLater();

    PasticheLine line = pending.offline;
    line.voiceId = pending.voice.id;
    line.language = pending.language;
    if (error.isEmpty()) {
        const QString answer = ModelPrompt::cleanAnswer(text);
        QString reason;
        if (PasticheEngine::isUsableLine(pending.voice, pending.language, answer, &reason)) {
            line.text = answer;
            line.source = PasticheEngine::ModelSource;
            line.templateIndex = -1;
            line.note.clear();
        } else {
            line.note = tr("the model's line was not used: %1").arg(reason);
        }
    } else {
        line.note = error;
    }
    Q_EMIT lineReady(id, line);
    QTimer::singleShot(0, this, &ModelClient::startQueued);
}

void ModelClient::abort(quint64 id)
{
    m_queue.removeIf([id](const Pending &p) { return p.id == id; });
    auto it = m_running.find(id);
    if (it == m_running.end())
        return;
    it->stream->abort();
    it->stream->deleteLater();
    m_running.erase(it);
    QTimer::singleShot(0, this, &ModelClient::startQueued);
}

void ModelClient::abortAll()
{
    m_queue.clear();
    for (Pending &pending : m_running) {
        pending.stream->abort();
        pending.stream->deleteLater();
    }
    m_running.clear();
}

} // namespace coinage
