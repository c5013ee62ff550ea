#include "post/FrontMatterData.h"
#include "post/FrontMatterEditor.h"
#include "post/YamlScalar.h"

#include <QtTest>

using namespace coinage;
using namespace Qt::StringLiterals;

// Every expected text below is the whole document: a row passes only when every byte outside the edited key is
// unchanged.
class TestFrontMatterEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void setYaml_data();
    void setYaml();
    void remove_data();
    void remove();
    void setList_data();
    void setList();
    void setValue_data();
    void setValue();
    void roundTrip_data();
    void roundTrip();
    void refuses_data();
    void refuses();
    void extents();
    void listForm();
};

static const QString seedFrontMatter = u"---\n"
                                       "layout: post\n"
                                       "title: Large Models and Coin Minting (Gemini 2.5 Pro Translated Version)\n"
                                       "date: 2025-01-05 22:05\n"
                                       "description: Mai-Haishin · January 05, 2025 22:05 · Guangdong\n"
                                       "tags: misc\n"
                                       "disqus_comments: true\n"
                                       "categories: Chinese\n"
                                       "---\n"
                                       "\n"
                                       "Confucius said: Large models are the way of minting coins.\n"_s;

void TestFrontMatterEditor::setYaml_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QString>("expected");

    QString seedDated = seedFrontMatter;
    seedDated.replace(u"date: 2025-01-05 22:05\n"_s, u"date: 2025-01-05 22:05:00 +0800\n"_s);
    QTest::newRow("seed date") << seedFrontMatter << u"date"_s << u"2025-01-05 22:05:00 +0800"_s << seedDated;
    QTest::newRow("replace") << u"---\ntitle: Old\ndate: 2025-01-05\n---\nBody\n"_s << u"title"_s << u"New"_s
                             << u"---\ntitle: New\ndate: 2025-01-05\n---\nBody\n"_s;
    QTest::newRow("keeps comment and spacing") << u"---\n# head\ntitle:   Old  # note\ntags: a\n---\n"_s << u"title"_s
                                               << u"New"_s << u"---\n# head\ntitle:   New  # note\ntags: a\n---\n"_s;
    QTest::newRow("quoted old value") << u"---\ntitle: \"Old: x\" # c\n---\n"_s << u"title"_s << u"'New'"_s
                                      << u"---\ntitle: 'New' # c\n---\n"_s;
    QTest::newRow("empty value with comment")
        << u"---\ntitle: # c\n---\n"_s << u"title"_s << u"New"_s << u"---\ntitle: New # c\n---\n"_s;
    QTest::newRow("empty value") << u"---\ntitle:\nx: 1\n---\n"_s << u"title"_s << u"New"_s
                                 << u"---\ntitle: New\nx: 1\n---\n"_s;
    QTest::newRow("block scalar to plain")
        << u"---\ndescription: |\n  line1\n\n  line2\ntitle: A\n---\n"_s << u"description"_s << u"short"_s
        << u"---\ndescription: short\ntitle: A\n---\n"_s;
    QTest::newRow("plain to block list") << u"---\ntags: x\nb: 1\n---\n"_s << u"tags"_s << u"- a\n- b"_s
                                         << u"---\ntags:\n  - a\n  - b\nb: 1\n---\n"_s;
    QTest::newRow("block scalar value") << u"---\nd: x\n---\n"_s << u"d"_s << u"|\nline 1\nline 2"_s
                                        << u"---\nd: |\n  line 1\n  line 2\n---\n"_s;
    QTest::newRow("add key") << u"---\ntitle: A\n---\nB"_s << u"layout"_s << u"post"_s
                             << u"---\ntitle: A\nlayout: post\n---\nB"_s;
    QTest::newRow("add key after comment") << u"---\ntitle: A\n# end\n---\n"_s << u"layout"_s << u"post"_s
                                           << u"---\ntitle: A\n# end\nlayout: post\n---\n"_s;
    QTest::newRow("add to empty front matter")
        << u"---\n---\nB"_s << u"layout"_s << u"post"_s << u"---\nlayout: post\n---\nB"_s;
    QTest::newRow("create front matter") << u"Body\n"_s << u"layout"_s << u"post"_s
                                         << u"---\nlayout: post\n---\nBody\n"_s;
    QTest::newRow("create in empty text") << QString() << u"title"_s << u"T"_s << u"---\ntitle: T\n---\n"_s;
    QTest::newRow("duplicate: the last") << u"---\na: 1\nb: 2\na: 3\n---\n"_s << u"a"_s << u"9"_s
                                         << u"---\na: 1\nb: 2\na: 9\n---\n"_s;
    QTest::newRow("column-0 block list") << u"---\ntags:\n- a\n- b\n# c\ntitle: T\n---\n"_s << u"tags"_s << u"[x]"_s
                                         << u"---\ntags: [x]\n# c\ntitle: T\n---\n"_s;
    QTest::newRow("CJK") << u"---\ntitle: 大模型与铸币\ntags: 杂谈\n---\n正文\n"_s << u"title"_s << u"新标题：二"_s
                         << u"---\ntitle: 新标题：二\ntags: 杂谈\n---\n正文\n"_s;
    QTest::newRow("blank lines kept") << u"---\na: 1\n\n\nb: 2\n---\n"_s << u"a"_s << u"9"_s
                                      << u"---\na: 9\n\n\nb: 2\n---\n"_s;
    QTest::newRow("quoted key") << u"---\n\"my key\": 1\n'x': 2\n---\n"_s << u"my key"_s << u"2"_s
                                << u"---\n\"my key\": 2\n'x': 2\n---\n"_s;
    QTest::newRow("dots closer") << u"---\na: 1\n...\nB\n"_s << u"a"_s << u"2"_s << u"---\na: 2\n...\nB\n"_s;
    QTest::newRow("multi-line plain value")
        << u"---\nt: one\n  two\nz: 1\n---\n"_s << u"t"_s << u"x"_s << u"---\nt: x\nz: 1\n---\n"_s;
    QTest::newRow("flow list with hash in quotes")
        << u"---\nt: [\"a #b\", c] # real\n---\n"_s << u"t"_s << u"[d]"_s << u"---\nt: [d] # real\n---\n"_s;
    QTest::newRow("plain with apostrophe and comment")
        << u"---\nt: It's # c\n---\n"_s << u"t"_s << u"x"_s << u"---\nt: x # c\n---\n"_s;
    QTest::newRow("block list keeps its indent") << u"---\ntags:\n    - a\nz: 1\n---\n"_s << u"tags"_s << u"- b\n- c"_s
                                                 << u"---\ntags:\n    - b\n    - c\nz: 1\n---\n"_s;
}

