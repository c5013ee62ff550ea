#include "footnotes/FootnoteEdits.h"
#include "footnotes/FootnoteIndex.h"
#include "footnotes/FootnoteReorder.h"
#include "footnotes/SeedReferenceConverter.h"
#include "support/CheckedEdits.h"
#include "support/Seed.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace coinage;
using namespace Qt::StringLiterals;

namespace {

QString apply(const QString &text, const FootnoteEditResult &r)
{
    return test::applyChecked(text, r.edits);
}

} // namespace

class TestFootnoteEdits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void insert_data();
    void insert();
    void insertEmptyWaitsAfterColon_data();
    void insertEmptyWaitsAfterColon();
    void fromSelection_data();
    void fromSelection();
    void renameAndRemove_data();
    void renameAndRemove();
    void renameErrors();
    void renumber_data();
    void renumber();
    void move_data();
    void move();
    void gather_data();
    void gather();
    void wholeSet_data();
    void wholeSet();
    void convertSeed_data();
    void convertSeed();
    void convertOtherLists_data();
    void convertOtherLists();
    void renumberThousand();
    void randomPosts_data();
    void randomPosts();
    void placementPerLanguage();
};

void TestFootnoteEdits::insert_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("caretAfter"); // the caret goes after the first occurrence of this
    QTest::addColumn<bool>("before");
    QTest::addColumn<QString>("expected");
    QTest::newRow("after period") << u"Hello world.\n"_s << u"world"_s << false
                                  << u"Hello world.[^1]\n\n[^1]: note\n"_s;
    QTest::newRow("before period") << u"Hello world.\n"_s << u"world."_s << true
                                   << u"Hello world[^1].\n\n[^1]: note\n"_s;
    QTest::newRow("after quote and period")
        << u"He said “no.” Then\n"_s << u"no"_s << false << u"He said “no.”[^1] Then\n\n[^1]: note\n"_s;
    QTest::newRow("cjk full stop") << u"铸币。真的"_s << u"铸币"_s << false << u"铸币。[^1]真的\n\n[^1]: note\n"_s;
    QTest::newRow("with the others, in order") << u"A[^1] B C[^2]\n\n[^1]: a\n[^2]: b\n"_s << u"B"_s << false
                                               << u"A[^1] B[^3] C[^2]\n\n[^1]: a\n[^3]: note\n[^2]: b\n"_s;
    QTest::newRow("before the first") << u"X A[^1]\n\n[^1]: a\n"_s << u"X"_s << false
                                      << u"X[^2] A[^1]\n\n[^2]: note\n[^1]: a\n"_s;
    QTest::newRow("blank-separated style") << u"A[^1] B\n\n[^1]: a\n\n[^7]: b\n"_s << u"B"_s << false
                                           << u"A[^1] B[^8]\n\n[^1]: a\n\n[^8]: note\n\n[^7]: b\n"_s;
    QTest::newRow("no final newline") << u"End"_s << u"End"_s << false << u"End[^1]\n\n[^1]: note\n"_s;
}

void TestFootnoteEdits::insert()
{
    QFETCH(QString, text);
    QFETCH(QString, caretAfter);
    QFETCH(bool, before);
    QFETCH(QString, expected);
    const qsizetype caret = text.indexOf(caretAfter) + caretAfter.size();
    const FootnoteEditResult r = FootnoteEdits::insert(
        text, caret, u"note"_s, before ? MarkerPlacement::BeforePunctuation : MarkerPlacement::AfterPunctuation);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const QString result = apply(text, r);
    QCOMPARE(result, expected);
    QCOMPARE(result.sliced(r.markerOffset, r.label.size() + 3), u"[^%1]"_s.arg(r.label));
    QCOMPARE(result.sliced(r.definitionOffset, 4), u"note"_s);
}

void TestFootnoteEdits::insertEmptyWaitsAfterColon_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("first") << u"Claim.\n"_s << u"Claim.[^1]\n\n[^1]: \n"_s;
    QTest::newRow("second") << u"A.[^1] B.\n\n[^1]: a\n"_s << u"A.[^1] B.[^2]\n\n[^1]: a\n[^2]: \n"_s;
}

