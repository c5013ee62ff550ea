#include "bilingual/AlignmentSidecar.h"
#include "bilingual/Calibration.h"
#include "bilingual/PairAlignment.h"
#include "bilingual/PostPairing.h"
#include "bilingual/Segmenter.h"
#include "bilingual/TranslationCreator.h"
#include "post/FrontMatter.h"
#include "post/FrontMatterData.h"
#include "support/Seed.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace coinage;
using namespace Qt::StringLiterals;

namespace {

QString seed(const QString &language)
{
    return QString::fromUtf8(test::readAll(test::seedPath(language)));
}

PairAlignment alignPair(const QString &source, const QString &target, const AlignmentSidecar &sidecar = {})
{
    PairAlignmentInput input;
    input.sourceFile = u"en.md"_s;
    input.targetFile = u"zh.md"_s;
    input.sourceText = source;
    input.targetText = target;
    input.sidecar = sidecar;
    return PairAlignment::compute(input);
}

QStringList codes(const QList<Diagnostic> &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics)
        out.append(d.code);
    return out;
}

QString withFrontMatter(const QString &text, const QString &lines)
{
    const qsizetype close = text.indexOf(u"\n---\n"_s);
    return text.left(close + 1) + lines + text.mid(close + 1);
}

} // namespace

class TestBilingual : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedPairIsClean();
    void checks_data();
    void checks();
    void frontMatterChecks_data();
    void frontMatterChecks();
    void sidecarRoundTrip();
    void sidecarNeedsReview();
    void sidecarPinsSurviveEdits();
    void sidecarMissingOrDamaged_data();
    void sidecarMissingOrDamaged();
    void createTranslation_data();
    void createTranslation();
    void createTranslationAddsLinkToSource();
    void findCounterparts();
};

void TestBilingual::seedPairIsClean()
{
    const PairAlignment r = alignPair(seed(u"en"_s), seed(u"zh"_s));
    for (const Diagnostic &d : r.findings)
        qInfo().noquote() << d.toText();
    // Only notes: neither post sets `lang` or `ref`, and the English of the second reference adds a long
    // explanation ("referring to an influential AI figure, likely Ilya Sutskever or Sam Altman").
    for (const Diagnostic &d : r.findings)
        QCOMPARE(d.severity, Severity::Note);
    QCOMPARE(codes(r.findings),
             (QStringList{u"bilingual-lang-missing"_s, u"bilingual-link-key-missing"_s, u"bilingual-length-ratio"_s}));
    QCOMPARE(r.findings.last().line, 34);
}

void TestBilingual::checks_data()
{
    QTest::addColumn<int>("block"); // which Chinese block to change (0-based, body)
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("column"); // expected column of the finding, 0 for "don't care"
    QTest::newRow("footnote") << 4 << u"[1]"_s << u""_s << u"bilingual-footnote-mismatch"_s << 0;
    QTest::newRow("footnote id") << 6 << u"[2]"_s << u"[3]"_s << u"bilingual-footnote-mismatch"_s << 0;
    QTest::newRow("link") << 7 << u"二维码"_s << u"[二维码](https://example.org/qr)"_s << u"bilingual-link-mismatch"_s
                          << 0;
    QTest::newRow("number") << 5 << u"二十一世纪"_s << u"22世纪"_s << u"bilingual-number-mismatch"_s << 0;
    QTest::newRow("emphasis") << 1 << u"数字的荒原"_s << u"*数字的荒原*"_s << u"bilingual-emphasis-mismatch"_s << 0;
    QTest::newRow("code") << 6 << u"Sonnet"_s << u"`Sonnet`"_s << u"bilingual-code-mismatch"_s << 0;
    QTest::newRow("latin left over") << 3 << u"然而，这种“铸币”"_s
                                     << u"However, this coin minting is not merely a reshaping 这种“铸币”"_s
                                     << u"bilingual-source-language-text"_s << 0;
    QTest::newRow("half-width comma") << 0 << u"大模型者，"_s << u"大模型者,"_s << u"bilingual-punctuation-width"_s
                                      << 8;
    QTest::newRow("empty") << 2 << u"*"_s << u"*"_s << u"bilingual-empty-translation"_s << 1;
    QTest::newRow("copied") << 1 << u"*"_s << u"*"_s << u"bilingual-copied-source"_s << 1;
    QTest::newRow("heading") << 0 << u"子曰"_s << u"# 子曰"_s << u"bilingual-heading-mismatch"_s << 1;
}

