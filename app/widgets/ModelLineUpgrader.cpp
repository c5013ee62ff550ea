#include "ModelLineUpgrader.h"

#include "ModelBackend.h"
#include "voices/ModelClient.h"
#include "voices/ModelEndpoint.h"
#include "voices/ModelPrompt.h"

#include <QWidget>

using namespace Qt::StringLiterals;

namespace coinage::gui {

ModelLineUpgrader::ModelLineUpgrader(ModelBackend *backend, QWidget *promptParent, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_promptParent(promptParent)
    , m_client(new ModelClient(this))
{
    connect(m_client, &ModelClient::lineProgress, this, [this](quint64 id, const QString &partial) {
        const auto it = m_targets.constFind(id);
        if (it != m_targets.cend())
            Q_EMIT streaming(it->first, it->second, ModelPrompt::cleanAnswer(partial), m_model);
    });
    connect(m_client, &ModelClient::lineReady, this, &ModelLineUpgrader::onReady);
    connect(m_backend, &ModelBackend::settingsChanged, this, [this] {
        cancel();
        setStatus(QString());
    });
}

bool ModelLineUpgrader::isActive() const
{
    return m_backend->isActive();
}

void ModelLineUpgrader::upgrade(const SentenceAnalysis &analysis, const QList<Target> &targets)
{
    cancel();
    if (!m_backend->isActive() || targets.isEmpty() || analysis.isEmpty())
        return;
    const QUrl baseUrl = m_backend->settings().baseUrl;
    if (!m_backend->ensureConsent(m_promptParent, baseUrl)) {
        setStatus(
            tr("Model off: %1 may not receive your text (Voices > Language Model).").arg(ModelEndpoint::host(baseUrl)));
        return;
    }
    // The key may still be on its way from the keychain: send once it is there (unless cancelled meanwhile).
    const quint64 generation = m_generation;
    m_backend->whenKeyRead(this, [this, generation, analysis, targets] {
        if (generation == m_generation)
            send(analysis, targets);
    });
}

void ModelLineUpgrader::send(const SentenceAnalysis &analysis, const QList<Target> &targets)
{
    const ModelSettings settings = m_backend->settings();
    m_client->setSettings(settings);
    m_model = settings.model;
    m_failures = 0;
    m_done = 0;
    m_lastFailure.clear();
    for (const Target &target : targets) {
        const quint64 id = m_client->requestLine(target.voice, analysis, target.offline.language, target.offline);
        m_targets.insert(id, {target.voice.id, target.index});
    }
    setStatus(tr("Asking %1…").arg(m_model));
}

void ModelLineUpgrader::cancel()
{
    ++m_generation; // a request still waiting for the key is not sent
    if (m_targets.isEmpty())
        return;
    m_targets.clear();
    m_client->abortAll();
    setStatus(QString());
}

void ModelLineUpgrader::onReady(quint64 id, const PasticheLine &line)
{
    const auto it = m_targets.constFind(id);
    if (it == m_targets.cend())
        return;
    const auto [voiceId, index] = *it;
    m_targets.erase(it);
    ++m_done;
    if (line.source != PasticheEngine::ModelSource) {
        ++m_failures;
        m_lastFailure = line.note;
    }
    Q_EMIT upgraded(voiceId, index, line);
    if (!m_targets.isEmpty())
        return;
    if (m_failures == 0)
        setStatus(QString());
    else
        setStatus(tr("%1 of %2 model lines failed; showing the offline ones. Last: %3")
                      .arg(m_failures)
                      .arg(m_done)
                      .arg(m_lastFailure));
}

void ModelLineUpgrader::setStatus(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged(status);
}

} // namespace coinage::gui
