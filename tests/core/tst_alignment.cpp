#include "bilingual/Aligner.h"
#include "bilingual/Calibration.h"
#include "bilingual/InlineFacts.h"
#include "bilingual/Segmenter.h"
#include "bilingual/SentenceAligner.h"
#include "post/FrontMatter.h"
#include "support/Seed.h"

#include <QtTest>

using namespace coinage;
using namespace Qt::StringLiterals;

namespace {

QString seed(const QString &language)
{
    return QString::fromUtf8(test::readAll(test::seedPath(language)));
}

// A post as front matter + body blocks separated by blank lines, to build variants of the seed.
struct Blocks
{
    QString head; // front matter and the blank line after it
    QStringList blocks;
    explicit Blocks(const QString &text)
    {
        const FrontMatterSplit split = splitFrontMatter(text);
        head = text.left(split.bodyStart) + u'\n';
        blocks = text.mid(split.bodyStart).trimmed().split(u"\n\n"_s);
    }
    QString text() const { return head + blocks.join(u"\n\n"_s) + u'\n'; }
};

QString kramdownStyle(const QString &text, bool reverseDefinitions)
{
    Blocks b(text);
    QStringList definitions;
    for (QString &block : b.blocks) {
        block.replace(u"[1]"_s, u"[^1]"_s).replace(u"[2]"_s, u"[^2]"_s);
        if (block.startsWith(u"1. ^"_s)) {
            for (const QString &line : block.split(u'\n'))
                definitions.append(u"[^"_s + line.left(1) + u"]: "_s + line.mid(4));
        }
    }
    b.blocks.removeLast();
    if (reverseDefinitions)
        std::reverse(definitions.begin(), definitions.end());
    b.blocks += definitions;
    return b.text();
}

Alignment alignTexts(const QString &source, const QString &target, Aligner **keep = nullptr)
{
    AlignOptions options;
    options.sourceLanguage = Calibration::languageOfPost(source);
    options.targetLanguage = Calibration::languageOfPost(target);
    auto *aligner = new Aligner(Segmenter::segment(source), Segmenter::segment(target), options);
    const Alignment a = aligner->align();
    if (keep)
        *keep = aligner;
    else
        delete aligner;
    return a;
}

QString shapes(const Alignment &alignment)
{
    QStringList out;
    for (const AlignedPair &p : alignment.pairs)
        out.append(p.shape());
    return out.join(u' ');
}

QString repeat(const QString &shape, int n)
{
    return QStringList(n, shape).join(u' ');
}

} // namespace

class TestAlignment : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inlineFacts_data();
    void inlineFacts();
    void numerals();
    void segmentsOfSeed();
    void calibrationMatchesSeed();
    void seedPairAlignsParagraphForParagraph_data();
    void seedPairAlignsParagraphForParagraph();
    void variants_data();
    void variants();
    void reorderedFootnoteDefinitions();
    void pins();
    void realignMatchesFullAlign_data();
    void realignMatchesFullAlign();
    void counterpartAndNavigation();
    void sentences_data();
    void sentences();
    void sentenceAlignment_data();
    void sentenceAlignment();
};

void TestAlignment::inlineFacts_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QStringList>("refs");
    QTest::addColumn<QStringList>("urls");
    QTest::addColumn<QStringList>("numbers");
    QTest::addColumn<int>("strong");
    QTest::addColumn<int>("emphasis");
    QTest::addColumn<int>("code");
    QTest::newRow("kramdown") << u"A[^note] and B[^2-x] but not [^d]: def"_s << QStringList{u"note"_s, u"2-x"_s}
                              << QStringList{} << QStringList{} << 0 << 0 << 0;
    QTest::newRow("seed style") << u"gimmick[2] and [link](http://a.b/c?d=1) [x][1]"_s << QStringList{u"2"_s}
                                << QStringList{u"http://a.b/c?d=1"_s} << QStringList{} << 0 << 0 << 0;
    QTest::newRow("numbers") << u"In 2025, 1,000 people; 2.5 Pro; `code 42`; ２０２４年"_s << QStringList{}
                             << QStringList{} << QStringList{u"2025"_s, u"1000"_s, u"2.5"_s, u"2024"_s} << 0 << 0 << 1;
    QTest::newRow("emphasis") << u"**bold** and *em* and _emph_ but snake_case_name 中文*强调*"_s << QStringList{}
                              << QStringList{} << QStringList{} << 1 << 3 << 0;
    QTest::newRow("urls") << u"See <https://x.org/a> and https://y.org/b. 见 https://z.cn/c，好"_s << QStringList{}
                          << QStringList{u"https://x.org/a"_s, u"https://y.org/b"_s, u"https://z.cn/c"_s}
                          << QStringList{} << 0 << 0 << 0;
    QTest::newRow("list marker") << u"1. ^Colleagues"_s << QStringList{} << QStringList{} << QStringList{} << 0 << 0
                                 << 0;
}

