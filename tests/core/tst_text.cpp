#include "../bench/PostGenerator.h"
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
    void countsAsReference_data();
    void countsAsReference();
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
    // Where the fast path joins letters across '.' and ':' (UAX #29 WB6/WB7) and Qt's boundary finder does not.
    QTest::newRow("mid: e.g.") << u"e.g. a. b"_s << 3 << 0;
    QTest::newRow("mid: colon") << u"a:b"_s << 1 << 0;
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

// The reference for every field: proseOf's text read one code point at a time (QChar::isSpace, isCjk) and the words
// by QTextBoundaryFinder over the whole prose. countText's single pass must agree with it, whatever fast path a
// character takes.
static TextCounts referenceCounts(QStringView markdown)
{
    const QString prose = proseOf(markdown);
    TextCounts counts;
    bool lineHasText = false;
    bool previousLineBlank = true;
    for (qsizetype i = 0; i < prose.size(); ++i) {
        char32_t c = prose[i].unicode();
        if (c == u'\n') {
            previousLineBlank = !lineHasText;
            lineHasText = false;
            continue;
        }
        if (prose[i].isHighSurrogate() && i + 1 < prose.size() && prose[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(prose[i], prose[i + 1]);
            ++i;
        }
        ++counts.characters;
        counts.cjkCharacters += isCjk(c) ? 1 : 0;
        if (QChar::isSpace(c))
            continue;
        ++counts.charactersNoSpaces;
        if (!lineHasText && previousLineBlank)
            ++counts.paragraphs;
        lineHasText = true;
    }
    counts.otherWords = boundaryFinderWords(prose);
    counts.words = counts.cjkCharacters + counts.otherWords;
    return counts;
}

void TestText::countsAsReference_data()
{
    QTest::addColumn<QString>("markdown");
    const QString high(QChar(0xD83D)); // lone surrogates: counted as one character each, never a word
    const QString low(QChar(0xDE00));
    QTest::newRow("empty") << QString();
    QTest::newRow("newlines only") << u"\n\n\n"_s;
    QTest::newRow("spaces only") << u" \t \n  "_s;
    QTest::newRow("one word, no newline") << u"word"_s;
    QTest::newRow("astral ideographs") << u"𠀀𠀁 and 𰀀"_s;
    QTest::newRow("emoji (astral, not CJK)") << u"smile 😀 now😀ok"_s;
    QTest::newRow("lone high surrogate at end") << QString(u"abc "_s + high);
    QTest::newRow("lone low surrogate") << QString(low + u"abc"_s);
    QTest::newRow("high surrogate before letter") << QString(u"a"_s + high + u"b"_s);
    QTest::newRow("cjk with punctuation") << u"子曰：学而时习之，不亦说乎？「有朋」自远方来。"_s;
    QTest::newRow("kana and hangul") << u"ひらがな カタカナ 한국어 텍스트"_s;
    QTest::newRow("ideographic space") << u"大模型\u3000铸币"_s;
    QTest::newRow("no-break space") << u"10\u00a0MB of text"_s;
    QTest::newRow("line separator") << u"one\u2028two"_s;
    QTest::newRow("carriage returns inside") << u"one\rtwo\r\n\r\nthree"_s;
    QTest::newRow("form feed and vertical tab") << u"a\fb\vc"_s;
    QTest::newRow("control character") << u"a\u0001b c"_s;
    QTest::newRow("emphasis markers") << u"*one* **two** ***three*** a*b*c ~~gone~~ ~tilde~"_s;
    QTest::newRow("emphasis joins words") << u"foo**bar** baz*qux*"_s;
    QTest::newRow("footnote markers") << u"Claim.[^1] Other[^note-2] 主张。[^3]\n\n[^1]: The note.\n[^3]: 注释。"_s;
    QTest::newRow("footnote marker between words") << u"a[^1]b c [^2] d"_s;
    QTest::newRow("mid: apostrophe") << u"It's don’t"_s;
    QTest::newRow("mid: numbers") << u"3.5 2,000 1.2.3 x;y"_s;
    QTest::newRow("mid at token end") << u"end. end, end: end' 4. 4,"_s;
    QTest::newRow("full-width mid") << u"Ａ，B a，b 1，2 a．b a：b"_s;
    QTest::newRow("underscores") << u"__init__ _ a_b _1_"_s;
    QTest::newRow("combining marks") << u"e\u0301te cafe\u0301 \u0301alone"_s;
    QTest::newRow("latin letters") << u"Übermaß naïve façade ß"_s;
    QTest::newRow("paragraphs") << u"\n\none\ntwo\n\n  \n三\n\n\n> four\n- five\n"_s;
    QTest::newRow("blank line of spaces") << u"a\n   \nb"_s;
    QTest::newRow("fence") << u"text\n```\ncode *x* [^1]\n```\nafter"_s;
    QTest::newRow("html and links") << u"<b>bold</b> [link](http://x.y/z) ![img](a.png) <http://auto.link>"_s;
    QTest::newRow("escapes") << u"\\*not emphasis\\* a\\_b \\\\"_s;
    QTest::newRow("headings and rules") << u"# One\n\nTwo\n===\n\n***\n\n| a | b |\n|---|:-:|\n| 1 | 2 |"_s;

    // Random text from pieces of Markdown, prose and the characters each path of countText handles.
    const QStringList pieces = {
        u"a"_s,  u"Zk"_s, u"word"_s, u"09"_s, u"_"_s,    u"."_s,     u","_s,      u":"_s,      u";"_s,      u"'"_s,
        u"’"_s,  u" "_s,  u" "_s,    u"\n"_s, u"\n\n"_s, u"\t"_s,    u"\r"_s,     u"-"_s,      u"*"_s,      u"**"_s,
        u"`"_s,  u"~~"_s, u"["_s,    u"]"_s,  u"("_s,    u")"_s,     u"[^1]"_s,   u"](x)"_s,   u"<b>"_s,    u"\\"_s,
        u"!"_s,  u"# "_s, u"> "_s,   u"- "_s, u"1. "_s,  u"```\n"_s, u"大"_s,     u"模型"_s,   u"。"_s,     u"，"_s,
        u"："_s, u"「"_s, u"ひ"_s,   u"カ"_s, u"한"_s,   u"𠀀"_s,    u"😀"_s,     u"\u00a0"_s, u"\u3000"_s, u"\u0301"_s,
        u"—"_s,  u"…"_s,  u"“"_s,    u"×"_s,  u"é"_s,    u"ß"_s,     u"\u0001"_s, u"Ａ"_s,     high,        low};
    QRandomGenerator random(11);
    for (int row = 0; row < 500; ++row) {
        QString text;
        const int length = 1 + random.bounded(60);
        for (int i = 0; i < length; ++i)
            text += pieces[random.bounded(int(pieces.size()))];
        QTest::newRow(qPrintable(u"random %1"_s.arg(row))) << text;
    }
    QTest::newRow("seed en") << QString::fromUtf8(test::readAll(test::seedPath(u"en"_s)));
    QTest::newRow("seed zh") << QString::fromUtf8(test::readAll(test::seedPath(u"zh"_s)));
    QTest::newRow("generated post") << bench::generatePost({64 * 1024, -1, 3});
}

void TestText::countsAsReference()
{
    QFETCH(QString, markdown);
    const TextCounts counts = countText(markdown);
    const TextCounts expected = referenceCounts(markdown);
    QCOMPARE(counts.characters, expected.characters);
    QCOMPARE(counts.charactersNoSpaces, expected.charactersNoSpaces);
    QCOMPARE(counts.paragraphs, expected.paragraphs);
    QCOMPARE(counts.cjkCharacters, expected.cjkCharacters);
    QCOMPARE(counts.otherWords, expected.otherWords);
    QCOMPARE(counts.words, expected.words);
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
