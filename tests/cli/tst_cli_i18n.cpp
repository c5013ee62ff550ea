// The command line speaks the environment's language: Chinese for zh_CN, English (with real plurals) otherwise.
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
};

Run runIn(const QString &lang, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"LANGUAGE"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s})
        env.remove(name);
    env.insert(u"LANG"_s, lang);
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("COINAGE_BIN"), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput())};
}

} // namespace

class TestCliI18n : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void helpFollowsLanguage_data();
    void helpFollowsLanguage();
    void englishPlurals_data();
    void englishPlurals();
    void chineseCounts();

private:
    QString post();
    QTemporaryDir m_dir;
};

QString TestCliI18n::post()
{
    const QString path = m_dir.filePath(u"notes.md"_s);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write("---\ntitle: Notes\n---\nOne[^a] and two[^b], again[^b].\n\n[^a]: First.\n[^b]: Second.\n");
    return path;
}

void TestCliI18n::helpFollowsLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zh_CN") << u"zh_CN.UTF-8"_s << u"用法：coinage check"_s;
    QTest::newRow("en_US") << u"en_US.UTF-8"_s << u"Usage: coinage check"_s;
    QTest::newRow("fr_FR falls back to English") << u"fr_FR.UTF-8"_s << u"Usage: coinage check"_s;
    QTest::newRow("C") << u"C.UTF-8"_s << u"Usage: coinage check"_s;
}

void TestCliI18n::helpFollowsLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QString, expected);
    const Run run = runIn(lang, {u"check"_s, u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(expected), qPrintable(run.out));
}

void TestCliI18n::englishPlurals_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("en_US") << u"en_US.UTF-8"_s;
    QTest::newRow("fr_FR") << u"fr_FR.UTF-8"_s;
    QTest::newRow("C") << u"C.UTF-8"_s;
}

void TestCliI18n::englishPlurals()
{
    QFETCH(QString, lang);
    const Run run = runIn(lang, {u"footnotes"_s, post()});
    QVERIFY2(run.out.contains(u"[^a]  1 reference  "_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"[^b]  2 references  "_s), qPrintable(run.out));
    QVERIFY2(!run.out.contains(u"(s)"_s), qPrintable(run.out));
}

void TestCliI18n::chineseCounts()
{
    const Run run = runIn(u"zh_CN.UTF-8"_s, {u"footnotes"_s, post()});
    QVERIFY2(run.out.contains(u"[^b]  2 处引用  定义在第 7 行"_s), qPrintable(run.out));
}

QTEST_GUILESS_MAIN(TestCliI18n)
#include "tst_cli_i18n.moc"
