// BlockScanner against cmark-gfm: the same blocks (type, lines, depth, level) and headings (level, text, line,
// offset) on the seed posts, generated posts and edge cases. Where they differ on purpose, the difference is listed
// in knownDifference() and in docs/performance.md.
#include "../bench/PostGenerator.h"
#include "markdown/BlockScanner.h"
#include "markdown/MarkdownScanner.h"
#include "support/CmarkScan.h"
#include "support/Seed.h"

#include <QtTest>

using namespace coinage;
using namespace Qt::StringLiterals;

namespace {

QString typeName(ScanBlock::Type type)
{
    static const char *names[] = {"paragraph", "heading", "list",  "item",  "quote",
                                  "code",      "html",    "break", "table", "footnote"};
    return QString::fromLatin1(names[int(type)]);
}

QStringList describe(const ScanSnapshot &s)
{
    QStringList out;
    for (const ScanBlock &b : s.blocks)
        out.append(u"%1 %2-%3 depth %4 level %5"_s.arg(typeName(b.type))
                       .arg(b.firstLine)
                       .arg(b.lastLine)
                       .arg(b.depth)
                       .arg(b.level));
    for (const ScanHeading &h : s.headings)
        out.append(u"heading %1 line %2 offset %3: %4"_s.arg(h.level).arg(h.line).arg(h.offset).arg(h.text));
    return out;
}

// cmark-gfm quirks the scanner does not copy (docs/performance.md, "Block scanner and cmark-gfm"):
// - an HTML block of kinds 1-5 (comments, <script>, ...) ends, in cmark's sourcepos, on the line before the one that
//   closes it; the scanner reports the closing line;
// - a setext heading ends, in cmark's sourcepos, on the line after its underline; the scanner ends it on the
//   underline;
// - the paragraph before a table that starts under its last line has no sourcepos in cmark; the scanner gives its
//   lines;
// - cmark-gfm moves footnote definitions to the end of the document in the order of their first reference; the
//   scanner keeps document order. (It also drops definitions that nothing references, which the scanner keeps: see
//   unreferencedFootnote().)
void normaliseCmark(ScanSnapshot &cmark, const QString &text)
{
    const QStringList lines = text.split(u'\n');
    auto isUnderline = [&](int line) {
        const QString t = line < lines.size() ? lines[line].trimmed() : QString();
        return !t.isEmpty() && (t.count(u'=') == t.size() || t.count(u'-') == t.size());
    };
    for (qsizetype i = 0; i < cmark.blocks.size(); ++i) {
        ScanBlock &b = cmark.blocks[i];
        if (b.type == ScanBlock::Type::Heading && b.lastLine > b.firstLine && !isUnderline(b.lastLine) &&
            isUnderline(b.lastLine - 1))
            --b.lastLine;
        const qsizetype table =
            i + 1 < cmark.blocks.size() && cmark.blocks[i + 1].type == ScanBlock::Type::Table ? i + 1 : i - 1;
        if (b.type == ScanBlock::Type::Paragraph && b.firstLine < 0 && table >= 0 &&
            cmark.blocks[table].type == ScanBlock::Type::Table) {
            // The table's sourcepos starts with the paragraph; its header is the line above the delimiter row.
            ScanBlock &t = cmark.blocks[table];
            int delimiter = t.firstLine + 1;
            static const QRegularExpression row(u"^\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*$"_s);
            while (delimiter < t.lastLine && !row.match(lines[delimiter]).hasMatch())
                ++delimiter;
            b.firstLine = t.firstLine;
            b.lastLine = delimiter - 2;
            t.firstLine = delimiter - 1;
        }
        if (b.type == ScanBlock::Type::Html && b.lastLine + 1 < lines.size()) {
            const QString start = lines[b.firstLine].trimmed();
            const bool kind1to5 = start.startsWith(u"<!") || start.startsWith(u"<?") ||
                                  start.startsWith(u"<script", Qt::CaseInsensitive) ||
                                  start.startsWith(u"<pre", Qt::CaseInsensitive) ||
                                  start.startsWith(u"<style", Qt::CaseInsensitive);
            if (kind1to5 && !lines[b.lastLine + 1].trimmed().isEmpty())
                ++b.lastLine;
        }
        b.lastLine = std::max(b.lastLine, b.firstLine);
    }
    std::stable_sort(cmark.blocks.begin(), cmark.blocks.end(), [](const ScanBlock &a, const ScanBlock &b) {
        return a.firstLine != b.firstLine ? a.firstLine < b.firstLine : a.depth < b.depth;
    });
}

} // namespace

class TestBlockScanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameAsCmark_data();
    void sameAsCmark();
    void unreferencedFootnote();
    void headingText_data();
    void headingText();
};

