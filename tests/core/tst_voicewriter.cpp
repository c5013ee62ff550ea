#include "voices/SampleContext.h"
#include "voices/VoiceLibrary.h"
#include "voices/VoiceWriter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace coinage;
using namespace Qt::StringLiterals;

class TestVoiceWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInsRoundTrip();
    void unknownKeysAreKept();
    void saveWritesALoadableFile();
    void invalidVoiceIsNotWritten();
    void idChangeMovesTheFile();
    void duplicateIdIsRefused();
    void removeOnlyUserFiles();
    void context_data();
    void context();
};

namespace {
Voice confucius()
{
    const VoiceLibrary library = VoiceLibrary::builtIn();
    const Voice *voice = library.find(u"confucius"_s);
    return voice ? *voice : Voice();
}
} // namespace

void TestVoiceWriter::builtInsRoundTrip()
{
    const VoiceLibrary library = VoiceLibrary::builtIn();
    QVERIFY(library.voices().size() >= 12);
    for (const Voice &voice : library.voices()) {
        const VoiceParser::Result again = VoiceParser::parse(VoiceWriter::toBytes(voice), voice.origin);
        QVERIFY2(again.voice, qPrintable(voice.id + u": "_s + again.error));
        QCOMPARE(again.voice->id, voice.id);
        QCOMPARE(again.voice->nameZh, voice.nameZh);
        QCOMPARE(again.voice->descriptionEn, voice.descriptionEn);
        QCOMPARE(again.voice->zh.attributions, voice.zh.attributions);
        QCOMPARE(again.voice->en.templates.size(), voice.en.templates.size());
        for (qsizetype i = 0; i < voice.en.templates.size(); ++i) {
            QCOMPARE(again.voice->en.templates.at(i).text, voice.en.templates.at(i).text);
            QCOMPARE(again.voice->en.templates.at(i).weight, voice.en.templates.at(i).weight);
            QCOMPARE(again.voice->en.templates.at(i).shapes, voice.en.templates.at(i).shapes);
        }
        QCOMPARE(again.voice->zh.lexicon, voice.zh.lexicon);
        QCOMPARE(again.voice->en.signatures, voice.en.signatures);
        QCOMPARE(again.voice->zh.examples.size(), voice.zh.examples.size());
        QCOMPARE(again.voice->model.temperature, voice.model.temperature);
    }
}

void TestVoiceWriter::unknownKeysAreKept()
{
    QJsonObject base{{u"x-note"_s, u"mine"_s},
                     {u"languages"_s, QJsonObject{{u"en"_s, QJsonObject{{u"x-extra"_s, 1}}}}}};
    const QJsonObject json = VoiceWriter::toJson(confucius(), base);
    QCOMPARE(json.value(u"x-note"_s).toString(), u"mine"_s);
    QCOMPARE(json.value(u"languages"_s).toObject().value(u"en"_s).toObject().value(u"x-extra"_s).toInt(), 1);
    QCOMPARE(json.value(u"id"_s).toString(), u"confucius"_s);
}

void TestVoiceWriter::saveWritesALoadableFile()
{
    QTemporaryDir dir;
    const UserVoiceStore store(dir.filePath(u"voices"_s)); // made on the first save
    Voice voice = confucius();
    voice.id = u"my-sage"_s;
    voice.nameEn = u"My Sage"_s;
    const UserVoiceStore::Result saved = store.save(voice);
    QVERIFY2(saved.ok, qPrintable(saved.problems.join(u'\n')));
    QCOMPARE(saved.path, store.pathFor(u"my-sage"_s));
    const VoiceLibrary library = VoiceLibrary::load(store.directory());
    QVERIFY(library.problems().isEmpty());
    const Voice *loaded = library.find(u"my-sage"_s);
    QVERIFY(loaded);
    QVERIFY(!loaded->builtIn);
    QCOMPARE(loaded->nameEn, u"My Sage"_s);
    QVERIFY(store.owns(loaded->origin));
    QVERIFY(!store.owns(confucius().origin));
}

void TestVoiceWriter::invalidVoiceIsNotWritten()
{
    QTemporaryDir dir;
    const UserVoiceStore store(dir.path());
    Voice voice = confucius();
    voice.en.templates[0].text = u"{topik} is it"_s;
    const UserVoiceStore::Result saved = store.save(voice);
    QVERIFY(!saved.ok);
    QVERIFY2(saved.problems.join(u'\n').contains(u"languages.en: template 1"_s),
             qPrintable(saved.problems.join(u'\n')));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

void TestVoiceWriter::idChangeMovesTheFile()
{
    QTemporaryDir dir;
    const UserVoiceStore store(dir.path());
    Voice voice = confucius();
    voice.id = u"first"_s;
    const UserVoiceStore::Result first = store.save(voice);
    QVERIFY(first.ok);
    QVERIFY(store.save(voice, first.path).ok); // same id: the same file
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"first.json"_s});
    voice.id = u"second"_s;
    const UserVoiceStore::Result second = store.save(voice, first.path);
    QVERIFY(second.ok);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"second.json"_s});
}

void TestVoiceWriter::duplicateIdIsRefused()
{
    QTemporaryDir dir;
    const UserVoiceStore store(dir.path());
    Voice voice = confucius();
    voice.id = u"twin"_s;
    QVERIFY(store.save(voice).ok);
    QFile::rename(store.pathFor(u"twin"_s), dir.filePath(u"renamed.json"_s));
    const UserVoiceStore::Result again = store.save(voice); // a new voice with an id in use
    QVERIFY(!again.ok);
    QVERIFY(again.problems.join(u'\n').contains(u"twin"_s));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"renamed.json"_s});
}

void TestVoiceWriter::removeOnlyUserFiles()
{
    QTemporaryDir dir;
    const UserVoiceStore store(dir.path());
    QVERIFY(!store.remove(confucius().origin).ok);
    const UserVoiceStore::Result saved = store.save(confucius()); // a user copy of a built-in, same id
    QVERIFY(saved.ok);
    QVERIFY(!VoiceLibrary::load(dir.path()).find(u"confucius"_s)->builtIn);
    QVERIFY(store.remove(saved.path).ok);
    QVERIFY(!QFile::exists(saved.path));
    QVERIFY(VoiceLibrary::load(dir.path()).find(u"confucius"_s)->builtIn);
}

void TestVoiceWriter::context_data()
{
    QTest::addColumn<QStringList>("samples");
    QTest::addColumn<QString>("term");
    QTest::addColumn<QString>("expected");
    QTest::newRow("pair across spaces") << QStringList{u"nothing here"_s, u"It was  GOOD and true."_s} << u"was good"_s
                                        << u"It was  GOOD and true."_s.simplified();
    QTest::newRow("whole word") << QStringList{u"a rainbow; then rain"_s} << u"rain"_s << u"a rainbow; then rain"_s;
    QTest::newRow("cjk") << QStringList{u"所谓的进步，不过是换了一块招牌罢了。"_s} << u"罢了"_s
                         << u"所谓的进步，不过是换了一块招牌罢了。"_s;
    QTest::newRow("missing") << QStringList{u"abc"_s} << u"xyz"_s << QString();
}

void TestVoiceWriter::context()
{
    QFETCH(QStringList, samples);
    QFETCH(QString, term);
    QFETCH(QString, expected);
    QCOMPARE(SampleContext::find(samples, term), expected);
    if (term == u"rain") {
        const QString near = SampleContext::find(samples, term, 3);
        QCOMPARE(near, u"…en rain"_s);
    }
}

QTEST_GUILESS_MAIN(TestVoiceWriter)
#include "tst_voicewriter.moc"
