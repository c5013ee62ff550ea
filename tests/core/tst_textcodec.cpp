#include "post/TextCodec.h"
#include "support/Seed.h"

#include <QtTest>

using namespace coinage;
using namespace Qt::StringLiterals;

class TestTextCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void seedRoundTrip();
    void editedTextUsesFileLineEnding_data();
    void editedTextUsesFileLineEnding();
    void refusesInvalid_data();
    void refusesInvalid();
};

void TestTextCodec::roundTrip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<int>("ending");

    const int lf = int(LineEnding::LF), crlf = int(LineEnding::CRLF), cr = int(LineEnding::CR);
    QTest::newRow("empty file") << QByteArray() << QString() << false << lf;
    QTest::newRow("bom only") << QByteArray("\xEF\xBB\xBF") << QString() << true << lf;
    QTest::newRow("lf") << QByteArray("---\ntitle: A\n---\nBody\n") << u"---\ntitle: A\n---\nBody\n"_s << false << lf;
    QTest::newRow("crlf") << QByteArray("---\r\ntitle: A\r\n---\r\nBody\r\n") << u"---\ntitle: A\n---\nBody\n"_s
                          << false << crlf;
    QTest::newRow("cr") << QByteArray("a\rb\r") << u"a\nb\n"_s << false << cr;
    QTest::newRow("mixed") << QByteArray("a\r\nb\nc\r\nd\re\n") << u"a\nb\nc\nd\ne\n"_s << false << lf;
    QTest::newRow("mixed mostly crlf") << QByteArray("a\r\nb\r\nc\nd") << u"a\nb\nc\nd"_s << false << crlf;
    QTest::newRow("no final newline") << QByteArray("---\ntitle: A\n---\nBody") << u"---\ntitle: A\n---\nBody"_s
                                      << false << lf;
    QTest::newRow("bom lf") << QByteArray("\xEF\xBB\xBF---\ntitle: A\n---\n") << u"---\ntitle: A\n---\n"_s << true
                            << lf;
    QTest::newRow("bom crlf") << QByteArray("\xEF\xBB\xBF# T\r\n\r\nx\r\n") << u"# T\n\nx\n"_s << true << crlf;
    QTest::newRow("dots closer") << QByteArray("---\ntitle: A\n...\nBody\n") << u"---\ntitle: A\n...\nBody\n"_s << false
                                 << lf;
    QTest::newRow("no front matter") << QByteArray("# Just text\n") << u"# Just text\n"_s << false << lf;
    QTest::newRow("empty front matter") << QByteArray("---\n---\n") << u"---\n---\n"_s << false << lf;
    QTest::newRow("comments") << QByteArray("---\n# a comment\ntitle: A # trailing\n---\n")
                              << u"---\n# a comment\ntitle: A # trailing\n---\n"_s << false << lf;
    QTest::newRow("chinese") << QByteArray("子曰：大模型者，铸币之道也。\r\n") << u"子曰：大模型者，铸币之道也。\n"_s
                             << false << crlf;
    QTest::newRow("astral") << QByteArray("\xF0\x9F\x98\x80 \xF0\xA0\x80\x80\n") << u"😀 𠀀\n"_s << false << lf;
    QTest::newRow("double bom") << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBFx\n") << u"\uFEFFx\n"_s << true << lf;
    QTest::newRow("bom inside") << QByteArray("a\xEF\xBB\xBF\n") << u"a\uFEFF\n"_s << false << lf;
    QTest::newRow("blank lines only") << QByteArray("\n\n\r\n") << u"\n\n\n"_s << false << lf;
}

void TestTextCodec::roundTrip()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(bool, bom);
    QFETCH(int, ending);
    DecodedText decoded;
    DecodeError error;
    QVERIFY(TextCodec::decode(bytes, decoded, error));
    QCOMPARE(decoded.text, text);
    QCOMPARE(decoded.format.bom, bom);
    QCOMPARE(int(decoded.format.lineEnding), ending);
    QVERIFY(!decoded.text.contains(u'\r'));
    QCOMPARE(TextCodec::encode(decoded.text, decoded.format), bytes);
}

void TestTextCodec::seedRoundTrip()
{
    const QStringList files = test::seedFiles();
    QVERIFY2(files.size() >= 2, "the seed posts are missing (COINAGE_SEED_DIR)");
    for (const QString &file : files) {
        const QByteArray bytes = test::readAll(file);
        QVERIFY(!bytes.isEmpty());
        const QList<QByteArray> variants{bytes, QByteArray(bytes).replace("\n", "\r\n"),
                                         QByteArray(QByteArray("\xEF\xBB\xBF") + bytes), bytes.chopped(1)};
        for (const QByteArray &variant : variants) {
            DecodedText decoded;
            DecodeError error;
            QVERIFY(TextCodec::decode(variant, decoded, error));
            QCOMPARE(TextCodec::encode(decoded.text, decoded.format), variant);
        }
    }
}

void TestTextCodec::editedTextUsesFileLineEnding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("crlf") << QByteArray("a\r\nb\r\n") << QByteArray("a\r\nb\r\nnew\r\n");
    QTest::newRow("lf") << QByteArray("a\nb\n") << QByteArray("a\nb\nnew\n");
    // Once the text changes, a mixed file takes its most common ending everywhere.
    QTest::newRow("mixed") << QByteArray("a\r\nb\r\nc\n") << QByteArray("a\r\nb\r\nc\r\nnew\r\n");
    QTest::newRow("bom kept") << QByteArray("\xEF\xBB\xBFx\n") << QByteArray("\xEF\xBB\xBFx\nnew\n");
}

void TestTextCodec::editedTextUsesFileLineEnding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, expected);
    DecodedText decoded;
    DecodeError error;
    QVERIFY(TextCodec::decode(bytes, decoded, error));
    QCOMPARE(TextCodec::encode(decoded.text + u"new\n"_s, decoded.format), expected);
}

void TestTextCodec::refusesInvalid_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("latin1") << QByteArray("title: caf\xE9\n") << u"invalid-utf8"_s << 1 << 11;
    QTest::newRow("second line") << QByteArray("ok\n\xE4\xB8\xAD\xFF") << u"invalid-utf8"_s << 2 << 2;
    QTest::newRow("truncated") << QByteArray("abc\xE4\xB8") << u"invalid-utf8"_s << 1 << 4;
    QTest::newRow("overlong") << QByteArray("\xC0\x80") << u"invalid-utf8"_s << 1 << 1;
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << u"invalid-utf8"_s << 1 << 1;
    QTest::newRow("beyond unicode") << QByteArray("\xF4\x90\x80\x80") << u"invalid-utf8"_s << 1 << 1;
    QTest::newRow("nul") << QByteArray("text\n\0more", 10) << u"binary-file"_s << 2 << 1;
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) << u"binary-file"_s << 3 << 1;
}

void TestTextCodec::refusesInvalid()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, code);
    QFETCH(int, line);
    QFETCH(int, column);
    DecodedText decoded;
    DecodeError error;
    QVERIFY(!TextCodec::decode(bytes, decoded, error));
    QCOMPARE(error.code(), code);
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QVERIFY(error.message().contains(QString::number(line)));
}

QTEST_GUILESS_MAIN(TestTextCodec)
#include "tst_textcodec.moc"
