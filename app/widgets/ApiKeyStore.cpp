#include "ApiKeyStore.h"

#include <qt6keychain/keychain.h>

#include <QTimer>

using namespace Qt::StringLiterals;

namespace coinage::gui {

void ApiKeyStore::setKey(const QString &key, bool fromRead)
{
    m_key = key;
    if (fromRead)
        m_hasRead = true;
}

SessionApiKeyStore::SessionApiKeyStore(QString reason, QObject *parent)
    : ApiKeyStore(parent)
    , m_reason(std::move(reason))
{}

QString SessionApiKeyStore::description() const
{
    const QString base = tr("The key is kept in memory for this session only; set COINAGE_API_KEY to avoid typing "
                            "it again.");
    return m_reason.isEmpty() ? base : m_reason + u' ' + base;
}

void SessionApiKeyStore::read()
{
    setKey(key(), true);
    QTimer::singleShot(0, this, [this] { Q_EMIT keyRead(key()); });
}

void SessionApiKeyStore::write(const QString &newKey)
{
    setKey(newKey, true);
    QTimer::singleShot(0, this, [this] { Q_EMIT written(false, description()); });
}

KeychainApiKeyStore::KeychainApiKeyStore(QObject *parent)
    : ApiKeyStore(parent)
{}

bool KeychainApiKeyStore::available()
{
    if (m_state == State::Unknown) {
        // Asked lazily: a window that never uses the model never talks to the keychain.
        if (QKeychain::isAvailable()) {
            m_state = State::Available;
        } else {
            m_state = State::Unavailable;
            m_reason = tr("No keychain service (Secret Service, KWallet) is available.");
        }
    }
    return m_state == State::Available;
}

void KeychainApiKeyStore::fallBack(const QString &reason)
{
    m_state = State::Unavailable;
    m_reason = reason;
}

bool KeychainApiKeyStore::isPersistent() const
{
    return m_state != State::Unavailable;
}

QString KeychainApiKeyStore::description() const
{
    if (m_state != State::Unavailable)
        return tr("The key is kept in the system keychain, never in a settings file.");
    return m_reason + u' ' +
           tr("The key is kept in memory for this session only; set COINAGE_API_KEY to avoid typing it again.");
}

void KeychainApiKeyStore::read()
{
    if (!available()) {
        setKey(key(), true);
        QTimer::singleShot(0, this, [this] { Q_EMIT keyRead(key()); });
        return;
    }
    // No parent: the job deletes itself once finished (autoDelete). A job owned by the store died with it while the
    // keychain's asynchronous answer was still on its way, and that answer then called into freed memory.
    auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(Service));
    job->setKey(QString::fromLatin1(Key));
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError) {
            setKey(job->textData(), true);
        } else if (job->error() == QKeychain::EntryNotFound) {
            setKey(QString(), true);
        } else {
            // Keep what this session typed; say why nothing was read.
            fallBack(tr("The keychain could not be read (%1).").arg(job->errorString()));
            setKey(key(), true);
        }
        Q_EMIT keyRead(key());
    });
    job->start();
}

void KeychainApiKeyStore::write(const QString &newKey)
{
    setKey(newKey, true);
    if (!available()) {
        QTimer::singleShot(0, this, [this] { Q_EMIT written(false, description()); });
        return;
    }
    QKeychain::Job *job = nullptr;
    if (newKey.isEmpty()) {
        job = new QKeychain::DeletePasswordJob(QString::fromLatin1(Service)); // no parent: see read()
    } else {
        auto *writeJob = new QKeychain::WritePasswordJob(QString::fromLatin1(Service));
        writeJob->setTextData(newKey);
        job = writeJob;
    }
    job->setKey(QString::fromLatin1(Key));
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this, job, newKey] {
        const bool ok =
            job->error() == QKeychain::NoError || (newKey.isEmpty() && job->error() == QKeychain::EntryNotFound);
        if (!ok)
            fallBack(tr("The keychain refused the key (%1).").arg(job->errorString()));
        Q_EMIT written(ok, ok ? QString() : description());
    });
    job->start();
}

} // namespace coinage::gui
