// One window per session: a second `coinage FILE` (the real executable, as a process) hands FILE to the running
// instance and exits.
#include "SingleInstance.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using coinage::gui::SingleInstance;

class TestSingleInstance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void secondProcessHandsItsFilesOver();
    void noRunningInstanceMeansNoHandOver();
    void staleSocketFileIsReplaced();
    void offTurnsItOff();

private:
    static QString uniqueName(const char *what)
    {
        return u"coinage-test-%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(QLatin1StringView(what));
    }
};

void TestSingleInstance::secondProcessHandsItsFilesOver()
{
    const QString name = uniqueName("handover");
    SingleInstance running(name);
    QVERIFY2(running.listen(), qPrintable(running.error()));
    QSignalSpy received(&running, &SingleInstance::filesReceived);

    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QFile post(folder.filePath(u"post.md"_s));
    QVERIFY(post.open(QIODevice::WriteOnly));
    post.write("# A post\n");
    post.close();

    QProcess second;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"COINAGE_INSTANCE"_s, name);
    second.setProcessEnvironment(environment);
    second.setWorkingDirectory(folder.path());
    second.start(qEnvironmentVariable("COINAGE_BIN"), {u"post.md"_s}); // relative: made absolute by the sender
    QVERIFY(second.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);
    QCOMPARE(received.first().first().toStringList(), QStringList{QDir(folder.path()).filePath(u"post.md"_s)});
    // It opened no window of its own: it ends by itself (waitForFinished is false when it already has).
    QVERIFY(second.state() == QProcess::NotRunning || second.waitForFinished(10000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
}

void TestSingleInstance::noRunningInstanceMeansNoHandOver()
{
    const SingleInstance nobody(uniqueName("nobody"));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!nobody.handOver({u"/tmp/x.md"_s}));
    QVERIFY2(timer.elapsed() < 1000, "starting without a running instance must not wait");
}

void TestSingleInstance::staleSocketFileIsReplaced()
{
    // A crashed instance leaves its socket file behind: the next start takes the name over.
    const QString name = uniqueName("stale");
    QFile stale(QDir(QDir::tempPath()).filePath(name));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.close();
    SingleInstance next(name);
    QVERIFY2(next.listen(), qPrintable(next.error()));
    QSignalSpy received(&next, &SingleInstance::filesReceived);
    const SingleInstance sender(name);
    // The sender blocks while the server answers from this thread's event loop: answer from a helper thread.
    QThread *thread = QThread::create([&sender] { QVERIFY(sender.handOver({u"/tmp/a.md"_s})); });
    thread->start();
    QTRY_COMPARE(received.size(), 1);
    QVERIFY(thread->wait(5000));
    delete thread;
    QCOMPARE(received.first().first().toStringList(), QStringList{u"/tmp/a.md"_s});
}

void TestSingleInstance::offTurnsItOff()
{
    qputenv("COINAGE_INSTANCE", "off");
    QVERIFY(SingleInstance::defaultName().isEmpty());
    qputenv("COINAGE_INSTANCE", "mine");
    QCOMPARE(SingleInstance::defaultName(), u"mine"_s);
    qunsetenv("COINAGE_INSTANCE");
    QVERIFY(SingleInstance::defaultName().startsWith(u"coinage-"_s));
    QVERIFY(!SingleInstance(QString()).handOver({}));
}

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
