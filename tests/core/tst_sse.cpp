#include "voices/SseReader.h"

#include <QtTest>

using namespace coinage;
using namespace Qt::StringLiterals;

class TestSse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void events_data();
    void events();
    void anySplitGivesTheSameEvents_data();
    void anySplitGivesTheSameEvents();
    void finishDispatchesLastEvent();
};

namespace {
QStringList render(const QList<SseReader::Event> &events)
{
    QStringList out;
    for (const SseReader::Event &e : events)
        out.append(e.event + u'|' + e.data + u'|' + e.id);
    return out;
}
} // namespace

void TestSse::events_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("comments");
    QTest::newRow("lf") << QByteArray("data: a\n\ndata: b\n\n") << QStringList{u"message|a|"_s, u"message|b|"_s} << 0;
    QTest::newRow("crlf") << QByteArray("data: a\r\n\r\ndata: b\r\n\r\n")
                          << QStringList{u"message|a|"_s, u"message|b|"_s} << 0;
    QTest::newRow("cr") << QByteArray("data: a\r\rdata: b\r\r") << QStringList{u"message|a|"_s, u"message|b|"_s} << 0;
    QTest::newRow("mixed") << QByteArray("data: a\r\n\ndata: b\r\r\n") << QStringList{u"message|a|"_s, u"message|b|"_s}
                           << 0;
    QTest::newRow("comment ping") << QByteArray(": ping\n\ndata: a\n: ping\n\n") << QStringList{u"message|a|"_s} << 2;
    QTest::newRow("multi-line data") << QByteArray("data: a\ndata:b\ndata:  c\n\n")
                                     << QStringList{u"message|a\nb\n c|"_s} << 0;
    QTest::newRow("event and id") << QByteArray("event: error\nid: 7\ndata: {}\n\n") << QStringList{u"error|{}|7"_s}
                                  << 0;
    QTest::newRow("no data, no event") << QByteArray("event: x\n\nretry: 10\n\n") << QStringList{} << 0;
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF"
                                       "data: a\n\n")
                         << QStringList{u"message|a|"_s} << 0;
    QTest::newRow("done") << QByteArray("data: [DONE]\n\n") << QStringList{u"message|[DONE]|"_s} << 0;
    QTest::newRow("utf8") << QByteArray("data: 子曰：铸币\n\n") << QStringList{u"message|子曰：铸币|"_s} << 0;
    QTest::newRow("field without colon") << QByteArray("data\n\n") << QStringList{u"message||"_s} << 0;
}

void TestSse::events()
{
    QFETCH(QByteArray, stream);
    QFETCH(QStringList, expected);
    QFETCH(int, comments);
    SseReader reader;
    QCOMPARE(render(reader.feed(stream)), expected);
    QCOMPARE(reader.comments(), comments);
}

void TestSse::anySplitGivesTheSameEvents_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::newRow("crlf utf8") << QByteArray(
        ": ping\r\n\r\ndata: {\"c\":\"子曰：大模型者\"}\r\n\r\ndata: 铸币之道也。\r\n\r\n");
    QTest::newRow("cr utf8") << QByteArray("data: 芥川龙之介\r\rdata: 幻觉\r\r");
    QTest::newRow("lf") << QByteArray("data: Confucius said:\n\ndata: [DONE]\n\n");
}

void TestSse::anySplitGivesTheSameEvents()
{
    QFETCH(QByteArray, stream);
    SseReader whole;
    const QStringList expected = render(whole.feed(stream));
    QVERIFY(!expected.isEmpty());
    // Every split point, into two and into single bytes: CR|LF and UTF-8 sequences cut in half.
    for (qsizetype at = 0; at <= stream.size(); ++at) {
        SseReader reader;
        QList<SseReader::Event> events = reader.feed(QByteArrayView(stream).first(at));
        events += reader.feed(QByteArrayView(stream).sliced(at));
        QCOMPARE(render(events), expected);
    }
    SseReader bytewise;
    QList<SseReader::Event> events;
    for (const char c : stream)
        events += bytewise.feed(QByteArrayView(&c, 1));
    QCOMPARE(render(events), expected);
}

void TestSse::finishDispatchesLastEvent()
{
    SseReader reader;
    QVERIFY(reader.feed("data: a\ndata: b").isEmpty());
    QCOMPARE(render(reader.finish()), QStringList{u"message|a\nb|"_s});
    QVERIFY(reader.finish().isEmpty());
}

QTEST_GUILESS_MAIN(TestSse)
#include "tst_sse.moc"
