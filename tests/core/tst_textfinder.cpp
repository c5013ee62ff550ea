#include "find/TextFinder.h"

#include <QtTest>

using namespace coinage;
using namespace Qt::StringLiterals;

using Spans = QList<std::pair<int, int>>; // start, length

class TestTextFinder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void find_data();
    void find();
    void replaceAll_data();
    void replaceAll();
    void invalidExpression();
};

void TestTextFinder::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("regex");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<bool>("wholeWord");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<Spans>("matches");
    QTest::newRow("plain, any case") << u"Coin coin COIN"_s << u"coin"_s << false << false << false << 0 << -1
                                     << Spans{{0, 4}, {5, 4}, {10, 4}};
    QTest::newRow("case-sensitive") << u"Coin coin COIN"_s << u"coin"_s << false << true << false << 0 << -1
                                    << Spans{{5, 4}};
    QTest::newRow("plain text is not a pattern")
        << u"a.b axb"_s << u"a.b"_s << false << false << false << 0 << -1 << Spans{{0, 3}};
    QTest::newRow("whole word") << u"coin coins recoin coin"_s << u"coin"_s << false << false << true << 0 << -1
                                << Spans{{0, 4}, {18, 4}};
    QTest::newRow("whole word, punctuation pattern")
        << u"a (x) b"_s << u"(x)"_s << false << false << true << 0 << -1 << Spans{{2, 3}};
    QTest::newRow("chinese") << u"大模型是铸币，大模型"_s << u"大模型"_s << false << false << false << 0 << -1
                             << Spans{{0, 3}, {7, 3}};
    QTest::newRow("regex") << u"fn1 fn22 fnx"_s << u"fn\\d+"_s << true << false << false << 0 << -1
                           << Spans{{0, 3}, {4, 4}};
    QTest::newRow("regex anchors per line")
        << u"a\nab\nb"_s << u"^a"_s << true << false << false << 0 << -1 << Spans{{0, 1}, {2, 1}};
    QTest::newRow("empty matches skipped") << u"abc"_s << u"x*"_s << true << false << false << 0 << -1 << Spans{};
    QTest::newRow("in selection") << u"coin coin coin"_s << u"coin"_s << false << false << false << 3 << 12
                                  << Spans{{5, 4}};
    QTest::newRow("empty pattern") << u"abc"_s << QString() << false << false << false << 0 << -1 << Spans{};
}

void TestTextFinder::find()
{
    QFETCH(QString, text);
    QFETCH(QString, pattern);
    QFETCH(bool, regex);
    QFETCH(bool, caseSensitive);
    QFETCH(bool, wholeWord);
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(Spans, matches);
    const TextFinder finder({pattern, regex, caseSensitive, wholeWord});
    Spans found;
    for (const TextMatch &match : finder.findAll(text, from, to))
        found.append({int(match.start), int(match.length)});
    QCOMPARE(found, matches);
}

void TestTextFinder::replaceAll_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("regex");
    QTest::addColumn<QString>("replacement");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<QString>("result");
    QTest::addColumn<int>("edits");
    QTest::newRow("plain") << u"coin and Coin"_s << u"coin"_s << false << u"币"_s << 0 << -1 << u"币 and 币"_s << 2;
    QTest::newRow("plain backslashes kept") << u"a"_s << u"a"_s << false << u"\\1$0"_s << 0 << -1 << u"\\1$0"_s << 1;
    QTest::newRow("groups") << u"2025-01-05"_s << u"(\\d+)-(\\d+)-(\\d+)"_s << true << u"\\3/$2/\\1"_s << 0 << -1
                            << u"05/01/2025"_s << 1;
    QTest::newRow("markers to kramdown") << u"see [1] and [2]"_s << u"\\[(\\d)\\]"_s << true << u"[^$1]"_s << 0 << -1
                                         << u"see [^1] and [^2]"_s << 2;
    QTest::newRow("newline escape") << u"a;b"_s << u";"_s << true << u"\\n"_s << 0 << -1 << u"a\nb"_s << 1;
    QTest::newRow("unchanged matches make no edit") << u"aa"_s << u"a"_s << false << u"a"_s << 0 << -1 << u"aa"_s << 0;
    QTest::newRow("in selection") << u"x x x"_s << u"x"_s << false << u"y"_s << 1 << 4 << u"x y x"_s << 1;
}

void TestTextFinder::replaceAll()
{
    QFETCH(QString, text);
    QFETCH(QString, pattern);
    QFETCH(bool, regex);
    QFETCH(QString, replacement);
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QString, result);
    QFETCH(int, edits);
    const TextFinder finder({pattern, regex, false, false});
    const TextEdits computed = finder.replaceAll(text, replacement, from, to);
    QCOMPARE(computed.size(), edits);
    QCOMPARE(applyEdits(text, computed), result);
}

void TestTextFinder::invalidExpression()
{
    const TextFinder finder({u"(unclosed"_s, true, false, false});
    QVERIFY(!finder.isValid());
    QVERIFY(!finder.errorString().isEmpty());
    QVERIFY(finder.findAll(u"(unclosed"_s).isEmpty());
    QVERIFY(TextFinder({u"(unclosed"_s, false, false, false}).isValid());
}

QTEST_GUILESS_MAIN(TestTextFinder)
#include "tst_textfinder.moc"
