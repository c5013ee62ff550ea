#pragma once

#include "preview/PreviewRenderer.h"

#include <QPointer>
#include <QSet>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>

#include <functional>

namespace coinage::gui {

class RemoteImageFetcher;

// The rendered post: a read-only QTextBrowser with a stylesheet for Chinese and English prose, light or dark. Links
// open in the system browser (in-page links scroll), local images load relative to the post's folder (or the site
// root for "/assets/..."). Nothing is fetched from the network unless remote images are allowed (for this post or
// always, PreviewController decides): until then http(s) resources are refused and counted; once allowed, http(s)
// images come through a RemoteImageFetcher and show as they arrive. Other remote resources are never fetched.
class PreviewBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    // Builds the QTextDocument of an HTML rendering with the browser's style as it was when the builder was made; safe
    // to run on a worker. The document has no parent and belongs to `target`'s thread when it returns.
    using DocumentBuilder = std::function<QTextDocument *(const QString &html, QThread *target)>;

    explicit PreviewBrowser(QWidget *parent = nullptr);
    ~PreviewBrowser() override;

    // Shows a rendering, keeping the scroll position. With a document built on a worker (documentBuilder()), the UI
    // thread only swaps it in; without one, or when the style changed since, it parses the HTML here.
    void showPreview(const PreviewHtml &preview, QTextDocument *prebuilt = nullptr);
    const PreviewHtml &preview() const { return m_preview; }
    DocumentBuilder documentBuilder() const;

    // The http(s) images of the shown post, each once.
    QList<QUrl> remoteImages() const;
    void setRemoteImageFetcher(RemoteImageFetcher *fetcher);
    void setRemoteImagesAllowed(bool allowed);
    bool remoteImagesAllowed() const { return m_remoteAllowed; }

    // The folder of the post (relative images resolve there); empty for an untitled post.
    void setPostFolder(const QString &folder);
    // Colours: the editor theme's background and text, and whether it is dark.
    void setColors(const QColor &background, const QColor &text, bool dark);

    // Scrolls so the block of this 0-based file line (or the nearest one before it) is at the top.
    void scrollToLine(int line);
    // The 0-based file line of the block at the top of the view, -1 when unknown.
    int topLine() const;

    // How many remote resources (http, https, ftp) the document asked for while they were not allowed; none of them
    // were fetched.
    int refusedRemoteRequests() const { return m_refusedRemote; }
    // Replaces QDesktopServices::openUrl (tests).
    void setLinkOpener(std::function<void(const QUrl &)> opener) { m_openLink = std::move(opener); }

    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    void scrolledByUser(int line);
    // A post was shown; how many remote images it has.
    void remoteImagesFound(int count);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void onAnchorClicked(const QUrl &url);
    void applyStyle();
    void onRemoteImage(const QUrl &url);
    void relayoutArrivedImages();
    void fetchRemoteImages();
    void updateMargins();
    void indexAnchors();
    qreal blockTop(int blockNumber) const;

    PreviewHtml m_preview;
    QString m_folder;
    QColor m_background;
    QColor m_text;
    bool m_dark = false;
    int m_refusedRemote = 0;
    bool m_scrollingToLine = false;
    // (block number, 0-based line) of each line anchor, both ascending.
    QList<std::pair<int, int>> m_anchors;
    std::function<void(const QUrl &)> m_openLink;
    QString m_css;
    int m_styleGeneration = 0;
    QPointer<QTextDocument> m_ownDocument;
    QPointer<RemoteImageFetcher> m_fetcher;
    bool m_remoteAllowed = false;
    QSet<QUrl> m_arrived;
    QTimer m_relayout;
};

} // namespace coinage::gui
