#include "check/PostChecker.h"
#include "footnotes/FootnoteEdits.h"
#include "footnotes/FootnoteIndex.h"
#include "footnotes/FootnoteReorder.h"
#include "post/PostFile.h"
#include "support/Seed.h"
#include "text/LineIndex.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace coinage;
using namespace Qt::StringLiterals;

namespace {

// "label=number/references/definitions ..." in panel order.
QString summary(const FootnoteIndex &index)
{
    QStringList parts;
    for (const Footnote &f : index.footnotes()) {
        parts.append(u"%1=%2/%3/%4"_s.arg(f.label).arg(f.number).arg(f.references.size()).arg(f.definitions.size()));
    }
    return parts.join(u' ');
}

QStringList codes(const FootnoteIndex &index)
{
    QStringList out;
    for (const FootnoteProblem &p : index.problems())
        out.append(p.code);
    return out;
}

} // namespace

class TestFootnoteIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void index_data();
    void index();
    void positions();
    void multiParagraphDefinition();
    void cjkAroundMarkers();
    void crlfThroughPostFile();
    void thousandFootnotes();
    void lookups();
    void swallowed_data();
    void swallowed();
    void seedStyleIsNoFootnote();
    void check_data();
    void check();
};

void TestFootnoteIndex::index_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("problems");
    const QStringList none;
    QTest::newRow("simple") << u"Text[^1] more[^2].\n\n[^1]: One.\n[^2]: Two.\n"_s << u"1=1/1/1 2=2/1/1"_s << none;
    QTest::newRow("first reference order")
        << u"b[^b] a[^a] b again[^b]\n\n[^a]: A\n[^b]: B\n"_s << u"b=1/2/1 a=2/1/1"_s << none;
    QTest::newRow("definition before reference") << u"[^n]: N\n\nx[^n]\n"_s << u"n=1/1/1"_s << none;
    QTest::newRow("code spans") << u"a `[^1]` b ``x [^1] y`` c[^2]\n\n[^2]: t\n"_s << u"2=1/1/1"_s << none;
    QTest::newRow("code span over lines") << u"a `x\n[^1]` c[^2]\n\n[^2]: t\n"_s << u"2=1/1/1"_s << none;
    QTest::newRow("unclosed backtick") << u"a ` b[^2]\n\n[^2]: t\n"_s << u"2=1/1/1"_s << none;
    QTest::newRow("fenced code") << u"```\n[^1]\n```\n\n~~~ ruby\n[^1]: no\n~~~\n\nx[^2]\n\n[^2]: t\n"_s << u"2=1/1/1"_s
                                 << none;
    QTest::newRow("indented code") << u"para\n\n    [^1] code\n    [^1]: code\n\nx[^2]\n\n[^2]: t\n"_s << u"2=1/1/1"_s
                                   << none;
    QTest::newRow("front matter") << u"---\ntitle: a [^1]\n---\n\nx[^2]\n\n[^2]: t\n"_s << u"2=1/1/1"_s << none;
    QTest::newRow("link urls") << u"[l](http://x/[^1]) <http://y/[^3]> <a href=\"[^4]\">x</a>[^2]\n\n[^2]: t\n"_s
                               << u"2=1/1/1"_s << none;
    QTest::newRow("link definition") << u"[id]: http://x/[^1]\n\nx[^2]\n\n[^2]: t\n"_s << u"2=1/1/1"_s << none;
    QTest::newRow("math") << u"$$x[^1]$$ y[^2]\n\n$$\n[^3]\n$$\n\n[^2]: t\n"_s << u"2=1/1/1"_s << none;
    QTest::newRow("escaped") << u"x\\[^1] y[^2]\n\n[^2]: t\n"_s << u"2=1/1/1"_s << none;
    QTest::newRow("lists and quotes")
        << u"- item[^1]\n- item[^2]\n\n  continued[^3]\n\n> quote[^4]\n> more\n\n1. one\n\n    para[^5]\n\n"
           "[^1]: a\n[^2]: b\n[^3]: c\n[^4]: d\n[^5]: e\n"_s
        << u"1=1/1/1 2=2/1/1 3=3/1/1 4=4/1/1 5=5/1/1"_s << none;
    QTest::newRow("code in list item") << u"- item\n\n      [^1] code\n\nx[^2]\n\n[^2]: t\n"_s << u"2=1/1/1"_s << none;
    QTest::newRow("heading") << u"# Title[^1]\n\n[^1]: t\n"_s << u"1=1/1/1"_s << none;
    QTest::newRow("three spaces in") << u"x[^1]\n\n   [^1]: ok\n"_s << u"1=1/1/1"_s << none;
    QTest::newRow("note inside a note") << u"a[^x]\n\n[^x]: see[^y]\n\n[^z]: unused\n[^y]: Y\n"_s
                                        << u"x=1/1/1 y=2/1/1 z=0/0/1"_s << QStringList{u"footnote-unused"_s};
    // Measured with Jekyll 4.3 / kramdown (GFM input): the body's markers first, then those inside notes.
    QTest::newRow("note inside a note, numbered last")
        << u"a[^x] b[^z]\n\n[^x]: see[^y]\n\n[^z]: Z\n[^y]: Y\n"_s << u"x=1/1/1 z=2/1/1 y=3/1/1"_s << none;
    QTest::newRow("undefined") << u"x[^1] y[^1]\n"_s << u"1=0/2/0"_s
                               << QStringList{u"footnote-undefined"_s, u"footnote-undefined"_s};
    QTest::newRow("undefined does not take a number")
        << u"x[^u] y[^d]\n\n[^d]: D\n"_s << u"u=0/1/0 d=1/1/1"_s << QStringList{u"footnote-undefined"_s};
    QTest::newRow("unused") << u"x\n\n[^1]: a\n"_s << u"1=0/0/1"_s << QStringList{u"footnote-unused"_s};
    QTest::newRow("duplicate") << u"x[^1]\n\n[^1]: a\n[^1]: b\n"_s << u"1=1/1/2"_s
                               << QStringList{u"footnote-duplicate"_s};
    QTest::newRow("bad labels") << u"x[^a b] y[^中文] z[^-x]\n\n[^a b]: no\n"_s << u""_s
                                << QStringList{u"footnote-bad-label"_s, u"footnote-bad-label"_s,
                                               u"footnote-bad-label"_s, u"footnote-bad-label"_s};
    QTest::newRow("glued") << u"x[^1]\ntext\n[^1]: a\n"_s << u"1=0/1/1"_s << QStringList{u"footnote-glued"_s};
    QTest::newRow("glued after list") << u"x[^1]\n\n1. item\n[^1]: a\n"_s << u"1=0/1/1"_s
                                      << QStringList{u"footnote-glued"_s};
    QTest::newRow("glued after lazy line")
        << u"x[^1][^2]\n\n[^1]: a\nlazy\n[^2]: b\n"_s << u"1=1/1/1 2=0/1/1"_s << QStringList{u"footnote-glued"_s};
    QTest::newRow("after heading is not glued") << u"x[^1]\n\n## Notes\n[^1]: a\n"_s << u"1=1/1/1"_s << none;
    QTest::newRow("consecutive definitions") << u"x[^1][^2]\n\n[^1]: a\n[^2]: b\n"_s << u"1=1/1/1 2=2/1/1"_s << none;
    QTest::newRow("empty") << u"x[^1]\n\n[^1]:\n"_s << u"1=1/1/1"_s << QStringList{u"footnote-empty"_s};
    QTest::newRow("text on next line is not empty") << u"x[^1]\n\n[^1]:\n    text\n"_s << u"1=1/1/1"_s << none;
    QTest::newRow("marker then colon mid-line") << u"x [^1]: y\n\n[^1]: t\n"_s << u"1=1/1/1"_s << none;
}

