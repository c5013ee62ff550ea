#include "check/PostChecker.h"
#include "support/Seed.h"

#include <QJsonObject>
#include <QtTest>

using namespace coinage;
using namespace Qt::StringLiterals;

class TestChecker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findings_data();
    void findings();
    void seedHasNoFrontMatterErrors();
    void formats();
};

void TestChecker::findings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("severity");
    QTest::newRow("yaml syntax") << u"---\ntitle: a: b\n---\n"_s << u"yaml-syntax"_s << 2 << int(Severity::Error);
    QTest::newRow("unclosed") << u"---\ntitle: a\n\nBody\n"_s << u"front-matter-unclosed"_s << 1
                              << int(Severity::Error);
    QTest::newRow("not a map") << u"---\n- a\n---\n"_s << u"front-matter-not-a-map"_s << 2 << int(Severity::Error);
    QTest::newRow("duplicate") << u"---\ntitle: a\ntitle: b\n---\n"_s << u"duplicate-key"_s << 3
                               << int(Severity::Warning);
}

void TestChecker::findings()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(int, line);
    QFETCH(int, severity);
    const QList<Diagnostic> found = PostChecker::checkText(u"post.md"_s, text);
    const auto it = std::find_if(found.cbegin(), found.cend(), [&](const Diagnostic &d) { return d.code == code; });
    QVERIFY2(it != found.cend(), qPrintable(code));
    QCOMPARE(it->line, line);
    QCOMPARE(int(it->severity), severity);
    QCOMPARE(it->file, u"post.md"_s);
    QVERIFY(!it->message.isEmpty());
}

void TestChecker::seedHasNoFrontMatterErrors()
{
    for (const QString &file : test::seedFiles()) {
        const QList<Diagnostic> found = PostChecker::checkFile(file);
        QVERIFY2(!hasErrors(found), qPrintable(found.isEmpty() ? QString() : found.first().toText()));
    }
}

void TestChecker::formats()
{
    const Diagnostic d{u"a b/文章.md"_s, 3, 7, Severity::Warning, u"duplicate-key"_s, u"the key"_s};
    QCOMPARE(d.toText(), u"a b/文章.md:3:7: warning: the key [duplicate-key]"_s);
    const QJsonObject json = d.toJson();
    QCOMPARE(json.value(u"line").toInt(), 3);
    QCOMPARE(json.value(u"column").toInt(), 7);
    QCOMPARE(json.value(u"severity").toString(), u"warning"_s);
    QCOMPARE(json.value(u"code").toString(), u"duplicate-key"_s);
    QCOMPARE(json.value(u"file").toString(), u"a b/文章.md"_s);
}

QTEST_GUILESS_MAIN(TestChecker)
#include "tst_checker.moc"
