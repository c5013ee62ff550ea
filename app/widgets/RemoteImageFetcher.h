#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace coinage::gui {

// Fetches the preview's http(s) images once the user allowed it: QNetworkAccessManager (its HTTP runs on Qt's own
// network thread), no cookies sent or kept, redirects only to equally safe places, a transfer timeout, a size limit,
// only replies that say they are images and decode as one (decoded on a worker). Images are kept in a cache shared by
// every post, so a post shown again does not fetch them again.
class RemoteImageFetcher : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 maximumBytes = 8 * 1024 * 1024;
    static constexpr int timeoutMilliseconds = 15000;

    explicit RemoteImageFetcher(QObject *parent = nullptr);
    ~RemoteImageFetcher() override;

    static bool isRemote(const QUrl &url);
    // The cached image of a URL; a null image when it is not (yet) fetched or failed.
    QImage image(const QUrl &url) const;
    bool hasFailed(const QUrl &url) const { return m_failed.contains(url); }
    // Starts fetching unless the image is cached, already on its way, or failed before.
    void fetch(const QUrl &url);
    int requestCount() const { return m_requests; }

Q_SIGNALS:
    void imageReady(const QUrl &url);
    void imageFailed(const QUrl &url);

private:
    void onMetaData(QNetworkReply *reply);
    void onFinished(QNetworkReply *reply);
    void fail(const QUrl &url);

    QNetworkAccessManager *m_network;
    QCache<QUrl, QImage> m_cache;
    QSet<QUrl> m_pending;
    QSet<QUrl> m_failed;
    int m_requests = 0;
};

} // namespace coinage::gui