void TestFootnoteIndex::index()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QStringList, problems);
    const FootnoteIndex index = FootnoteIndex::build(text, 3);
    QCOMPARE(index.revision(), 3u);
    QCOMPARE(summary(index), expected);
    QCOMPARE(codes(index), problems);
    for (const FootnoteReference &r : index.references())
        QCOMPARE(text.sliced(r.range.start, r.range.length), u"[^"_s + r.label + u"]"_s);
    for (const FootnoteDefinition &d : index.definitions())
        QCOMPARE(text.sliced(d.marker.start, d.marker.length), u"[^"_s + d.label + u"]:"_s);
}

void TestFootnoteIndex::positions()
{
    const QString text = u"---\nt: x\n---\nA[^a] and ^[inline *note*] B.[^b]\n\n[^a]: Alpha.\n[^b]: Beta\n"_s;
    const FootnoteIndex index = FootnoteIndex::build(text);
    QCOMPARE(index.bodyStart(), text.indexOf(u"A[^a]"));
    QCOMPARE(index.references().size(), 2);
    QCOMPARE(index.references()[0].range, (TextRange{text.indexOf(u"[^a]"), 4}));
    QCOMPARE(index.references()[1].range, (TextRange{text.indexOf(u"[^b]"), 4}));
    QCOMPARE(index.definitions()[0].range, (TextRange{text.indexOf(u"[^a]:"), 12}));
    QCOMPARE(index.definitions()[0].content, (TextRange{text.indexOf(u"Alpha"), 6}));
    QCOMPARE(index.definitions()[1].text, u"Beta"_s);
    QCOMPARE(index.inlineNotes().size(), 1);
    const InlineNote &note = index.inlineNotes().first();
    QCOMPARE(text.sliced(note.range.start, note.range.length), u"^[inline *note*]"_s);
    QCOMPARE(text.sliced(note.content.start, note.content.length), u"inline *note*"_s);
}

