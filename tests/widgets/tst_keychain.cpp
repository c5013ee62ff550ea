// KeychainApiKeyStore against a real Secret Service: gnome-keyring-daemon on a private session bus with a throwaway
// home (tests/widgets/with-keyring sets it up). The key goes into the keyring, comes back in a new store, can be
// looked up with secret-tool, is removed by writing "", and no file under the home holds it in plain text.
#include "ApiKeyStore.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

using namespace coinage::gui;
using namespace Qt::StringLiterals;

namespace {

const QString apiKey = u"sk-coinage-秘钥-4f2a9c"_s;

bool write(KeychainApiKeyStore &store, const QString &key, bool *persistent)
{
    QSignalSpy written(&store, &ApiKeyStore::written);
    store.write(key);
    if (!written.wait(10000))
        return false;
    *persistent = written.first().at(0).toBool();
    return true;
}

QString read()
{
    KeychainApiKeyStore store;
    QSignalSpy done(&store, &ApiKeyStore::keyRead);
    store.read();
    if (!done.wait(10000))
        return u"(no answer)"_s;
    return done.first().at(0).toString();
}

QString secretTool(const QStringList &arguments)
{
    QProcess process;
    process.start(u"secret-tool"_s, arguments);
    if (!process.waitForFinished(10000))
        return u"(secret-tool hung)"_s;
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void keptInTheKeyring();
    void neverOnDiskInPlainText();
    void emptyKeyRemovesIt();
};

void TestKeychain::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("COINAGE_KEYRING_HOME"))
        QFAIL("run through tests/widgets/with-keyring (ctest does): it provides the Secret Service");
    QCoreApplication::setOrganizationName(u"Coinage"_s);
    QCoreApplication::setApplicationName(u"Coinage"_s);
}

void TestKeychain::keptInTheKeyring()
{
    KeychainApiKeyStore store;
    bool persistent = false;
    QVERIFY(write(store, apiKey, &persistent));
    QVERIFY2(persistent, qPrintable(store.description()));
    QVERIFY(store.isPersistent());
    QVERIFY2(store.description().contains(u"system keychain"_s), qPrintable(store.description()));

    // A new store (as after a restart) reads it back from the keyring.
    QCOMPARE(read(), apiKey);
    // It is an item of the Secret Service, not a fallback file.
    const QString found = secretTool({u"lookup"_s, u"server"_s, QString::fromLatin1(KeychainApiKeyStore::Service),
                                      u"user"_s, QString::fromLatin1(KeychainApiKeyStore::Key)});
    QCOMPARE(found, apiKey);
}

void TestKeychain::neverOnDiskInPlainText()
{
    KeychainApiKeyStore store;
    bool persistent = false;
    QVERIFY(write(store, apiKey, &persistent));
    QVERIFY(persistent);
    QSettings().sync();
    const QByteArray utf8 = apiKey.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(apiKey.utf16()), apiKey.size() * 2);
    int files = 0;
    QDirIterator it(qEnvironmentVariable("COINAGE_KEYRING_HOME"), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue; // sockets in the runtime folder
        const QByteArray bytes = file.readAll();
        ++files;
        QVERIFY2(!bytes.contains(utf8) && !bytes.contains(utf16), qPrintable(file.fileName()));
    }
    QVERIFY2(files >= 1, "the keyring file itself was written under the home"); // the encrypted login keyring
}

void TestKeychain::emptyKeyRemovesIt()
{
    KeychainApiKeyStore store;
    bool persistent = false;
    QVERIFY(write(store, apiKey, &persistent));
    QVERIFY(write(store, QString(), &persistent));
    QVERIFY(persistent);
    QCOMPARE(read(), QString());
    QCOMPARE(secretTool({u"lookup"_s, u"server"_s, QString::fromLatin1(KeychainApiKeyStore::Service), u"user"_s,
                         QString::fromLatin1(KeychainApiKeyStore::Key)}),
             QString());
}

QTEST_MAIN(TestKeychain)
#include "tst_keychain.moc"
