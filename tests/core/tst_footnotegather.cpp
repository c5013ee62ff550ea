#include "footnotes/FootnoteEdits.h"
#include "footnotes/FootnoteIndex.h"
#include "footnotes/FootnoteReorder.h"
#include "post/PostFile.h"
#include "support/CheckedEdits.h"
#include "support/Seed.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace coinage;
using namespace Qt::StringLiterals;

// Gathering every footnote definition at the end of the post or under a chosen heading.
class TestFootnoteGather : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gather_data();
    void gather();
    void missingHeading_data();
    void missingHeading();
    void crlfFile();
    void blankAfterMultiLine_data();
    void blankAfterMultiLine();
};

namespace {

QString apply(const QString &text, const FootnoteEditResult &r)
{
    return test::applyChecked(text, r.edits);
}

FootnoteEditResult gatherBy(const QString &text, const QString &heading)
{
    return heading.isEmpty() ? FootnoteReorder::gatherAtEnd(text)
                             : FootnoteReorder::gatherUnderHeadingText(text, heading);
}

QStringList textsInOrder(const FootnoteIndex &index)
{
    QStringList out;
    for (const Footnote &f : index.footnotes())
        out.append(f.label + u'=' + index.textOf(f.label) + u" x"_s + QString::number(f.references.size()));
    return out;
}

} // namespace

void TestFootnoteGather::gather_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("heading"); // empty: at the end
    QTest::addColumn<QString>("expected");
    QTest::newRow("end, cjk") << u"甲。[^1]乙，[^2]\n\n[^2]: 二\n\n中间的段落。\n\n[^1]: 一\n"_s << QString()
                              << u"甲。[^1]乙，[^2]\n\n中间的段落。\n\n[^1]: 一\n[^2]: 二\n"_s;
    QTest::newRow("end, unreferenced last")
        << u"A[^b] B[^a]\n\n[^x]: unused\n[^a]: a\n\nMid.\n\n[^b]: b\n"_s << QString()
        << u"A[^b] B[^a]\n\nMid.\n\n[^b]: b\n[^a]: a\n[^x]: unused\n"_s;
    QTest::newRow("end, no final newline")
        << u"A[^1]\n\n[^1]: one\n\nTail"_s << QString() << u"A[^1]\n\nTail\n\n[^1]: one"_s;
    QTest::newRow("end, multi-paragraph keeps its extent")
        << u"A[^2] B[^1]\n\n[^1]: one\n\n    more one\n\n        code [^1]\n\nMid.\n\n[^2]: two\n"_s << QString()
        << u"A[^2] B[^1]\n\nMid.\n\n[^2]: two\n[^1]: one\n\n    more one\n\n        code [^1]\n"_s;
    QTest::newRow("end, blank line after a multi-paragraph note")
        << u"A[^1] B[^2] C[^3]\n\n[^2]: two\n[^1]: one\n\n    more\n\nMid.\n\n[^3]: three\n"_s << QString()
        << u"A[^1] B[^2] C[^3]\n\nMid.\n\n[^1]: one\n\n    more\n\n[^2]: two\n[^3]: three\n"_s;
    QTest::newRow("end, blank-separated style kept")
        << u"A[^1] B[^2]\n\n[^2]: two\n\n[^1]: one\n"_s << QString() << u"A[^1] B[^2]\n\n[^1]: one\n\n[^2]: two\n"_s;
    QTest::newRow("code block with markers stays")
        << u"A[^1]\n\n```\n[^1]: fake\n```\n\n[^1]: real\n\n## Notes\n\nEnd.\n"_s << u"Notes"_s
        << u"A[^1]\n\n```\n[^1]: fake\n```\n\n## Notes\n\nEnd.\n\n[^1]: real\n"_s;
    QTest::newRow("under heading, before the next one")
        << u"# T\n\nA[^1].\n\n## 注释\n\n说明。\n\n## Other\n\nB[^2]\n\n[^2]: two\n[^1]: one\n"_s << u"注释"_s
        << u"# T\n\nA[^1].\n\n## 注释\n\n说明。\n\n[^1]: one\n[^2]: two\n\n## Other\n\nB[^2]\n"_s;
    QTest::newRow("under heading given with its hashes")
        << u"A[^1]\n\n[^1]: one\n\nMore.\n\n## Notes\n"_s << u"## Notes"_s
        << u"A[^1]\n\nMore.\n\n## Notes\n\n[^1]: one\n"_s;
    QTest::newRow("under heading right after it (empty section)")
        << u"A[^1]\n\n## Notes\n\n## Next\n\nB.\n\n[^1]: one\n"_s << u"Notes"_s
        << u"A[^1]\n\n## Notes\n\n[^1]: one\n\n## Next\n\nB.\n"_s;
    QTest::newRow("under heading, subsections belong to it")
        << u"A[^1]\n\n# Notes\n\n## Sub\n\nS.\n\n# Next\n\n[^1]: one\n"_s << u"Notes"_s
        << u"A[^1]\n\n# Notes\n\n## Sub\n\nS.\n\n[^1]: one\n\n# Next\n"_s;
    QTest::newRow("definitions in a quote stay")
        << u"A[^1] B[^2]\n\n> Q[^2]\n>\n> [^2]: quoted\n\n[^1]: one\n\n## Notes\n"_s << u"Notes"_s
        << u"A[^1] B[^2]\n\n> Q[^2]\n>\n> [^2]: quoted\n\n## Notes\n\n[^1]: one\n"_s;
}

