#include "text/TextEdit.h"
#include "voices/LanguageDetector.h"
#include "voices/MarkupCleaner.h"
#include "voices/PasticheEngine.h"
#include "voices/SentenceAnalysis.h"
#include "voices/TextScope.h"
#include "voices/VoiceEdits.h"
#include "voices/VoiceLibrary.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QtTest>

using namespace coinage;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(coinage::VoiceLanguage)

namespace {

const VoiceLibrary &library()
{
    static const VoiceLibrary lib = VoiceLibrary::builtIn();
    return lib;
}

// Words or heads that must never come out doubled.
QString doubledWord(const QString &text)
{
    static const QRegularExpression english(u"\\b(the|a|an|of|to|is|are|was|were|and|way of)\\s+\\1\\b"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression chinese(u"(之道|的|之|者|是|乃|罢了)\\1"_s);
    auto m = english.match(text);
    if (m.hasMatch())
        return m.captured(0);
    m = chinese.match(text);
    return m.hasMatch() ? m.captured(0) : QString();
}

} // namespace

class TestPastiche : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scopeSkipsFrontMatter();
    void builtInVoicesLoad();
    void cleaner_data();
    void cleaner();
    void language_data();
    void language();
    void analysis_data();
    void analysis();
    void attributionIsDropped_data();
    void attributionIsDropped();
    void seedClaimInEveryVoice_data();
    void seedClaimInEveryVoice();
    void seedFormulas_data();
    void seedFormulas();
    void anyInputGivesUsableLines_data();
    void anyInputGivesUsableLines();
    void deterministicPerVariant();
    void variantsDiffer();
    void scope_data();
    void scope();
    void usableLine_data();
    void usableLine();
    void tenVoicesAreFast();
    void edits();
};

void TestPastiche::builtInVoicesLoad()
{
    QVERIFY2(library().problems().isEmpty(),
             qPrintable(library().problems().isEmpty()
                            ? QString()
                            : library().problems().first().file + u": "_s + library().problems().first().reason));
    QVERIFY(library().voices().size() >= 12);
    for (const QString &id : {u"confucius"_s, u"lu-xun"_s, u"wang-xiaobo"_s, u"heidegger"_s, u"akutagawa"_s})
        QVERIFY2(library().find(id), qPrintable(id));
    for (const Voice &voice : library().voices()) {
        QVERIFY(voice.builtIn);
        QVERIFY(voice.zh.templates.size() >= 3);
        QVERIFY(voice.en.templates.size() >= 3);
        QVERIFY(!voice.zh.examples.isEmpty());
        QVERIFY(!voice.en.examples.isEmpty());
    }
}

void TestPastiche::cleaner_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("plain");
    QTest::newRow("emphasis") << u"Large models are **the way** of _minting_ coins."_s
                              << u"Large models are the way of minting coins."_s;
    QTest::newRow("footnote") << u"Coins are credit.[^1]"_s << u"Coins are credit."_s;
    QTest::newRow("seed note") << u"制造一种新的幻觉。[1]"_s << u"制造一种新的幻觉。"_s;
    QTest::newRow("link") << u"See [the post](https://example.com/a) now"_s << u"See the post now"_s;
    QTest::newRow("list item") << u"- item one"_s << u"item one"_s;
    QTest::newRow("numbered") << u"2. ^May the leader forgive me"_s << u"May the leader forgive me"_s;
    QTest::newRow("heading") << u"## Coin minting ##"_s << u"Coin minting"_s;
    QTest::newRow("quote") << u"> 子曰：学而时习之"_s << u"子曰：学而时习之"_s;
    QTest::newRow("code") << u"Use `coinage voices` here"_s << u"Use coinage voices here"_s;
    QTest::newRow("snake_case kept") << u"the snake_case name"_s << u"the snake_case name"_s;
    QTest::newRow("cjk lines join") << u"大模型\n就是铸币"_s << u"大模型就是铸币"_s;
    QTest::newRow("latin lines join") << u"Large models\nare coins"_s << u"Large models are coins"_s;
    QTest::newRow("html") << u"a <br/> b <span class=\"x\">c</span>"_s << u"a b c"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestPastiche::cleaner()
{
    QFETCH(QString, markdown);
    QFETCH(QString, plain);
    QCOMPARE(MarkupCleaner::clean(markdown), plain);
}

