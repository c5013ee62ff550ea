#include "PreviewBrowser.h"

#include "RemoteImageFetcher.h"

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coinage::gui {
namespace {

constexpr int baseMargin = 24;
const char *const styleGenerationProperty = "coinageStyleGeneration";

// The site root for "/assets/x.png": the folder holding _posts or _drafts (or _config.yml) above the post.
QString siteRootAbove(const QString &folder)
{
    QDir dir(folder);
    for (int depth = 0; depth < 6; ++depth) {
        if (dir.exists(u"_config.yml"_s) || dir.exists(u"_posts"_s) || dir.exists(u"_drafts"_s))
            return dir.absolutePath();
        if (!dir.cdUp())
            break;
    }
    return {};
}

QString mix(const QColor &a, const QColor &b, qreal amount)
{
    const QColor c = QColor::fromRgbF(float(a.redF() * (1 - amount) + b.redF() * amount),
                                      float(a.greenF() * (1 - amount) + b.greenF() * amount),
                                      float(a.blueF() * (1 - amount) + b.blueF() * amount));
    return c.name();
}

} // namespace

PreviewBrowser::PreviewBrowser(QWidget *parent)
    : QTextBrowser(parent)
    , m_background(Qt::white)
    , m_text(Qt::black)
{
    setObjectName(u"previewBrowser"_s);
    setAccessibleName(tr("Preview"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    // Reading text a little larger than the interface's.
    QFont reading = font();
    reading.setPointSizeF(qMax<qreal>(reading.pointSizeF() * 1.15, 11.5));
    setFont(reading);
    document()->setDocumentMargin(baseMargin);
    connect(this, &QTextBrowser::anchorClicked, this, &PreviewBrowser::onAnchorClicked);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (!m_scrollingToLine)
            Q_EMIT scrolledByUser(topLine());
    });
    m_relayout.setSingleShot(true);
    m_relayout.setInterval(50);
    connect(&m_relayout, &QTimer::timeout, this, &PreviewBrowser::relayoutArrivedImages);
    applyStyle();
}

PreviewBrowser::~PreviewBrowser() = default;

PreviewBrowser::DocumentBuilder PreviewBrowser::documentBuilder() const
{
    const QString css = m_css;
    const QFont font = this->font();
    const int generation = m_styleGeneration;
    return [css, font, generation](const QString &html, QThread *target) {
        // QTextDocument is reentrant: parsing the HTML needs no layout and no paint device, so it can run here.
        auto *document = new QTextDocument;
        document->setUndoRedoEnabled(false);
        document->setDefaultFont(font);
        document->setDocumentMargin(baseMargin);
        document->setDefaultStyleSheet(css);
        document->setHtml(html);
        document->setProperty(styleGenerationProperty, generation);
        document->moveToThread(target);
        return document;
    };
}

void PreviewBrowser::showPreview(const PreviewHtml &preview, QTextDocument *prebuilt)
{
    m_preview = preview;
    m_scrollingToLine = true;
    const int scroll = verticalScrollBar()->value();
    if (prebuilt && prebuilt->property(styleGenerationProperty).toInt() != m_styleGeneration) {
        delete prebuilt; // made with the colours before a theme change
        prebuilt = nullptr;
    }
    if (prebuilt) {
        QPointer<QTextDocument> previous = m_ownDocument;
        prebuilt->setParent(this);
        m_ownDocument = prebuilt;
        setDocument(prebuilt);
        delete previous.data();
    } else {
        setHtml(preview.html);
    }
    m_anchors.clear();
    m_arrived.clear();
    verticalScrollBar()->setValue(scroll);
    m_scrollingToLine = false;
    if (m_remoteAllowed)
        fetchRemoteImages();
    Q_EMIT remoteImagesFound(int(remoteImages().size()));
}

QList<QUrl> PreviewBrowser::remoteImages() const
{
    QList<QUrl> urls;
    for (const QString &target : m_preview.imageUrls) {
        const QUrl url(target);
        if (RemoteImageFetcher::isRemote(url) && !urls.contains(url))
            urls.append(url);
    }
    return urls;
}

void PreviewBrowser::setRemoteImageFetcher(RemoteImageFetcher *fetcher)
{
    if (m_fetcher)
        disconnect(m_fetcher, nullptr, this, nullptr);
    m_fetcher = fetcher;
    if (fetcher)
        connect(fetcher, &RemoteImageFetcher::imageReady, this, &PreviewBrowser::onRemoteImage);
}

void PreviewBrowser::setRemoteImagesAllowed(bool allowed)
{
    if (allowed == m_remoteAllowed)
        return;
    m_remoteAllowed = allowed;
    if (allowed)
        fetchRemoteImages();
    else if (!m_preview.html.isEmpty())
        showPreview(m_preview); // the images go again
}

void PreviewBrowser::fetchRemoteImages()
{
    if (!m_fetcher)
        return;
    for (const QUrl &url : remoteImages()) {
        const QImage cached = m_fetcher->image(url);
        if (cached.isNull())
            m_fetcher->fetch(url);
        else
            onRemoteImage(url);
    }
}

void PreviewBrowser::onRemoteImage(const QUrl &url)
{
    if (!m_remoteAllowed || !m_fetcher || !remoteImages().contains(url))
        return;
    // Replaces the "broken image" the layout may have stored for the URL meanwhile.
    document()->addResource(QTextDocument::ImageResource, url, m_fetcher->image(url));
    m_arrived.insert(url);
    m_relayout.start();
}

void PreviewBrowser::relayoutArrivedImages()
{
    // Lays out again only the fragments that show an arrived image.
    QTextDocument *doc = document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.isValid() && fragment.charFormat().isImageFormat() &&
                m_arrived.contains(QUrl(fragment.charFormat().toImageFormat().name())))
                doc->markContentsDirty(fragment.position(), fragment.length());
        }
    }
    m_arrived.clear();
    viewport()->update();
}

