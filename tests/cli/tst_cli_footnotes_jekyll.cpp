#include "support/Cli.h"
#include "support/Seed.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace coinage::test;
using namespace Qt::StringLiterals;

// Real Jekyll (kramdown, GFM input) renders the posts `coinage convert-references`, `coinage renumber` and
// `coinage footnote-edit` (to-references, gather --under) produce with footnotes 1..n in order and working backlinks.
class TestCliFootnotesJekyll : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void renders_data();
    void renders();
    void swallowedAsIndexed_data();
    void swallowedAsIndexed();

private:
    QString m_source;
    QString m_output;
    QTemporaryDir m_dir;
};

namespace {

bool writeText(const QString &path, const QString &text)
{
    return writeAll(path, text.toUtf8());
}

QString renderedPost(const QString &site, const QString &marker)
{
    QDirIterator it(site, {u"*.html"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString html = QString::fromUtf8(readAll(it.next()));
        if (html.contains(marker))
            return html;
    }
    return {};
}

} // namespace

void TestCliFootnotesJekyll::initTestCase()
{
    m_source = m_dir.filePath(u"site"_s);
    m_output = m_dir.filePath(u"_site"_s);
    QVERIFY(writeText(m_source + u"/_config.yml"_s, u"markdown: kramdown\nkramdown:\n  input: GFM\n"_s));
    QVERIFY(writeText(m_source + u"/_layouts/post.html"_s, u"{{ content }}\n"_s));

    // The seed posts: converted, then renumbered.
    QVERIFY(QDir().mkpath(m_source + u"/_posts"_s));
    for (const QString &language : {u"en"_s, u"zh"_s}) {
        const QString post = m_source + u"/_posts/2025-01-05-seed-%1.md"_s.arg(language);
        QVERIFY(writeAll(post, readAll(seedPath(language))));
        QCOMPARE(runCoinage({u"convert-references"_s, post}).exitCode, 0);
        QCOMPARE(runCoinage({u"renumber"_s, post}).exitCode, 0);
    }
    // A post whose labels and definitions are out of order, with a multi-paragraph note and a repeated marker.
    const QString mixed = m_source + u"/_posts/2025-01-06-mixed.md"_s;
    QVERIFY(writeText(mixed, u"---\nlayout: post\ntitle: Mixed\n---\n\nMIXED-POST first[^z], second[^5], third"
                             "[^a] and first again[^z].\n\n```\n[^9] is code\n```\n\n[^a]: Note A.\n"
                             "[^5]: Note five.\n\n    Second paragraph.\n\n[^z]: Note Z.\n"_s));
    QCOMPARE(runCoinage({u"renumber"_s, u"--all-labels"_s, mixed}).exitCode, 0);
    // Inline notes turned into references after a multi-paragraph note, then every definition gathered under a
    // heading (`coinage footnote-edit`), without renumbering: kramdown numbers them 1..n by first reference.
    const QString gathered = m_source + u"/_posts/2025-01-07-gathered.md"_s;
    QVERIFY(writeText(gathered, u"---\nlayout: post\ntitle: Gathered\n---\n\nGATHERED-POST first^[Inline one.] "
                                "then[^8], then^[Inline two.] and[^5], and again[^8].\n\n[^5]: Note five.\n"
                                "[^8]: Note eight.\n\n    Second paragraph of eight.\n\n## Notes\n\nClosing words.\n\n"
                                "## After\n\nThe end.\n"_s));
    for (const QStringList &edit :
         {QStringList{u"to-references"_s, gathered}, QStringList{u"gather"_s, gathered, u"--under"_s, u"Notes"_s}}) {
        const CliResult r = runCoinage(QStringList{u"footnote-edit"_s} + edit);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
    const QString gatheredText = QString::fromUtf8(readAll(gathered));
    QVERIFY2(gatheredText.indexOf(u"Closing words."_s) < gatheredText.indexOf(u"[^9]: Inline one."_s) &&
                 gatheredText.indexOf(u"[^5]: Note five."_s) < gatheredText.indexOf(u"## After"_s),
             qPrintable(gatheredText));

    // A definition right after another note's indented line, no blank line between: kramdown takes it into that note
    // (posts left as written, and one renumbered, which separates it first).
    const QString swallowed = u"SWALLOWED-POST eight[^8] nine[^9].\n\n[^8]: Eight.\n\n    More.\n[^9]: Nine.\n"_s;
    QVERIFY(writeText(m_source + u"/_posts/2025-01-08-swallowed.md"_s,
                      u"---\nlayout: post\ntitle: S\n---\n\n"_s + swallowed));
    QVERIFY(writeText(
        m_source + u"/_posts/2025-01-09-swallowed-zh.md"_s,
        u"---\nlayout: post\ntitle: S\n---\n\n吞注 铸币[^b]，信用[^c]，描摹[^d]。\n\n[^b]: 大模型就是铸币之道。\n\n"
        "    信徒们照着别人铸好的钱币。\n\n    一枚一枚地描摹。\n[^c]: 真正的信用。\n[^d]: 榜单。\n\n"
        "[^e]: 未引用。\n"_s));
    const QString renumbered = m_source + u"/_posts/2025-01-10-swallowed-renumbered.md"_s;
    QVERIFY(writeText(renumbered, u"---\nlayout: post\ntitle: S\n---\n\nRENUMBERED-"_s + swallowed));
    QCOMPARE(runCoinage({u"renumber"_s, renumbered}).exitCode, 0);

    QProcess jekyll;
    jekyll.setProgram(QStringLiteral(COINAGE_JEKYLL));
    jekyll.setArguments(
        {u"build"_s, u"-s"_s, m_source, u"-d"_s, m_output, u"--disable-disk-cache"_s, u"--strict_front_matter"_s});
    jekyll.setProcessChannelMode(QProcess::MergedChannels);
    jekyll.start();
    QVERIFY(jekyll.waitForFinished(240000));
    QVERIFY2(jekyll.exitCode() == 0, jekyll.readAll().constData());
}

void TestCliFootnotesJekyll::renders_data()
{
    QTest::addColumn<QString>("marker");
    QTest::addColumn<int>("count");
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QStringList>("ids"); // the labels in kramdown's order; empty: 1..count
    QTest::newRow("seed en") << u"Coin minting isn"_s << 2
                             << QStringList{u"Colleagues responsible for data cleaning"_s, u"May the Cult Leader"_s}
                             << QStringList{};
    QTest::newRow("seed zh") << u"铸币不只是"_s << 2 << QStringList{u"负责数据清洗的同事"_s, u"愿教主原谅我"_s}
                             << QStringList{};
    QTest::newRow("mixed") << u"MIXED-POST"_s << 3 << QStringList{u"Note Z."_s, u"Note five."_s, u"Note A."_s}
                           << QStringList{};
    QTest::newRow("gathered") << u"GATHERED-POST"_s << 4
                              << QStringList{u"Inline one."_s, u"Note eight."_s, u"Inline two."_s, u"Note five."_s}
                              << QStringList{u"9"_s, u"8"_s, u"10"_s, u"5"_s};
}

void TestCliFootnotesJekyll::renders()
{
    QFETCH(QString, marker);
    QFETCH(int, count);
    QFETCH(QStringList, texts);
    QFETCH(QStringList, ids);
    QStringList numbersInOrder;
    for (int i = 1; i <= count; ++i)
        numbersInOrder.append(QString::number(i));
    if (ids.isEmpty())
        ids = numbersInOrder;
    const QString html = renderedPost(m_output, marker);
    QVERIFY2(!html.isEmpty(), qPrintable(marker));
    if (marker != u"MIXED-POST" && marker != u"GATHERED-POST") {
        QVERIFY(!html.contains(u"[^"_s) && !html.contains(u"[1]"_s));
        QVERIFY(!html.contains(u"References"_s) && !html.contains(u"参考"_s));
    }

    // The definitions: fn:1..n in order, each with its text and a backlink to its first marker.
    static const QRegularExpression definition(u"<li id=\"fn:([^\"]+)\"[^>]*>(.*?)</li>"_s,
                                               QRegularExpression::DotMatchesEverythingOption);
    QStringList definitionIds;
    qsizetype last = -1;
    for (auto it = definition.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        definitionIds.append(m.captured(1));
        const int n = int(definitionIds.size());
        QVERIFY2(n <= texts.size(), qPrintable(m.captured(0)));
        QVERIFY2(m.captured(2).contains(texts[n - 1]), qPrintable(m.captured(2)));
        QVERIFY(m.captured(2).contains(u"href=\"#fnref:%1\""_s.arg(m.captured(1))));
        QVERIFY(m.capturedStart() > last);
        last = m.capturedStart();
    }
    QCOMPARE(definitionIds, ids);

    // The markers: numbered 1..n in reading order, each linking to its note and carrying the backlink's target.
    static const QRegularExpression reference(
        u"<sup id=\"fnref:([^\"]+)\"[^>]*><a href=\"#fn:([^\"]+)\"[^>]*>(\\d+)</a>"_s);
    QStringList numbers;
    for (auto it = reference.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QVERIFY(m.captured(1).startsWith(m.captured(2)));
        const qsizetype k = ids.indexOf(m.captured(2));
        QVERIFY2(k >= 0, qPrintable(m.captured(0)));
        QCOMPARE(m.captured(3), QString::number(k + 1)); // the number shown is the note's place
        if (!numbers.contains(m.captured(3)))
            numbers.append(m.captured(3));
    }
    QCOMPARE(numbers, numbersInOrder);
    if (marker == u"MIXED-POST")
        QVERIFY(html.contains(u"Second paragraph."_s) && html.contains(u"<code>[^9] is code"_s));
    if (marker == u"GATHERED-POST") {
        // No definition is printed as text, the multi-paragraph note keeps its paragraph, and the prose around the
        // gathered definitions stays.
        QVERIFY2(!html.contains(u"[^"_s) && !html.contains(u"^["_s), qPrintable(html));
        QVERIFY(html.contains(u"Second paragraph of eight."_s));
        QVERIFY(html.contains(u"Closing words."_s) && html.contains(u"The end."_s));
    }
}

void TestCliFootnotesJekyll::swallowedAsIndexed_data()
{
    QTest::addColumn<QString>("marker");
    QTest::addColumn<QString>("post");
    QTest::addColumn<int>("printed"); // notes Jekyll prints
    QTest::newRow("swallowed") << u"<p>SWALLOWED-POST"_s << u"2025-01-08-swallowed.md"_s << 1;
    QTest::newRow("swallowed, CJK, several paragraphs") << u"吞注"_s << u"2025-01-09-swallowed-zh.md"_s << 1;
    QTest::newRow("renumbered") << u"RENUMBERED-SWALLOWED-POST"_s << u"2025-01-10-swallowed-renumbered.md"_s << 2;
}

// What `coinage footnotes --json` (the footnote index) says about each footnote is what Jekyll prints: a numbered
// note has its <li>, a swallowed definition has none and its "[^label]:" line is text inside the notes.
void TestCliFootnotesJekyll::swallowedAsIndexed()
{
    QFETCH(QString, marker);
    QFETCH(QString, post);
    QFETCH(int, printed);
    const QString html = renderedPost(m_output, marker);
    QVERIFY2(!html.isEmpty(), qPrintable(marker));
    const qsizetype notes = html.indexOf(u"<div class=\"footnotes\""_s);
    QVERIFY(notes > 0);
    const CliResult r = runCoinage({u"footnotes"_s, u"--json"_s, m_source + u"/_posts/"_s + post});
    const QJsonArray footnotes = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QVERIFY2(!footnotes.isEmpty(), qPrintable(r.out + r.err));
    int numbered = 0;
    for (const QJsonValue &value : footnotes) {
        const QJsonObject f = value.toObject();
        const QString label = f.value(u"label").toString();
        const QJsonArray problems = f.value(u"problems").toArray();
        const bool hasNote = html.contains(u"<li id=\"fn:%1\""_s.arg(label));
        if (f.value(u"number").isNull()) {
            QVERIFY2(!hasNote, qPrintable(label));
        } else {
            ++numbered;
            QVERIFY2(hasNote, qPrintable(label));
            QVERIFY(html.contains(u"href=\"#fn:%1\""_s.arg(label)));
        }
        if (problems.contains(u"footnote-swallowed"_s)) {
            // Printed as text inside the note that swallowed it, and its marker in the body as text.
            QVERIFY2(html.indexOf(u"[^%1]: "_s.arg(label), notes) > notes, qPrintable(html));
            QVERIFY(html.indexOf(u"[^%1]"_s.arg(label)) < notes);
        } else {
            QVERIFY2(!html.contains(u"[^%1]"_s.arg(label)), qPrintable(html));
        }
    }
    QCOMPARE(numbered, printed);
    QCOMPARE(html.count(u"<li id=\"fn:"_s), printed);
}

QTEST_GUILESS_MAIN(TestCliFootnotesJekyll)
#include "tst_cli_footnotes_jekyll.moc"
