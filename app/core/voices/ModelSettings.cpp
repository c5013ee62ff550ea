#include "ModelSettings.h"

using namespace Qt::StringLiterals;

namespace coinage {

QString ModelSettings::effectiveApiKey() const
{
    if (!apiKey.isEmpty())
        return apiKey;
    return qEnvironmentVariable(ApiKeyVariable);
}

QUrl ModelSettings::endpoint(const QString &path) const
{
    QUrl url = baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + u'/' + path);
    return url;
}

QVariantMap ModelSettings::toMap() const
{
    return {
        {u"enabled"_s, enabled},
        {u"baseUrl"_s, baseUrl.toString()},
        {u"model"_s, model},
        {u"temperature"_s, temperature},
        {u"maxTokens"_s, maxTokens},
        {u"maxConcurrent"_s, maxConcurrent},
        {u"connectTimeoutMs"_s, connectTimeoutMs},
        {u"firstByteTimeoutMs"_s, firstByteTimeoutMs},
        {u"idleTimeoutMs"_s, idleTimeoutMs},
        {u"maxRetries"_s, maxRetries},
    };
}

ModelSettings ModelSettings::fromMap(const QVariantMap &map)
{
    ModelSettings s;
    s.enabled = map.value(u"enabled"_s, s.enabled).toBool();
    s.baseUrl = QUrl(map.value(u"baseUrl"_s, s.baseUrl.toString()).toString());
    s.model = map.value(u"model"_s).toString();
    s.temperature = map.value(u"temperature"_s, s.temperature).toDouble();
    s.maxTokens = map.value(u"maxTokens"_s, s.maxTokens).toInt();
    s.maxConcurrent = std::max(1, map.value(u"maxConcurrent"_s, s.maxConcurrent).toInt());
    s.connectTimeoutMs = map.value(u"connectTimeoutMs"_s, s.connectTimeoutMs).toInt();
    s.firstByteTimeoutMs = map.value(u"firstByteTimeoutMs"_s, s.firstByteTimeoutMs).toInt();
    s.idleTimeoutMs = map.value(u"idleTimeoutMs"_s, s.idleTimeoutMs).toInt();
    s.maxRetries = map.value(u"maxRetries"_s, s.maxRetries).toInt();
    return s;
}

} // namespace coinage