void TestFrontMatterEditor::setYaml()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QFETCH(QString, yaml);
    QFETCH(QString, expected);
    const FrontMatterEditResult result = FrontMatterEditor(text).setYaml(key, yaml);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(applyEdits(text, result.edits), expected);
}

void TestFrontMatterEditor::remove_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("middle") << u"---\na: 1\ntags:\n  # mine\n  - x\n\n  - y\n# keep\nb: 2\n---\n"_s << u"tags"_s
                            << u"---\na: 1\n# keep\nb: 2\n---\n"_s;
    QTest::newRow("duplicates") << u"---\na: 1\nb: 2\na: 3\n---\n"_s << u"a"_s << u"---\nb: 2\n---\n"_s;
    QTest::newRow("missing") << u"---\na: 1\n---\n"_s << u"z"_s << u"---\na: 1\n---\n"_s;
    QTest::newRow("last") << u"---\na: 1\nb: 2\n---\nB"_s << u"b"_s << u"---\na: 1\n---\nB"_s;
    QString seedWithout = seedFrontMatter;
    seedWithout.remove(u"disqus_comments: true\n"_s);
    QTest::newRow("seed") << seedFrontMatter << u"disqus_comments"_s << seedWithout;
}

void TestFrontMatterEditor::remove()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const FrontMatterEditResult result = FrontMatterEditor(text).remove(key);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(applyEdits(text, result.edits), expected);
}

void TestFrontMatterEditor::setList_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<QString>("expected");
    QTest::newRow("string stays string") << u"---\ntags: misc # t\n---\n"_s << QStringList{u"misc"_s, u"ai"_s}
                                         << u"---\ntags: misc ai # t\n---\n"_s;
    QTest::newRow("string, CJK") << u"---\ntags: 杂谈\n---\n"_s << QStringList{u"杂谈"_s, u"模型"_s}
                                 << u"---\ntags: 杂谈 模型\n---\n"_s;
    QTest::newRow("string, one typed word")
        << u"---\ntags: misc\n---\n"_s << QStringList{u"yes"_s} << u"---\ntags: \"yes\"\n---\n"_s;
    QTest::newRow("string with a spaced item becomes flow")
        << u"---\ntags: misc\n---\n"_s << QStringList{u"misc"_s, u"big models"_s}
        << u"---\ntags: [misc, big models]\n---\n"_s;
    QTest::newRow("flow stays flow") << u"---\ntags: [a, b]\nz: 1\n---\n"_s
                                     << QStringList{u"a"_s, u"c"_s, u"x, y"_s, u"2025"_s}
                                     << u"---\ntags: [a, c, \"x, y\", \"2025\"]\nz: 1\n---\n"_s;
    QTest::newRow("block stays block") << u"---\ntags:\n  - a\n  - b\nz: 1\n---\n"_s << QStringList{u"a"_s, u"c"_s}
                                       << u"---\ntags:\n  - a\n  - c\nz: 1\n---\n"_s;
    QTest::newRow("column-0 block") << u"---\ntags:\n- a\nz: 1\n---\n"_s << QStringList{u"b"_s, u"c: d"_s}
                                    << u"---\ntags:\n- b\n- \"c: d\"\nz: 1\n---\n"_s;
    QTest::newRow("missing key: flow") << u"---\ntitle: T\n---\n"_s << QStringList{u"a"_s}
                                       << u"---\ntitle: T\ntags: [a]\n---\n"_s;
    QTest::newRow("empty block becomes []")
        << u"---\ntags:\n  - a\n---\n"_s << QStringList{} << u"---\ntags: []\n---\n"_s;
}

