// TranslationPrompt: the request sent for a pair, the clean-up of a (streamed) reply and where the reply goes.
#include "bilingual/TranslationPrompt.h"

#include <QJsonArray>
#include <QTest>

using namespace coinage;
using namespace Qt::StringLiterals;

class TestTranslationPrompt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestNamesLanguagesAndKeepsTheBlock();
    void cleanReply_data();
    void cleanReply();
    void placement_data();
    void placement();
};

void TestTranslationPrompt::requestNamesLanguagesAndKeepsTheBlock()
{
    ModelSettings settings;
    settings.model = u"m"_s;
    settings.maxTokens = 200;
    settings.temperature = 0.8;
    const QString block = u"大模型是铸币之道。[^1]"_s;
    const QJsonObject body = TranslationPrompt::chatRequest(block, u"zh"_s, u"en"_s, settings);
    QCOMPARE(body.value(u"model"_s).toString(), u"m"_s);
    QVERIFY(body.value(u"stream"_s).toBool());
    QCOMPARE(body.value(u"temperature"_s).toDouble(), 0.3);
    QCOMPARE(body.value(u"max_tokens"_s).toInt(), std::max(200, int(block.size() * 2 + 256)));
    const QJsonArray messages = body.value(u"messages"_s).toArray();
    QCOMPARE(messages.size(), 2);
    const QString system = messages[0].toObject().value(u"content"_s).toString();
    QVERIFY2(system.contains(u"from Chinese (zh) into English (en)"_s), qPrintable(system));
    QVERIFY(system.contains(u"footnote markers"_s));
    QVERIFY(system.contains(u"links"_s));
    QCOMPARE(messages[1].toObject().value(u"content"_s).toString(), block);
    QCOMPARE(TranslationPrompt::languageName(u"xx-unknown"_s), u"xx-unknown"_s);
}

void TestTranslationPrompt::cleanReply_data()
{
    QTest::addColumn<QString>("reply");
    QTest::addColumn<QString>("clean");
    QTest::newRow("plain") << u"  Hello.\n"_s << u"Hello."_s;
    QTest::newRow("think") << u"<think>hmm\nok</think>\nHello [^1]."_s << u"Hello [^1]."_s;
    QTest::newRow("unfinished think") << u"<think>still thinking"_s << QString();
    QTest::newRow("fence") << u"```markdown\n## Title\n\nText.\n```"_s << u"## Title\n\nText."_s;
    QTest::newRow("unfinished fence") << u"```md\n- item"_s << u"- item"_s;
    QTest::newRow("fence opening only") << u"``"_s << u"``"_s;
    QTest::newRow("blank runs") << u"One.\n\n\n\nTwo."_s << u"One.\n\nTwo."_s;
    QTest::newRow("link kept") << u"See [the post](https://x.org/a)."_s << u"See [the post](https://x.org/a)."_s;
}

void TestTranslationPrompt::cleanReply()
{
    QFETCH(QString, reply);
    QFETCH(QString, clean);
    QCOMPARE(TranslationPrompt::cleanReply(reply), clean);
}

void TestTranslationPrompt::placement_data()
{
    QTest::addColumn<QList<int>>("pairLines"); // per pair: source first, last, target first, last (-1: none)
    QTest::addColumn<int>("pair");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("expected"); // the target after putting "T" there

    const QString text = u"# A\n\nB one\nB two\n\nC\n"_s; // lines 0, 2-3, 5
    QTest::newRow("replace lines") << QList<int>{0, 0, 0, 0, 2, 2, 2, 3, 4, 4, 5, 5} << 1 << text
                                   << u"# A\n\nT\n\nC\n"_s;
    QTest::newRow("1-0 after a translated pair")
        << QList<int>{0, 0, 0, 0, 2, 2, -1, -1} << 1 << u"# A\n"_s << u"# A\n\nT\n"_s;
    QTest::newRow("1-0 first: before the next")
        << QList<int>{0, 0, -1, -1, 2, 2, 0, 0} << 0 << u"C\n"_s << u"T\n\nC\n"_s;
    QTest::newRow("nothing translated") << QList<int>{0, 0, -1, -1} << 0 << u"---\nx: 1\n---\n"_s
                                        << u"---\nx: 1\n---\n\nT\n"_s;
}

void TestTranslationPrompt::placement()
{
    QFETCH(QList<int>, pairLines);
    QFETCH(int, pair);
    QFETCH(QString, target);
    QFETCH(QString, expected);
    Alignment alignment;
    for (qsizetype i = 0; i + 3 < pairLines.size(); i += 4) {
        AlignedPair p;
        p.sourceCount = pairLines[i] < 0 ? 0 : 1;
        p.sourceLines = {pairLines[i], pairLines[i + 1]};
        p.targetCount = pairLines[i + 2] < 0 ? 0 : 1;
        p.targetLines = {pairLines[i + 2], pairLines[i + 3]};
        alignment.pairs.append(p);
    }
    const TranslationPrompt::Placement place = TranslationPrompt::placement(alignment, pair, target);
    QVERIFY(place.isValid());
    QCOMPARE(applyEdits(target, {place.edit(u"T"_s, place.length)}), expected);
}

QTEST_GUILESS_MAIN(TestTranslationPrompt)
#include "tst_translationprompt.moc"
