#pragma once

#include "preview/PreviewRenderer.h"

#include <QTextBrowser>

#include <functional>

namespace coinage::gui {

// The rendered post: a read-only QTextBrowser with a stylesheet for Chinese and English prose, light or dark. Links
// open in the system browser (in-page links scroll), local images load relative to the post's folder (or the site
// root for "/assets/..."), and nothing is fetched from the network: http(s) resources are refused and counted.
class PreviewBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit PreviewBrowser(QWidget *parent = nullptr);

    // Shows a rendering, keeping the scroll position.
    void showPreview(const PreviewHtml &preview);
    const PreviewHtml &preview() const { return m_preview; }

    // The folder of the post (relative images resolve there); empty for an untitled post.
    void setPostFolder(const QString &folder);
    // Colours: the editor theme's background and text, and whether it is dark.
    void setColors(const QColor &background, const QColor &text, bool dark);

    // Scrolls so the block of this 0-based file line (or the nearest one before it) is at the top.
    void scrollToLine(int line);
    // The 0-based file line of the block at the top of the view, -1 when unknown.
    int topLine() const;

    // How many remote resources (http, https, ftp) the document asked for; none of them were fetched.
    int refusedRemoteRequests() const { return m_refusedRemote; }
    // Replaces QDesktopServices::openUrl (tests).
    void setLinkOpener(std::function<void(const QUrl &)> opener) { m_openLink = std::move(opener); }

    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    void scrolledByUser(int line);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void onAnchorClicked(const QUrl &url);
    void applyStyle();
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
};

} // namespace coinage::gui
