// Fails when a translatable string in the sources lacks a finished Simplified Chinese translation or an English
// plural form, or when the .ts files keep entries the sources no longer have. Fix with
// `cmake --build build/gui --target update_translations`, then translate what it names (Qt Linguist or an editor).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::StringLiterals;

// A named namespace, not an unnamed one: TestTranslations has Problems members, and a class with linkage may not
// hold a type of an unnamed namespace (-Wsubobject-linkage) in the unity build of preset "asan".
namespace translationlint {

struct Problems
{
    QStringList unfinished; // "context: source"
    QStringList vanished;
};

// Reads a .ts file; with pluralsOnly, only numerus messages must be translated (the English plurals file).
Problems readTs(const QByteArray &xml, bool pluralsOnly)
{
    Problems problems;
    QXmlStreamReader reader(xml);
    QString context, source, type;
    bool numerus = false;
    bool hasText = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const auto name = reader.name();
            if (name == u"name") {
                context = reader.readElementText();
            } else if (name == u"message") {
                numerus = reader.attributes().value(u"numerus") == u"yes";
                source.clear();
                type.clear();
                hasText = false;
            } else if (name == u"source") {
                source = reader.readElementText();
            } else if (name == u"translation") {
                type = reader.attributes().value(u"type").toString();
                if (!numerus)
                    hasText = !reader.readElementText().isEmpty();
            } else if (name == u"numerusform") {
                hasText = !reader.readElementText().isEmpty() || hasText;
            }
        } else if (reader.isEndElement() && reader.name() == u"message") {
            const QString entry = context + u": "_s + source;
            if (type == u"vanished" || type == u"obsolete")
                problems.vanished.append(entry);
            else if ((!pluralsOnly || numerus) && (type == u"unfinished" || !hasText))
                problems.unfinished.append(entry);
        }
    }
    if (reader.hasError())
        problems.unfinished.append(u"(the file does not parse: "_s + reader.errorString() + u')');
    return problems;
}

QString list(const QStringList &entries)
{
    return u"\n  "_s + entries.join(u"\n  "_s);
}

} // namespace translationlint

using namespace translationlint;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readerFindsProblems();
    void chineseIsComplete();
    void englishPluralsAreComplete();
    void noStaleEntries();

private:
    QTemporaryDir m_dir;
    Problems m_chinese;
    Problems m_english;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString project = m_dir.filePath(u"project.json"_s);
    QProcess generate;
    generate.start(QStringLiteral(COINAGE_CMAKE),
                   {u"-DIN_FILE="_s + QStringLiteral(COINAGE_LUPDATE_PROJECT), u"-DOUT_FILE="_s + project, u"-P"_s,
                    QStringLiteral(COINAGE_LUPDATE_GENERATOR)});
    QVERIFY(generate.waitForFinished(60000));
    QVERIFY2(generate.exitCode() == 0, generate.readAllStandardError().constData());

    const QDir translations(QStringLiteral(COINAGE_TRANSLATIONS));
    const QString chinese = m_dir.filePath(u"coinage_zh_CN.ts"_s);
    const QString english = m_dir.filePath(u"coinage_en.ts"_s);
    QVERIFY(QFile::copy(translations.filePath(u"coinage_zh_CN.ts"_s), chinese));
    QVERIFY(QFile::copy(translations.filePath(u"coinage_en.ts"_s), english));
    QFile::setPermissions(chinese, QFile::ReadOwner | QFile::WriteOwner);
    QFile::setPermissions(english, QFile::ReadOwner | QFile::WriteOwner);

    // Without -no-obsolete: strings the sources lost stay in the copy as "vanished".
    QProcess lupdate;
    lupdate.start(QStringLiteral(COINAGE_LUPDATE),
                  {u"-silent"_s, u"-locations"_s, u"none"_s, u"-project"_s, project, u"-ts"_s, chinese, english});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    QFile zh(chinese), en(english);
    QVERIFY(zh.open(QIODevice::ReadOnly));
    QVERIFY(en.open(QIODevice::ReadOnly));
    m_chinese = readTs(zh.readAll(), false);
    m_english = readTs(en.readAll(), true);
}

void TestTranslations::readerFindsProblems()
{
    const QByteArray ts = R"(<TS version="2.1" language="zh_CN"><context><name>Ctx</name>
<message><source>Done</source><translation>完成</translation></message>
<message><source>New string</source><translation type="unfinished"></translation></message>
<message><source>Empty</source><translation></translation></message>
<message><source>Gone</source><translation type="vanished">没了</translation></message>
<message numerus="yes"><source>%n items</source><translation><numerusform></numerusform></translation></message>
</context></TS>)";
    const Problems zh = readTs(ts, false);
    QCOMPARE(zh.unfinished, QStringList({u"Ctx: New string"_s, u"Ctx: Empty"_s, u"Ctx: %n items"_s}));
    QCOMPARE(zh.vanished, QStringList{u"Ctx: Gone"_s});
    const Problems en = readTs(ts, true);
    QCOMPARE(en.unfinished, QStringList{u"Ctx: %n items"_s});
}

void TestTranslations::chineseIsComplete()
{
    QVERIFY2(m_chinese.unfinished.isEmpty(),
             qPrintable(u"%1 source strings have no finished zh_CN translation (run the update_translations target, "
                        u"then translate them in translations/coinage_zh_CN.ts):"_s.arg(m_chinese.unfinished.size()) +
                        list(m_chinese.unfinished)));
}

void TestTranslations::englishPluralsAreComplete()
{
    QVERIFY2(m_english.unfinished.isEmpty(),
             qPrintable(u"%1 plural strings have no English forms in translations/coinage_en.ts:"_s.arg(
                            m_english.unfinished.size()) +
                        list(m_english.unfinished)));
}

void TestTranslations::noStaleEntries()
{
    QVERIFY2(
        m_chinese.vanished.isEmpty() && m_english.vanished.isEmpty(),
        qPrintable(u"the .ts files keep strings the sources no longer have (run the update_translations target):"_s +
                   list(m_chinese.vanished + m_english.vanished)));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
