#include "markdown/MarkdownScanner.h"
#include "post/FrontMatterData.h"
#include "spell/SpellLanguage.h"
#include "spell/SpellScanContext.h"
#include "spell/SpellWordSplitter.h"

#include <QtTest>

using namespace coinage;
using namespace Qt::StringLiterals;

class TestSpell : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void words_data();
    void words();
    void offsets();
    void frontMatterValue_data();
    void frontMatterValue();
    void lineKinds_data();
    void lineKinds();
    void language_data();
    void language();
};

static QStringList texts(const QList<SpellWord> &words)
{
    QStringList out;
    for (const SpellWord &word : words)
        out.append(word.text);
    return out;
}

void TestSpell::words_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("plain") << u"Hello wrold, again."_s << QStringList{u"Hello"_s, u"wrold"_s, u"again"_s};
    QTest::newRow("emphasis and heading")
        << u"## A **bold** and _sly_ idea"_s << QStringList{u"bold"_s, u"and"_s, u"sly"_s, u"idea"_s};
    QTest::newRow("apostrophes") << u"don't 'quoted' it’s"_s << QStringList{u"don't"_s, u"quoted"_s, u"it’s"_s};
    QTest::newRow("code span") << u"Call `fooo barr` now"_s << QStringList{u"Call"_s, u"now"_s};
    QTest::newRow("double backtick span") << u"a ``x ` yy`` zed"_s << QStringList{u"zed"_s};
    QTest::newRow("bare url") << u"See https://exampel.com/pathh?q=wordz ok"_s << QStringList{u"See"_s, u"ok"_s};
    QTest::newRow("www url") << u"visit www.exampel.org today"_s << QStringList{u"visit"_s, u"today"_s};
    QTest::newRow("autolink") << u"<https://foo.bar/bazz> and <me@exampel.com>"_s << QStringList{u"and"_s};
    QTest::newRow("email") << u"mail jdoe@exampel.com please"_s << QStringList{u"mail"_s, u"please"_s};
    QTest::newRow("link text checked, target skipped")
        << u"[good textt](https://x.io/slugg \"Titel\") end"_s << QStringList{u"good"_s, u"textt"_s, u"end"_s};
    QTest::newRow("image alt checked") << u"![a kat](/images/kat.png)"_s << QStringList{u"kat"_s};
    QTest::newRow("reference label") << u"[some text][reff] more"_s << QStringList{u"some"_s, u"text"_s, u"more"_s};
    QTest::newRow("reference definition")
        << u"[reff]: https://x.io/aaa \"Nice title\""_s << QStringList{u"Nice"_s, u"title"_s};
    QTest::newRow("html tags") << u"<span class=\"fancee\">inside</span> <br/>"_s << QStringList{u"inside"_s};
    QTest::newRow("html comment") << u"before <!-- hiddn notes --> after"_s << QStringList{u"before"_s, u"after"_s};
    QTest::newRow("footnote reference") << u"a claim[^sourcee] here"_s << QStringList{u"claim"_s, u"here"_s};
    QTest::newRow("footnote definition") << u"[^notte]: The nute text."_s
                                         << QStringList{u"The"_s, u"nute"_s, u"text"_s};
    QTest::newRow("liquid tag") << u"{% include figgure.html caption=\"x\" %} then"_s << QStringList{u"then"_s};
    QTest::newRow("liquid output") << u"by {{ site.authorr }} today"_s << QStringList{u"by"_s, u"today"_s};
    QTest::newRow("unterminated liquid") << u"see {% raw"_s << QStringList{u"see"_s};
    QTest::newRow("kramdown ial") << u"{: .notise} Heading {#idd}"_s << QStringList{u"Heading"_s};
    QTest::newRow("math") << u"so $$\\alphaa + b$$ holds"_s << QStringList{u"so"_s, u"holds"_s};
    QTest::newRow("entity") << u"fish &amp; chips &#8212; ok"_s << QStringList{u"fish"_s, u"chips"_s, u"ok"_s};
    QTest::newRow("cjk only") << u"子曰：学而时习之，不亦说乎？"_s << QStringList{};
    QTest::newRow("mixed cjk and english") << u"大模型is一个speling测试"_s << QStringList{u"is"_s, u"speling"_s};
    QTest::newRow("japanese and korean") << u"ひらがな 한국어 word"_s << QStringList{u"word"_s};
    QTest::newRow("digits and identifiers") << u"mp3 snake_case 2nd v1 okay"_s << QStringList{u"okay"_s};
    QTest::newRow("emphasis underscores") << u"__strong__ _em_"_s << QStringList{u"strong"_s, u"em"_s};
    QTest::newRow("acronyms and mixed case") << u"NASA and iPhone or GitHub"_s << QStringList{u"and"_s, u"or"_s};
    QTest::newRow("single letters") << u"a I x"_s << QStringList{};
    QTest::newRow("file and domain names")
        << u"edit README.md on example.com now"_s << QStringList{u"edit"_s, u"on"_s, u"now"_s};
    QTest::newRow("handle") << u"thanks @someonne"_s << QStringList{u"thanks"_s};
    QTest::newRow("accented") << u"café naïve"_s << QStringList{u"café"_s, u"naïve"_s};
    QTest::newRow("hyphen splits") << u"well-known"_s << QStringList{u"well"_s, u"known"_s};
    QTest::newRow("table row") << u"| cell one | two |"_s << QStringList{u"cell"_s, u"one"_s, u"two"_s};
}

