#include "voices/VoiceLearner.h"

#include <QtTest>

using namespace coinage;
using namespace Qt::StringLiterals;

class TestVoiceLearner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void units_data();
    void units();
    void backgroundLoads();
    void learnsSignatures_data();
    void learnsSignatures();
    void evidenceIsCounted();
    void nothingToLearn();
    void phrases_data();
    void phrases();
    void stopsWhenAsked();
};

void TestVoiceLearner::units_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("english") << u"Large models, merely coins."_s
                             << QStringList{u"large"_s, u"models"_s, u"large models"_s, u"merely coins"_s}
                             << QStringList{u"models merely"_s, u"Large"_s, u","_s};
    QTest::newRow("chinese") << u"不过是铸币罢了。所谓"_s << QStringList{u"不过"_s, u"不过是"_s, u"罢了"_s, u"所谓"_s}
                             << QStringList{u"了。"_s, u"了所"_s, u"。"_s};
    QTest::newRow("mixed") << u"用 GPT-4 铸币"_s << QStringList{u"gpt"_s, u"铸币"_s} << QStringList{u"用铸"_s};
    QTest::newRow("single cjk") << u"好。"_s << QStringList{u"好"_s} << QStringList{};
    // Words from ICU's dictionary, not character n-grams: 人的 straddles two words.
    QTest::newRow("chinese words") << u"吃人的筵席"_s
                                   << QStringList{u"吃人"_s, u"的"_s, u"筵席"_s, u"吃人的"_s, u"的筵席"_s}
                                   << QStringList{u"人的"_s, u"吃人的筵席"_s, u"吃"_s};
    QTest::newRow("no pair across scripts")
        << u"铸币 coins"_s << QStringList{u"铸币"_s, u"coins"_s} << QStringList{u"铸币 coins"_s, u"铸币coins"_s};
}

void TestVoiceLearner::units()
{
    QFETCH(QString, text);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const QStringList units = VoiceTokenizer::units(text);
    for (const QString &unit : present)
        QVERIFY2(units.contains(unit), qPrintable(unit + u" in "_s + units.join(u'|')));
    for (const QString &unit : absent)
        QVERIFY2(!units.contains(unit), qPrintable(unit + u" in "_s + units.join(u'|')));
}

void TestVoiceLearner::backgroundLoads()
{
    const BackgroundCorpus background = BackgroundCorpus::builtIn();
    QVERIFY(background.size() > 1000);
    QVERIFY(background.count(u"the"_s) > 100);
    QVERIFY(background.count(u"铸币"_s) > 5); // from the seed post
}

void TestVoiceLearner::learnsSignatures_data()
{
    QTest::addColumn<QStringList>("samples");
    QTest::addColumn<QStringList>("expected"); // among the proposals
    QTest::addColumn<QStringList>("unexpected");
    QTest::newRow("lu xun") << QStringList{u"那些所谓的学者，不过是帮闲罢了。"_s,
                                           u"所谓的进步，不过是换了一块招牌罢了。"_s,
                                           u"我向来是不惮以最坏的恶意来推测的，所谓的正人君子，不过如此罢了。"_s,
                                           u"所谓的文明，不过是吃人的筵席罢了。"_s}
                            << QStringList{u"所谓的"_s, u"罢了"_s} << QStringList{u"的"_s, u"是"_s};
    QTest::newRow("hemingway") << QStringList{u"It was good and it was true. Then the rain stopped."_s,
                                              u"The wine was good. The rain was cold and it was true."_s,
                                              u"He drank the wine. It was good. The rain came again."_s}
                               << QStringList{u"rain"_s, u"was good"_s} << QStringList{u"the"_s, u"and"_s};
}

void TestVoiceLearner::learnsSignatures()
{
    QFETCH(QStringList, samples);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, unexpected);
    const VoiceLearner learner(BackgroundCorpus::builtIn());
    const QList<SignatureProposal> proposals = learner.learn(samples);
    QStringList terms;
    for (const SignatureProposal &p : proposals) {
        terms.append(p.term);
        QVERIFY(p.zScore >= 1.96);
        QVERIFY(p.logOddsRatio > 0);
        QVERIFY(p.sampleCount >= 2);
    }
    for (const QString &term : expected)
        QVERIFY2(terms.contains(term), qPrintable(term + u" not in "_s + terms.join(u'|')));
    for (const QString &term : unexpected)
        QVERIFY2(!terms.contains(term), qPrintable(term + u" in "_s + terms.join(u'|')));
    // Ranked by z-score.
    for (qsizetype i = 1; i < proposals.size(); ++i)
        QVERIFY(proposals.at(i - 1).zScore >= proposals.at(i).zScore);
}

void TestVoiceLearner::evidenceIsCounted()
{
    BackgroundCorpus background;
    background.addText(u"the cat sat on the mat and the dog sat on the log"_s);
    const VoiceLearner learner(background);
    VoiceLearner::Options options;
    options.minZScore = 0;
    const QList<SignatureProposal> proposals =
        learner.learn({u"whereof one cannot speak"_s, u"whereof we must be silent, whereof"_s}, options);
    const auto it = std::find_if(proposals.cbegin(), proposals.cend(),
                                 [](const SignatureProposal &p) { return p.term == u"whereof"; });
    QVERIFY(it != proposals.cend());
    QCOMPARE(it->sampleCount, 3);
    QCOMPARE(it->backgroundCount, 0.0);
    QVERIFY(!it->phrase);
    QCOMPARE(proposals.first().term, u"whereof"_s);
}

void TestVoiceLearner::nothingToLearn()
{
    const VoiceLearner learner(BackgroundCorpus::builtIn());
    QVERIFY(learner.learn({}).isEmpty());
    QVERIFY(learner.learn({u""_s, u"   "_s}).isEmpty());
}

void TestVoiceLearner::phrases_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<bool>("phrase");
    QTest::newRow("english word") << u"whereof"_s << false;
    QTest::newRow("english pair") << u"was good"_s << true;
    QTest::newRow("chinese word") << u"罢了"_s << false;
    QTest::newRow("chinese pair") << u"不过是"_s << true;
    QTest::newRow("chinese dictionary word") << u"所谓的"_s << false;
    QTest::newRow("one character") << u"的"_s << false;
}

void TestVoiceLearner::phrases()
{
    QFETCH(QString, unit);
    QFETCH(bool, phrase);
    QCOMPARE(VoiceTokenizer::isPhrase(unit), phrase);
}

void TestVoiceLearner::stopsWhenAsked()
{
    // A long sample: without a stop request it gives proposals and asks many times; asked to stop at the third
    // question, learning asks no more and gives nothing.
    QString sample;
    for (int i = 0; i < 2000; ++i)
        sample += u"所谓的进步，不过是换了一块招牌罢了。It was good and it was true.\n"_s;
    const VoiceLearner learner(BackgroundCorpus::builtIn());
    int asked = 0;
    const QList<SignatureProposal> all = learner.learn({sample}, VoiceLearner::Options(), [&asked] {
        ++asked;
        return false;
    });
    QVERIFY(!all.isEmpty());
    QVERIFY2(asked > 10, qPrintable(QString::number(asked)));

    asked = 0;
    const QList<SignatureProposal> stopped =
        learner.learn({sample}, VoiceLearner::Options(), [&asked] { return ++asked >= 3; });
    QVERIFY(stopped.isEmpty());
    QCOMPARE(asked, 3);
}

QTEST_GUILESS_MAIN(TestVoiceLearner)
#include "tst_voicelearner.moc"