void TestBilingual::checks()
{
    QFETCH(int, block);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, code);
    QFETCH(int, column);
    const QString en = seed(u"en"_s);
    QString zh = seed(u"zh"_s);
    QStringList lines = zh.split(u'\n');
    const int line = 10 + 2 * block; // 0-based line of the block in the seed
    if (code == u"bilingual-empty-translation")
        lines[line] = u"【待译】"_s;
    else if (code == u"bilingual-copied-source")
        lines[line] = en.split(u'\n')[line];
    else {
        QVERIFY(lines[line].contains(from));
        lines[line].replace(from, to);
    }
    zh = lines.join(u'\n');
    const PairAlignment r = alignPair(en, zh);
    const auto it =
        std::find_if(r.findings.cbegin(), r.findings.cend(), [&](const Diagnostic &d) { return d.code == code; });
    QVERIFY2(it != r.findings.cend(), qPrintable(codes(r.findings).join(u", "_s)));
    QCOMPARE(it->file, u"zh.md"_s);
    QCOMPARE(it->line, line + 1);
    if (column)
        QCOMPARE(it->column, column);
    QVERIFY(it->severity != Severity::Error);
}

void TestBilingual::frontMatterChecks_data()
{
    QTest::addColumn<QString>("sourceLines");
    QTest::addColumn<QString>("targetLines");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("linked") << u"lang: en\nref: coins\n"_s << u"lang: zh\nref: coins\n"_s << QStringList{};
    QTest::newRow("same lang") << u"lang: en\nref: coins\n"_s << u"lang: en\nref: coins\n"_s
                               << QStringList{u"bilingual-lang-same"_s};
    QTest::newRow("key differs") << u"lang: en\nref: coins\n"_s << u"lang: zh\nref: other\n"_s
                                 << QStringList{u"bilingual-link-key-mismatch"_s};
    QTest::newRow("key on one side") << u"lang: en\nref: coins\n"_s << u"lang: zh\n"_s
                                     << QStringList{u"bilingual-link-key-mismatch"_s};
}

void TestBilingual::frontMatterChecks()
{
    QFETCH(QString, sourceLines);
    QFETCH(QString, targetLines);
    const PairAlignment r =
        alignPair(withFrontMatter(seed(u"en"_s), sourceLines), withFrontMatter(seed(u"zh"_s), targetLines));
    QStringList found = codes(r.findings);
    found.removeAll(u"bilingual-length-ratio"_s); // the seed's second reference, see seedPairIsClean
    QTEST(found, "expected");
    // A title left as the source's.
    QString zh = withFrontMatter(seed(u"zh"_s), targetLines);
    zh.replace(u"title: 大模型与铸币"_s, u"title: Large Models and Coin Minting (Gemini 2.5 Pro Translated Version)"_s);
    const PairAlignment t = alignPair(withFrontMatter(seed(u"en"_s), sourceLines), zh);
    QVERIFY(codes(t.findings).contains(u"bilingual-title-untranslated"_s));
    QCOMPARE(t.findings[codes(t.findings).indexOf(u"bilingual-title-untranslated"_s)].line, 3);
}

