#include "voices/Voice.h"
#include "voices/VoiceLibrary.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace coinage;
using namespace Qt::StringLiterals;

namespace {

QJsonObject validVoice()
{
    return QJsonDocument::fromJson(R"({
      "schema": 1, "id": "tester", "names": {"zh": "测试", "en": "Tester"}, "description": "A tester.",
      "languages": {
        "zh": {"attributions": ["测试说："], "templates": ["{sentence}{end}", "{topic}嘛。", "{topic}{copula}{claim}，{@tail}"],
               "lexicon": {"tail": ["对吧。"]}, "examples": [{"input": "猫", "output": "测试说：猫嘛。"}]},
        "en": {"attributions": ["Tester said:"], "templates": ["{sentence|cap}{end}", "{topic|cap}, well.", "{topic|cap} {copula} {claim}."]}
      },
      "model": {"temperature": 0.5}
    })")
        .object();
}

QJsonObject with(QJsonObject object, const QString &path, const QJsonValue &value)
{
    const QStringList keys = path.split(u'.');
    if (keys.size() == 1) {
        if (value.isUndefined())
            object.remove(keys.first());
        else
            object.insert(keys.first(), value);
        return object;
    }
    object.insert(keys.first(), with(object.value(keys.first()).toObject(), keys.mid(1).join(u'.'), value));
    return object;
}

} // namespace

class TestVoiceFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validVoiceParses();
    void invalidVoices_data();
    void invalidVoices();
    void notJson();
    void libraryReportsAndSkips();
};

void TestVoiceFiles::validVoiceParses()
{
    const VoiceParser::Result result = VoiceParser::parse(validVoice(), u"test"_s);
    QVERIFY2(result.voice, qPrintable(result.error));
    QCOMPARE(result.voice->id, u"tester"_s);
    QCOMPARE(result.voice->descriptionEn, u"A tester."_s);
    QCOMPARE(result.voice->zh.templates.size(), 3);
    QCOMPARE(*result.voice->model.temperature, 0.5);
}

void TestVoiceFiles::invalidVoices_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("reason");
    const QJsonValue missing = QJsonValue(QJsonValue::Undefined);
    QTest::newRow("no id") << u"id"_s << missing << u"'id' is missing"_s;
    QTest::newRow("bad id") << u"id"_s << QJsonValue(u"Bad Id"_s) << u"'id' must be"_s;
    QTest::newRow("no en name") << u"names.en"_s << missing << u"'names' needs"_s;
    QTest::newRow("no description") << u"description"_s << missing << u"'description' is missing"_s;
    QTest::newRow("no zh") << u"languages.zh"_s << missing << u"languages.zh is missing"_s;
    QTest::newRow("no attributions") << u"languages.en.attributions"_s << QJsonValue(QJsonArray())
                                     << u"no attribution"_s;
    QTest::newRow("two templates") << u"languages.en.templates"_s
                                   << QJsonValue(QJsonArray{u"{sentence}"_s, u"{topic}"_s}) << u"2 templates"_s;
    QTest::newRow("unknown slot") << u"languages.en.templates"_s
                                  << QJsonValue(QJsonArray{u"{sentence}"_s, u"{topik}"_s, u"{topic}"_s})
                                  << u"template 2: unknown slot '{topik}'"_s;
    QTest::newRow("unknown transform") << u"languages.en.templates"_s
                                       << QJsonValue(QJsonArray{u"{sentence|shout}"_s, u"{topic}"_s, u"{claim}"_s})
                                       << u"unknown transform 'shout'"_s;
    QTest::newRow("unclosed brace") << u"languages.en.templates"_s
                                    << QJsonValue(QJsonArray{u"{sentence"_s, u"{topic}"_s, u"{claim}"_s})
                                    << u"unclosed '{'"_s;
    QTest::newRow("no input slot") << u"languages.en.templates"_s
                                   << QJsonValue(QJsonArray{u"{sentence}"_s, u"{topic}"_s, u"Just words."_s})
                                   << u"template 3 uses none of"_s;
    QTest::newRow("missing lexicon") << u"languages.en.templates"_s
                                     << QJsonValue(QJsonArray{u"{sentence}"_s, u"{topic}"_s, u"{claim} {@x}"_s})
                                     << u"'{@x}'"_s;
    QTest::newRow("no universal template")
        << u"languages.en.templates"_s << QJsonValue(QJsonArray{u"{topic}"_s, u"{topic}!"_s, u"{claim}"_s})
        << u"no template that fits any sentence"_s;
    QTest::newRow("example without attribution")
        << u"languages.en.examples"_s
        << QJsonValue(QJsonArray{QJsonObject{{u"input"_s, u"a"_s}, {u"output"_s, u"b"_s}}})
        << u"example 1 does not start"_s;
    QTest::newRow("temperature") << u"model.temperature"_s << QJsonValue(5) << u"model.temperature"_s;
    QTest::newRow("schema") << u"schema"_s << QJsonValue(2) << u"unsupported schema 2"_s;
    QTest::newRow("languages not object") << u"languages"_s << QJsonValue(u"zh"_s) << u"'languages' must be"_s;
}

void TestVoiceFiles::invalidVoices()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, reason);
    const VoiceParser::Result result = VoiceParser::parse(with(validVoice(), path, value), u"test"_s);
    QVERIFY(!result.voice);
    QVERIFY2(result.error.contains(reason), qPrintable(result.error));
}

void TestVoiceFiles::notJson()
{
    const VoiceParser::Result result = VoiceParser::parse(QByteArray("{\n  \"id\": \"x\",\n  oops\n}"), u"f"_s);
    QVERIFY(!result.voice);
    QVERIFY2(result.error.contains(u"not valid JSON at line 3"_s), qPrintable(result.error));
    QVERIFY(VoiceParser::parse(QByteArray("[1, 2]"), u"f"_s).error.contains(u"one JSON object"_s));
}

void TestVoiceFiles::libraryReportsAndSkips()
{
    QTemporaryDir dir;
    auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    write(u"a-good.json"_s, QJsonDocument(validVoice()).toJson());
    write(u"b-broken.json"_s, "{");
    write(u"c-duplicate.json"_s, QJsonDocument(validVoice()).toJson());
    write(u"d-override.json"_s, QJsonDocument(with(validVoice(), u"id"_s, u"confucius"_s)).toJson());
    write(u"notes.txt"_s, "not a voice");
    const VoiceLibrary library = VoiceLibrary::load(dir.path());
    QVERIFY(library.find(u"tester"_s));
    QVERIFY(!library.find(u"tester"_s)->builtIn);
    QCOMPARE(library.find(u"confucius"_s)->nameEn, u"Tester"_s); // the user's file replaces the built-in
    QCOMPARE(library.voices().size(), VoiceLibrary::builtIn().voices().size() + 1);
    QCOMPARE(library.problems().size(), 2);
    QVERIFY(library.problems().at(0).file.endsWith(u"b-broken.json"_s));
    QVERIFY(library.problems().at(0).reason.contains(u"not valid JSON"_s));
    QVERIFY(library.problems().at(1).file.endsWith(u"c-duplicate.json"_s));
    QVERIFY(library.problems().at(1).reason.contains(u"already has the id 'tester'"_s));
    QVERIFY(VoiceLibrary::load(dir.filePath(u"missing"_s)).problems().isEmpty());
}

QTEST_GUILESS_MAIN(TestVoiceFiles)
#include "tst_voicefiles.moc"