void TestAlignment::inlineFacts()
{
    QFETCH(QString, markdown);
    const InlineFacts facts = InlineFacts::of(markdown);
    QTEST(facts.footnoteRefs, "refs");
    QTEST(facts.urls, "urls");
    QTEST(facts.numbers, "numbers");
    QTEST(facts.strong, "strong");
    QTEST(facts.emphasis, "emphasis");
    QTEST(int(facts.codeSpans.size()), "code");
}

void TestAlignment::numerals()
{
    QCOMPARE(cjkNumeralValues(u"二十一世纪，一九九八年，两年半，一千零五，三万二千"),
             (QList<qint64>{21, 1998, 2, 1005, 32000}));
    QCOMPARE(englishNumberValues(u"twenty-one years, two and a half, Three"), (QList<qint64>{21, 2, 3}));
}

void TestAlignment::segmentsOfSeed()
{
    for (const QString &language : {u"en"_s, u"zh"_s}) {
        const Segments segments = Segmenter::segment(seed(language));
        QCOMPARE(segments.size(), 13);
        for (int k = 0; k < 11; ++k) {
            QCOMPARE(segments[k].kind, Segment::Kind::Paragraph);
            QCOMPARE(segments[k].firstLine, 10 + 2 * k);
            QCOMPARE(segments[k].lastLine, 10 + 2 * k);
        }
        QCOMPARE(segments[11].kind, Segment::Kind::ListItem);
        QCOMPARE(segments[11].firstLine, 32);
        QCOMPARE(segments[11].footnoteId, u"1"_s);
        QCOMPARE(segments[12].firstLine, 33);
        QVERIFY(segments[4].anchors.contains(u"fn:1"_s));
        QVERIFY(segments[6].anchors.contains(u"fn:2"_s));
        QVERIFY(!segments[0].placeholder);
    }
}

void TestAlignment::calibrationMatchesSeed()
{
    const Segments en = Segmenter::segment(seed(u"en"_s));
    const Segments zh = Segmenter::segment(seed(u"zh"_s));
    QCOMPARE(Calibration::languageOfPost(seed(u"en"_s)), u"en"_s);
    QCOMPARE(Calibration::languageOfPost(seed(u"zh"_s)), u"zh"_s);
    // The ten prose paragraphs: ratio and variance per English character (Calibration documents these figures).
    // Latin words and punctuation in the Chinese count one for one, so the ratio is of CJK characters to the rest
    // of the English.
    double sumEn = 0, sumCjk = 0, sumOther = 0;
    for (int k = 0; k < 10; ++k) {
        sumEn += en[k].characters;
        sumCjk += zh[k].cjkCharacters;
        sumOther += zh[k].characters - zh[k].cjkCharacters;
    }
    const double ratio = sumCjk / (sumEn - sumOther);
    double variance = 0;
    for (int k = 0; k < 10; ++k) {
        const double d = zh[k].cjkCharacters / ratio + (zh[k].characters - zh[k].cjkCharacters) - en[k].characters;
        variance += d * d / en[k].characters;
    }
    variance /= 10;
    qInfo("seed: zh/en characters %.3f, variance per English character %.2f", ratio, variance);
    QVERIFY(std::abs(ratio - Calibration::zhDensity) < 0.02);
    QVERIFY(std::abs(variance - Calibration::variance) < 0.6);
}

void TestAlignment::seedPairAlignsParagraphForParagraph_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("target");
    QTest::newRow("en->zh") << u"en"_s << u"zh"_s;
    QTest::newRow("zh->en") << u"zh"_s << u"en"_s;
}

