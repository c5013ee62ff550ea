#include "ModelBackend.h"

#include "ApiKeyStore.h"
#include "Prompts.h"
#include "voices/ModelEndpoint.h"

#include <QSettings>

#include <memory>

using namespace Qt::StringLiterals;

namespace coinage::gui {

ModelBackend::ModelBackend(std::unique_ptr<ApiKeyStore> store, QObject *parent)
    : QObject(parent)
    , m_isLoopback(&ModelEndpoint::isLoopbackHost)
{
    setKeyStore(store ? std::move(store) : std::make_unique<KeychainApiKeyStore>());
}

ModelBackend::~ModelBackend() = default;

void ModelBackend::setKeyStore(std::unique_ptr<ApiKeyStore> store)
{
    m_store = std::move(store);
    m_keyRequested = false;
    connect(m_store.get(), &ApiKeyStore::keyRead, this, &ModelBackend::keyChanged);
    connect(m_store.get(), &ApiKeyStore::written, this, &ModelBackend::keyChanged);
}

void ModelBackend::ensureKeyRead()
{
    if (m_keyRequested)
        return;
    m_keyRequested = true;
    m_store->read();
}

void ModelBackend::whenKeyRead(QObject *context, std::function<void()> then)
{
    ensureKeyRead();
    if (m_store->hasRead()) {
        then();
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_store.get(), &ApiKeyStore::keyRead, context, [connection, then = std::move(then)] {
        const std::function<void()> call = then; // outlives the connection
        QObject::disconnect(*connection);
        call();
    });
}

ModelSettings ModelBackend::settings() const
{
    ModelSettings settings = ModelSettings::fromMap(QSettings().value(SettingsKey).toMap());
    settings.apiKey = m_store->key();
    return settings;
}

void ModelBackend::setSettings(const ModelSettings &settings)
{
    QSettings().setValue(SettingsKey, settings.toMap());
    Q_EMIT settingsChanged();
}

bool ModelBackend::isActive() const
{
    const ModelSettings settings = this->settings();
    return settings.enabled && !settings.model.trimmed().isEmpty() && ModelEndpoint::isValid(settings.baseUrl);
}

bool ModelBackend::isLoopback(const QUrl &url) const
{
    return m_isLoopback(ModelEndpoint::host(url));
}

QStringList ModelBackend::consentedHosts() const
{
    QStringList hosts = QSettings().value(ConsentKey).toStringList();
    hosts.removeAll(QString());
    hosts.removeDuplicates();
    hosts.sort();
    return hosts;
}

bool ModelBackend::mayContact(const QUrl &url) const
{
    return isLoopback(url) || consentedHosts().contains(ModelEndpoint::host(url));
}

bool ModelBackend::ensureConsent(QWidget *parent, const QUrl &url, bool askAgain)
{
    if (mayContact(url))
        return true;
    const QString host = ModelEndpoint::host(url);
    if (host.isEmpty() || (m_declined.contains(host) && !askAgain))
        return false;
    Prompts *prompts = m_prompts ? m_prompts() : nullptr;
    if (!prompts || !prompts->askSendToHost(parent, host)) {
        m_declined.insert(host);
        return false;
    }
    m_declined.remove(host);
    QStringList hosts = consentedHosts();
    hosts.append(host);
    hosts.sort();
    QSettings().setValue(ConsentKey, hosts);
    Q_EMIT consentChanged();
    return true;
}

void ModelBackend::revokeConsent(const QString &host)
{
    QStringList hosts = consentedHosts();
    if (!hosts.removeAll(host))
        return;
    QSettings settings;
    if (hosts.isEmpty())
        settings.remove(ConsentKey);
    else
        settings.setValue(ConsentKey, hosts);
    Q_EMIT consentChanged();
}

} // namespace coinage::gui
