#pragma once

#include "ModelSettings.h"
#include "PasticheEngine.h"
#include "SentenceAnalysis.h"
#include "Voice.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace coinage {

class ChatStream;

// The optional model backend: lists models (GET /models) and asks for one line per voice (a streamed POST
// /chat/completions each), at most settings.maxConcurrent at once, the rest queued. Every request ends in exactly
// one lineReady() (unless aborted): the model's line when it passes PasticheEngine::isUsableLine, else the offline
// line given with the request, its note saying why. Call abortAll() when the text changes (the next keystroke).
class ModelClient : public QObject
{
    Q_OBJECT
public:
    explicit ModelClient(QObject *parent = nullptr);
    ~ModelClient() override;

    void setSettings(const ModelSettings &settings);
    const ModelSettings &settings() const { return m_settings; }

    void listModels();
    quint64 requestLine(const Voice &voice, const SentenceAnalysis &analysis, VoiceLanguage language,
                        const PasticheLine &offlineLine);
    void abort(quint64 id);
    void abortAll();
    int runningCount() const { return int(m_running.size()); }
    int queuedCount() const { return int(m_queue.size()); }

Q_SIGNALS:
    void modelsListed(const QStringList &ids);
    void modelsFailed(const QString &reason);
    void lineProgress(quint64 id, const QString &partial);
    void lineReady(quint64 id, const coinage::PasticheLine &line);

private:
    struct Pending
    {
        quint64 id = 0;
        Voice voice;
        VoiceLanguage language = VoiceLanguage::English;
        PasticheLine offline;
        QJsonObject body;
        ChatStream *stream = nullptr;
    };
    void startQueued();
    void finish(quint64 id, const QString &text, const QString &error);

    QNetworkAccessManager *m_network;
    ModelSettings m_settings;
    QList<Pending> m_queue;
    QHash<quint64, Pending> m_running;
    quint64 m_nextId = 1;
    QPointer<QNetworkReply> m_modelsReply;
};

} // namespace coinage
