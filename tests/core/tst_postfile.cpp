#include "post/PostFile.h"
#include "support/Seed.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace coinage;
using namespace Qt::StringLiterals;

class TestPostFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void saveUnchangedIsByteIdentical_data();
    void saveUnchangedIsByteIdentical();
    void zeroByteFile();
    void missingFileAndFolder();
    void refusesBinaryAndKeepsFile();
    void failedSaveKeepsOldFile();
    void keepsPermissions();
    void largeFile();

private:
    QTemporaryDir m_dir;
};

void TestPostFile::saveUnchangedIsByteIdentical_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("seed en") << test::readAll(test::seedPath(u"en"_s));
    QTest::newRow("seed zh") << test::readAll(test::seedPath(u"zh"_s));
    QTest::newRow("seed zh crlf bom") << QByteArray(QByteArray("\xEF\xBB\xBF") +
                                                    test::readAll(test::seedPath(u"zh"_s)).replace("\n", "\r\n"));
    QTest::newRow("mixed no final newline") << QByteArray("---\r\ntitle: x\n---\r\nbody");
}

void TestPostFile::saveUnchangedIsByteIdentical()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(!bytes.isEmpty());
    // A path with spaces and Chinese characters.
    QVERIFY(QDir(m_dir.path()).mkpath(u"我的 文章"_s));
    const QString path = m_dir.filePath(u"我的 文章/大模型 与 铸币.md"_s);
    QVERIFY(test::writeAll(path, bytes));
    const LoadResult loaded = PostFile::load(path);
    QVERIFY2(loaded.ok, qPrintable(loaded.error.message));
    const SaveResult saved = PostFile::save(path, loaded.text, loaded.format);
    QVERIFY2(saved.ok, qPrintable(saved.error.message));
    QCOMPARE(test::readAll(path), bytes);
}

void TestPostFile::zeroByteFile()
{
    const QString path = m_dir.filePath(u"empty.md"_s);
    QVERIFY(test::writeAll(path, {}));
    const LoadResult loaded = PostFile::load(path);
    QVERIFY(loaded.ok);
    QVERIFY(loaded.text.isEmpty());
    QVERIFY(PostFile::save(path, loaded.text, loaded.format).ok);
    QCOMPARE(QFileInfo(path).size(), 0);
}

void TestPostFile::missingFileAndFolder()
{
    const LoadResult missing = PostFile::load(m_dir.filePath(u"nope.md"_s));
    QVERIFY(!missing.ok);
    QCOMPARE(missing.error.code, u"file-not-found"_s);
    QVERIFY(missing.error.message.contains(u"nope.md"_s));

    const LoadResult folder = PostFile::load(m_dir.path());
    QVERIFY(!folder.ok);
    QCOMPARE(folder.error.code, u"not-a-file"_s);

    // The folder vanished before saving: a clear error, nothing written.
    const QString gone = m_dir.filePath(u"gone/post.md"_s);
    const SaveResult saved = PostFile::save(gone, u"text"_s, {});
    QVERIFY(!saved.ok);
    QCOMPARE(saved.error.code, u"folder-missing"_s);
    QVERIFY(saved.error.message.contains(u"no longer exists"_s));
}

void TestPostFile::refusesBinaryAndKeepsFile()
{
    const QString path = m_dir.filePath(u"image.md"_s);
    const QByteArray bytes("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
    QVERIFY(test::writeAll(path, bytes));
    const LoadResult loaded = PostFile::load(path);
    QVERIFY(!loaded.ok);
    QCOMPARE(loaded.error.code, u"binary-file"_s);
    QCOMPARE(test::readAll(path), bytes);
}

void TestPostFile::failedSaveKeepsOldFile()
{
    // Saving onto a path whose name is taken by a folder fails; the folder and the old contents stay.
    const QString path = m_dir.filePath(u"taken"_s);
    QVERIFY(QDir(m_dir.path()).mkpath(u"taken"_s));
    const SaveResult saved = PostFile::save(path, u"new text"_s, {});
    QVERIFY(!saved.ok);
    QVERIFY(!saved.error.message.isEmpty());
    QVERIFY(QFileInfo(path).isDir());
}

void TestPostFile::keepsPermissions()
{
    const QString path = m_dir.filePath(u"perm.md"_s);
    QVERIFY(test::writeAll(path, "old\n"));
    const auto permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup;
    QVERIFY(QFile::setPermissions(path, permissions));
    QVERIFY(PostFile::save(path, u"new\n"_s, {}).ok);
    QCOMPARE(test::readAll(path), QByteArray("new\n"));
    // Owner, group and other bits (Qt adds the current user's bits on top).
    QCOMPARE(QFile::permissions(path) & 0x7077, permissions);
}

void TestPostFile::largeFile()
{
    // A 50 MB post opens, and saves back identical.
    QByteArray paragraph = test::readAll(test::seedPath(u"zh"_s));
    QByteArray bytes;
    bytes.reserve(51 * 1024 * 1024);
    while (bytes.size() < 50 * 1024 * 1024)
        bytes.append(paragraph);
    const QString path = m_dir.filePath(u"large.md"_s);
    QVERIFY(test::writeAll(path, bytes));
    const LoadResult loaded = PostFile::load(path);
    QVERIFY(loaded.ok);
    QVERIFY(PostFile::save(path, loaded.text, loaded.format).ok);
    QCOMPARE(QFileInfo(path).size(), bytes.size());
    QVERIFY(test::readAll(path) == bytes);
}

QTEST_GUILESS_MAIN(TestPostFile)
#include "tst_postfile.moc"