// The GUI puts the caret at definitionOffset and the user types the note: it must land after "[^n]: ".
void TestFootnoteEdits::insertEmptyWaitsAfterColon()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const FootnoteEditResult r = FootnoteEdits::insert(text, text.indexOf(u'\n'));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const QString result = apply(text, r);
    QCOMPARE(result, expected);
    QCOMPARE(result.first(r.definitionOffset).right(r.label.size() + 5), u"[^%1]: "_s.arg(r.label));
}

void TestFootnoteEdits::fromSelection_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("selected");
    QTest::addColumn<QString>("expected");
    QTest::newRow("aside before period") << u"Claim (source X).\n"_s << u"(source X)"_s
                                         << u"Claim.[^1]\n\n[^1]: (source X)\n"_s;
    QTest::newRow("mid sentence") << u"A claim (see B) holds.\n"_s << u"(see B)"_s
                                  << u"A claim[^1] holds.\n\n[^1]: (see B)\n"_s;
    QTest::newRow("cjk") << u"信用（见注）。下文\n"_s << u"（见注）"_s << u"信用。[^1]下文\n\n[^1]: （见注）\n"_s;
}

void TestFootnoteEdits::fromSelection()
{
    QFETCH(QString, text);
    QFETCH(QString, selected);
    QFETCH(QString, expected);
    const qsizetype start = text.indexOf(selected);
    const FootnoteEditResult r = FootnoteEdits::fromSelection(text, start, start + selected.size());
    QVERIFY2(r.ok(), qPrintable(r.error));
    const QString result = apply(text, r);
    QCOMPARE(result, expected);
    QCOMPARE(result.sliced(r.markerOffset, 4), u"[^1]"_s);
    QVERIFY(result.sliced(r.definitionOffset).startsWith(selected));
    QVERIFY(!FootnoteEdits::fromSelection(text, start, start).ok());
}

void TestFootnoteEdits::renameAndRemove_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("expected");
    QTest::newRow("rename") << u"A[^1] B[^1]\n\n[^1]: a\n"_s << u"rename 1 note"_s
                            << u"A[^note] B[^note]\n\n[^note]: a\n"_s;
    QTest::newRow("rename keeps code") << u"`[^1]` A[^1]\n\n[^1]: a\n"_s << u"rename 1 x"_s
                                       << u"`[^1]` A[^x]\n\n[^x]: a\n"_s;
    QTest::newRow("remove first") << u"A [^1]. B[^2]\n\n[^1]: a\n[^2]: b\n"_s << u"remove 1"_s
                                  << u"A. B[^2]\n\n[^2]: b\n"_s;
    QTest::newRow("remove last, blank-separated")
        << u"A[^1] B[^2]\n\n[^1]: a\n\n[^2]: b\n"_s << u"remove 2"_s << u"A[^1] B\n\n[^1]: a\n"_s;
    QTest::newRow("remove multi-paragraph")
        << u"A[^1] B[^2]\n\n[^1]: a\n\n    more\n\n[^2]: b\n"_s << u"remove 1"_s << u"A B[^2]\n\n[^2]: b\n"_s;
    QTest::newRow("remove duplicates") << u"A[^1]\n\n[^1]: a\n[^1]: b\n"_s << u"remove 1"_s << u"A\n"_s;
    QTest::newRow("set text") << u"A[^1]\n\n[^1]: old\n    more\n\nB\n"_s << u"set 1 new\n\npara"_s
                              << u"A[^1]\n\n[^1]: new\n\n    para\n\nB\n"_s;
    QTest::newRow("set text of undefined") << u"A[^1]\n"_s << u"set 1 def"_s << u"A[^1]\n\n[^1]: def\n"_s;
    QTest::newRow("separate glued") << u"A[^1]\n[^1]: a\n"_s << u"glued"_s << u"A[^1]\n\n[^1]: a\n"_s;
    QTest::newRow("separate swallowed") << u"A[^1][^2]\n\n[^1]: a\n\n    b\n[^2]: c\n"_s << u"glued"_s
                                        << u"A[^1][^2]\n\n[^1]: a\n\n    b\n\n[^2]: c\n"_s;
    QTest::newRow("remove swallowed") << u"A[^1][^2]\n\n[^1]: a\n\n    b\n[^2]: c\n[^3]: d\n"_s << u"remove 2"_s
                                      << u"A[^1]\n\n[^1]: a\n\n    b\n[^3]: d\n"_s;
    QTest::newRow("inline to references") << u"A^[note one] B^[two].\n\n[^1]: x\n"_s << u"inline"_s
                                          << u"A[^2] B[^3].\n\n[^1]: x\n[^2]: note one\n[^3]: two\n"_s;
    QTest::newRow("references to inline") << u"A[^1] B[^2].\n\n[^1]: one\n[^2]: two\n\n    para\n"_s << u"to-inline"_s
                                          << u"A^[one] B[^2].\n\n[^2]: two\n\n    para\n"_s;
    QTest::newRow("merge duplicates") << u"A[^1]\n\n[^1]: a\n[^1]: b\n[^1]: a\n"_s << u"merge"_s
                                      << u"A[^1]\n\n[^1]: a\n\n    b\n"_s;
}

