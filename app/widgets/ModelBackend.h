#pragma once

#include "ApiKeyStore.h"
#include "voices/ModelSettings.h"

#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>

class QWidget;

namespace coinage::gui {

class Prompts;

// The window's model backend settings and the user's consent, shared by the settings page and the Voices panel.
// Settings are kept in QSettings under SettingsKey (ModelSettings::toMap, without the key); the API key lives in an
// ApiKeyStore (the keychain); the hosts the user agreed to send text to are kept under ConsentKey (host names only).
// A loopback endpoint needs no consent. Declining is remembered for the session: no request goes there, and the
// question is not asked again until the settings page asks for it.
class ModelBackend : public QObject
{
    Q_OBJECT
public:
    static inline const QString SettingsKey = QStringLiteral("voices/model");
    static inline const QString ConsentKey = QStringLiteral("voices/modelConsentHosts");
    using LoopbackCheck = std::function<bool(const QString &host)>;
    using PromptsSource = std::function<Prompts *()>;

    // Without a store, the system keychain's.
    explicit ModelBackend(std::unique_ptr<ApiKeyStore> store = {}, QObject *parent = nullptr);
    ~ModelBackend() override;

    // The saved settings with the key from the store (when it has been read).
    ModelSettings settings() const;
    // Saves the settings (the key is not saved here: see keyStore()).
    void setSettings(const ModelSettings &settings);
    // Whether the panel should ask the model: enabled with a model name.
    bool isActive() const;

    ApiKeyStore *keyStore() const { return m_store.get(); }
    void setKeyStore(std::unique_ptr<ApiKeyStore> store);
    // Reads the key once (lazily: only when the model is used or its settings are shown).
    void ensureKeyRead();
    // Reads the key if need be, then calls `then`: at once when the store has read it, else once keyRead() has come
    // (dropped when `context` is gone first). Every request waits for this, so the first one carries the key too.
    void whenKeyRead(QObject *context, std::function<void()> then);

    void setPrompts(PromptsSource prompts) { m_prompts = std::move(prompts); }
    // Tests: which hosts count as this machine (the default is ModelEndpoint::isLoopbackHost).
    void setLoopbackCheck(LoopbackCheck check) { m_isLoopback = std::move(check); }
    bool isLoopback(const QUrl &url) const;
    // True when requests may go to url without asking: loopback, or the user agreed to its host.
    bool mayContact(const QUrl &url) const;
    // mayContact, else asks the user (once a session per host unless `askAgain`), remembering a yes.
    bool ensureConsent(QWidget *parent, const QUrl &url, bool askAgain = false);
    QStringList consentedHosts() const;
    void revokeConsent(const QString &host);

Q_SIGNALS:
    void settingsChanged();
    void consentChanged();
    void keyChanged();

private:
    std::unique_ptr<ApiKeyStore> m_store;
    PromptsSource m_prompts;
    LoopbackCheck m_isLoopback;
    QSet<QString> m_declined; // this session
    bool m_keyRequested = false;
};

} // namespace coinage::gui