void TestBilingual::sidecarRoundTrip()
{
    QTemporaryDir dir;
    const QString en = seed(u"en"_s), zh = seed(u"zh"_s);
    const PairAlignment r = alignPair(en, zh);
    AlignmentSidecar sidecar;
    sidecar.sourceFile = u"a.en.md"_s;
    sidecar.setStatus(*r.aligner, r.alignment.pairs[0], PairStatus::Approved);
    sidecar.setStatus(*r.aligner, r.alignment.pairs[1], PairStatus::Draft);
    sidecar.setStatus(*r.aligner, r.alignment.pairs[1], PairStatus::Translated); // replaces the record
    sidecar.merge(*r.aligner, r.alignment, 3, 4);
    const QString path = AlignmentSidecar::pathFor(dir.filePath(u"a.zh.md"_s));
    QCOMPARE(path, dir.filePath(u".coinage/a.zh.md.align.json"_s));
    QVERIFY(sidecar.save(path).ok);

    AlignmentSidecar loaded;
    const auto result = loaded.load(path);
    QVERIFY(result.ok);
    QVERIFY(!result.missing);
    QCOMPARE(loaded.toJson(), sidecar.toJson());
    QCOMPARE(loaded.statuses.size(), 2);
    QCOMPARE(loaded.sourceFile, u"a.en.md"_s);

    const PairAlignment again = alignPair(en, zh, loaded);
    QCOMPARE(again.alignment.pairs[0].status, PairStatus::Approved);
    QCOMPARE(again.alignment.pairs[1].status, PairStatus::Translated);
    QCOMPARE(again.alignment.pairs[3].shape(), u"2-2"_s);
    QVERIFY(again.alignment.pairs[3].pinned);
    QCOMPARE(again.alignment.count(PairStatus::Approved), 1);

    // Unpin, and split a pinned group.
    QVERIFY(loaded.unpin(*again.aligner, again.alignment.pairs[3]));
    QVERIFY(loaded.pins.isEmpty());
    loaded.split(*again.aligner, again.alignment.pairs[3], 1, 1);
    QCOMPARE(loaded.pins.size(), 2);
    const PairAlignment split = alignPair(en, zh, loaded);
    QCOMPARE(split.alignment.pairs[3].shape(), u"1-1"_s);
    QVERIFY(split.alignment.pairs[3].pinned && split.alignment.pairs[4].pinned);
}

void TestBilingual::sidecarNeedsReview()
{
    const QString en = seed(u"en"_s), zh = seed(u"zh"_s);
    const PairAlignment r = alignPair(en, zh);
    AlignmentSidecar sidecar;
    sidecar.setStatus(*r.aligner, r.alignment.pairs[2], PairStatus::Approved);
    sidecar.setStatus(*r.aligner, r.alignment.pairs[3], PairStatus::Translated);
    const QString oldText = r.aligner->text(Side::Source, r.alignment.pairs[2]);

    // The source of pair 2 changes; pair 3 and the translation stay.
    QString changed = en;
    changed.replace(u"clanging away"_s, u"clanging and banging away"_s);
    const PairAlignment after = alignPair(changed, zh, sidecar);
    QCOMPARE(after.alignment.pairs[2].status, PairStatus::NeedsReview);
    QCOMPARE(after.alignment.pairs[2].sourceChange, oldText);
    QCOMPARE(after.alignment.pairs[3].status, PairStatus::Translated);
    QCOMPARE(after.alignment.count(PairStatus::NeedsReview), 1);
    QCOMPARE(after.alignment.nextUnfinished(-1), 2);

    // Reviewed: translated again with the new source, the flag goes.
    sidecar.setStatus(*after.aligner, after.alignment.pairs[2], PairStatus::Translated);
    QCOMPARE(alignPair(changed, zh, sidecar).alignment.pairs[2].status, PairStatus::Translated);

    // A translation turned back into a placeholder is untranslated whatever the record says.
    QString emptied = zh;
    emptied.replace(zh.split(u'\n')[14], u"【待译】"_s);
    QCOMPARE(alignPair(en, emptied, sidecar).alignment.pairs[2].status, PairStatus::Untranslated);
}

void TestBilingual::sidecarPinsSurviveEdits()
{
    const QString en = seed(u"en"_s), zh = seed(u"zh"_s);
    const PairAlignment r = alignPair(en, zh);
    AlignmentSidecar sidecar;
    sidecar.pin(*r.aligner, Pin{5, 2, 5, 2});
    // A paragraph inserted at the top of both: the pinned blocks move down one, the pin follows them.
    QString en2 = en, zh2 = zh;
    en2.replace(u"Confucius said"_s, u"Preface.\n\nConfucius said"_s);
    zh2.replace(u"子曰"_s, u"序。\n\n子曰"_s);
    const PairAlignment after = alignPair(en2, zh2, sidecar);
    QCOMPARE(after.alignment.pairs[6].shape(), u"2-2"_s);
    QVERIFY(after.alignment.pairs[6].pinned);
    QCOMPARE(after.alignment.pairs[6].sourceIndex, 6);
}