void TestFootnoteEdits::renameAndRemove()
{
    QFETCH(QString, text);
    QFETCH(QString, operation);
    QFETCH(QString, expected);
    const QStringList words = operation.split(u' ');
    FootnoteEditResult r;
    if (words[0] == u"rename")
        r = FootnoteEdits::rename(text, words[1], words[2]);
    else if (words[0] == u"remove")
        r = FootnoteEdits::remove(text, words[1]);
    else if (words[0] == u"set")
        r = FootnoteEdits::setText(text, words[1], operation.section(u' ', 2));
    else if (words[0] == u"glued")
        r = FootnoteEdits::separateGlued(text);
    else if (words[0] == u"inline")
        r = FootnoteEdits::inlineToReferences(text);
    else if (words[0] == u"to-inline")
        r = FootnoteEdits::referencesToInline(text);
    else if (words[0] == u"merge")
        r = FootnoteEdits::mergeDuplicates(text);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(apply(text, r), expected);
}

void TestFootnoteEdits::renameErrors()
{
    const QString text = u"A[^1] B[^2]\n\n[^1]: a\n[^2]: b\n"_s;
    QVERIFY(!FootnoteEdits::rename(text, u"1"_s, u"a b"_s).ok());
    QVERIFY(!FootnoteEdits::rename(text, u"1"_s, u"中文"_s).ok());
    QVERIFY(!FootnoteEdits::rename(text, u"1"_s, u"2"_s).ok());
    QVERIFY(!FootnoteEdits::rename(text, u"9"_s, u"x"_s).ok());
    QVERIFY(!FootnoteEdits::remove(text, u"9"_s).ok());
    QVERIFY(FootnoteEdits::rename(text, u"1"_s, u"1"_s).edits.isEmpty());
}

void TestFootnoteEdits::renumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("allLabels");
    QTest::addColumn<QString>("expected");
    QTest::newRow("out of order") << u"A[^3] B[^1] C[^2] A[^3]\n\n[^1]: one\n[^2]: two\n[^3]: three\n"_s << false
                                  << u"A[^1] B[^2] C[^3] A[^1]\n\n[^1]: three\n[^2]: one\n[^3]: two\n"_s;
    QTest::newRow("numeric only") << u"A[^x] B[^5]\n\n[^5]: five\n[^x]: ex\n"_s << false
                                  << u"A[^x] B[^1]\n\n[^x]: ex\n[^1]: five\n"_s;
    QTest::newRow("all labels") << u"A[^x] B[^5]\n\n[^5]: five\n[^x]: ex\n"_s << true
                                << u"A[^1] B[^2]\n\n[^1]: ex\n[^2]: five\n"_s;
    QTest::newRow("formatting kept") << u"A[^2] B[^1]\n\n[^1]: one\n\n    more one\n\n[^2]: two\n"_s << false
                                     << u"A[^1] B[^2]\n\n[^1]: two\n\n[^2]: one\n\n    more one\n"_s;
    QTest::newRow("note in a note") << u"A[^2]\n\n[^2]: see[^1]\n[^1]: inner\n"_s << false
                                    << u"A[^1]\n\n[^1]: see[^2]\n[^2]: inner\n"_s;
    QTest::newRow("unused last") << u"A[^2]\n\n[^1]: unused\n[^2]: two\n"_s << false
                                 << u"A[^1]\n\n[^1]: two\n[^2]: unused\n"_s;
    QTest::newRow("definitions apart") << u"A[^2] B[^1]\n\n[^1]: one\n\nMiddle\n\n[^2]: two\n"_s << false
                                       << u"A[^1] B[^2]\n\n[^1]: two\n\nMiddle\n\n[^2]: one\n"_s;
    QTest::newRow("cjk and crlf-free") << u"甲。[^b]乙，[^a]\n\n[^a]: 一\n[^b]: 二\n"_s << true
                                       << u"甲。[^1]乙，[^2]\n\n[^1]: 二\n[^2]: 一\n"_s;
}