void TestAlignment::seedPairAlignsParagraphForParagraph()
{
    QFETCH(QString, source);
    QFETCH(QString, target);
    const Alignment a = alignTexts(seed(source), seed(target));
    QCOMPARE(shapes(a), repeat(u"1-1"_s, 13));
    for (const AlignedPair &p : a.pairs) {
        QCOMPARE(p.sourceLines, p.targetLines);
        QVERIFY2(p.confidence > 0.5, qPrintable(QString::number(p.confidence)));
        QCOMPARE(p.status, PairStatus::Translated);
    }
}

void TestAlignment::variants_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("expected");
    const QString en = seed(u"en"_s), zh = seed(u"zh"_s);

    Blocks split(zh);
    const qsizetype cut = split.blocks[2].indexOf(u"如今倒好"_s);
    split.blocks[2] = split.blocks[2].left(cut) + u"\n\n"_s + split.blocks[2].mid(cut);
    QTest::newRow("split en->zh") << en << split.text() << u"1-1 1-1 1-2 "_s + repeat(u"1-1"_s, 10);
    QTest::newRow("split zh->en") << split.text() << en << u"1-1 1-1 2-1 "_s + repeat(u"1-1"_s, 10);

    Blocks merged(zh);
    merged.blocks[5] += merged.blocks[6];
    merged.blocks.removeAt(6);
    QTest::newRow("merged") << en << merged.text() << repeat(u"1-1"_s, 5) + u" 2-1 "_s + repeat(u"1-1"_s, 6);

    Blocks missing(zh);
    missing.blocks.removeAt(3);
    QTest::newRow("missing") << en << missing.text() << repeat(u"1-1"_s, 3) + u" 1-0 "_s + repeat(u"1-1"_s, 9);
    Blocks missingShort(zh);
    missingShort.blocks.removeAt(0);
    QTest::newRow("missing first") << en << missingShort.text() << u"1-0 "_s + repeat(u"1-1"_s, 12);

    Blocks extra(zh);
    extra.blocks.insert(1, u"译者按：本文的中文原稿写于二〇二五年初，英文版先由模型翻译，再经作者逐段校对；"
                           u"文中引用的几位作家的话都是仿写，并非原话，请读者不要当真，也不要引用。"_s);
    QTest::newRow("extra") << en << extra.text() << u"1-1 0-1 "_s + repeat(u"1-1"_s, 12);

    Blocks both(zh);
    both.blocks.removeAt(8);
    both.blocks.insert(4, u"（此段为译者补充的说明，原文没有。）"_s);
    QTest::newRow("missing and extra") << en << both.text()
                                       << repeat(u"1-1"_s, 4) + u" 0-1 "_s + repeat(u"1-1"_s, 4) + u" 1-0 "_s +
                                              repeat(u"1-1"_s, 4);

    Blocks heading(zh);
    heading.blocks.insert(5, u"## 第二部分"_s);
    Blocks headingEn(en);
    headingEn.blocks.insert(5, u"## Part Two"_s);
    QTest::newRow("headings") << headingEn.text() << heading.text() << repeat(u"1-1"_s, 14);
    Blocks twoHeadings(headingEn.text());
    twoHeadings.blocks.insert(2, u"## Part One"_s);
    QTest::newRow("heading missing") << twoHeadings.text() << heading.text()
                                     << repeat(u"1-1"_s, 2) + u" 1-0 "_s + repeat(u"1-1"_s, 12);
    Blocks levels(heading.text());
    levels.blocks[5] = u"### 第二部分"_s;
    QTest::newRow("heading level differs") << headingEn.text() << levels.text() << repeat(u"1-1"_s, 14);

    QTest::newRow("empty source") << u""_s << zh << repeat(u"0-1"_s, 13);
    QTest::newRow("empty target") << en << u"---\ntitle: x\n---\n"_s << repeat(u"1-0"_s, 13);
    QTest::newRow("both empty") << u"---\n---\n"_s << u""_s << u""_s;

    Blocks placeholders(en);
    for (QString &block : placeholders.blocks)
        block = block.startsWith(u"1. "_s) ? u"1. 【待译】\n2. 【待译】"_s : u"【待译】"_s;
    QTest::newRow("placeholders") << en << placeholders.text() << repeat(u"1-1"_s, 13);
    QTest::newRow("copied source") << en << en << repeat(u"1-1"_s, 13);
}