void TestPastiche::language_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<VoiceLanguage>("language");
    QTest::newRow("en") << u"Large models are the way of minting coins."_s << VoiceLanguage::English;
    QTest::newRow("zh") << u"大模型就是铸币。"_s << VoiceLanguage::Chinese;
    QTest::newRow("zh with en word") << u"我用 GPT-4 写代码"_s << VoiceLanguage::Chinese;
    QTest::newRow("en with zh word") << u"The word 铸币 means minting coins"_s << VoiceLanguage::English;
    QTest::newRow("mixed, more en") << u"大模型 is the way of coins"_s << VoiceLanguage::English;
    QTest::newRow("mixed, more zh") << u"Sonnet 之于 4o，Qwen 之于 Llama，能满足用户需求的大模型"_s
                                    << VoiceLanguage::Chinese;
}

void TestPastiche::language()
{
    QFETCH(QString, text);
    QFETCH(VoiceLanguage, language);
    QCOMPARE(LanguageDetector::detect(text), language);
}

void TestPastiche::analysis_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("copula");
    QTest::addColumn<QString>("claim");
    QTest::newRow("seed en") << u"Large models are the way of minting coins."_s << u"large models"_s << u"are"_s
                             << u"the way of minting coins"_s;
    QTest::newRow("seed zh") << u"大模型就是铸币。"_s << u"大模型"_s << u"就是"_s << u"铸币"_s;
    QTest::newRow("hedge") << u"Those models are merely machines."_s << u"those models"_s << u"are merely"_s
                           << u"machines"_s;
    QTest::newRow("not a copula 是") << u"但是我不同意"_s << QString() << QString() << QString();
    QTest::newRow("不过是") << u"所谓的大模型不过是现代的铸币机器罢了。"_s << u"所谓的大模型"_s << u"不过是"_s
                            << u"现代的铸币机器"_s;
    QTest::newRow("而已") << u"这些不过是数据而已"_s << u"这些"_s << u"不过是"_s << u"数据"_s;
    QTest::newRow("乃") << u"信用乃货币之本"_s << u"信用"_s << u"乃"_s << u"货币之本"_s;
    QTest::newRow("lead clause") << u"Honestly, credit is the essence of coins."_s << u"credit"_s << u"is"_s
                                 << u"the essence of coins"_s;
    QTest::newRow("proper noun") << u"Beijing is a city."_s << u"Beijing"_s << u"is"_s << u"a city"_s;
    QTest::newRow("acronym") << u"GPU time is money."_s << u"GPU time"_s << u"is"_s << u"money"_s;
    QTest::newRow("negated") << u"Coins are not credit."_s << u"coins"_s << QString() << QString();
    QTest::newRow("不是") << u"铸币不是信用。"_s << u"铸币"_s << QString() << QString();
    QTest::newRow("what is") << u"What is a large model?"_s << u"a large model"_s << QString() << QString();
    QTest::newRow("什么是") << u"什么是大模型？"_s << u"大模型"_s << QString() << QString();
    QTest::newRow("one word") << u"Coins"_s << u"coins"_s << QString() << QString();
    QTest::newRow("list item") << u"- coin minting"_s << u"coin minting"_s << QString() << QString();
    QTest::newRow("verb sentence") << u"We went to the market yesterday."_s << QString() << QString() << QString();
    QTest::newRow("there is") << u"There is a coin."_s << QString() << QString() << QString();
    QTest::newRow("emphasis") << u"**Large models** are coins[^1]."_s << u"large models"_s << u"are"_s << u"coins"_s;
    // The seed's paragraphs open with someone else's words: the attribution is not part of the topic.
    QTest::newRow("attributed en") << u"Confucius said: Large models are the way of minting coins."_s
                                   << u"large models"_s << u"are"_s << u"the way of minting coins"_s;
    QTest::newRow("attributed en, clause")
        << u"Lu Xun said: In the digital wasteland, those so-called large models "
           "are merely modern-day coin minting machines."_s
        << u"those so-called large models"_s << u"are merely"_s << u"modern-day coin minting machines"_s;
    QTest::newRow("classical 者也") << u"大模型者，铸币之道也。"_s << u"大模型"_s << u"者"_s << u"铸币之道"_s;
    QTest::newRow("attributed zh, classical")
        << u"子曰：大模型者，铸币之道也。"_s << u"大模型"_s << u"者"_s << u"铸币之道"_s;
    QTest::newRow("attributed zh, comma before copula")
        << u"鲁迅说：在这数字的荒原上，那些所谓的大模型，不过是现代的铸币机器罢了。"_s << u"那些所谓的大模型"_s
        << u"不过是"_s << u"现代的铸币机器"_s;
}