void TestFootnoteEdits::renumber()
{
    QFETCH(QString, text);
    QFETCH(bool, allLabels);
    QFETCH(QString, expected);
    const FootnoteEditResult r = FootnoteReorder::renumber(text, allLabels);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const QString result = apply(text, r);
    QCOMPARE(result, expected);
    // Renumbering twice changes nothing more.
    QVERIFY(FootnoteReorder::renumber(result, allLabels).edits.isEmpty());
}

void TestFootnoteEdits::move_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<QString>("expected");
    QTest::newRow("last to first") << 3 << 1 << u"A[^1] B[^2] C[^3] A[^1]\n\n[^1]: three\n[^2]: one\n[^3]: two\n"_s;
    QTest::newRow("first to last") << 1 << 3 << u"A[^1] B[^2] C[^3] A[^1]\n\n[^1]: two\n[^2]: three\n[^3]: one\n"_s;
    QTest::newRow("in place") << 2 << 2 << u"A[^1] B[^2] C[^3] A[^1]\n\n[^1]: one\n[^2]: two\n[^3]: three\n"_s;
}

void TestFootnoteEdits::move()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QString, expected);
    const QString text = u"A[^1] B[^2] C[^3] A[^1]\n\n[^1]: one\n[^2]: two\n[^3]: three\n"_s;
    const FootnoteEditResult r = FootnoteReorder::move(text, from, to);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(apply(text, r), expected);
    QVERIFY(!FootnoteReorder::move(text, 0, 1).ok());
    QVERIFY(!FootnoteReorder::move(text, 1, 4).ok());
}

void TestFootnoteEdits::gather_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("headingLine"); // -1: at the end
    QTest::addColumn<QString>("expected");
    QTest::newRow("at end") << u"A[^1] B[^2]\n\n[^2]: two\n\nMiddle.\n\n[^1]: one\n"_s << -1
                            << u"A[^1] B[^2]\n\nMiddle.\n\n[^1]: one\n[^2]: two\n"_s;
    QTest::newRow("already gathered") << u"A[^1] B[^2]\n\n[^1]: one\n[^2]: two\n"_s << -1
                                      << u"A[^1] B[^2]\n\n[^1]: one\n[^2]: two\n"_s;
    QTest::newRow("under heading")
        << u"# T\n\nA[^1].\n\n## Notes\n\nSome.\n\n## Other\n\nB[^2]\n\n[^1]: one\n[^2]: two\n"_s << 4
        << u"# T\n\nA[^1].\n\n## Notes\n\nSome.\n\n[^1]: one\n[^2]: two\n\n## Other\n\nB[^2]\n"_s;
    QTest::newRow("under empty heading at end")
        << u"A[^1]\n\n[^1]: one\n\nMore.\n\n## Notes\n"_s << 6 << u"A[^1]\n\nMore.\n\n## Notes\n\n[^1]: one\n"_s;
}

void TestFootnoteEdits::gather()
{
    QFETCH(QString, text);
    QFETCH(int, headingLine);
    QFETCH(QString, expected);
    const FootnoteEditResult r =
        headingLine < 0 ? FootnoteReorder::gatherAtEnd(text) : FootnoteReorder::gatherUnderHeading(text, headingLine);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(apply(text, r), expected);
}

// Every whole-set edit on a realistic post keeps the text outside the footnotes and leaves no new problem.
void TestFootnoteEdits::wholeSet_data()
{
    QTest::addColumn<QString>("operation");
    QTest::newRow("renumber") << u"renumber"_s;
    QTest::newRow("renumber all") << u"renumber-all"_s;
    QTest::newRow("gather") << u"gather"_s;
    QTest::newRow("move") << u"move"_s;
}