void TestBilingual::sidecarMissingOrDamaged_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("ok");
    QTest::newRow("missing") << QByteArray() << true;
    QTest::newRow("not json") << QByteArray("{ this is not json") << false;
    QTest::newRow("array") << QByteArray("[1, 2]") << false;
    QTest::newRow("other version") << QByteArray(R"({"coinage-alignment": 7})") << false;
    QTest::newRow("bad status") << QByteArray(R"({"coinage-alignment": 1, "statuses": [{"status": "done"}]})") << false;
    QTest::newRow("bad pin") << QByteArray(R"({"coinage-alignment": 1, "pins": [3]})") << false;
    QTest::newRow("empty object") << QByteArray(R"({"coinage-alignment": 1})") << true;
}

void TestBilingual::sidecarMissingOrDamaged()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, ok);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"x.align.json"_s);
    if (!bytes.isEmpty())
        QVERIFY(test::writeAll(path, bytes));
    AlignmentSidecar sidecar;
    sidecar.statuses.append(AlignmentSidecar::StatusRecord{});
    const auto result = sidecar.load(path);
    QCOMPARE(result.ok, ok);
    QCOMPARE(result.missing, bytes.isEmpty());
    QCOMPARE(result.error.isEmpty(), ok);
    QVERIFY(sidecar.statuses.isEmpty());
    QVERIFY(sidecar.pins.isEmpty());
    // Still usable: align with it.
    QCOMPARE(alignPair(seed(u"en"_s), seed(u"zh"_s), sidecar).alignment.pairs.size(), 13);
}

void TestBilingual::createTranslation_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("copy");
    QTest::newRow("en->zh placeholders") << u"zh"_s << false;
    QTest::newRow("en->zh copy") << u"zh"_s << true;
    QTest::newRow("en->fr placeholders") << u"fr"_s << false;
}

void TestBilingual::createTranslation()
{
    QFETCH(QString, language);
    QFETCH(bool, copy);
    QString en = withFrontMatter(seed(u"en"_s), u"lang: en\nref: coins\n"_s);
    // Structure to keep: a heading, a quote, a nested list, a code block, a footnote definition.
    en +=
        u"\n## Notes\n\n> A quote\n> on two lines\n\n- one\n  - nested\n- two\n\n```\ncode stays\n```\n\nSee[^n].\n\n[^n]: The note.\n"_s;
    TranslationOptions options;
    options.targetLanguage = language;
    options.body = copy ? TranslationOptions::Body::CopySource : TranslationOptions::Body::Placeholders;
    const CreatedTranslation t = TranslationCreator::create(u"/site/2025-01-05-coins.en.md"_s, en, options);
    QVERIFY2(t.ok, qPrintable(t.error));
    QCOMPARE(t.path, u"/site/2025-01-05-coins."_s + language + u".md"_s);
    QVERIFY(t.sourceEdits.isEmpty());
    const FrontMatterSplit split = splitFrontMatter(t.text);
    const FrontMatterData data = FrontMatterData::parse(t.text, split);
    QVERIFY(data.isValid());
    QCOMPARE(data.string(u"lang"), language);
    QCOMPARE(data.string(u"ref"), u"coins"_s);
    QCOMPARE(data.string(u"date"), u"2025-01-05 22:05"_s);
    QCOMPARE(data.string(u"layout"), u"post"_s);
    const QString mark = TranslationCreator::marker(language);
    QVERIFY(data.string(u"title").startsWith(mark));
    QVERIFY(data.string(u"title").endsWith(u"(Gemini 2.5 Pro Translated Version)"_s));
    // Key order kept: title stays the second key.
    QCOMPARE(data.entries()[1].key, u"title"_s);

    const Segments source = Segmenter::segment(en), target = Segmenter::segment(t.text);
    QCOMPARE(target.size(), source.size());
    for (int k = 0; k < source.size(); ++k) {
        QCOMPARE(target[k].kind, source[k].kind);
        QCOMPARE(target[k].level, source[k].level);
        QCOMPARE(target[k].footnoteId, source[k].footnoteId);
        if (copy)
            QCOMPARE(target[k].prose, source[k].prose);
        else
            QVERIFY2(target[k].placeholder, qPrintable(target[k].prose));
    }
    QVERIFY(t.text.contains(u"```\ncode stays\n```"_s));
    // The new file aligns one to one and every pair is untranslated.
    const PairAlignment r = alignPair(en, t.text);
    for (const AlignedPair &p : r.alignment.pairs) {
        QCOMPARE(p.shape(), u"1-1"_s);
        QCOMPARE(p.status, PairStatus::Untranslated);
    }
    QVERIFY(codes(r.findings).contains(u"bilingual-title-untranslated"_s));
}

