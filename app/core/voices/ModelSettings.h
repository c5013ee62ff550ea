#pragma once

#include <QString>
#include <QUrl>
#include <QVariantMap>

namespace coinage {

// Settings of the optional model backend (any OpenAI-compatible server: llama.cpp, Ollama, a hosted API).
// The API key is a secret: toMap() leaves it out, so it is never written to a settings file in plain text; it comes
// from the caller (a keychain) or from the environment variable COINAGE_API_KEY.
struct ModelSettings
{
    bool enabled = false; // off by default: the offline engine answers alone
    QUrl baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/v1"));
    QString model;
    QString apiKey; // not persisted
    double temperature = 0.8;
    int maxTokens = 200;
    int maxConcurrent = 2;       // requests in flight at once; the rest wait
    int connectTimeoutMs = 5000; // until the request is on the wire
    int firstByteTimeoutMs = 60000;
    int idleTimeoutMs = 20000; // between two reads of a stream
    int maxRetries = 3;        // for 503 while a model loads
    int retryDelayMs = 500;    // doubles per retry, honours Retry-After, capped by maxRetryDelayMs
    int maxRetryDelayMs = 8000;

    static inline const char *ApiKeyVariable = "COINAGE_API_KEY";

    // apiKey, else $COINAGE_API_KEY, else empty (no Authorization header).
    QString effectiveApiKey() const;
    // baseUrl + "/" + path ("models", "chat/completions").
    QUrl endpoint(const QString &path) const;
    QVariantMap toMap() const; // without the key
    static ModelSettings fromMap(const QVariantMap &map);
};

} // namespace coinage