void TestFrontMatterEditor::setList()
{
    QFETCH(QString, text);
    QFETCH(QStringList, items);
    QFETCH(QString, expected);
    const FrontMatterEditResult result = FrontMatterEditor(text).setList(u"tags", items);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(applyEdits(text, result.edits), expected);
}

void TestFrontMatterEditor::setValue_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("yaml");
    QTest::newRow("true") << QVariant(true) << u"true"_s;
    QTest::newRow("int") << QVariant(42) << u"42"_s;
    QTest::newRow("double") << QVariant(3.0) << u"3.0"_s;
    QTest::newRow("date") << QVariant(QDate(2025, 1, 5)) << u"2025-01-05"_s;
    QTest::newRow("date-time") << QVariant(QDateTime(QDate(2025, 1, 5), QTime(22, 5),
                                                     QTimeZone::fromSecondsAheadOfUtc(20700)))
                               << u"2025-01-05 22:05:00 +0545"_s;
    QTest::newRow("list") << QVariant(QStringList{u"a"_s, u"yes"_s}) << u"[a, \"yes\"]"_s;
    QTest::newRow("plain words") << QVariant(u"Large Models and Coin Minting"_s) << u"Large Models and Coin Minting"_s;
    QTest::newRow("CJK colon") << QVariant(u"子曰：大模型"_s) << u"子曰：大模型"_s;
    QTest::newRow("C#") << QVariant(u"C# rocks"_s) << u"C# rocks"_s;
    QTest::newRow("yes") << QVariant(u"yes"_s) << u"\"yes\""_s;
    QTest::newRow("Off") << QVariant(u"Off"_s) << u"\"Off\""_s;
    QTest::newRow("symbol") << QVariant(u":sym"_s) << u"\":sym\""_s;
    QTest::newRow("a: b") << QVariant(u"a: b"_s) << u"\"a: b\""_s;
    QTest::newRow("space hash") << QVariant(u"a #b"_s) << u"\"a #b\""_s;
    QTest::newRow("bracket") << QVariant(u"[x"_s) << u"\"[x\""_s;
    QTest::newRow("brace") << QVariant(u"{x}"_s) << u"\"{x}\""_s;
    QTest::newRow("star") << QVariant(u"*x"_s) << u"\"*x\""_s;
    QTest::newRow("amp") << QVariant(u"&x"_s) << u"\"&x\""_s;
    QTest::newRow("bang") << QVariant(u"!x"_s) << u"\"!x\""_s;
    QTest::newRow("percent") << QVariant(u"%x"_s) << u"\"%x\""_s;
    QTest::newRow("at") << QVariant(u"@home"_s) << u"\"@home\""_s;
    QTest::newRow("backtick") << QVariant(u"`code`"_s) << u"\"`code`\""_s;
    QTest::newRow("date string") << QVariant(u"2025-01-05"_s) << u"\"2025-01-05\""_s;
    QTest::newRow("number string") << QVariant(u"100"_s) << u"\"100\""_s;
    QTest::newRow("sexagesimal") << QVariant(u"1:30"_s) << u"\"1:30\""_s;
    QTest::newRow("empty") << QVariant(QString()) << u"\"\""_s;
    QTest::newRow("quote and backslash") << QVariant(u"say \"hi\" \\o/"_s) << u"say \"hi\" \\o/"_s;
    QTest::newRow("leading quote") << QVariant(u"\"hi\""_s) << u"\"\\\"hi\\\"\""_s;
    QTest::newRow("newline") << QVariant(u"a\nb"_s) << u"\"a\\nb\""_s;
}