void TestFootnoteGather::gather()
{
    QFETCH(QString, text);
    QFETCH(QString, heading);
    QFETCH(QString, expected);
    const FootnoteEditResult r = gatherBy(text, heading);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const QString result = apply(text, r);
    QCOMPARE(result, expected);
    // The same notes with the same texts in the same order, no new problem, and a second run changes nothing.
    const FootnoteIndex before = FootnoteIndex::build(text);
    const FootnoteIndex after = FootnoteIndex::build(result);
    QCOMPARE(textsInOrder(after), textsInOrder(before));
    QVERIFY(after.problems().size() <= before.problems().size());
    const FootnoteEditResult again = gatherBy(result, heading);
    QVERIFY2(again.ok() && again.edits.isEmpty(), qPrintable(apply(result, again)));
}

void TestFootnoteGather::missingHeading_data()
{
    QTest::addColumn<QString>("heading");
    QTest::newRow("absent") << u"Notes"_s;
    QTest::newRow("only in code") << u"Fake"_s;
    QTest::newRow("only a prefix") << u"Not"_s;
    QTest::newRow("empty") << u"##"_s;
}

void TestFootnoteGather::missingHeading()
{
    QFETCH(QString, heading);
    const QString text = u"A[^1]\n\n```\n# Fake\n```\n\n## Notes here\n\n[^1]: one\n"_s;
    const FootnoteEditResult r = FootnoteReorder::gatherUnderHeadingText(text, heading);
    QVERIFY(!r.ok());
    QVERIFY(r.edits.isEmpty());
    QVERIFY(!r.error.isEmpty());
    QVERIFY(!FootnoteReorder::gatherUnderHeading(text, 0).ok()); // line 0 is no heading
}

// A CRLF file: the editor text is '\n'-separated after loading, the edit applies to it, and saving restores CRLF.
void TestFootnoteGather::crlfFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"post.md"_s);
    const QByteArray bytes = "\xEF\xBB\xBF---\r\ntitle: T\r\n---\r\n\r\n\xE4\xB8\xAD[^2] A[^1]\r\n\r\n[^1]: one\r\n\r\n"
                             "## Notes\r\n\r\n[^2]: two\r\n\r\n    more\r\n";
    QVERIFY(test::writeAll(path, bytes));
    const LoadResult loaded = PostFile::load(path);
    QVERIFY(loaded.ok);
    QVERIFY(!loaded.text.contains(u'\r'));
    const FootnoteEditResult r = FootnoteReorder::gatherUnderHeadingText(loaded.text, u"Notes"_s);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(PostFile::save(path, apply(loaded.text, r), loaded.format).ok);
    QCOMPARE(test::readAll(path), QByteArray("\xEF\xBB\xBF---\r\ntitle: T\r\n---\r\n\r\n\xE4\xB8\xAD[^2] A[^1]\r\n\r\n"
                                             "## Notes\r\n\r\n[^2]: two\r\n\r\n    more\r\n\r\n[^1]: one\r\n"));
}

void TestFootnoteGather::blankAfterMultiLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("expected");
    QTest::newRow("inline notes after a multi-paragraph note")
        << u"A[^1] B^[two] C^[three]\n\n[^1]: one\n\n    more\n"_s << u"to-references"_s
        << u"A[^1] B[^2] C[^3]\n\n[^1]: one\n\n    more\n\n[^2]: two\n[^3]: three\n"_s;
    QTest::newRow("selection of two lines before another note")
        << u"Claim (see\nthis) here[^1].\n\n[^1]: one\n"_s << u"select:(see\nthis)"_s
        << u"Claim[^2] here[^1].\n\n[^2]: (see\n    this)\n\n[^1]: one\n"_s;
    QTest::newRow("insert after a multi-paragraph note")
        << u"A[^1] B\n\n[^1]: one\n\n    more\n\n[^7]: seven\n"_s << u"insert"_s
        << u"A[^1] B[^8]\n\n[^1]: one\n\n    more\n\n[^8]: note\n\n[^7]: seven\n"_s;
    QTest::newRow("merged duplicates followed by a note")
        << u"A[^1] B[^2]\n\n[^1]: a\n[^1]: b\n[^2]: c\n"_s << u"merge"_s
        << u"A[^1] B[^2]\n\n[^1]: a\n\n    b\n\n[^2]: c\n"_s;
}

// Every edit that writes a definition of several lines leaves a blank line after it, so the next definition is not
// a lazy continuation of it for kramdown.
void TestFootnoteGather::blankAfterMultiLine()
{
    QFETCH(QString, text);
    QFETCH(QString, operation);
    QFETCH(QString, expected);
    FootnoteEditResult r;
    if (operation == u"to-references")
        r = FootnoteEdits::inlineToReferences(text);
    else if (operation.startsWith(u"select:")) {
        const QString selected = operation.sliced(7);
        const qsizetype start = text.indexOf(selected);
        r = FootnoteEdits::fromSelection(text, start, start + selected.size());
    } else if (operation == u"insert")
        r = FootnoteEdits::insert(text, text.indexOf(u'\n'), u"note"_s);
    else
        r = FootnoteEdits::mergeDuplicates(text);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(apply(text, r), expected);
}

QTEST_GUILESS_MAIN(TestFootnoteGather)
#include "tst_footnotegather.moc"