void TestBilingual::createTranslationAddsLinkToSource()
{
    const QString en = seed(u"en"_s);
    TranslationOptions options;
    options.targetLanguage = u"zh"_s;
    const CreatedTranslation t =
        TranslationCreator::create(u"/x/2025-01-05-large-models-and-coin-minting.en.md"_s, en, options);
    QVERIFY(t.ok);
    const QString source = applyEdits(en, t.sourceEdits);
    const FrontMatterData sd = FrontMatterData::parse(source, splitFrontMatter(source));
    QCOMPARE(sd.string(u"lang"), u"en"_s);
    QCOMPARE(sd.string(u"ref"), u"large-models-and-coin-minting"_s);
    const FrontMatterData td = FrontMatterData::parse(t.text, splitFrontMatter(t.text));
    QCOMPARE(td.string(u"ref"), u"large-models-and-coin-minting"_s);
    QCOMPARE(td.string(u"title"), u"【待译】Large Models and Coin Minting (Gemini 2.5 Pro Translated Version)"_s);
    // Only lines were added to the source.
    QCOMPARE(source.size(), en.size() + t.sourceEdits.first().replacement.size());
    QVERIFY(PostPairing::arePair(PostPairing::identify(u"a"_s, source), PostPairing::identify(u"b"_s, t.text)));

    options.targetLanguage = u"en"_s;
    QVERIFY(!TranslationCreator::create(u"a.md"_s, en, options).ok);
}

void TestBilingual::findCounterparts()
{
    QTemporaryDir dir;
    // A folder of loose files: the seed's naming convention pairs them.
    QDir(dir.path()).mkpath(u"loose"_s);
    const QString en = dir.filePath(u"loose/post.en.md"_s), zh = dir.filePath(u"loose/post.zh.md"_s);
    QVERIFY(test::writeAll(en, seed(u"en"_s).toUtf8()));
    QVERIFY(test::writeAll(zh, seed(u"zh"_s).toUtf8()));
    QVERIFY(test::writeAll(dir.filePath(u"loose/other.zh.md"_s), seed(u"zh"_s).toUtf8()));
    QCOMPARE(PostPairing::findCounterparts(en), QStringList{zh});
    QCOMPARE(PostPairing::findCounterparts(zh), QStringList{en});

    // A site: link keys across _posts and _drafts, in language folders.
    QDir(dir.path()).mkpath(u"site/_posts/en"_s);
    QDir(dir.path()).mkpath(u"site/_drafts"_s);
    QVERIFY(test::writeAll(dir.filePath(u"site/_config.yml"_s), "title: x\n"));
    const QString a = dir.filePath(u"site/_posts/en/2025-01-05-coins.md"_s);
    const QString b = dir.filePath(u"site/_drafts/coins-zh.md"_s);
    const QString c = dir.filePath(u"site/_posts/en/2025-01-06-other.md"_s);
    QVERIFY(test::writeAll(a, "---\nlang: en\npage_id: coins\n---\n\nText.\n"));
    QVERIFY(test::writeAll(b, "---\nlang: zh\npage_id: coins\n---\n\n文字。\n"));
    QVERIFY(test::writeAll(c, "---\nlang: en\npage_id: other\n---\n\nText.\n"));
    QCOMPARE(PostPairing::siteRootOf(a), QDir(dir.filePath(u"site"_s)).absolutePath());
    QCOMPARE(PostPairing::findCounterparts(a, u"page_id"_s), QStringList{b});
    QCOMPARE(PostPairing::findCounterparts(b, u"page_id"_s), QStringList{a});
    QCOMPARE(PostPairing::findCounterparts(a, u"page_id"_s, u"fr"_s), QStringList{});
    QCOMPARE(PostPairing::findCounterparts(a, u"ref"_s), QStringList{}); // no `ref` there
}

QTEST_GUILESS_MAIN(TestBilingual)
#include "tst_bilingual.moc"
