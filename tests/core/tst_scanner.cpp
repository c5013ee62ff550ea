#include "markdown/MarkdownScanner.h"
#include "support/Seed.h"

#include <QtTest>

using namespace coinage;
using namespace Qt::StringLiterals;

class TestScanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headings();
    void blocksOfSeed();
    void notHeadings();
};

void TestScanner::headings()
{
    const QString text = u"---\ntitle: T\n---\n\n# One\n\ntext\n\n## Two *em* `code`\n\nSetext\n------\n"_s;
    const ScanSnapshot s = MarkdownScanner::scan(text, 7);
    QCOMPARE(s.revision, 7u);
    QCOMPARE(s.headings.size(), 3);
    QCOMPARE(s.headings[0].text, u"One"_s);
    QCOMPARE(s.headings[0].level, 1);
    QCOMPARE(s.headings[0].line, 4);
    QCOMPARE(s.headings[0].offset, text.indexOf(u"# One"));
    QCOMPARE(s.headings[1].text, u"Two em code"_s);
    QCOMPARE(s.headings[1].level, 2);
    QCOMPARE(s.headings[1].line, 8);
    QCOMPARE(s.headings[2].text, u"Setext"_s);
    QCOMPARE(s.headings[2].level, 2);
    QCOMPARE(s.headings[2].line, 10);
}

void TestScanner::blocksOfSeed()
{
    const QString text = QString::fromUtf8(test::readAll(test::seedPath(u"en"_s)));
    const ScanSnapshot s = MarkdownScanner::scan(text);
    QVERIFY(s.frontMatter.hasFrontMatter());
    int paragraphs = 0, items = 0;
    for (const ScanBlock &b : s.blocks) {
        QVERIFY(b.firstLine >= s.frontMatter.bodyFirstLine);
        QVERIFY(b.lastLine >= b.firstLine);
        paragraphs += b.type == ScanBlock::Type::Paragraph && b.depth == 0;
        items += b.type == ScanBlock::Type::ListItem;
    }
    // 10 prose paragraphs and the bold "References" line; the two references are list items.
    QCOMPARE(paragraphs, 11);
    QCOMPARE(items, 2);
    qInfo() << "seed words" << s.counts.words;
    QVERIFY(s.counts.words > 700 && s.counts.words < 780); // wc -w says 727 for the body
    QCOMPARE(s.lineCount, int(text.count(u'\n')) + 1);
}

void TestScanner::notHeadings()
{
    const QString text = u"```\n# not a heading\n```\n\n    # indented code\n\n#hashtag\n"_s;
    const ScanSnapshot s = MarkdownScanner::scan(text);
    QVERIFY(s.headings.isEmpty());
    QCOMPARE(s.blocks.first().type, ScanBlock::Type::CodeBlock);
    QCOMPARE(s.blocks.first().firstLine, 0);
    QCOMPARE(s.blocks.first().lastLine, 2);
}

QTEST_GUILESS_MAIN(TestScanner)
#include "tst_scanner.moc"
