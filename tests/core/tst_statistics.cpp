#include "stats/PostStatistics.h"

#include <QtTest>

using namespace coinage;
using namespace Qt::StringLiterals;

class TestStatistics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void figures_data();
    void figures();
    void readingTime_data();
    void readingTime();
    void postSkipsFrontMatter();
};

void TestStatistics::figures_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<int>("words");
    QTest::addColumn<int>("characters");
    QTest::addColumn<int>("charactersNoSpaces");
    QTest::addColumn<int>("paragraphs");
    QTest::newRow("empty") << QString() << 0 << 0 << 0 << 0;
    QTest::newRow("english") << u"Hello big world."_s << 3 << 16 << 14 << 1;
    QTest::newRow("chinese: a word per character") << u"子曰：大模型"_s << 5 << 6 << 6 << 1;
    QTest::newRow("mixed") << u"大模型 is 铸币"_s << 6 << 9 << 7 << 1;
    QTest::newRow("two paragraphs") << u"One.\n\nTwo words."_s << 3 << 14 << 13 << 2;
    QTest::newRow("markdown syntax not counted") << u"# Title\n\n**bold** [link](http://x.y)"_s << 3 << 14 << 13 << 2;
}

void TestStatistics::figures()
{
    QFETCH(QString, markdown);
    QFETCH(int, words);
    QFETCH(int, characters);
    QFETCH(int, charactersNoSpaces);
    QFETCH(int, paragraphs);
    const PostStatistics statistics = PostStatistics::ofText(markdown);
    QCOMPARE(statistics.counts.words, words);
    QCOMPARE(statistics.counts.characters, characters);
    QCOMPARE(statistics.counts.charactersNoSpaces, charactersNoSpaces);
    QCOMPARE(statistics.counts.paragraphs, paragraphs);
}

void TestStatistics::readingTime_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<double>("minutes");
    QTest::addColumn<int>("rounded");
    QTest::newRow("nothing") << QString() << 0.0 << 0;
    QTest::newRow("one word") << u"word"_s << 1.0 / 230 << 1;
    QTest::newRow("230 english words: a minute") << u"word "_s.repeated(230) << 1.0 << 1;
    QTest::newRow("231 words: two") << u"word "_s.repeated(231) << 231.0 / 230 << 2;
    QTest::newRow("600 chinese characters: two minutes") << u"铸"_s.repeated(600) << 2.0 << 2;
    QTest::newRow("mixed: 150 characters and 115 words")
        << u"铸"_s.repeated(150) + u" word"_s.repeated(115) << 1.0 << 1;
}

void TestStatistics::readingTime()
{
    QFETCH(QString, markdown);
    QFETCH(double, minutes);
    QFETCH(int, rounded);
    const PostStatistics statistics = PostStatistics::ofText(markdown);
    QVERIFY2(qAbs(statistics.readingMinutes - minutes) < 1e-9, qPrintable(QString::number(statistics.readingMinutes)));
    QCOMPARE(statistics.readingMinutesRounded(), rounded);
}

void TestStatistics::postSkipsFrontMatter()
{
    const QString post = u"---\ntitle: Many words in a title\n---\nTwo words.\n"_s;
    QCOMPARE(PostStatistics::ofPost(post).counts.words, 2);
    QCOMPARE(PostStatistics::ofText(u"Two words.\n"_s).counts.words, 2);
}

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