void TestFootnoteEdits::wholeSet()
{
    QFETCH(QString, operation);
    const QString text = u"---\ntitle: T\n---\n\n# 标题\n\n> 引用[^q]。\n\n- item[^3]\n- item[^1]\n\n```\n[^9] code\n"
                         "```\n\nText `[^2]` and[^2] more.\n\n[^1]: one\n[^q]: 引\n\n    二段\n[^3]: three\n\n"
                         "## Tail\n\n[^2]: two\n"_s;
    FootnoteEditResult r;
    if (operation == u"renumber")
        r = FootnoteReorder::renumber(text);
    else if (operation == u"renumber-all")
        r = FootnoteReorder::renumber(text, true);
    else if (operation == u"gather")
        r = FootnoteReorder::gatherAtEnd(text);
    else
        r = FootnoteReorder::move(text, 4, 1);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const QString result = apply(text, r);
    // "[^3]: three" is swallowed into note q (after its indented line): renumbering and moving separate it first, so
    // they compare with the separated post; gathering keeps it inside note q.
    const bool separates = operation != u"gather";
    const FootnoteIndex before =
        FootnoteIndex::build(separates ? apply(text, FootnoteEdits::separateGlued(text)) : text);
    const FootnoteIndex after = FootnoteIndex::build(result);
    QCOMPARE(FootnoteIndex::build(text).problems().size(), 1);
    QCOMPARE(after.problems().size(), separates ? 0 : 1);
    QCOMPARE(after.footnotes().size(), before.footnotes().size());
    QVERIFY(result.contains(u"```\n[^9] code\n```"_s));
    QVERIFY(result.contains(u"Text `[^2]` and"_s));
    QVERIFY(result.startsWith(u"---\ntitle: T\n---\n\n# 标题\n\n> 引用"_s));
    // The texts stay with their notes (move aside), in kramdown's order.
    if (operation != u"move") {
        for (int i = 0; i < before.footnotes().size(); ++i)
            QCOMPARE(after.textOf(after.footnotes()[i].label), before.textOf(before.footnotes()[i].label));
    } else {
        QCOMPARE(after.textOf(after.footnotes()[0].label), before.textOf(before.footnotes()[3].label));
    }
}

void TestFootnoteEdits::convertSeed_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("zh") << u"zh"_s;
}

void TestFootnoteEdits::convertSeed()
{
    QFETCH(QString, language);
    const QString text = QString::fromUtf8(test::readAll(test::seedPath(language)));
    const std::optional<SeedReferenceConverter::ReferenceList> list = SeedReferenceConverter::findList(text);
    QVERIFY(list);
    QCOMPARE(list->items.size(), 2);
    const FootnoteEditResult r = SeedReferenceConverter::convert(text);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const QString result = apply(text, r);
    const FootnoteIndex index = FootnoteIndex::build(result);
    QVERIFY(index.problems().isEmpty());
    QCOMPARE(index.footnotes().size(), 2);
    QCOMPARE(index.footnotes()[0].label, u"1"_s);
    QCOMPARE(index.footnotes()[0].number, 1);
    QCOMPARE(index.footnotes()[1].label, u"2"_s);
    QCOMPARE(index.textOf(u"1"_s), list->items[0].text);
    QCOMPARE(index.textOf(u"2"_s), list->items[1].text);
    QVERIFY(!index.textOf(u"1"_s).startsWith(u'^'));
    QVERIFY(!result.contains(u"**References**"_s) && !result.contains(u"**参考**"_s));
    QVERIFY(!result.contains(u"[1]"_s) && !result.contains(u"[2]"_s));
    // Only the markers and the list changed: the front matter and the prose before the list are intact.
    QCOMPARE(result.left(text.indexOf(u"[1]")), text.left(text.indexOf(u"[1]")));
    QVERIFY(!SeedReferenceConverter::convert(result).ok()); // nothing left to convert
}

void TestFootnoteEdits::convertOtherLists_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("heading and link-style items")
        << u"A[1] B[2] `[1]` [3](x)\n\n## 参考文献\n\n[1]: ^one\n[2]: two\n    wrapped\n"_s
        << u"A[^1] B[^2] `[1]` [3](x)\n\n[^1]: one\n[^2]: two\n    wrapped\n"_s;
    QTest::newRow("notes title, no blank") << u"Text[1].\n**注释：**\n1. ^注一\n"_s << u"Text[^1].\n\n[^1]: 注一\n"_s;
}

void TestFootnoteEdits::convertOtherLists()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const FootnoteEditResult r = SeedReferenceConverter::convert(text);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(apply(text, r), expected);
}