void PreviewBrowser::setPostFolder(const QString &folder)
{
    m_folder = folder;
}

void PreviewBrowser::setColors(const QColor &background, const QColor &text, bool dark)
{
    if (background == m_background && text == m_text && dark == m_dark)
        return;
    m_background = background;
    m_text = text;
    m_dark = dark;
    applyStyle();
    if (!m_preview.html.isEmpty())
        showPreview(m_preview);
}

void PreviewBrowser::applyStyle()
{
    QPalette colors = palette();
    colors.setColor(QPalette::Base, m_background);
    colors.setColor(QPalette::Text, m_text);
    setPalette(colors);
    const QString link = m_dark ? u"#78aeed"_s : u"#1a5fb4"_s;
    const QString muted = mix(m_text, m_background, 0.4);
    const QString rule = mix(m_text, m_background, 0.8);
    const QString codeBackground = mix(m_text, m_background, 0.92);
    // Qt's rich text takes a subset of CSS 2.1; the fonts fall back per character, CJK included.
    m_css = uR"(
body { font-family: "Noto Sans", "Source Sans 3", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC",
       "Microsoft YaHei", sans-serif; color: %1; line-height: 150%; }
p, li { line-height: 150%; }
p { margin-top: 0; margin-bottom: 12px; }
h1 { font-size: 150%; margin-top: 18px; margin-bottom: 10px; }
h2 { font-size: 130%; margin-top: 18px; margin-bottom: 8px; }
h3 { font-size: 115%; margin-top: 14px; margin-bottom: 6px; }
h4, h5, h6 { font-size: 105%; margin-top: 12px; margin-bottom: 6px; }
a { color: %2; text-decoration: none; }
code { font-family: "Noto Sans Mono", "DejaVu Sans Mono", monospace; background-color: %5; }
pre { font-family: "Noto Sans Mono", "DejaVu Sans Mono", monospace; background-color: %5; padding: 8px;
      line-height: 130%; white-space: pre-wrap; }
blockquote { color: %3; margin-left: 16px; margin-right: 0; }
table { border-collapse: collapse; margin-bottom: 12px; }
th, td { border: 1px solid %4; padding: 4px 8px; }
th { font-weight: 600; background-color: %5; }
del { color: %3; }
sup { font-size: 75%; }
.post-header { margin-bottom: 18px; }
.post-title { font-size: 165%; margin-top: 0; margin-bottom: 4px; }
.post-meta { color: %3; font-size: 90%; margin-bottom: 20px; }
.post-tag { color: %3; }
.footnotes { color: %3; font-size: 92%; }
.reversefootnote { color: %2; }
hr { color: %4; }
)"_s.arg(m_text.name(), link, muted, rule, codeBackground);
    ++m_styleGeneration;
    document()->setDefaultStyleSheet(m_css);
}

void PreviewBrowser::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    updateMargins();
}

void PreviewBrowser::updateMargins()
{
    // A readable column: about 38 lines' height wide at most, centred.
    const int column = 38 * fontMetrics().height();
    const int spare = width() - column - 2 * baseMargin;
    const int side = spare > 0 ? spare / 2 : 0;
    if (viewportMargins().left() != side)
        setViewportMargins(side, 0, side, 0);
}