void TestFrontMatterEditor::setValue()
{
    QFETCH(QVariant, value);
    QFETCH(QString, yaml);
    QCOMPARE(YamlScalar::value(value), yaml);
    const QString text = u"---\nk: old\n---\n"_s;
    const FrontMatterEditResult result = FrontMatterEditor(text).setValue(u"k", value);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(applyEdits(text, result.edits), u"---\nk: "_s + yaml + u"\n---\n"_s);
}

void TestFrontMatterEditor::roundTrip_data()
{
    QTest::addColumn<QString>("value");
    for (const QString &s : {u"plain"_s,
                             u"yes"_s,
                             u"No"_s,
                             u"~"_s,
                             u"null"_s,
                             u":sym"_s,
                             u"a: b"_s,
                             u"a:b"_s,
                             u"x #y"_s,
                             u"x#y"_s,
                             u"[a]"_s,
                             u"{a}"_s,
                             u"- a"_s,
                             u"-a"_s,
                             u"? a"_s,
                             u"2025-01-05"_s,
                             u"2025-01-05 22:05:00"_s,
                             u"1_000"_s,
                             u"0x1F"_s,
                             u".5"_s,
                             u"1e3"_s,
                             u"+1"_s,
                             u".inf"_s,
                             u"@x"_s,
                             u"`x`"_s,
                             u"'x'"_s,
                             u"\"x\""_s,
                             u"|"_s,
                             u">"_s,
                             u" lead"_s,
                             u"trail "_s,
                             u"tab\there"_s,
                             u"大模型：铸币"_s,
                             u"emoji 🪙"_s,
                             u"---"_s,
                             u"a, b"_s,
                             u"<<"_s,
                             u"="_s,
                             u"back\\slash"_s}) {
        QTest::newRow(qPrintable(s)) << s;
    }
}

void TestFrontMatterEditor::roundTrip()
{
    QFETCH(QString, value);
    const QString text = u"---\ntitle: x\n---\n"_s;
    const FrontMatterEditResult result = FrontMatterEditor(text).setValue(u"title", value);
    QVERIFY2(result.ok, qPrintable(result.error));
    const QString after = applyEdits(text, result.edits);
    const FrontMatterData data = FrontMatterData::parse(after, splitFrontMatter(after));
    QVERIFY(data.isValid());
    const FrontMatterEntry *entry = data.find(u"title");
    QVERIFY(entry);
    QCOMPARE(entry->value.kind, YamlValue::Kind::String);
    QCOMPARE(entry->value.scalar, value);
}

void TestFrontMatterEditor::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("yaml");
    QTest::newRow("unclosed") << u"---\na: 1\n"_s << u"1"_s;
    QTest::newRow("syntax error") << u"---\na: [1\n---\n"_s << u"1"_s;
    QTest::newRow("not a map") << u"---\n- a\n---\n"_s << u"1"_s;
    QTest::newRow("bad value") << u"---\na: 1\n---\n"_s << u"[x"_s;
    QTest::newRow("value spills into keys") << u"---\na: 1\n---\n"_s << u"x\nb: c"_s;
    QTest::newRow("mapping value") << u"---\na: 1\n---\n"_s << u"a: b"_s;
}

void TestFrontMatterEditor::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, yaml);
    const FrontMatterEditResult result = FrontMatterEditor(text).setYaml(u"k", yaml);
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
    QVERIFY(result.edits.isEmpty());
}

void TestFrontMatterEditor::extents()
{
    const QString text = u"---\na: 1 # c\nb:\n  - x\n\n  - y\n\n# free\nc: |\n  t\n---\n"_s;
    const FrontMatterEditor editor(text);
    QCOMPARE(editor.keys().size(), 3);
    const auto b = editor.find(u"b");
    QVERIFY(b);
    QVERIFY(b->multiLine());
    QCOMPARE(text.sliced(b->lineStart, b->extentEnd - b->lineStart), u"b:\n  - x\n\n  - y"_s);
    const auto a = editor.find(u"a");
    QCOMPARE(editor.valueText(*a), u"1"_s);
    QCOMPARE(text.sliced(a->commentStart, a->lineEnd - a->commentStart), u"# c"_s);
}

void TestFrontMatterEditor::listForm()
{
    const FrontMatterEditor editor(u"---\na: x y\nb: [x]\nc:\n  - x\nd:\n---\n"_s);
    QCOMPARE(editor.listForm(u"a"), ListForm::String);
    QCOMPARE(editor.listForm(u"b"), ListForm::Flow);
    QCOMPARE(editor.listForm(u"c"), ListForm::Block);
    QCOMPARE(editor.listForm(u"d"), ListForm::Flow);
    QCOMPARE(editor.listForm(u"missing"), ListForm::Flow);
}

QTEST_GUILESS_MAIN(TestFrontMatterEditor)
#include "tst_frontmattereditor.moc"