void TestPastiche::analysis()
{
    QFETCH(QString, text);
    QFETCH(QString, topic);
    QFETCH(QString, copula);
    QFETCH(QString, claim);
    const SentenceAnalysis a = SentenceAnalyzer::analyze(text);
    QCOMPARE(a.topic, topic);
    QCOMPARE(a.copula, copula);
    QCOMPARE(a.claim, claim);
}

void TestPastiche::attributionIsDropped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("子曰") << u"子曰：学而时习之。"_s << u"学而时习之"_s;
    QTest::newRow("在著作中写道") << u"海德格尔在著作中写道：在大模型的涌现中，我们见证了新的过程。"_s
                                  << u"在大模型的涌现中，我们见证了新的过程"_s;
    QTest::newRow("的日记记载") << u"芥川龙之介的日记记载：大模型，恰如造币厂里的机器。"_s
                                << u"大模型，恰如造币厂里的机器"_s;
    QTest::newRow("quoted words") << u"王小波曾感叹：“说起大模型，我就想起铸币。”"_s << u"说起大模型，我就想起铸币"_s;
    QTest::newRow("wrote in") << u"Heidegger wrote in his works: We witness a new process."_s
                              << u"We witness a new process"_s;
    QTest::newRow("diary records") << u"Akutagawa Ryunosuke's diary records: Large models roar."_s
                                   << u"Large models roar"_s;
    QTest::newRow("a label is no attribution") << u"Note: coins are credit."_s << u"Note: coins are credit"_s;
    QTest::newRow("a time is no attribution") << u"会议在下午三点：大家都来了。"_s << u"会议在下午三点：大家都来了"_s;
    QTest::newRow("nothing after it") << u"子曰："_s << u"子曰"_s;
}

void TestPastiche::attributionIsDropped()
{
    QFETCH(QString, text);
    QFETCH(QString, sentence);
    QCOMPARE(SentenceAnalyzer::analyze(text).sentence, sentence);
}

void TestPastiche::seedClaimInEveryVoice_data()
{
    QTest::addColumn<QString>("voiceId");
    QTest::addColumn<QString>("text");
    QTest::addColumn<VoiceLanguage>("language");
    QTest::addColumn<QString>("topic");
    for (const Voice &voice : library().voices()) {
        QTest::addRow("%s en", qPrintable(voice.id)) << voice.id << u"Large models are the way of minting coins."_s
                                                     << VoiceLanguage::English << u"large models"_s;
        QTest::addRow("%s zh", qPrintable(voice.id))
            << voice.id << u"大模型就是铸币。"_s << VoiceLanguage::Chinese << u"大模型"_s;
    }
}

void TestPastiche::seedClaimInEveryVoice()
{
    QFETCH(QString, voiceId);
    QFETCH(QString, text);
    QFETCH(VoiceLanguage, language);
    QFETCH(QString, topic);
    const Voice &voice = *library().find(voiceId);
    const SentenceAnalysis analysis = SentenceAnalyzer::analyze(text);
    const QList<PasticheLine> lines = PasticheEngine::candidates(voice, analysis, language);
    QVERIFY(lines.size() >= 3);
    for (const PasticheLine &line : lines) {
        QVERIFY2(line.text.startsWith(voice.block(language).attributions.first()), qPrintable(line.text));
        QVERIFY2(line.text.contains(topic, Qt::CaseInsensitive), qPrintable(line.text));
        QVERIFY2(doubledWord(line.text).isEmpty(), qPrintable(line.text));
        QVERIFY2(PasticheEngine::isUsableLine(voice, language, line.text), qPrintable(line.text));
        QCOMPARE(line.source, PasticheEngine::TemplateSource);
        if (language == VoiceLanguage::English) {
            // After the attribution the line starts with a capital; the topic is not capitalised mid-sentence.
            const QString body = line.text.mid(voice.en.attributions.first().size() + 1);
            QVERIFY2(body.at(0).isUpper() || !body.at(0).isLetter(), qPrintable(line.text));
            QVERIFY2(!line.text.contains(u" Large models"_s) || line.text.contains(u": Large models"_s) ||
                         line.text.contains(u". Large models"_s) || line.text.contains(u"“Large models"_s) ||
                         line.text.contains(QRegularExpression(u"\\d Large models"_s)),
                     qPrintable(line.text));
            QVERIFY2(!line.text.contains(u"  "_s), qPrintable(line.text));
        } else {
            QVERIFY2(!line.text.contains(u"。。"_s), qPrintable(line.text));
            QVERIFY2(!line.text.contains(QRegularExpression(u"\\D \\D"_s)), qPrintable(line.text));
        }
    }
}