void TestBlockScanner::sameAsCmark_data()
{
    QTest::addColumn<QString>("text");
    for (const QString &file : test::seedFiles())
        QTest::newRow(qPrintable(QFileInfo(file).fileName())) << QString::fromUtf8(test::readAll(file));
    for (quint32 seed = 1; seed <= 6; ++seed)
        QTest::newRow(qPrintable(u"generated %1"_s.arg(seed))) << bench::generatePost({40 * 1024, -1, seed});
    const QList<std::pair<const char *, QString>> edges = {
        {"empty", QString()},
        {"front matter only", u"---\ntitle: x\n---\n"_s},
        {"atx", u"# One\n## Two ##\n###### Six\n####### seven\n#hashtag\n# \n"_s},
        {"atx closing", u"# Title #\n## Title ## x\n### `code` and *em* ###\n"_s},
        {"setext", u"Title\n=====\n\nTwo\nlines\n---\n\n- item\n---\n"_s},
        {"thematic", u"***\n- - -\n___\n\npara\n***\n"_s},
        {"fenced", u"```\n# not a heading\n```\n\n~~~~ info\ncode\n~~~\nstill\n~~~~\n"_s},
        {"fence unclosed", u"text\n```\ncode\n\nmore\n"_s},
        {"indented", u"    code\n\n    more\n\n\npara\n    continued\n"_s},
        {"indented trailing blanks", u"    code\n\n\n\ntext\n"_s},
        {"quote", u"> quote\nlazy\n> > nested\n\n> again\n"_s},
        {"quote with heading", u"> # Heading\n> text\n"_s},
        {"list", u"- a\n- b\n\n- c\n\n  para in c\n\npara\n"_s},
        {"ordered", u"1. one\n2. two\n3) other list\n\n10. ten\n"_s},
        {"nested list", u"- a\n  - b\n    - c\n- d\n"_s},
        {"list interrupts", u"para\n- item\npara\n2. not a list\n"_s},
        {"empty item", u"-\n  foo\n-\n\n  bar\n"_s},
        {"list change", u"- a\n+ b\n* c\n"_s},
        {"list then code", u"- a\n\n      code\n"_s},
        {"tight quote list", u"> - a\n> - b\n>\n> text\n"_s},
        {"html", u"<div>\n*x*\n</div>\n\n<!-- comment -->\n\n<!--\nmulti\n-->\ntext\n"_s},
        {"html 7", u"<custom-tag>\ntext\n\n</custom-tag>\n\npara\n<span>\n"_s},
        {"table", u"| a | b |\n| --- | :-: |\n| 1 | 2 |\nno pipe\n\ntext\n"_s},
        {"table after paragraph", u"intro\n| a | b |\n|---|---|\n| 1 | 2 |\n"_s},
        {"not a table", u"| a | b | c |\n| --- | --- |\n"_s},
        {"footnotes", u"Text.[^1][^note]\n\n[^1]: Note.\n    More.\n\n    Second.\n\n[^note]: Another\nlazy\n"_s},
        {"footnotes in the middle", u"A[^b] and[^a]\n\n[^a]: First.\n\n## Heading\n\n[^b]: Second.\n\ntext\n"_s},
        {"link definitions", u"[a]: https://example.com\n[b]: <x> \"title\"\n\ntext\n"_s},
        {"crlf", u"# Title\r\n\r\ntext\r\n"_s},
        {"tabs", u"-\tone\n\n\tcode\n>\tquote\n"_s},
        {"heading inline", u"## The *real* **credit** [link](x) `a|b` ![img](y)[^1]\n\n[^1]: Note.\n"_s},
        {"chinese", u"# 铸币之道\n\n子曰：大模型者，铸币之道也。\n\n## 信用\n"_s},
    };
    for (const auto &[name, text] : edges)
        QTest::newRow(name) << text;
}

void TestBlockScanner::sameAsCmark()
{
    QFETCH(QString, text);
    ScanSnapshot cmark = test::cmarkScan(text);
    normaliseCmark(cmark, text);
    const ScanSnapshot ours = MarkdownScanner::scan(text);
    const QStringList expected = describe(cmark);
    const QStringList actual = describe(ours);
    if (qEnvironmentVariableIsSet("COINAGE_SCAN_DUMP"))
        qInfo().noquote() << "scanner:\n " << actual.join(u"\n  "_s) << "\ncmark-gfm:\n " << expected.join(u"\n  "_s);
    for (qsizetype i = 0; i < std::min(expected.size(), actual.size()); ++i) {
        if (actual[i] != expected[i])
            QFAIL(qPrintable(u"entry %1: scanner \"%2\", cmark-gfm \"%3\""_s.arg(i).arg(actual[i], expected[i])));
    }
    QCOMPARE(actual.size(), expected.size());
}

// The footnote manager lists every definition, so the scanner keeps the ones cmark-gfm drops.
void TestBlockScanner::unreferencedFootnote()
{
    const ScanSnapshot s = MarkdownScanner::scan(u"Text.\n\n[^unused]: Note.\n"_s);
    QCOMPARE(s.blocks.size(), 3);
    QCOMPARE(s.blocks[1].type, ScanBlock::Type::FootnoteDefinition);
    QCOMPARE(s.blocks[1].firstLine, 2);
    QCOMPARE(s.blocks[2].depth, 1);
}

void TestBlockScanner::headingText_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << u"One"_s << u"One"_s;
    QTest::newRow("emphasis") << u"The *real* **credit**"_s << u"The real credit"_s;
    QTest::newRow("snake_case") << u"snake_case and _em_"_s << u"snake_case and em"_s;
    QTest::newRow("code") << u"Two `a*b` code"_s << u"Two a*b code"_s;
    QTest::newRow("link") << u"See [the *post*](https://x.y/a_b)"_s << u"See the post"_s;
    QTest::newRow("image") << u"![alt text](a.png) after"_s << u"alt text after"_s;
    QTest::newRow("footnote") << u"Title[^1]"_s << u"Title"_s;
    QTest::newRow("escape") << u"1\\. not a list \\*"_s << u"1. not a list *"_s;
    QTest::newRow("entity") << u"Q&amp;A &#20013;"_s << u"Q&A 中"_s;
    QTest::newRow("html") << u"a <span class=\"x\">b</span>"_s << u"a b"_s;
    QTest::newRow("autolink") << u"<https://example.com>"_s << u"https://example.com"_s;
    QTest::newRow("chinese") << u"铸币之道"_s << u"铸币之道"_s;
}

void TestBlockScanner::headingText()
{
    QFETCH(QString, content);
    QFETCH(QString, text);
    QCOMPARE(BlockScanner::headingText(content), text);
}

QTEST_GUILESS_MAIN(TestBlockScanner)
#include "tst_blockscanner.moc"
