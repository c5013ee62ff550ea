// WordSegmenter: ICU's dictionary word breaks for Chinese, plain words for English, no spaces or punctuation.
#include "text/WordSegmenter.h"

#include <QtConcurrent>
#include <QtTest>

using namespace coinage;
using namespace Qt::StringLiterals;

class TestWordSegmenter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void words_data();
    void words();
    void viewsPointIntoTheText();
    void fromManyThreads();
};

void TestWordSegmenter::words_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("words"); // joined with |

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("punctuation only") << u"，。！ ?"_s << QString();
    QTest::newRow("english") << u"Large models, merely coins."_s << u"Large|models|merely|coins"_s;
    QTest::newRow("chinese") << u"所谓的文明，不过是吃人的筵席罢了。"_s << u"所谓的|文明|不过|是|吃人|的|筵席|罢了"_s;
    QTest::newRow("seed claim") << u"大模型就是铸币之道。"_s << u"大|模型|就是|铸币|之道"_s;
    QTest::newRow("mixed") << u"用 GPT-4 铸币"_s << u"用|GPT|4|铸币"_s;
    QTest::newRow("apostrophe") << u"It's not a coin"_s << u"It's|not|a|coin"_s;
}

void TestWordSegmenter::words()
{
    QFETCH(QString, text);
    QFETCH(QString, words);
    QStringList found;
    for (const QStringView word : WordSegmenter::words(text))
        found.append(word.toString());
    QCOMPARE(found.join(u'|'), words);
}

void TestWordSegmenter::viewsPointIntoTheText()
{
    const QString text = u"鲁迅说：所谓的进步"_s;
    const QList<QStringView> words = WordSegmenter::words(text);
    QVERIFY(!words.isEmpty());
    for (const QStringView word : words) {
        QVERIFY(word.data() >= text.constData());
        QVERIFY(word.data() + word.size() <= text.constData() + text.size());
    }
    QCOMPARE(words.last().data(), text.constData() + text.indexOf(u"进步"));
}

void TestWordSegmenter::fromManyThreads()
{
    // Each thread has its own break iterator: the same text gives the same words everywhere.
    const QString text = u"所谓的文明，不过是吃人的筵席罢了。Large models, merely coins."_s;
    const qsizetype expected = WordSegmenter::words(text).size();
    QList<QFuture<qsizetype>> futures;
    for (int i = 0; i < 8; ++i)
        futures.append(QtConcurrent::run([text] {
            qsizetype total = 0;
            for (int round = 0; round < 200; ++round)
                total += WordSegmenter::words(text).size();
            return total;
        }));
    for (QFuture<qsizetype> &future : futures)
        QCOMPARE(future.result(), expected * 200);
}

QTEST_GUILESS_MAIN(TestWordSegmenter)
#include "tst_wordsegmenter.moc"
