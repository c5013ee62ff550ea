#include "support/Seed.h"
#include "text/Cjk.h"
#include "text/LineIndex.h"
#include "text/TextCounter.h"
#include "text/TextEdit.h"

#include <QRandomGenerator>
#include <QTextBoundaryFinder>
#include <QtTest>

using namespace coinage;
using namespace Qt::StringLiterals;

class TestText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void positions_data();
    void positions();
    void words_data();
    void words();
    void charactersAndParagraphs();
    void wordsAsBoundaryFinder_data();
    void wordsAsBoundaryFinder();
    void edits_data();
    void edits();
};

void TestText::positions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("start") << u"abc\ndef"_s << 0 << 1 << 1;
    QTest::newRow("second line") << u"abc\ndef"_s << 5 << 2 << 2;
    QTest::newRow("at newline") << u"abc\ndef"_s << 3 << 1 << 4;
    QTest::newRow("end") << u"abc\ndef"_s << 7 << 2 << 4;
    QTest::newRow("chinese") << u"子曰：大模型"_s << 3 << 1 << 4;
    // An astral character is two UTF-16 units but one column.
    QTest::newRow("astral") << u"😀x"_s << 2 << 1 << 2;
    QTest::newRow("empty last line") << u"a\n"_s << 2 << 2 << 1;
}

void TestText::positions()
{
    QFETCH(QString, text);
    QFETCH(int, offset);
    QFETCH(int, line);
    QFETCH(int, column);
    const LineIndex index(text);
    QCOMPARE(index.position(offset), (TextPosition{line, column}));
    QCOMPARE(index.offset({line, column}), offset);
}

void TestText::words_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<int>("words");
    QTest::addColumn<int>("cjk");
    QTest::newRow("english") << u"Large models are the way of minting coins."_s << 8 << 0;
    QTest::newRow("chinese") << u"大模型就是铸币。"_s << 7 << 7;
    QTest::newRow("mixed") << u"看看 Sonnet 之于 4o，Qwen 之于 Llama"_s << 10 << 6;
    QTest::newRow("contraction") << u"It's what they've done."_s << 4 << 0;
    QTest::newRow("heading and emphasis") << u"## The *real* **credit**"_s << 3 << 0;
    QTest::newRow("link target dropped") << u"See [the post](https://example.com/a-long-path?x=1)."_s << 3 << 0;
    QTest::newRow("footnote marker dropped") << u"Illusion.[^1] And[^note-2] more"_s << 3 << 0;
    QTest::newRow("footnote definition label") << u"[^1]: Colleagues, please."_s << 2 << 0;
    QTest::newRow("list markers") << u"1. one\n2. two\n- three\n- [x] four"_s << 4 << 0;
    QTest::newRow("quote") << u"> 子曰：学而时习之"_s << 7 << 7;
    QTest::newRow("html tag") << u"<span class=\"x\">word</span>"_s << 1 << 0;
    QTest::newRow("code fence lines") << u"```cpp\nint x;\n```"_s << 2 << 0;
    QTest::newRow("rule and setext") << u"Title\n=====\n\n---\n\ntext"_s << 2 << 0;
    QTest::newRow("numbers") << u"2,000 × 2,000 paragraphs in 3.5 s"_s << 6 << 0;
    QTest::newRow("empty") << QString() << 0 << 0;
    QTest::newRow("punctuation only") << u"— … ！？"_s << 0 << 0;
    QTest::newRow("extension b") << u"𠀀𠀁"_s << 2 << 2;
}

void TestText::words()
{
    QFETCH(QString, markdown);
    QFETCH(int, words);
    QFETCH(int, cjk);
    const TextCounts counts = countText(markdown);
    QCOMPARE(counts.words, words);
    QCOMPARE(counts.cjkCharacters, cjk);
    QCOMPARE(counts.words, counts.cjkCharacters + counts.otherWords);
}

void TestText::charactersAndParagraphs()
{
    const TextCounts counts = countText(u"# Hi there\n\nOne **two**.\nStill one.\n\n\n大模型\n"_s);
    QCOMPARE(counts.paragraphs, 3);
    // "Hi there" (8), "One two." (8), "Still one." (10), "大模型" (3)
    QCOMPARE(counts.characters, 8 + 8 + 10 + 3);
    QCOMPARE(counts.charactersNoSpaces, 7 + 7 + 9 + 3);
}

// The reference: words of the prose by QTextBoundaryFinder (segments with a letter or number and no CJK), what
// countText computed before its fast path for known characters.
static qsizetype boundaryFinderWords(const QString &prose)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, prose);
    qsizetype from = 0, words = 0;
    for (qsizetype to = finder.toNextBoundary(); to >= 0; to = finder.toNextBoundary()) {
        bool cjk = false, word = false;
        const QList<uint> ucs4 = prose.sliced(from, to - from).toUcs4();
        for (uint c : ucs4) {
            cjk = cjk || isCjk(c);
            word = word || QChar::isLetterOrNumber(c);
        }
        words += word && !cjk;
        from = to;
    }
    return words;
}

void TestText::wordsAsBoundaryFinder_data()
{
    QTest::addColumn<QString>("markdown");
    const QString alphabet = u"aZk09_.,:;' -\"/()?!—…“”‘’，。：；、．×大模型ひらカナ한국𠀀éß\u0301\u00a0\t"_s;
    const QList<uint> letters = alphabet.toUcs4();
    QRandomGenerator random(7);
    for (int row = 0; row < 300; ++row) {
        QList<uint> text;
        const int length = 1 + random.bounded(40);
        for (int i = 0; i < length; ++i)
            text.append(letters[random.bounded(int(letters.size()))]);
        QTest::newRow(qPrintable(QString::number(row)))
            << QString::fromUcs4(reinterpret_cast<const char32_t *>(text.constData()), text.size());
    }
    QTest::newRow("seed en") << QString::fromUtf8(test::readAll(test::seedPath(u"en"_s)));
    QTest::newRow("seed zh") << QString::fromUtf8(test::readAll(test::seedPath(u"zh"_s)));
}

void TestText::wordsAsBoundaryFinder()
{
    QFETCH(QString, markdown);
    QCOMPARE(countText(markdown).otherWords, boundaryFinderWords(proseOf(markdown)));
}

void TestText::edits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<TextEdits>("edits");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << u"abc"_s << TextEdits{} << u"abc"_s;
    QTest::newRow("insert") << u"abc"_s << TextEdits{{1, 0, u"X"_s}} << u"aXbc"_s;
    QTest::newRow("out of order") << u"abcdef"_s << TextEdits{{4, 1, u"E"_s}, {0, 2, QString()}} << u"cdEf"_s;
    QTest::newRow("at end") << u"ab"_s << TextEdits{{2, 0, u"[^1]"_s}} << u"ab[^1]"_s;
    QTest::newRow("overlap refused") << u"abcdef"_s << TextEdits{{0, 3, u"x"_s}, {2, 1, u"y"_s}} << u"abcdef"_s;
    QTest::newRow("outside refused") << u"ab"_s << TextEdits{{1, 5, u"x"_s}} << u"ab"_s;
}

void TestText::edits()
{
    QFETCH(QString, text);
    QFETCH(TextEdits, edits);
    QFETCH(QString, expected);
    QCOMPARE(applyEdits(text, edits), expected);
}

QTEST_GUILESS_MAIN(TestText)
#include "tst_text.moc"