void TestPastiche::seedFormulas_data()
{
    QTest::addColumn<QString>("voiceId");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("confucius zh") << u"confucius"_s << u"大模型就是铸币。"_s << u"子曰：大模型者，铸币之道也。"_s;
    QTest::newRow("confucius en") << u"confucius"_s << u"Large models are the way of minting coins."_s
                                  << u"Confucius said: Large models are the way of minting coins."_s;
    QTest::newRow("lu xun zh") << u"lu-xun"_s << u"大模型就是铸币。"_s << u"鲁迅说：在这"_s;
    QTest::newRow("wang xiaobo zh") << u"wang-xiaobo"_s << u"大模型就是铸币。"_s
                                    << u"王小波曾感叹：说起大模型，我就想起那些铸币的工匠"_s;
    QTest::newRow("heidegger zh") << u"heidegger"_s << u"大模型就是铸币。"_s
                                  << u"海德格尔在著作中写道：在大模型的涌现中，我们似乎见证了一种新的“铸币”过程。"_s;
    QTest::newRow("akutagawa zh") << u"akutagawa"_s << u"大模型就是铸币。"_s << u"芥川龙之介的日记记载：大模型，恰如"_s;
    QTest::newRow("heidegger en") << u"heidegger"_s << u"Large models are the way of minting coins."_s
                                  << u"Heidegger wrote in his works: In the emergence of large models"_s;
    QTest::newRow("lu xun en") << u"lu-xun"_s << u"Large models are the way of minting coins."_s
                               << u"Lu Xun said: In "_s;
}

void TestPastiche::seedFormulas()
{
    QFETCH(QString, voiceId);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const SentenceAnalysis analysis = SentenceAnalyzer::analyze(text);
    const PasticheLine line = PasticheEngine::line(*library().find(voiceId), analysis, VoiceLanguage::Auto, 0);
    QVERIFY2(line.text.startsWith(expected), qPrintable(line.text));
}

void TestPastiche::anyInputGivesUsableLines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mustContain"); // the user's words that must survive
    const QList<std::pair<const char *, std::pair<QString, QString>>> rows = {
        {"one word en", {u"Coins"_s, u"coins"_s}},
        {"one word zh", {u"铸币"_s, u"铸币"_s}},
        {"question en", {u"Why do models hallucinate?"_s, u"models hallucinate"_s}},
        {"what is", {u"What is a large model?"_s, u"large model"_s}},
        {"question zh", {u"大模型能铸币吗？"_s, u"大模型能铸币"_s}},
        {"list item", {u"- coin minting"_s, u"coin minting"_s}},
        {"numbered item", {u"3. The benchmarks are gamed"_s, u"benchmarks"_s}},
        {"mixed", {u"Sonnet 之于 4o，就是信用。"_s, u"Sonnet"_s}},
        {"emphasis", {u"**Credit** is _earned_ through use."_s, u"credit"_s}},
        {"footnote", {u"True credit is earned through use.[^1]"_s, u"true credit"_s}},
        {"seed note", {u"铸币的本质是信用的实例化。[2]"_s, u"铸币的本质"_s}},
        {"link", {u"[OpenAI](https://openai.com) is a company."_s, u"OpenAI"_s}},
        {"heading", {u"# Large Models and Coin Minting"_s, u"Coin Minting"_s}},
        {"exclamation", {u"Naive!"_s, u"naive"_s}},
        {"long",
         {u"So they have no choice but to resort to labor-intensive strategies, meticulously copying coins already minted by others, one by one."_s,
          u"labor-intensive"_s}},
        {"verb sentence zh", {u"我希望用上的大模型能精准理解复杂的提示"_s, u"复杂的提示"_s}},
        {"paragraph", {u"天真。OpenAI 一换格式，你底下的数据农奴又得再忙上两年半。"_s, u"天真"_s}},
        {"negation", {u"Benchmarks are not credit."_s, u"benchmarks"_s}},
        {"pronoun subject", {u"It is raining."_s, u"raining"_s}},
        {"I", {u"I am a writer."_s, u"writer"_s}},
        {"punctuation only", {u"Hmm..."_s, u"Hmm"_s}},
    };
    for (const auto &[name, row] : rows) {
        for (const char *lang : {"zh", "en", "auto"})
            QTest::addRow("%s %s", name, lang) << row.first << row.second;
    }
}