void TestSpell::words()
{
    QFETCH(QString, line);
    QFETCH(QStringList, expected);
    QCOMPARE(texts(SpellWordSplitter::words(line)), expected);
}

void TestSpell::offsets()
{
    const QString line = u"大模型 speling `x` ok"_s;
    const QList<SpellWord> words = SpellWordSplitter::words(line);
    QCOMPARE(words.size(), 2);
    QCOMPARE(words.at(0).start, 4);
    QCOMPARE(words.at(0).length, 7);
    QCOMPARE(line.mid(words.at(1).start, words.at(1).length), u"ok"_s);
    QVERIFY(SpellWordSplitter::words(u"anything here"_s, SpellLineKind::Skip).isEmpty());
}

void TestSpell::frontMatterValue_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("key skipped") << u"title: \"A Tittle\""_s << QStringList{u"Tittle"_s};
    QTest::newRow("continuation line") << u"  and more wordz"_s << QStringList{u"and"_s, u"more"_s, u"wordz"_s};
    QTest::newRow("empty value") << u"description:"_s << QStringList{};
}

void TestSpell::frontMatterValue()
{
    QFETCH(QString, line);
    QFETCH(QStringList, expected);
    QCOMPARE(texts(SpellWordSplitter::words(line, SpellLineKind::FrontMatterValue)), expected);
}

void TestSpell::lineKinds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kinds"); // one letter per line: P prose, S skip, V front matter value
    QTest::addColumn<QString>("language");
    QTest::newRow("no front matter") << u"Hello\n\n```\ncodde\n```\nafter"_s << u"PPSSSP"_s << QString();
    QTest::newRow("front matter keys")
        << u"---\nlayout: post\ntitle: My Tittle\ndescription: >\n  long textt\ntags: [a, b]\nlang: en-US\n---\nBody"_s
        << u"SSVVVSSSP"_s << u"en-US"_s;
    QTest::newRow("indented code") << u"Para\n\n    indented codde\n\nPara"_s << u"PPSSP"_s << QString();
    QTest::newRow("chinese post") << u"---\nlang: zh\n---\n中文"_s << u"SSSP"_s << u"zh"_s;
}

void TestSpell::lineKinds()
{
    QFETCH(QString, text);
    QFETCH(QString, kinds);
    QFETCH(QString, language);
    const ScanSnapshot scan = MarkdownScanner::scan(text);
    const SpellScanContext context(scan, FrontMatterData::parse(text, scan.frontMatter));
    QString actual;
    const qsizetype lines = text.count(u'\n') + 1;
    for (int line = 0; line < lines; ++line) {
        switch (context.kind(line)) {
        case SpellLineKind::Prose:
            actual += u'P';
            break;
        case SpellLineKind::Skip:
            actual += u'S';
            break;
        case SpellLineKind::FrontMatterValue:
            actual += u'V';
            break;
        }
    }
    QCOMPARE(actual, kinds);
    QCOMPARE(context.language(), language);
    QCOMPARE(SpellScanContext().kind(3), SpellLineKind::Prose);
}

void TestSpell::language_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("available");
    QTest::addColumn<QString>("defaultDictionary");
    QTest::addColumn<QString>("dictionary");
    QTest::addColumn<bool>("missing");
    QTest::addColumn<bool>("latinOnly");
    const QStringList some{u"de_AT"_s, u"de_DE"_s, u"en_GB"_s, u"en_US"_s};
    QTest::newRow("no lang: default") << QString() << some << u"en_GB"_s << u"en_GB"_s << false << false;
    QTest::newRow("no lang, default missing")
        << QString() << QStringList{u"de_DE"_s} << u"en_US"_s << QString() << true << false;
    QTest::newRow("exact with dash") << u"en-GB"_s << some << u"de_DE"_s << u"en_GB"_s << false << false;
    QTest::newRow("language only prefers home region") << u"en"_s << some << u"de_DE"_s << u"en_US"_s << false << false;
    QTest::newRow("german") << u"de"_s << some << u"en_US"_s << u"de_DE"_s << false << false;
    QTest::newRow("other region") << u"de-CH"_s << some << u"en_US"_s << u"de_DE"_s << false << false;
    QTest::newRow("not installed") << u"fr"_s << some << u"en_US"_s << QString() << true << false;
    QTest::newRow("chinese checks latin in english") << u"zh-CN"_s << some << u"de_DE"_s << u"en_US"_s << false << true;
    QTest::newRow("chinese keeps an english default") << u"zh"_s << some << u"en_GB"_s << u"en_GB"_s << false << true;
    QTest::newRow("chinese without english")
        << u"zh"_s << QStringList{u"de_DE"_s} << u"de_DE"_s << QString() << false << true;
}

void TestSpell::language()
{
    QFETCH(QString, lang);
    QFETCH(QStringList, available);
    QFETCH(QString, defaultDictionary);
    QFETCH(QString, dictionary);
    QFETCH(bool, missing);
    QFETCH(bool, latinOnly);
    const SpellLanguageChoice choice = resolveSpellLanguage(lang, available, defaultDictionary);
    QCOMPARE(choice.dictionary, dictionary);
    QCOMPARE(choice.missing, missing);
    QCOMPARE(choice.latinOnly, latinOnly);
}

QTEST_GUILESS_MAIN(TestSpell)
#include "tst_spell.moc"
