// SentenceSplitter: the sentences of English and Chinese prose, and the sentence at a caret.
#include "text/SentenceSplitter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace coinage;

class TestSentences : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void split_data();
    void split();
    void sentenceAt_data();
    void sentenceAt();
};

void TestSentences::split_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("english") << u"One sentence. Two! Three? Four"_s
                             << QStringList{u"One sentence."_s, u"Two!"_s, u"Three?"_s, u"Four"_s};
    QTest::newRow("closing quote") << u"He said \"stop.\" Then he left."_s
                                   << QStringList{u"He said \"stop.\""_s, u"Then he left."_s};
    QTest::newRow("curly quote") << u"She wrote “done.” The end."_s
                                 << QStringList{u"She wrote “done.”"_s, u"The end."_s};
    QTest::newRow("Mr.") << u"Mr. Smith went home. He slept."_s
                         << QStringList{u"Mr. Smith went home."_s, u"He slept."_s};
    QTest::newRow("Dr. and Prof.") << u"Ask Dr. Lee or Prof. Wang. They know."_s
                                   << QStringList{u"Ask Dr. Lee or Prof. Wang."_s, u"They know."_s};
    QTest::newRow("e.g. before a capital") << u"Use a voice, e.g. Confucius. It helps."_s
                                           << QStringList{u"Use a voice, e.g. Confucius."_s, u"It helps."_s};
    QTest::newRow("i.e. lower case") << u"One model, i.e. the large one. Next."_s
                                     << QStringList{u"One model, i.e. the large one."_s, u"Next."_s};
    QTest::newRow("decimal") << u"Pi is 3.14 or so. Yes."_s << QStringList{u"Pi is 3.14 or so."_s, u"Yes."_s};
    QTest::newRow("version and price") << u"Qt 6.8 costs $0.00 today. Good."_s
                                       << QStringList{u"Qt 6.8 costs $0.00 today."_s, u"Good."_s};
    QTest::newRow("initials") << u"J. R. R. Tolkien wrote it. Read it."_s
                              << QStringList{u"J. R. R. Tolkien wrote it."_s, u"Read it."_s};
    QTest::newRow("pronoun I ends") << u"So do I. We agree."_s << QStringList{u"So do I."_s, u"We agree."_s};
    QTest::newRow("line break is a space")
        << u"First line\nwraps. Second\nsentence."_s << QStringList{u"First line\nwraps."_s, u"Second\nsentence."_s};
    QTest::newRow("chinese") << u"第一句。第二句！“第三句？”第四句"_s
                             << QStringList{u"第一句。"_s, u"第二句！"_s, u"“第三句？”"_s, u"第四句"_s};
    QTest::newRow("chinese semicolon") << u"前半句；后半句。"_s << QStringList{u"前半句；"_s, u"后半句。"_s};
    QTest::newRow("chinese ellipsis") << u"他想了想……没有说话。"_s << QStringList{u"他想了想……"_s, u"没有说话。"_s};
    QTest::newRow("closing quote after stop")
        << u"子曰：“学而时习之。”不亦说乎？"_s << QStringList{u"子曰：“学而时习之。”"_s, u"不亦说乎？"_s};
    QTest::newRow("chinese after latin") << u"我们用 GPT。然后呢？"_s << QStringList{u"我们用 GPT。"_s, u"然后呢？"_s};
    QTest::newRow("half-width in chinese") << u"好吗?好的。"_s << QStringList{u"好吗?"_s, u"好的。"_s};
    QTest::newRow("english ellipsis stays")
        << u"Wait… what now? Fine."_s << QStringList{u"Wait… what now?"_s, u"Fine."_s};
    QTest::newRow("footnote marker stays") << u"幻觉。[1]再来。"_s << QStringList{u"幻觉。[1]"_s, u"再来。"_s};
    QTest::newRow("kramdown marker stays") << u"True.[^a] Next one."_s << QStringList{u"True.[^a]"_s, u"Next one."_s};
    QTest::newRow("mixed") << u"He said: 大模型者，铸币之道也。That is all."_s
                           << QStringList{u"He said: 大模型者，铸币之道也。"_s, u"That is all."_s};
    QTest::newRow("empty") << u"  "_s << QStringList{};
}

void TestSentences::split()
{
    QFETCH(QString, text);
    QStringList got;
    for (const SentenceRange &range : SentenceSplitter::split(text))
        got.append(text.mid(range.start, range.length()));
    QTEST(got, "expected");
}

void TestSentences::sentenceAt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("caret");
    QTest::addColumn<QString>("expected");
    const QString en = u"First one. Second one. Third."_s;
    QTest::newRow("start") << en << 0 << u"First one."_s;
    QTest::newRow("inside second") << en << int(en.indexOf(u"cond")) << u"Second one."_s;
    QTest::newRow("right after the stop") << en << int(en.indexOf(u" Second")) << u"First one."_s;
    QTest::newRow("end") << en << int(en.size()) << u"Third."_s;
    const QString zh = u"学而时习之，不亦说乎？有朋自远方来，不亦乐乎？"_s;
    QTest::newRow("zh second") << zh << int(zh.indexOf(u"远方")) << u"有朋自远方来，不亦乐乎？"_s;
    QTest::newRow("nothing") << u"   "_s << 1 << QString();
}

void TestSentences::sentenceAt()
{
    QFETCH(QString, text);
    QFETCH(int, caret);
    const SentenceRange range = SentenceSplitter::sentenceAt(text, caret);
    QTEST(text.mid(range.start, range.length()), "expected");
}

QTEST_GUILESS_MAIN(TestSentences)
#include "tst_sentences.moc"
