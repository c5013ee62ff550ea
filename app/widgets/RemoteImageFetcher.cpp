#include "RemoteImageFetcher.h"

#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace coinage::gui {
namespace {
// The cache's budget in kilobytes of decoded pixels.
constexpr int cacheKilobytes = 64 * 1024;
} // namespace

RemoteImageFetcher::RemoteImageFetcher(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    m_cache.setMaxCost(cacheKilobytes);
}

RemoteImageFetcher::~RemoteImageFetcher() = default;

bool RemoteImageFetcher::isRemote(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == u"http" || scheme == u"https";
}

QImage RemoteImageFetcher::image(const QUrl &url) const
{
    const QImage *cached = m_cache.object(url);
    return cached ? *cached : QImage();
}

void RemoteImageFetcher::fetch(const QUrl &url)
{
    if (!isRemote(url) || m_cache.contains(url) || m_pending.contains(url) || m_failed.contains(url))
        return;
    m_pending.insert(url);
    ++m_requests;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setMaximumRedirectsAllowed(3);
    request.setTransferTimeout(timeoutMilliseconds);
    request.setRawHeader("Accept", "image/*");
    QNetworkReply *reply = m_network->get(request);
    reply->setReadBufferSize(0);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] { onMetaData(reply); });
    connect(reply, &QNetworkReply::downloadProgress, this, [reply](qint64 received, qint64) {
        if (received > maximumBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void RemoteImageFetcher::onMetaData(QNetworkReply *reply)
{
    // Only images, and none larger than the limit: stop at the headers when they say otherwise.
    const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString().trimmed().toLower();
    const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool redirect = status >= 300 && status < 400;
    if (!redirect && ((!type.isEmpty() && !type.startsWith(u"image/"_s)) || length > maximumBytes))
        reply->abort();
}

void RemoteImageFetcher::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    const QUrl url = reply->request().url();
    const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString().trimmed().toLower();
    if (reply->error() != QNetworkReply::NoError || !type.startsWith(u"image/"_s)) {
        fail(url);
        return;
    }
    const QByteArray bytes = reply->readAll();
    if (bytes.size() > maximumBytes) {
        fail(url);
        return;
    }
    // Decoding is the slow part of a large picture: on a worker.
    auto *watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, url] {
        watcher->deleteLater();
        const QImage image = watcher->result();
        m_pending.remove(url);
        if (image.isNull()) {
            fail(url);
            return;
        }
        m_cache.insert(url, new QImage(image), int(qMax<qsizetype>(1, image.sizeInBytes() / 1024)));
        Q_EMIT imageReady(url);
    });
    watcher->setFuture(QtConcurrent::run([bytes] { return QImage::fromData(bytes); }));
}

void RemoteImageFetcher::fail(const QUrl &url)
{
    m_pending.remove(url);
    m_failed.insert(url);
    Q_EMIT imageFailed(url);
}

} // namespace coinage::gui
