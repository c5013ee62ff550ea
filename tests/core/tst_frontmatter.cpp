#include "post/FrontMatter.h"
#include "post/FrontMatterData.h"
#include "support/Seed.h"

#include <QtTest>

using namespace coinage;
using namespace Qt::StringLiterals;

class TestFrontMatter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void split_data();
    void split();
    void seedValues();
    void kinds_data();
    void kinds();
    void yamlErrorPosition_data();
    void yamlErrorPosition();
    void duplicatesAndShapes();
};

void TestFrontMatter::split_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("present");
    QTest::addColumn<bool>("closed");
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("bodyFirstLine");

    QTest::newRow("basic") << u"---\ntitle: A\n---\nBody\n"_s << true << true << u"title: A\n"_s << u"Body\n"_s << 3;
    QTest::newRow("dots") << u"---\na: 1\n...\nB"_s << true << true << u"a: 1\n"_s << u"B"_s << 3;
    QTest::newRow("empty") << u"---\n---\nB"_s << true << true << QString() << u"B"_s << 2;
    QTest::newRow("closer at end, no newline") << u"---\na: 1\n---"_s << true << true << u"a: 1\n"_s << QString() << 2;
    QTest::newRow("trailing spaces") << u"--- \na: 1\n---\t\nB"_s << true << true << u"a: 1\n"_s << u"B"_s << 3;
    QTest::newRow("none") << u"# Title\n---\n"_s << false << false << QString() << u"# Title\n---\n"_s << 0;
    QTest::newRow("four dashes") << u"----\na: 1\n---\n"_s << false << false << QString() << u"----\na: 1\n---\n"_s
                                 << 0;
    QTest::newRow("unclosed") << u"---\na: 1\nbody\n"_s << true << false << u"a: 1\nbody\n"_s << u"---\na: 1\nbody\n"_s
                              << 0;
    QTest::newRow("not at start") << u"\n---\na: 1\n---\n"_s << false << false << QString() << u"\n---\na: 1\n---\n"_s
                                  << 0;
    QTest::newRow("dashes in value") << u"---\na: ---x\n---\nB"_s << true << true << u"a: ---x\n"_s << u"B"_s << 3;
}

void TestFrontMatter::split()
{
    QFETCH(QString, text);
    QFETCH(bool, present);
    QFETCH(bool, closed);
    QFETCH(QString, yaml);
    QFETCH(QString, body);
    QFETCH(int, bodyFirstLine);
    const FrontMatterSplit s = splitFrontMatter(text);
    QCOMPARE(s.present, present);
    QCOMPARE(s.closed, closed);
    if (present)
        QCOMPARE(s.yaml(text).toString(), yaml);
    if (s.hasFrontMatter()) {
        QCOMPARE(s.body(text).toString(), body);
        QCOMPARE(s.bodyFirstLine, bodyFirstLine);
        QCOMPARE(s.yamlFirstLine, 1);
    }
}

void TestFrontMatter::seedValues()
{
    const QString text = QString::fromUtf8(test::readAll(test::seedPath(u"zh"_s)));
    const FrontMatterSplit s = splitFrontMatter(text);
    QVERIFY(s.hasFrontMatter());
    const FrontMatterData data = FrontMatterData::parse(text, s);
    QVERIFY(data.isValid());
    QCOMPARE(data.string(u"title"), u"大模型与铸币"_s);
    QCOMPARE(data.string(u"layout"), u"post"_s);
    const FrontMatterEntry *date = data.find(u"date");
    QVERIFY(date);
    // Without seconds, Jekyll's YAML loader keeps the date a string.
    QCOMPARE(date->value.kind, YamlValue::Kind::String);
    QCOMPARE(date->line, 4);
    QCOMPARE(date->column, 1);
    const FrontMatterEntry *comments = data.find(u"disqus_comments");
    QVERIFY(comments);
    QCOMPARE(comments->value.kind, YamlValue::Kind::Bool);
    QCOMPARE(comments->value.toVariant(), QVariant(true));
    QCOMPARE(data.entries().size(), 7);
    QCOMPARE(data.entries().first().key, u"layout"_s);
}