void PreviewBrowser::indexAnchors()
{
    // Which block holds each line anchor: a scan of the fragments, no layout (positions come later, on demand, so
    // only the part of the document up to the place asked for is laid out).
    m_anchors.clear();
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isAnchor())
                continue;
            const QStringList names = fragment.charFormat().anchorNames();
            for (const QString &name : names) {
                if (name.size() < 2 || name.at(0) != u'L')
                    continue;
                bool ok = false;
                const int line = name.sliced(1).toInt(&ok);
                if (ok && (m_anchors.isEmpty() || line > m_anchors.last().second))
                    m_anchors.append({block.blockNumber(), line});
            }
        }
    }
}

qreal PreviewBrowser::blockTop(int blockNumber) const
{
    const QTextBlock block = document()->findBlockByNumber(blockNumber);
    return block.isValid() ? document()->documentLayout()->blockBoundingRect(block).top() : 0;
}

void PreviewBrowser::scrollToLine(int line)
{
    if (m_anchors.isEmpty())
        indexAnchors();
    if (m_anchors.isEmpty())
        return;
    // The last block starting at or before the line; between two anchors, scroll in proportion.
    const auto after = std::upper_bound(m_anchors.cbegin(), m_anchors.cend(), line,
                                        [](int l, const auto &anchor) { return l < anchor.second; });
    qreal y = 0;
    if (after != m_anchors.cbegin() && !(after - 1 == m_anchors.cbegin() && line == after[-1].second)) {
        const auto before = after - 1;
        y = blockTop(before->first);
        if (after != m_anchors.cend() && line > before->second) {
            const qreal next = blockTop(after->first);
            y += (next - y) * qreal(line - before->second) / qreal(after->second - before->second);
        }
    }
    m_scrollingToLine = true;
    // A long document is laid out lazily and the scroll bar learns its new height only later: make room now so the
    // value is not clamped to the part laid out so far.
    QScrollBar *bar = verticalScrollBar();
    if (bar->maximum() < qRound(y)) {
        const qreal height = document()->documentLayout()->documentSize().height();
        bar->setRange(0, qMax(bar->maximum(), int(height) - viewport()->height()));
    }
    bar->setValue(qRound(y));
    m_scrollingToLine = false;
}

int PreviewBrowser::topLine() const
{
    if (m_anchors.isEmpty())
        const_cast<PreviewBrowser *>(this)->indexAnchors();
    if (m_anchors.isEmpty())
        return -1;
    const qreal y = verticalScrollBar()->value();
    const int position = document()->documentLayout()->hitTest(QPointF(baseMargin + 1, y + 1), Qt::FuzzyHit);
    const int blockNumber = document()->findBlock(qMax(0, position)).blockNumber();
    const auto after = std::upper_bound(m_anchors.cbegin(), m_anchors.cend(), blockNumber,
                                        [](int b, const auto &anchor) { return b < anchor.first; });
    if (after == m_anchors.cbegin())
        return m_anchors.first().second;
    const auto before = after - 1;
    if (after == m_anchors.cend())
        return before->second;
    const qreal top = blockTop(before->first);
    const qreal next = blockTop(after->first);
    if (next <= top)
        return before->second;
    return before->second + int((after->second - before->second) * qBound(0.0, (y - top) / (next - top), 1.0));
}

QVariant PreviewBrowser::loadResource(int type, const QUrl &name)
{
    const QString scheme = name.scheme().toLower();
    if (scheme == u"http" || scheme == u"https" || scheme == u"ftp") {
        if (!m_remoteAllowed || !m_fetcher || type != QTextDocument::ImageResource || scheme == u"ftp") {
            ++m_refusedRemote;
            return {};
        }
        const QImage image = m_fetcher->image(name);
        if (image.isNull())
            m_fetcher->fetch(name);
        return image.isNull() ? QVariant() : QVariant(image);
    }
    if (type != QTextDocument::ImageResource || !(scheme.isEmpty() || scheme == u"file"))
        return {};
    QString path = scheme == u"file" ? name.toLocalFile() : name.path();
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).isRelative()) {
        if (m_folder.isEmpty())
            return {};
        path = QDir(m_folder).absoluteFilePath(path);
    } else if (!QFileInfo::exists(path) && !m_folder.isEmpty()) {
        const QString root = siteRootAbove(m_folder);
        if (!root.isEmpty())
            path = root + path;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void PreviewBrowser::onAnchorClicked(const QUrl &url)
{
    if (url.scheme().isEmpty() && url.path().isEmpty() && url.hasFragment()) {
        scrollToAnchor(url.fragment());
        return;
    }
    QUrl target = url;
    if (url.isRelative() && !m_folder.isEmpty())
        target = QUrl::fromLocalFile(m_folder + u'/').resolved(url);
    if (m_openLink)
        m_openLink(target);
    else
        QDesktopServices::openUrl(target);
}

} // namespace coinage::gui