void TestPastiche::anyInputGivesUsableLines()
{
    QFETCH(QString, text);
    QFETCH(QString, mustContain);
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    const VoiceLanguage requested = *languageFromCode(tag.section(u' ', -1));
    const SentenceAnalysis analysis = SentenceAnalyzer::analyze(text);
    QVERIFY(!analysis.isEmpty());
    const VoiceLanguage language = LanguageDetector::resolve(requested, analysis.source);
    for (const Voice &voice : library().voices()) {
        for (int variant = 0; variant < 4; ++variant) {
            const PasticheLine line = PasticheEngine::line(voice, analysis, language, variant);
            QVERIFY2(!line.isEmpty(), qPrintable(voice.id));
            QCOMPARE(line.language, language);
            QString reason;
            QVERIFY2(PasticheEngine::isUsableLine(voice, language, line.text, &reason),
                     qPrintable(line.text + u" — "_s + reason));
            QVERIFY2(line.text.contains(mustContain, Qt::CaseInsensitive), qPrintable(line.text));
            QVERIFY2(doubledWord(line.text).isEmpty(), qPrintable(line.text));
            for (const QString &markup : {u"**"_s, u"[^"_s, u"]("_s, u"[2]"_s, u"- coin"_s, u"# "_s})
                QVERIFY2(!line.text.contains(markup), qPrintable(line.text));
        }
    }
}

void TestPastiche::deterministicPerVariant()
{
    const SentenceAnalysis analysis = SentenceAnalyzer::analyze(u"Credit is earned through use."_s);
    for (const Voice &voice : library().voices()) {
        for (int variant = 0; variant < 6; ++variant) {
            const PasticheLine a = PasticheEngine::line(voice, analysis, VoiceLanguage::English, variant);
            const PasticheLine b = PasticheEngine::line(voice, analysis, VoiceLanguage::English, variant);
            QCOMPARE(a.text, b.text);
        }
    }
}

void TestPastiche::variantsDiffer()
{
    const SentenceAnalysis analysis = SentenceAnalyzer::analyze(u"大模型就是铸币。"_s);
    for (const Voice &voice : library().voices()) {
        QSet<QString> seen;
        const int count = PasticheEngine::variantCount(voice, analysis, VoiceLanguage::Chinese);
        QVERIFY(count >= 3);
        for (int variant = 0; variant < count; ++variant)
            seen.insert(PasticheEngine::line(voice, analysis, VoiceLanguage::Chinese, variant).text);
        QVERIFY2(seen.size() >= 3, qPrintable(voice.id));
    }
}

void TestPastiche::scope_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("scope");
    QTest::addColumn<int>("caret");
    QTest::addColumn<QString>("expected");
    const QString en = u"Intro line.\n\nFirst sentence here. Second one is\nwrapped. Third!\n\nNext paragraph."_s;
    const int second = int(en.indexOf(u"Second"));
    QTest::newRow("sentence") << en << int(VoiceScope::Sentence) << second + 3 << u"Second one is\nwrapped."_s;
    QTest::newRow("caret after stop") << en << int(VoiceScope::Sentence) << int(en.indexOf(u" Second"))
                                      << u"First sentence here."_s;
    QTest::newRow("paragraph") << en << int(VoiceScope::Paragraph) << second
                               << u"First sentence here. Second one is\nwrapped. Third!"_s;
    const QString zh = u"子曰：学而时习之。不亦说乎？有朋自远方来。"_s;
    QTest::newRow("zh sentence") << zh << int(VoiceScope::Sentence) << int(zh.indexOf(u"不亦")) + 1 << u"不亦说乎？"_s;
    QTest::newRow("blank line") << u"a\n\n\nb"_s << int(VoiceScope::Sentence) << 2 << QString();
}

