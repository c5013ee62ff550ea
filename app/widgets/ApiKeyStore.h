#pragma once

#include <QObject>
#include <QString>

namespace coinage::gui {

// Where the model's API key is kept. Never in QSettings or any other file in plain text: in the system keychain
// (KeychainApiKeyStore: Secret Service or KWallet, macOS Keychain, Windows Credential Manager, through QtKeychain),
// or, when no keychain answers, in this session's memory only (SessionApiKeyStore). COINAGE_API_KEY in the
// environment is the other way (ModelSettings::effectiveApiKey). Reading and writing may be asynchronous: read()
// ends in keyRead(), write() in written(). Tests inject their own store.
class ApiKeyStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Whether a stored key outlives this session.
    virtual bool isPersistent() const = 0;
    // One sentence for the settings page: where the key is kept, or why only for this session.
    virtual QString description() const = 0;
    // Fetches the stored key; keyRead() follows (with "" when none is stored).
    virtual void read() = 0;
    // Stores the key (an empty key removes it); written() follows.
    virtual void write(const QString &key) = 0;

    // The key as last read or written ("" before the first read ends).
    QString key() const { return m_key; }
    bool hasRead() const { return m_hasRead; }

Q_SIGNALS:
    void keyRead(const QString &key);
    // persistent: kept beyond this session; message: why not, when not.
    void written(bool persistent, const QString &message);

protected:
    void setKey(const QString &key, bool fromRead);

private:
    QString m_key;
    bool m_hasRead = false;
};

// The key in memory for this session only.
class SessionApiKeyStore : public ApiKeyStore
{
    Q_OBJECT
public:
    explicit SessionApiKeyStore(QString reason = {}, QObject *parent = nullptr);
    bool isPersistent() const override { return false; }
    QString description() const override;
    void read() override;
    void write(const QString &key) override;

private:
    QString m_reason;
};

// The key in the system keychain (QtKeychain, service "Coinage", key "model-api-key"). When the keychain is missing
// or fails, the key is kept in memory for the session and description() says why.
class KeychainApiKeyStore : public ApiKeyStore
{
    Q_OBJECT
public:
    static inline const char *Service = "Coinage";
    static inline const char *Key = "model-api-key";

    explicit KeychainApiKeyStore(QObject *parent = nullptr);
    bool isPersistent() const override;
    QString description() const override;
    void read() override;
    void write(const QString &key) override;

private:
    bool available();
    void fallBack(const QString &reason);

    enum class State
    {
        Unknown,
        Available,
        Unavailable
    };
    State m_state = State::Unknown;
    QString m_reason;
};

} // namespace coinage::gui
