#include "preview/PreviewRenderer.h"
#include "support/Seed.h"

#include <QtTest>
#include <algorithm>

using namespace coinage;
using namespace coinage::test;
using namespace Qt::StringLiterals;

class TestPreview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void html_data();
    void html();
    void footnotesNumberedByFirstReference();
    void headerInsteadOfFrontMatter();
    void anchorsAreFileLines();
    void seedPost();
    void longPostGetsBoundedAnchors();
};

// Each row: Markdown, fragments the HTML must contain, fragments it must not.
void TestPreview::html_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QStringList>("contains");
    QTest::addColumn<QStringList>("excludes");

    QTest::newRow("footnote reference") << u"Text[^note].\n\n[^note]: The note.\n"_s
                                        << QStringList{u"<sup id=\"fnref:note\">"_s,
                                                       u"<a href=\"#fn:note\" class=\"footnote\""_s, u">1</a></sup>"_s,
                                                       u"<li id=\"fn:note\">"_s, u"<a name=\"fn:note\">"_s}
                                        << QStringList{u"[^note]"_s, u"<section"_s, u"fn-note"_s};
    QTest::newRow("footnote backlink")
        << u"Text[^a].\n\n[^a]: Note.\n"_s
        << QStringList{u"<a href=\"#fnref:a\" class=\"reversefootnote\" role=\"doc-backlink\">↩</a>"_s,
                       u"<div class=\"footnotes\" role=\"doc-endnotes\">"_s}
        << QStringList{u"footnote-backref"_s};
    QTest::newRow("second reference") << u"One[^a], two[^a].\n\n[^a]: Note.\n"_s
                                      << QStringList{u"id=\"fnref:a\""_s, u"id=\"fnref:a:1\""_s, u"#fnref:a:1"_s}
                                      << QStringList{};
    QTest::newRow("undefined marker is text")
        << u"Text[^missing].\n"_s << QStringList{u"Text[^missing]."_s} << QStringList{u"<sup"_s};
    QTest::newRow("table") << u"| a | b |\n|---|---|\n| 1 | 2 |\n"_s << QStringList{u"<table>"_s, u"<th>"_s, u"<td>"_s}
                           << QStringList{u"|---|"_s};
    QTest::newRow("strikethrough") << u"~~gone~~\n"_s << QStringList{u"<del>gone</del>"_s} << QStringList{};
    QTest::newRow("autolink") << u"See https://example.com now\n"_s
                              << QStringList{u"<a href=\"https://example.com\">"_s} << QStringList{};
    QTest::newRow("task list") << u"- [ ] todo\n- [x] done\n"_s << QStringList{u"&#9744;"_s, u"&#9745;"_s}
                               << QStringList{u"<input"_s};
    QTest::newRow("script block inert") << u"Before\n\n<script>alert(1)</script>\n\nAfter\n"_s
                                        << QStringList{u"&lt;script&gt;alert(1)&lt;/script&gt;"_s}
                                        << QStringList{u"<script"_s};
    QTest::newRow("inline html inert") << u"A <img src=x onerror=alert(1)> b\n"_s
                                       << QStringList{u"<code>&lt;img src=x onerror=alert(1)&gt;</code>"_s}
                                       << QStringList{u"<img"_s};
    QTest::newRow("javascript link dropped")
        << u"[x](javascript:alert(1))\n"_s << QStringList{u"<a href=\"\">"_s} << QStringList{u"javascript:"_s};
    QTest::newRow("chinese") << u"# 大模型\n\n子曰：大模型者，铸币之道也。[^1]\n\n[^1]: 注释。\n"_s
                             << QStringList{u"<h1><a name=\"L0\"></a>大模型</h1>"_s, u"子曰：大模型者，铸币之道也。"_s,
                                            u"<li id=\"fn:1\">"_s, u"注释。"_s}
                             << QStringList{};
    QTest::newRow("no front matter, no header")
        << u"Plain.\n"_s << QStringList{u"<p><a name=\"L0\"></a>Plain.</p>"_s} << QStringList{u"post-header"_s};
}

void TestPreview::html()
{
    QFETCH(QString, markdown);
    QFETCH(QStringList, contains);
    QFETCH(QStringList, excludes);
    const PreviewHtml preview = PreviewRenderer::render(markdown, 7);
    QCOMPARE(preview.revision, 7u);
    for (const QString &fragment : contains)
        QVERIFY2(preview.html.contains(fragment), qPrintable(fragment + u"\n--- in ---\n"_s + preview.html));
    for (const QString &fragment : excludes)
        QVERIFY2(!preview.html.contains(fragment), qPrintable(fragment + u"\n--- in ---\n"_s + preview.html));
}

