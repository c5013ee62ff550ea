#include "storage/RecoveryJournal.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace coinage;
using namespace Qt::StringLiterals;

class TestRecovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void damagedEntriesAreSkipped_data();
    void damagedEntriesAreSkipped();
    void removeAndReplace();
    void refusesBadIds();
};

static RecoveryJournal::Entry entry(const QString &id, const QString &text)
{
    return {id, u"/tmp/我的 文章.md"_s, u"我的 文章.md"_s, QDateTime::currentDateTimeUtc(), text};
}

void TestRecovery::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("chinese") << u"子曰：大模型者，铸币之道也。\n"_s;
    QTest::newRow("newlines in header-like text") << u"{\"length\": 0}\n\n---\ntitle: x\n"_s;
    QTest::newRow("large") << QString(200000, u'字');
}

void TestRecovery::roundTrip()
{
    QFETCH(QString, text);
    QTemporaryDir dir;
    const RecoveryJournal journal(dir.path() + u"/recovery"_s);
    QString error;
    QVERIFY2(journal.write(entry(u"doc-1"_s, text), &error), qPrintable(error));
    const auto scanned = journal.scan();
    QVERIFY(scanned.problems.isEmpty());
    QCOMPARE(scanned.entries.size(), 1);
    QCOMPARE(scanned.entries.first().text, text);
    QCOMPARE(scanned.entries.first().path, u"/tmp/我的 文章.md"_s);
    QCOMPARE(scanned.entries.first().id, u"doc-1"_s);
}

void TestRecovery::damagedEntriesAreSkipped_data()
{
    QTest::addColumn<int>("damage");
    QTest::newRow("cut short") << 0;
    QTest::newRow("flipped byte") << 1;
    QTest::newRow("no header") << 2;
    QTest::newRow("garbage header") << 3;
    QTest::newRow("empty file") << 4;
}

void TestRecovery::damagedEntriesAreSkipped()
{
    QFETCH(int, damage);
    QTemporaryDir dir;
    const RecoveryJournal journal(dir.path());
    QVERIFY(journal.write(entry(u"good"_s, u"keep me"_s)));
    QByteArray bytes = RecoveryJournal::encode(entry(u"bad"_s, u"some unsaved text"_s));
    switch (damage) {
    case 0:
        bytes.chop(5);
        break;
    case 1:
        bytes[bytes.size() - 2] = 'X';
        break;
    case 2:
        bytes = "just text";
        break;
    case 3:
        bytes = "{not json\nbody";
        break;
    default:
        bytes.clear();
    }
    QFile file(dir.filePath(u"bad.coinage-recovery"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const auto scanned = journal.scan();
    QCOMPARE(scanned.entries.size(), 1);
    QCOMPARE(scanned.entries.first().text, u"keep me"_s);
    QCOMPARE(scanned.problems.size(), 1);
    QVERIFY(scanned.problems.first().contains(u"bad.coinage-recovery"_s));
}

void TestRecovery::removeAndReplace()
{
    QTemporaryDir dir;
    const RecoveryJournal journal(dir.path());
    QVERIFY(journal.write(entry(u"a"_s, u"one"_s)));
    QVERIFY(journal.write(entry(u"a"_s, u"two"_s)));
    QVERIFY(journal.write(entry(u"b"_s, u"three"_s)));
    QCOMPARE(journal.scan().entries.size(), 2);
    journal.remove(u"a"_s);
    const auto scanned = journal.scan();
    QCOMPARE(scanned.entries.size(), 1);
    QCOMPARE(scanned.entries.first().text, u"three"_s);
}

void TestRecovery::refusesBadIds()
{
    QTemporaryDir dir;
    const RecoveryJournal journal(dir.path());
    QString error;
    QVERIFY(!journal.write(entry(u"../escape"_s, u"x"_s), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(journal.scan().entries.isEmpty());
}

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