void TestFootnoteIndex::multiParagraphDefinition()
{
    const QString text = u"x[^1]\n\n[^1]: First para.\n    lazy-indented.\n\n    Second with [^2].\n\n    ```\n"
                         "    [^3] code\n    ```\n\n\tTabbed.\n\nBack in the body.\n\n[^2]: Two\n"_s;
    const FootnoteIndex index = FootnoteIndex::build(text);
    QCOMPARE(summary(index), u"1=1/1/1 2=2/1/1"_s);
    const FootnoteDefinition &d = index.definitions().first();
    QCOMPARE(d.range.start, text.indexOf(u"[^1]:"));
    QCOMPARE(d.range.end(), text.indexOf(u"Tabbed.") + 7);
    QCOMPARE(d.text, u"First para.\nlazy-indented.\n\nSecond with [^2].\n\n```\n[^3] code\n```\n\nTabbed."_s);
    QCOMPARE(index.references()[1].definition, 0);
    QVERIFY(index.problems().isEmpty());
}

void TestFootnoteIndex::cjkAroundMarkers()
{
    const QString text = u"大模型是铸币。[^1]真正的信用[^2]，是用出来的。😀[^3]\n\n[^1]: 一\n[^2]: 二\n[^3]: 三\n"_s;
    const FootnoteIndex index = FootnoteIndex::build(text);
    QCOMPARE(summary(index), u"1=1/1/1 2=2/1/1 3=3/1/1"_s);
    const LineIndex lines(text);
    QCOMPARE(lines.position(index.references()[0].range.start), (TextPosition{1, 8}));
    QCOMPARE(lines.position(index.references()[2].range.start), (TextPosition{1, 29}));
    QCOMPARE(index.textOf(u"2"_s), u"二"_s);
}

void TestFootnoteIndex::crlfThroughPostFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"crlf.md"_s);
    QVERIFY(test::writeAll(path, "\xEF\xBB\xBF---\r\ntitle: T\r\n---\r\n\r\nOne[^1] two[^2].\r\n\r\n[^1]: A\r\n"
                                 "    more\r\n[^2]: B\r\n"));
    const LoadResult loaded = PostFile::load(path);
    QVERIFY(loaded.ok);
    const FootnoteIndex index = FootnoteIndex::build(loaded.text);
    // "[^2]: B" follows the indented "more" without a blank line: kramdown takes it into note 1 (measured with Jekyll).
    QCOMPARE(summary(index), u"1=1/1/1 2=0/1/1"_s);
    QCOMPARE(codes(index), QStringList{u"footnote-swallowed"_s});
    QCOMPARE(index.textOf(u"1"_s), u"A\nmore\n[^2]: B"_s);
    QCOMPARE(index.definitions()[1].parent, 0);
    QCOMPARE(LineIndex(loaded.text).position(index.definitions()[1].marker.start), (TextPosition{9, 1}));
    // Separated with a blank line, saved with the file's CRLF and BOM: two definitions.
    const QString separated = applyEdits(loaded.text, FootnoteEdits::separateGlued(loaded.text).edits);
    QVERIFY(PostFile::save(path, separated, loaded.format).ok);
    const LoadResult again = PostFile::load(path);
    QVERIFY(again.ok);
    QVERIFY(test::readAll(path).contains("    more\r\n\r\n[^2]: B\r\n"));
    QCOMPARE(summary(FootnoteIndex::build(again.text)), u"1=1/1/1 2=2/1/1"_s);
    const LineIndex lines(loaded.text);
    QCOMPARE(lines.position(index.references()[1].range.start), (TextPosition{5, 12}));
    QCOMPARE(lines.lineAt(index.definitions()[0].range.end()), 8);
}

void TestFootnoteIndex::thousandFootnotes()
{
    QString text;
    for (int i = 1; i <= 1000; ++i)
        text += u"Sentence %1 with a note.[^n%1]\n\n"_s.arg(i);
    for (int i = 1000; i >= 1; --i)
        text += u"[^n%1]: Note %1.\n"_s.arg(i);
    const FootnoteIndex index = FootnoteIndex::build(text);
    QCOMPARE(index.footnotes().size(), 1000);
    QVERIFY(index.problems().isEmpty());
    for (int i = 0; i < 1000; ++i) {
        QCOMPARE(index.footnotes()[i].number, i + 1);
        QCOMPARE(index.footnotes()[i].label, u"n%1"_s.arg(i + 1));
    }
    QCOMPARE(index.textOf(u"n500"_s), u"Note 500."_s);
}