void TestFrontMatter::kinds_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("kind");
    using K = YamlValue::Kind;
    QTest::newRow("string") << u"hello world"_s << int(K::String);
    QTest::newRow("quoted true") << u"\"true\""_s << int(K::String);
    QTest::newRow("yes") << u"yes"_s << int(K::Bool);
    QTest::newRow("int") << u"42"_s << int(K::Int);
    QTest::newRow("float") << u"4.5"_s << int(K::Float);
    QTest::newRow("null") << u"~"_s << int(K::Null);
    QTest::newRow("empty") << QString() << int(K::Null);
    QTest::newRow("date") << u"2025-01-05"_s << int(K::Date);
    QTest::newRow("impossible date") << u"2025-02-30"_s << int(K::String);
    QTest::newRow("octal") << u"017"_s << int(K::Int);
    QTest::newRow("yaml 1.2 octal is text") << u"0o17"_s << int(K::String);
    QTest::newRow("timestamp") << u"2025-01-05 22:05:00 +0800"_s << int(K::Timestamp);
    QTest::newRow("time without seconds") << u"2025-01-05 22:05"_s << int(K::String);
    QTest::newRow("flow list") << u"[a, b]"_s << int(K::List);
    QTest::newRow("flow map") << u"{a: 1}"_s << int(K::Map);
    QTest::newRow("chinese") << u"大模型 铸币"_s << int(K::String);
}

void TestFrontMatter::kinds()
{
    QFETCH(QString, value);
    QFETCH(int, kind);
    const QString text = u"---\nkey: "_s + value + u"\n---\n"_s;
    const FrontMatterData data = FrontMatterData::parse(text, splitFrontMatter(text));
    QVERIFY(data.isValid());
    QVERIFY(data.find(u"key"));
    QCOMPARE(int(data.find(u"key")->value.kind), kind);
}

void TestFrontMatter::yamlErrorPosition_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("unquoted colon value") << u"---\ntitle: a: b\n---\n"_s << 2 << 9;
    QTest::newRow("bad indent") << u"---\ntitle: x\n  bad: y\n---\n"_s << 3 << 6;
    QTest::newRow("chinese before the error") << u"---\n标题: 大模型: 铸币\n---\n"_s << 2 << 8;
}

void TestFrontMatter::yamlErrorPosition()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    const FrontMatterData data = FrontMatterData::parse(text, splitFrontMatter(text));
    QVERIFY(!data.isValid());
    QCOMPARE(data.error()->line, line);
    QCOMPARE(data.error()->column, column);
    QVERIFY(!data.error()->message.isEmpty());
}

void TestFrontMatter::duplicatesAndShapes()
{
    const QString dup = u"---\ntitle: A\ntags: x\ntitle: B\n---\n"_s;
    const FrontMatterData data = FrontMatterData::parse(dup, splitFrontMatter(dup));
    QVERIFY(data.isValid());
    QCOMPARE(data.string(u"title"), u"B"_s); // the last wins
    QCOMPARE(data.duplicateEntries().size(), 1);
    QCOMPARE(data.duplicateEntries().first()->line, 4);

    const QString list = u"---\n- a\n- b\n---\n"_s;
    const FrontMatterData listData = FrontMatterData::parse(list, splitFrontMatter(list));
    QVERIFY(listData.isValid());
    QVERIFY(!listData.isMapping());

    const QString nested = u"---\nauthor:\n  name: Mai\n  links: [a, b]\n---\n"_s;
    const FrontMatterData nestedData = FrontMatterData::parse(nested, splitFrontMatter(nested));
    const FrontMatterEntry *author = nestedData.find(u"author");
    QVERIFY(author);
    QCOMPARE(author->value.kind, YamlValue::Kind::Map);
    QCOMPARE(author->value.members.size(), 2);
    QCOMPARE(author->value.members.at(1).second.items.size(), 2);
}

QTEST_GUILESS_MAIN(TestFrontMatter)
#include "tst_frontmatter.moc"