void TestFootnoteEdits::renumberThousand()
{
    QString text;
    for (int i = 1000; i >= 1; --i)
        text += u"Sentence %1.[^%1]\n\n"_s.arg(i);
    for (int i = 1; i <= 1000; ++i)
        text += u"[^%1]: Note %1.\n"_s.arg(i);
    const FootnoteEditResult r = FootnoteReorder::renumber(text);
    QVERIFY(r.ok());
    const FootnoteIndex index = FootnoteIndex::build(apply(text, r));
    QVERIFY(index.problems().isEmpty());
    for (int i = 0; i < 1000; ++i) {
        QCOMPARE(index.footnotes()[i].label, QString::number(i + 1));
        QCOMPARE(index.textOf(index.footnotes()[i].label), u"Note %1."_s.arg(1000 - i));
        QCOMPARE(index.definitions()[i].label, QString::number(i + 1));
    }
}

namespace {

// A post with footnotes among prose (English and Chinese), lists, quotes, code, and definitions in one or several
// places, some with several paragraphs. No note refers to another, so a note's text never changes with labels.
QString randomPost(quint32 seed)
{
    QRandomGenerator random(seed);
    const int count = 1 + random.bounded(12);
    QStringList labels;
    for (int i = 0; i < count; ++i)
        labels.append(random.bounded(3) == 0 ? u"n%1"_s.arg(i) : QString::number(1 + random.bounded(40)));
    labels.removeDuplicates();
    QStringList definitions;
    for (const QString &label : std::as_const(labels)) {
        QString d = u"[^%1]: Note %1 文。"_s.arg(label);
        if (random.bounded(4) == 0)
            d += u"\n\n    More of %1.\n\n        code [^x]"_s.arg(label);
        definitions.append(d);
    }
    QString text = u"---\ntitle: R\n---\n\n"_s;
    const int paragraphs = 2 + random.bounded(10);
    for (int p = 0; p < paragraphs; ++p) {
        const int kind = random.bounded(6);
        QString line = kind == 0 ? u"- "_s : kind == 1 ? u"> "_s : QString();
        line += random.bounded(2) ? u"Some prose `[^9]` here"_s : u"中文的句子"_s;
        for (int m = random.bounded(3); m > 0; --m)
            line += (random.bounded(2) ? u"。[^%1]"_s : u", and[^%1]"_s).arg(labels[random.bounded(labels.size())]);
        text += line + u"\n\n"_s;
        if (kind == 2)
            text += u"```\n[^1] in code\n```\n\n"_s;
        if (kind == 3 && !definitions.isEmpty())
            text += definitions.takeFirst() + u"\n\n"_s;
    }
    const QString gap = random.bounded(2) ? u"\n"_s : u"\n\n"_s;
    text += definitions.join(gap) + u"\n"_s;
    return text;
}

// The notes' texts and reference counts in reading order, a note's text without the lines of definitions swallowed
// into it (those have their own entries). Footnotes with nothing but swallowed definitions come last, sorted: their
// place in footnotes() follows their note's. With `removed`: as expected after removing that footnote, whose
// definitions take the ones swallowed into them along.
QStringList textsInOrder(const FootnoteIndex &index, const QString &removed = {})
{
    static const QRegularExpression swallowedLine(u"\n {0,3}\\[\\^[\\w-]+\\]:[^\n]*"_s);
    const Footnote *gone = removed.isEmpty() ? nullptr : index.find(removed);
    QStringList out, swallowedOnly;
    for (const Footnote &f : index.footnotes()) {
        if (&f == gone)
            continue;
        const auto all = [&](auto predicate) {
            return !f.definitions.isEmpty() && std::all_of(f.definitions.cbegin(), f.definitions.cend(), predicate);
        };
        const bool lost = gone && all([&](int d) { return gone->definitions.contains(index.definitions()[d].parent); });
        if (lost && !f.isReferenced())
            continue;
        const QString entry = (lost ? QString() : index.textOf(f.label).remove(swallowedLine)) + u" x"_s +
                              QString::number(f.references.size());
        const bool onlySwallowed = !f.isReferenced() && all([&](int d) { return index.definitions()[d].parent >= 0; });
        (onlySwallowed ? swallowedOnly : out).append(entry);
    }
    swallowedOnly.sort();
    return out + swallowedOnly;
}

// The post with a blank line before each definition swallowed into a note: what renumbering works on.
QString separateSwallowed(const QString &text)
{
    const FootnoteIndex index = FootnoteIndex::build(text);
    TextEdits edits;
    for (const FootnoteDefinition &d : index.definitions()) {
        if (d.parent >= 0)
            edits.append({text.lastIndexOf(u'\n', d.marker.start) + 1, 0, u"\n"_s});
    }
    return applyEdits(text, edits);
}

} // namespace