void TestFootnoteIndex::lookups()
{
    const QString text = u"A[^a] B[^b]\n\n[^b]: Beta\n    more\n[^a]: Alpha\n"_s;
    const FootnoteIndex index = FootnoteIndex::build(text);
    QCOMPARE(index.footnoteAt(text.indexOf(u"[^a]") + 1), index.indexOf(u"a"_s));
    QCOMPARE(index.footnoteAt(text.indexOf(u"[^b]") + 4), index.indexOf(u"b"_s));
    QCOMPARE(index.footnoteAt(text.indexOf(u"more")), index.indexOf(u"b"_s));
    QCOMPARE(index.footnoteAt(0), -1);
    // "[^a]: Alpha" is swallowed into note b (after its indented line): printed as text, no number.
    QCOMPARE(index.numberOf(u"b"_s), 1);
    QCOMPARE(index.numberOf(u"a"_s), 0);
    QCOMPARE(index.footnoteAt(text.indexOf(u"[^a]:") + 1), index.indexOf(u"a"_s));
    QCOMPARE(index.footnoteAt(text.indexOf(u"Alpha")), index.indexOf(u"a"_s));
    QCOMPARE(index.numberOf(u"zzz"_s), 0);
    QVERIFY(!index.find(u"zzz"_s));
}

void TestFootnoteIndex::seedStyleIsNoFootnote()
{
    for (const QString &language : {u"en"_s, u"zh"_s}) {
        const QString text = QString::fromUtf8(test::readAll(test::seedPath(language)));
        QVERIFY(!text.isEmpty());
        const FootnoteIndex index = FootnoteIndex::build(text);
        QVERIFY(index.footnotes().isEmpty());
        QCOMPARE(index.numberMarkers().size(), 2);
        QCOMPARE(index.numberMarkers()[0].label, u"1"_s);
        QCOMPARE(index.numberMarkers()[1].label, u"2"_s);
    }
}

// kramdown's footnote definition takes, after an indented continuation line, every following non-blank line ("lazy"
// lines) until a blank line: a "[^x]:" line there is printed as text inside the note (measured with Jekyll 4.3, see
// tst_cli_footnotes_jekyll). Columns: the post, the summary, the problems, the text of note 8, separateGlued's result.
void TestFootnoteIndex::swallowed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("problems");
    QTest::addColumn<QString>("noteText");
    QTest::addColumn<QString>("separated");
    const QStringList none;
    const QString swallowed = u"footnote-swallowed"_s;
    QTest::newRow("after an indented line")
        << u"x[^8][^9]\n\n[^8]: Eight.\n\n    More.\n[^9]: Nine.\n"_s << u"8=1/1/1 9=0/1/1"_s << QStringList{swallowed}
        << u"Eight.\n\nMore.\n[^9]: Nine."_s << u"x[^8][^9]\n\n[^8]: Eight.\n\n    More.\n\n[^9]: Nine.\n"_s;
    QTest::newRow("with a blank line") << u"x[^8][^9]\n\n[^8]: Eight.\n\n    More.\n\n[^9]: Nine.\n"_s
                                       << u"8=1/1/1 9=2/1/1"_s << none << u"Eight.\n\nMore."_s
                                       << u"x[^8][^9]\n\n[^8]: Eight.\n\n    More.\n\n[^9]: Nine.\n"_s;
    QTest::newRow("indented second line")
        << u"x[^8][^9]\n\n[^8]: Eight.\n    More.\n[^9]: Nine.\n"_s << u"8=1/1/1 9=0/1/1"_s << QStringList{swallowed}
        << u"Eight.\nMore.\n[^9]: Nine."_s << u"x[^8][^9]\n\n[^8]: Eight.\n    More.\n\n[^9]: Nine.\n"_s;
    QTest::newRow("several paragraphs, two swallowed")
        << u"x[^8][^9][^10]\n\n[^8]: Eight.\n\n    More.\n\n    Most.\n[^9]: Nine.\n[^10]: Ten.\n"_s
        << u"8=1/1/1 9=0/1/1 10=0/1/1"_s << QStringList{swallowed, swallowed}
        << u"Eight.\n\nMore.\n\nMost.\n[^9]: Nine.\n[^10]: Ten."_s
        << u"x[^8][^9][^10]\n\n[^8]: Eight.\n\n    More.\n\n    Most.\n\n[^9]: Nine.\n\n[^10]: Ten.\n"_s;
    QTest::newRow("CJK")
        << u"铸币[^8]，信用[^9]。\n\n[^8]: 大模型就是铸币之道。\n\n    信徒们照着别人铸好的钱币。\n[^9]: 真正的信用。\n"_s
        << u"8=1/1/1 9=0/1/1"_s << QStringList{swallowed}
        << u"大模型就是铸币之道。\n\n信徒们照着别人铸好的钱币。\n[^9]: 真正的信用。"_s
        << u"铸币[^8]，信用[^9]。\n\n[^8]: 大模型就是铸币之道。\n\n    信徒们照着别人铸好的钱币。\n\n[^9]: 真正的信用。\n"_s;
    QTest::newRow("after code in the note")
        << u"x[^8][^9]\n\n[^8]: Eight.\n\n        code\n[^9]: Nine.\n"_s << u"8=1/1/1 9=0/1/1"_s
        << QStringList{swallowed} << u"Eight.\n\n    code\n[^9]: Nine."_s
        << u"x[^8][^9]\n\n[^8]: Eight.\n\n        code\n\n[^9]: Nine.\n"_s;
    QTest::newRow("a lazy line after the first line is not swallowed")
        << u"x[^8][^9]\n\n[^8]: Eight.\n[^9]: Nine.\n"_s << u"8=1/1/1 9=2/1/1"_s << none << u"Eight."_s
        << u"x[^8][^9]\n\n[^8]: Eight.\n[^9]: Nine.\n"_s;
    QTest::newRow("marker inside the swallowed line")
        << u"x[^8][^9]\n\n[^8]: Eight.\n\n    More.\n[^9]: see[^8]\n"_s << u"8=1/2/1 9=0/1/1"_s
        << QStringList{swallowed} << u"Eight.\n\nMore.\n[^9]: see[^8]"_s
        << u"x[^8][^9]\n\n[^8]: Eight.\n\n    More.\n\n[^9]: see[^8]\n"_s;
}