void TestAlignment::variants()
{
    QFETCH(QString, source);
    QFETCH(QString, target);
    const Alignment a = alignTexts(source, target);
    QTEST(shapes(a), "expected");
}

void TestAlignment::reorderedFootnoteDefinitions()
{
    const QString en = kramdownStyle(seed(u"en"_s), false);
    const QString zh = kramdownStyle(seed(u"zh"_s), true);
    Aligner *aligner = nullptr;
    const Alignment a = alignTexts(en, zh, &aligner);
    QScopedPointer<Aligner> keep(aligner);
    QCOMPARE(shapes(a), repeat(u"1-1"_s, 13));
    for (int k = 0; k < 11; ++k)
        QVERIFY(!a.pairs[k].byId);
    for (int k = 11; k < 13; ++k) {
        const AlignedPair &p = a.pairs[k];
        QVERIFY(p.byId);
        QCOMPARE(aligner->source()[p.sourceIndex].footnoteId, aligner->target()[p.targetIndex].footnoteId);
    }
    // [^1] is first in the English file, second in the Chinese one.
    QCOMPARE(a.pairs[11].sourceLines.first, a.pairs[12].targetLines.first);
}

void TestAlignment::pins()
{
    const QString en = seed(u"en"_s), zh = seed(u"zh"_s);
    const Aligner aligner(Segmenter::segment(en), Segmenter::segment(zh), {u"en"_s, u"zh"_s});
    // Merge source 2+3 with target 2+3, and pin 5 with 5.
    const Alignment a = aligner.align({Pin{2, 2, 2, 2}, Pin{5, 1, 5, 1}, Pin{4, 1, 0, 1} /* crosses: dropped */});
    QCOMPARE(shapes(a), u"1-1 1-1 2-2 1-1 1-1 "_s + repeat(u"1-1"_s, 7));
    QVERIFY(a.pairs[2].pinned);
    QVERIFY(a.pairs[4].pinned);
    QVERIFY(!a.pairs[3].pinned);
    QCOMPARE(a.pairs[2].confidence, 1.0);
    // A manual split: source 2 alone with target 2, then source 3 with nothing.
    const Alignment b = aligner.align({Pin{2, 1, 2, 1}, Pin{3, 1, 3, 0}});
    QCOMPARE(b.pairs[3].shape(), u"1-0"_s);
}

void TestAlignment::realignMatchesFullAlign_data()
{
    QTest::addColumn<int>("block");
    QTest::addColumn<QString>("edit"); // split, remove, insert, touch
    QTest::addColumn<bool>("targetSide");
    for (int block : {0, 2, 5, 9, 11}) {
        for (const QString &edit : {u"split"_s, u"remove"_s, u"insert"_s, u"touch"_s}) {
            for (bool target : {true, false}) {
                QTest::addRow("%s %d %s", qPrintable(edit), block, target ? "target" : "source")
                    << block << edit << target;
            }
        }
    }
}

