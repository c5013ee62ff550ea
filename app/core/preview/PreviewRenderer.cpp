#include "PreviewRenderer.h"

#include "post/FrontMatter.h"
#include "post/FrontMatterData.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <mutex>

using namespace Qt::StringLiterals;

namespace coinage {
namespace {

constexpr int cmarkOptions = CMARK_OPT_FOOTNOTES | CMARK_OPT_SOURCEPOS;

void registerExtensions()
{
    // cmark's registration sets a global without a lock: once per process.
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

// Raw HTML shows as code text: an HTML block becomes a code block, inline HTML a code span, with the same text.
// Collects the image targets on the way.
void makeRawHtmlInert(cmark_node *document, QStringList &imageUrls)
{
    QList<cmark_node *> raw;
    cmark_iter *iter = cmark_iter_new(document);
    for (cmark_event_type event = cmark_iter_next(iter); event != CMARK_EVENT_DONE; event = cmark_iter_next(iter)) {
        cmark_node *node = cmark_iter_get_node(iter);
        const cmark_node_type type = cmark_node_get_type(node);
        if (event == CMARK_EVENT_ENTER && (type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE))
            raw.append(node);
        if (event == CMARK_EVENT_ENTER && type == CMARK_NODE_IMAGE) {
            const QString url = QString::fromUtf8(cmark_node_get_url(node));
            if (!url.isEmpty() && !imageUrls.contains(url))
                imageUrls.append(url);
        }
    }
    cmark_iter_free(iter);
    for (cmark_node *node : std::as_const(raw)) {
        const bool block = cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK;
        cmark_node *code = cmark_node_new(block ? CMARK_NODE_CODE_BLOCK : CMARK_NODE_CODE);
        cmark_node_set_literal(code, cmark_node_get_literal(node));
        cmark_node_insert_before(node, code);
        cmark_node_free(node); // unlinks it
    }
}

QString renderBody(const QByteArray &markdown, QStringList &imageUrls)
{
    registerExtensions();
    cmark_parser *parser = cmark_parser_new(cmarkOptions);
    for (const char *name : {"table", "strikethrough", "autolink", "tasklist"}) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser, extension);
    }
    cmark_parser_feed(parser, markdown.constData(), size_t(markdown.size()));
    cmark_node *document = cmark_parser_finish(parser);
    makeRawHtmlInert(document, imageUrls);
    char *html = cmark_render_html(document, cmarkOptions, cmark_parser_get_syntax_extensions(parser));
    QString result = QString::fromUtf8(html);
    cmark_get_default_mem_allocator()->free(html);
    cmark_node_free(document);
    cmark_parser_free(parser);
    return result;
}

// cmark names a second reference to note "x" "fnref-x-2"; kramdown names it "fnref:x:1".
QString kramdownReferenceId(const QString &cmarkId, const QString &label)
{
    const QString rest = cmarkId.sliced(qMin(cmarkId.size(), 6 + label.size())); // after "fnref-" + label
    bool ok = false;
    const int n = rest.startsWith(u'-') ? rest.sliced(1).toInt(&ok) : 0;
    if (ok && n > 1)
        return u"fnref:"_s + label + u':' + QString::number(n - 1);
    return u"fnref:"_s + label;
}

// cmark-gfm's footnote markup rewritten as kramdown's (the ids and classes Jekyll publishes), with named anchors
// for QTextBrowser.
QString kramdownFootnotes(QString html)
{
    static const QRegularExpression reference(
        uR"re(<sup class="footnote-ref"><a href="#fn-([^"]+)" id="(fnref-[^"]+)" data-footnote-ref>([^<]*)</a></sup>)re"_s);
    QString out;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &match : reference.globalMatch(html)) {
        const QString label = match.captured(1);
        const QString id = kramdownReferenceId(match.captured(2), label);
        out += QStringView(html).sliced(last, match.capturedStart() - last);
        out += u"<sup id=\""_s + id + u"\"><a name=\""_s + id + u"\"></a><a href=\"#fn:"_s + label +
               u"\" class=\"footnote\" rel=\"footnote\" role=\"doc-noteref\">"_s + match.captured(3) + u"</a></sup>"_s;
        last = match.capturedEnd();
    }
    out += QStringView(html).sliced(last);
    html = out;

    static const QRegularExpression backlink(uR"re(<a href="#(fnref-[^"]+)" class="footnote-backref"[^>]*>)re"_s);
    static const QRegularExpression note(uR"re(<li id="fn-([^"]+)">)re"_s);
    // The backlinks' labels come from the note they sit in.
    out.clear();
    last = 0;
    QString currentLabel;
    qsizetype noteAt = html.indexOf(note);
    for (const QRegularExpressionMatch &match : backlink.globalMatch(html)) {
        while (noteAt >= 0 && noteAt < match.capturedStart()) {
            currentLabel = note.match(html, noteAt).captured(1);
            noteAt = html.indexOf(note, noteAt + 1);
        }
        out += QStringView(html).sliced(last, match.capturedStart() - last);
        out += u"<a href=\"#"_s + kramdownReferenceId(match.captured(1), currentLabel) +
               u"\" class=\"reversefootnote\" role=\"doc-backlink\">"_s;
        last = match.capturedEnd();
    }
    out += QStringView(html).sliced(last);
    out.replace(note, uR"re(<li id="fn:\1"><a name="fn:\1"></a>)re"_s);
    out.replace(u"<section class=\"footnotes\" data-footnotes>"_s,
                u"<div class=\"footnotes\" role=\"doc-endnotes\">\n<hr />"_s);
    out.replace(u"</section>"_s, u"</div>"_s);
    return out;
}

// Replaces cmark's data-sourcepos attributes with line anchors: inside paragraphs, headings, list items and cells,
// before code blocks, rules and tables. Lines are made 0-based file lines.
QString lineAnchors(const QString &html, int firstLine, int minGap, QList<int> &lines)
{
    static const QRegularExpression sourcepos(uR"re(<(\w+)([^>]*?) data-sourcepos="(\d+):\d+-\d+:\d+"([^>]*)>)re"_s);
    static const QSet<QString> inside{u"p"_s,  u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s,
                                      u"h5"_s, u"h6"_s, u"li"_s, u"th"_s, u"td"_s};
    static const QSet<QString> before{u"pre"_s, u"hr"_s, u"table"_s};
    QSet<int> seen;
    QString out;
    out.reserve(html.size() + html.size() / 8);
    qsizetype last = 0;
    for (const QRegularExpressionMatch &match : sourcepos.globalMatch(html)) {
        out += QStringView(html).sliced(last, match.capturedStart() - last);
        const QString tag = match.captured(1);
        const int line = firstLine + match.captured(3).toInt() - 1;
        const QString openTag = u'<' + tag + match.captured(2) + match.captured(4) + u'>';
        QString anchor;
        const bool farEnough = lines.isEmpty() || line - lines.last() >= minGap;
        if ((inside.contains(tag) || before.contains(tag)) && !seen.contains(line) && farEnough) {
            seen.insert(line);
            lines.append(line);
            anchor = u"<a name=\""_s + PreviewRenderer::lineAnchor(line) + u"\"></a>"_s;
        }
        if (before.contains(tag))
            out += anchor + openTag;
        else
            out += openTag + anchor;
        last = match.capturedEnd();
    }
    out += QStringView(html).sliced(last);
    return out;
}

QStringList tagsOf(const FrontMatterData &data)
{
    const FrontMatterEntry *entry = data.find(u"tags");
    if (!entry)
        return {};
    QStringList tags;
    if (entry->value.kind == YamlValue::Kind::List) {
        for (const YamlValue &item : entry->value.items) {
            if (item.isScalar() && !item.scalar.isEmpty())
                tags.append(item.scalar);
        }
    } else if (entry->value.isScalar()) {
        tags = entry->value.scalar.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    }
    return tags;
}

QString headerHtml(const FrontMatterData &data)
{
    const QString title = data.string(u"title").trimmed();
    const QString date = data.string(u"date").trimmed();
    const QStringList tags = tagsOf(data);
    if (title.isEmpty() && date.isEmpty() && tags.isEmpty())
        return {};
    QString html = u"<div class=\"post-header\">"_s;
    if (!title.isEmpty())
        html += u"<h1 class=\"post-title\">"_s + title.toHtmlEscaped() + u"</h1>"_s;
    QStringList meta;
    if (!date.isEmpty())
        meta.append(u"<span class=\"post-date\">"_s + date.toHtmlEscaped() + u"</span>"_s);
    if (!tags.isEmpty()) {
        QStringList escaped;
        for (const QString &tag : tags)
            escaped.append(u"<span class=\"post-tag\">#"_s + tag.toHtmlEscaped() + u"</span>"_s);
        meta.append(escaped.join(u' '));
    }
    if (!meta.isEmpty())
        html += u"<p class=\"post-meta\">"_s + meta.join(u" &middot; "_s) + u"</p>"_s;
    return html + u"</div>\n"_s;
}

QString taskBoxes(QString html)
{
    html.replace(u"<input type=\"checkbox\" checked=\"\" disabled=\"\" />"_s, u"<span class=\"task\">&#9745;</span>"_s);
    html.replace(u"<input type=\"checkbox\" disabled=\"\" />"_s, u"<span class=\"task\">&#9744;</span>"_s);
    return html;
}

} // namespace

QString PreviewRenderer::lineAnchor(int line)
{
    return u'L' + QString::number(line);
}

PreviewHtml PreviewRenderer::render(QStringView text, quint64 revision)
{
    PreviewHtml result;
    result.revision = revision;
    const FrontMatterSplit split = splitFrontMatter(text);
    QString header;
    int firstLine = 0;
    QStringView body = text;
    if (split.hasFrontMatter()) {
        header = headerHtml(FrontMatterData::parse(text, split));
        body = split.body(text);
        firstLine = split.bodyFirstLine;
    }
    if (!header.isEmpty()) {
        result.anchorLines.append(0);
        header.prepend(u"<a name=\""_s + lineAnchor(0) + u"\"></a>"_s);
    }
    QString html = renderBody(body.toUtf8(), result.imageUrls);
    html = kramdownFootnotes(std::move(html));
    html = taskBoxes(std::move(html));
    // A code block's last newline would show as an empty line.
    html.replace(u"\n</code></pre>"_s, u"</code></pre>"_s);
    // Every named anchor costs QTextDocument a character format of its own, and showing the page slows with their
    // number: a long post gets one anchor every few lines (at most about maxAnchors), enough to keep scrolling level.
    const int minGap = std::max<int>(1, int(body.count(u'\n') / maxAnchors));
    html = lineAnchors(html, firstLine, minGap, result.anchorLines);
    std::sort(result.anchorLines.begin(), result.anchorLines.end());
    result.anchorLines.erase(std::unique(result.anchorLines.begin(), result.anchorLines.end()),
                             result.anchorLines.end());
    result.html = header + html;
    return result;
}

} // namespace coinage