void TestFootnoteIndex::swallowed()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QStringList, problems);
    QFETCH(QString, noteText);
    QFETCH(QString, separated);
    const FootnoteIndex index = FootnoteIndex::build(text);
    QCOMPARE(summary(index), expected);
    QCOMPARE(codes(index), problems);
    QCOMPARE(index.textOf(u"8"_s), noteText);
    for (const FootnoteDefinition &d : index.definitions()) {
        QCOMPARE(text.sliced(d.marker.start, d.marker.length), u"[^"_s + d.label + u"]:"_s);
        QCOMPARE(d.parent >= 0, problems.contains(u"footnote-swallowed"_s) && d.label != u"8"_s);
    }
    const QString result = applyEdits(text, FootnoteEdits::separateGlued(text).edits);
    QCOMPARE(result, separated);
    QVERIFY(FootnoteIndex::build(result).problems().isEmpty());
    // Renumbering separates them first, so no note swallows another afterwards.
    const QString renumbered = applyEdits(text, FootnoteReorder::renumber(text).edits);
    QVERIFY2(FootnoteIndex::build(renumbered).problems().isEmpty(), qPrintable(renumbered));
    QCOMPARE(FootnoteIndex::build(renumbered).footnotes().size(), index.footnotes().size());
}

void TestFootnoteIndex::check_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("undefined") << u"---\nt: a\n---\nx 铸币[^1]\n"_s << u"footnote-undefined"_s << 4 << 5;
    QTest::newRow("glued") << u"x[^1]\ny\n[^1]: a\n"_s << u"footnote-glued"_s << 3 << 1;
    QTest::newRow("swallowed") << u"x[^1][^2]\n\n[^1]: a\n\n    b\n[^2]: c\n"_s << u"footnote-swallowed"_s << 6 << 1;
    QTest::newRow("unused") << u"x\n\n  [^1]: a\n"_s << u"footnote-unused"_s << 3 << 3;
}

void TestFootnoteIndex::check()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(int, line);
    QFETCH(int, column);
    // Only the footnote findings: other checks (Jekyll lint) have their own tests.
    QList<Diagnostic> found = PostChecker::checkText(u"p.md"_s, text);
    found.removeIf([](const Diagnostic &d) { return !d.code.startsWith(u"footnote-"); });
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().code, code);
    QCOMPARE(found.first().line, line);
    QCOMPARE(found.first().column, column);
    QVERIFY(!found.first().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestFootnoteIndex)
#include "tst_footnoteindex.moc"