void TestAlignment::realignMatchesFullAlign()
{
    QFETCH(int, block);
    QFETCH(QString, edit);
    QFETCH(bool, targetSide);
    const QString en = seed(u"en"_s), zh = seed(u"zh"_s);
    const QString before = targetSide ? zh : en;
    Blocks b(before);
    const int headLines = int(b.head.count(u'\n'));
    int firstLine = headLines, oldLast = 0, newLast = 0;
    for (int k = 0; k < block; ++k)
        firstLine += int(b.blocks[k].count(u'\n')) + 2;
    oldLast = firstLine + int(b.blocks[block].count(u'\n'));
    if (edit == u"split") {
        const qsizetype mid = b.blocks[block].size() / 2;
        b.blocks[block] = b.blocks[block].left(mid) + u"\n\n"_s + b.blocks[block].mid(mid);
        newLast = oldLast + 2;
    } else if (edit == u"remove") {
        b.blocks.removeAt(block);
        // The block and the blank line after it went.
        oldLast += 1;
        newLast = firstLine - 1;
    } else if (edit == u"insert") {
        b.blocks.insert(block, targetSide ? u"新加的一段，写得很短。"_s : u"A new short paragraph."_s);
        oldLast = firstLine - 1;
        newLast = firstLine + 1;
    } else {
        b.blocks[block] += targetSide ? u"又加一句。"_s : u" One more sentence."_s;
        newLast = oldLast;
    }
    const QString after = b.text();
    const AlignOptions options{u"en"_s, u"zh"_s};
    const Aligner old(Segmenter::segment(en), Segmenter::segment(zh), options);
    const Aligner now(Segmenter::segment(targetSide ? en : after), Segmenter::segment(targetSide ? after : zh),
                      options);
    const Alignment full = now.align();
    const Aligner::Realigned re =
        now.realign(old.align(), {targetSide ? Side::Target : Side::Source, firstLine, oldLast, newLast});
    QCOMPARE(shapes(re.alignment), shapes(full));
    for (int k = 0; k < full.pairs.size(); ++k) {
        QCOMPARE(re.alignment.pairs[k].sourceLines, full.pairs[k].sourceLines);
        QCOMPARE(re.alignment.pairs[k].targetLines, full.pairs[k].targetLines);
        QCOMPARE(re.alignment.pairs[k].sourceIndex, full.pairs[k].sourceIndex);
        QCOMPARE(re.alignment.pairs[k].targetIndex, full.pairs[k].targetIndex);
    }
    if (block >= 5 && block <= 9)
        QVERIFY2(!re.full && re.firstPair > 0 && re.lastPair < full.pairs.size() - 1,
                 qPrintable(u"%1..%2"_s.arg(re.firstPair).arg(re.lastPair)));
}

void TestAlignment::counterpartAndNavigation()
{
    const Alignment a = alignTexts(seed(u"en"_s), seed(u"zh"_s));
    QCOMPARE(a.counterpart(Side::Source, 14), (LineRange{14, 14}));
    QCOMPARE(a.counterpart(Side::Source, 10), (LineRange{10, 10}));
    QVERIFY(a.counterpart(Side::Target, 11).isEmpty()); // a blank line
    QCOMPARE(a.count(PairStatus::Translated), 13);
    QCOMPARE(a.nextUnfinished(0), -1);
}

void TestAlignment::sentences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("english") << u"One sentence. Two \"quoted.\" Three?"_s
                             << QStringList{u"One sentence."_s, u"Two \"quoted.\""_s, u"Three?"_s};
    QTest::newRow("chinese") << u"第一句。第二句！“第三句？”第四句"_s
                             << QStringList{u"第一句。"_s, u"第二句！"_s, u"“第三句？”"_s, u"第四句"_s};
    QTest::newRow("marker stays") << u"幻觉。[1]再来。"_s << QStringList{u"幻觉。[1]"_s, u"再来。"_s};
    QTest::newRow("half-width in chinese") << u"好吗?好的。"_s << QStringList{u"好吗?"_s, u"好的。"_s};
    QTest::newRow("empty") << u"  "_s << QStringList{};
}

void TestAlignment::sentences()
{
    QFETCH(QString, text);
    QStringList got;
    for (const SentenceSpan &s : SentenceAligner::split(text))
        got.append(text.mid(s.start, s.length));
    QTEST(got, "expected");
}

void TestAlignment::sentenceAlignment_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Wang Xiaobo") << 14 << repeat(u"1-1"_s, 4);
    QTest::newRow("Akutagawa") << 18 << repeat(u"1-1"_s, 4);
    QTest::newRow("Heidegger") << 16 << repeat(u"1-1"_s, 2);
}

void TestAlignment::sentenceAlignment()
{
    QFETCH(int, line);
    const QString en = seed(u"en"_s).split(u'\n')[line], zh = seed(u"zh"_s).split(u'\n')[line];
    const SentenceAligner::Result r = SentenceAligner::align(en, zh, {u"en"_s, u"zh"_s});
    QStringList got;
    for (const AlignedPair &p : r.pairs)
        got.append(p.shape());
    QTEST(got.join(u' '), "expected");
    QVERIFY(zh.mid(r.target.last().start, r.target.last().length).endsWith(zh.right(3)));
}

QTEST_GUILESS_MAIN(TestAlignment)
#include "tst_alignment.moc"