void TestPreview::footnotesNumberedByFirstReference()
{
    // Defined a, b, c; referenced c, a, c, b: numbered as kramdown does, by first reference.
    const QString text = u"C[^c] A[^a] C[^c] B[^b]\n\n[^a]: Note a.\n[^b]: Note b.\n[^c]: Note c.\n"_s;
    const QString html = PreviewRenderer::render(text).html;
    QVERIFY(html.contains(u"<a href=\"#fn:c\" class=\"footnote\" rel=\"footnote\" role=\"doc-noteref\">1</a>"_s));
    QVERIFY(html.contains(u"<a href=\"#fn:a\" class=\"footnote\" rel=\"footnote\" role=\"doc-noteref\">2</a>"_s));
    QVERIFY(html.contains(u"<a href=\"#fn:b\" class=\"footnote\" rel=\"footnote\" role=\"doc-noteref\">3</a>"_s));
    const qsizetype c = html.indexOf(u"<li id=\"fn:c\">"_s);
    const qsizetype a = html.indexOf(u"<li id=\"fn:a\">"_s);
    const qsizetype b = html.indexOf(u"<li id=\"fn:b\">"_s);
    QVERIFY(c > 0 && c < a && a < b);
    // Every note links back to its first reference.
    QVERIFY(html.indexOf(u"href=\"#fnref:c\""_s) > c);
    QVERIFY(html.indexOf(u"href=\"#fnref:a\""_s) > a);
}

void TestPreview::headerInsteadOfFrontMatter()
{
    const QString text = u"---\ntitle: \"铸币 & <Coins>\"\ndate: 2025-01-05 22:05\ntags: [misc, ai]\n---\n\nBody.\n"_s;
    const QString html = PreviewRenderer::render(text).html;
    QVERIFY2(html.contains(u"<h1 class=\"post-title\">铸币 &amp; &lt;Coins&gt;</h1>"_s), qPrintable(html));
    QVERIFY(html.contains(u"<span class=\"post-date\">2025-01-05 22:05</span>"_s));
    QVERIFY(html.contains(u"#misc"_s));
    QVERIFY(html.contains(u"#ai"_s));
    QVERIFY(!html.contains(u"---"_s));
    QVERIFY(!html.contains(u"title:"_s));
    // Tags as a string split on whitespace.
    const QString spaced = PreviewRenderer::render(u"---\ntitle: T\ntags: one two\n---\nx\n"_s).html;
    QVERIFY(spaced.contains(u"#one"_s) && spaced.contains(u"#two"_s));
}

void TestPreview::anchorsAreFileLines()
{
    const QString text = u"---\ntitle: T\n---\n\n# Head\n\nPara one.\n\n- item\n\n```\ncode\n```\n"_s;
    const PreviewHtml preview = PreviewRenderer::render(text);
    // Header at 0, heading on line 4, paragraph on 6, the list item on 8, the code block on 10 (0-based).
    QCOMPARE(preview.anchorLines, (QList<int>{0, 4, 6, 8, 10}));
    QVERIFY(preview.html.contains(u"<h1><a name=\"L4\"></a>Head</h1>"_s));
    QVERIFY(preview.html.contains(u"<a name=\"L10\"></a><pre>"_s));
    QVERIFY(!preview.html.contains(u"data-sourcepos"_s));
}

void TestPreview::seedPost()
{
    const QString text = QString::fromUtf8(readAll(seedPath(u"en"_s)));
    QVERIFY(!text.isEmpty());
    const PreviewHtml preview = PreviewRenderer::render(text);
    QVERIFY(preview.html.contains(u"Large Models and Coin Minting"_s));
    QVERIFY(preview.html.contains(u"<strong>References</strong>"_s));
    QVERIFY(preview.anchorLines.size() > 10);
}

// 20,000 paragraphs would give 20,000 named anchors, and QTextBrowser::setHtml slows with every one: the anchors
// thin out evenly so a long post shows quickly and still scrolls level.
void TestPreview::longPostGetsBoundedAnchors()
{
    QString text;
    for (int i = 0; i < 20000; ++i)
        text += u"Paragraph %1 with some words.\n\n"_s.arg(i);
    const PreviewHtml page = PreviewRenderer::render(text);
    QVERIFY2(page.anchorLines.size() <= PreviewRenderer::maxAnchors + 1,
             qPrintable(QString::number(page.anchorLines.size())));
    QVERIFY(page.anchorLines.size() >= PreviewRenderer::maxAnchors / 2);
    QCOMPARE(page.anchorLines.first(), 0);
    QVERIFY(std::is_sorted(page.anchorLines.cbegin(), page.anchorLines.cend()));
    QVERIFY(page.anchorLines.last() > 39000 - 2 * 40000 / PreviewRenderer::maxAnchors); // spread to the end
    QCOMPARE(page.html.count(u"<a name=\"L"_s), page.anchorLines.size());
}

QTEST_GUILESS_MAIN(TestPreview)
#include "tst_preview.moc"