void TestFootnoteEdits::randomPosts_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 60; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

// Properties every whole-set edit keeps on any post: valid disjoint edits, the same notes with the same texts and
// reference counts in the same reading order, no new problem, and a second run changes nothing.
void TestFootnoteEdits::randomPosts()
{
    QFETCH(quint32, seed);
    const QString text = randomPost(seed);
    const FootnoteIndex before = FootnoteIndex::build(text);
    // Renumbering separates definitions swallowed into a note first: its texts are those of the separated post.
    const FootnoteIndex separated = FootnoteIndex::build(separateSwallowed(text));
    const auto verify = [&](const FootnoteEditResult &r, const char *name, auto again) {
        QVERIFY2(r.ok(), name);
        const QString result = apply(text, r);
        QVERIFY2(!result.startsWith(u'<'), qPrintable(result));
        const FootnoteIndex after = FootnoteIndex::build(result);
        const FootnoteIndex &expected = qstrcmp(name, "gather") == 0 ? before : separated;
        QCOMPARE(textsInOrder(after), textsInOrder(expected));
        QVERIFY2(after.problems().size() <= before.problems().size(), qPrintable(result));
        QVERIFY2(again(result).edits.isEmpty(), qPrintable(result));
    };
    verify(FootnoteReorder::renumber(text), "renumber", [](const QString &t) { return FootnoteReorder::renumber(t); });
    verify(FootnoteReorder::renumber(text, true), "renumber all",
           [](const QString &t) { return FootnoteReorder::renumber(t, true); });
    verify(FootnoteReorder::gatherAtEnd(text), "gather",
           [](const QString &t) { return FootnoteReorder::gatherAtEnd(t); });
    // Removing a footnote leaves the others as they were.
    if (!before.footnotes().isEmpty()) {
        const QString label = before.footnotes().first().label;
        const QString result = apply(text, FootnoteEdits::remove(text, label));
        const FootnoteIndex after = FootnoteIndex::build(result);
        QVERIFY(!after.find(label));
        QCOMPARE(textsInOrder(after), textsInOrder(before, label));
    }
    // Inserting a footnote adds one and keeps the others.
    const qsizetype caret = text.indexOf(u"中文的句子"_s);
    if (caret > 0) {
        const FootnoteEditResult r = FootnoteEdits::insert(text, caret + 5, u"新注"_s);
        const FootnoteIndex after = FootnoteIndex::build(apply(text, r));
        QCOMPARE(after.footnotes().size(), before.footnotes().size() + 1);
        QCOMPARE(after.textOf(r.label), u"新注"_s);
        QCOMPARE(after.problems().size(), before.problems().size());
    }
}

void TestFootnoteEdits::placementPerLanguage()
{
    FootnoteStyle style;
    style.byLanguage.insert(u"en"_s, MarkerPlacement::BeforePunctuation);
    QCOMPARE(style.placementFor(u"en-US"_s), MarkerPlacement::BeforePunctuation);
    QCOMPARE(style.placementFor(u"zh_CN"_s), MarkerPlacement::AfterPunctuation);
    const QString text = u"It is so. 就是这样。"_s;
    const FootnoteEditResult en = FootnoteEdits::insert(text, text.indexOf(u'.'), u"n"_s, style.placementFor(u"en"_s));
    QVERIFY(apply(text, en).startsWith(u"It is so[^1]. 就是"_s));
    const FootnoteEditResult zh = FootnoteEdits::insert(text, text.indexOf(u"。"), u"n"_s, style.placementFor(u"zh"_s));
    QVERIFY(apply(text, zh).startsWith(u"It is so. 就是这样。[^1]"_s));
}

QTEST_GUILESS_MAIN(TestFootnoteEdits)
#include "tst_footnoteedits.moc"
