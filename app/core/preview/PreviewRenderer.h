#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace coinage {

// The HTML of a post for the preview, and the revision of the text it was made from.
struct PreviewHtml
{
    quint64 revision = 0;
    // An HTML fragment: the front matter as a header (title, date, tags), then the body.
    QString html;
    // 0-based file lines that start a block, ascending; the HTML has an anchor <a name="L<line>"> at each. A long post
    // gets at most about PreviewRenderer::maxAnchors of them, spread evenly.
    QList<int> anchorLines;
    // The targets of the post's Markdown images, in order, each once (raw HTML <img> is inert text and gives none).
    QStringList imageUrls;
};

// Renders a post (front matter + Markdown) to HTML with cmark-gfm: footnotes, tables, strikethrough, autolinks and
// task lists. The front matter becomes a header instead of `---` text. Footnotes follow kramdown (what Jekyll
// publishes): numbered by first reference, ids fn:label / fnref:label, a backlink after each note. Raw HTML is inert:
// it shows as code text, never as markup, and cmark drops javascript:/vbscript:/file: link targets. Each block starts
// with a line anchor so views can scroll to a source line. Thread-safe (no shared state): run it on a worker.
class PreviewRenderer
{
    Q_DECLARE_TR_FUNCTIONS(coinage::PreviewRenderer)
public:
    static PreviewHtml render(QStringView text, quint64 revision = 0);
    static constexpr int maxAnchors = 400;

    // The anchor name of a 0-based file line.
    static QString lineAnchor(int line);
};

} // namespace coinage