void TestPastiche::scope()
{
    QFETCH(QString, text);
    QFETCH(int, scope);
    QFETCH(int, caret);
    QFETCH(QString, expected);
    const ScopedText found = TextScope::find(text, VoiceScope(scope), caret);
    QCOMPARE(found.text, expected);
    QCOMPARE(text.mid(found.start, found.length), expected);

    const ScopedText selection = TextScope::find(text, VoiceScope::Selection, caret, 0, 3);
    QCOMPARE(selection.text, text.left(3));
}

void TestPastiche::usableLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<VoiceLanguage>("language");
    QTest::addColumn<bool>("usable");
    QTest::newRow("good zh") << u"子曰：大模型者，铸币之道也。"_s << VoiceLanguage::Chinese << true;
    QTest::newRow("good en") << u"Confucius said: Large models are the way."_s << VoiceLanguage::English << true;
    QTest::newRow("no attribution") << u"大模型者，铸币之道也。"_s << VoiceLanguage::Chinese << false;
    QTest::newRow("wrong language") << u"子曰：Large models are the way of minting coins."_s << VoiceLanguage::Chinese
                                    << false;
    QTest::newRow("zh in en frame") << u"Confucius said: 大模型者，铸币之道也。"_s << VoiceLanguage::English << false;
    QTest::newRow("empty after") << u"子曰："_s << VoiceLanguage::Chinese << false;
}

void TestPastiche::usableLine()
{
    QFETCH(QString, text);
    QFETCH(VoiceLanguage, language);
    QFETCH(bool, usable);
    QCOMPARE(PasticheEngine::isUsableLine(*library().find(u"confucius"_s), language, text), usable);
}

void TestPastiche::tenVoicesAreFast()
{
    // Not a benchmark (see tests/bench), a guard against a pathological slowdown: generous bound.
    QElapsedTimer timer;
    timer.start();
    const SentenceAnalysis analysis = SentenceAnalyzer::analyze(u"Large models are the way of minting coins."_s);
    int lines = 0;
    for (qsizetype i = 0; i < 10; ++i)
        lines += PasticheEngine::line(library().voices().at(i), analysis, VoiceLanguage::English, 0).isEmpty() ? 0 : 1;
    QCOMPARE(lines, 10);
    QVERIFY2(timer.elapsed() < 200, qPrintable(QString::number(timer.elapsed())));
}

void TestPastiche::edits()
{
    const QString text = u"Intro.\n\n大模型就是铸币。国内的各家都信。\n\nNext."_s;
    const ScopedText scope = TextScope::find(text, VoiceScope::Sentence, int(text.indexOf(u"铸币"_s)));
    QCOMPARE(scope.text, u"大模型就是铸币。"_s);
    const PasticheLine line = PasticheEngine::line(*library().find(u"confucius"_s),
                                                   SentenceAnalyzer::analyze(scope.text), VoiceLanguage::Auto);
    QCOMPARE(applyEdits(text, {VoiceEdits::replace(scope, line.text)}),
             u"Intro.\n\n子曰：大模型者，铸币之道也。国内的各家都信。\n\nNext."_s);
    QCOMPARE(applyEdits(text, {VoiceEdits::insertBelow(text, scope, line.text)}),
             u"Intro.\n\n大模型就是铸币。国内的各家都信。\n\n子曰：大模型者，铸币之道也。\n\nNext."_s);
    PasticheLine second = line;
    second.text = u"鲁迅说：罢了。"_s;
    const QString last = u"End of post."_s;
    QCOMPARE(applyEdits(last, {VoiceEdits::insertSymposiumBelow(last, TextScope::find(last, VoiceScope::Sentence, 3),
                                                                {line, second})}),
             u"End of post.\n\n子曰：大模型者，铸币之道也。\n\n鲁迅说：罢了。\n"_s);
}

void TestPastiche::scopeSkipsFrontMatter()
{
    const QString text = u"---\nlayout: post\ntitle: A\n---\n\nLarge models are the way of minting coins. More.\n"_s;
    for (VoiceScope scope : {VoiceScope::Sentence, VoiceScope::Paragraph}) {
        const ScopedText found = TextScope::find(text, scope, 0);
        QVERIFY2(found.text.startsWith(u"Large models"_s), qPrintable(found.text));
    }
    QCOMPARE(TextScope::find(text, VoiceScope::Sentence, 5).text.trimmed(),
             u"Large models are the way of minting coins."_s);
}

QTEST_GUILESS_MAIN(TestPastiche)
#include "tst_pastiche.moc"
