#include "support/Cli.h"
#include "support/Seed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace coinage::test;
using namespace Qt::StringLiterals;

// coinage publish / unpublish / rename / posts on a temporary site with the seed post copied in.
class TestCliSite : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void help_data();
    void help();
    void usageErrors_data();
    void usageErrors();
    void posts();
    void postsFilter_data();
    void postsFilter();
    void publishUnpublishRename();
    void publishWithDateNearMidnight();
    void problems_data();
    void problems();

private:
    QString write(const QString &relative, const QByteArray &bytes);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_site;
};

QString TestCliSite::write(const QString &relative, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(relative);
    writeAll(path, bytes);
    return path;
}

void TestCliSite::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    write(u"site/_config.yml"_s, "timezone: Asia/Shanghai\n");
    write(u"site/_posts/2025-01-05-large-models-and-coin-minting.md"_s, readAll(seedPath(u"en"_s)));
    write(u"site/_posts/2025-01-04-hidden.md"_s, "---\ntitle: Hidden\npublished: false\n---\n");
    write(u"site/_posts/2099-01-01-later.md"_s, "---\ntitle: Later\n---\n");
    write(u"site/_drafts/an-idea.md"_s, "---\ntitle: 一个想法\n---\r\n\r\nText\r\n");
    m_site = m_dir->filePath(u"site"_s);
}

void TestCliSite::help_data()
{
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QString>("mention");
    QTest::newRow("publish") << u"publish"_s << u"--date"_s;
    QTest::newRow("unpublish") << u"unpublish"_s << u"_drafts"_s;
    QTest::newRow("rename") << u"rename"_s << u"SLUG"_s;
    QTest::newRow("posts") << u"posts"_s << u"--state"_s;
}

void TestCliSite::help()
{
    QFETCH(QString, verb);
    QFETCH(QString, mention);
    const CliResult result = runCoinage({verb, u"--help"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(mention), qPrintable(result.out));
    const CliResult top = runCoinage({u"--help"_s});
    QVERIFY2(top.out.contains(verb), qPrintable(top.out));
}

void TestCliSite::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("publish-no-file") << QStringList{u"publish"_s};
    QTest::newRow("publish-bad-option") << QStringList{u"publish"_s, u"--nope"_s, u"x.md"_s};
    QTest::newRow("unpublish-two-files") << QStringList{u"unpublish"_s, u"a.md"_s, u"b.md"_s};
    QTest::newRow("rename-no-slug") << QStringList{u"rename"_s, u"a.md"_s};
    QTest::newRow("posts-no-site") << QStringList{u"posts"_s};
    QTest::newRow("posts-bad-state") << QStringList{u"posts"_s, u"--site"_s, u"."_s, u"--state"_s, u"drafts"_s};
}

void TestCliSite::usageErrors()
{
    QFETCH(QStringList, arguments);
    const CliResult result = runCoinage(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY(!result.err.isEmpty());
}

void TestCliSite::posts()
{
    const CliResult result = runCoinage({u"posts"_s, u"--site"_s, m_site, u"--json"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    const QJsonArray array = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(array.size(), 4);
    QStringList seen;
    for (const QJsonValue &value : array)
        seen.append(value[u"state"_s].toString() + u'|' + value[u"title"_s].toString() + u'|' +
                    value[u"path"_s].toString());
    QCOMPARE(seen.at(0), u"draft|一个想法|_drafts/an-idea.md"_s);
    QCOMPARE(seen.at(1), u"future|Later|_posts/2099-01-01-later.md"_s);
    QVERIFY2(seen.at(2).startsWith(u"published|"_s), qPrintable(seen.at(2)));
    QCOMPARE(seen.at(3), u"unpublished|Hidden|_posts/2025-01-04-hidden.md"_s);
    QCOMPARE(array.at(1)[u"date"_s].toString(), u"2099-01-01 00:00:00 +0800"_s);

    const CliResult text = runCoinage({u"posts"_s, u"--site"_s, m_site});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out.count(u'\n'), 4);
    QVERIFY(text.out.contains(u"一个想法"_s));
}

void TestCliSite::postsFilter_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("title");
    QTest::newRow("draft") << u"draft"_s << u"一个想法"_s;
    QTest::newRow("unpublished") << u"unpublished"_s << u"Hidden"_s;
    QTest::newRow("future") << u"future"_s << u"Later"_s;
}

void TestCliSite::postsFilter()
{
    QFETCH(QString, state);
    QFETCH(QString, title);
    const CliResult result = runCoinage({u"posts"_s, u"--site"_s, m_site, u"--json"_s, u"--state"_s, state});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(array.size(), 1);
    QCOMPARE(array.at(0)[u"title"_s].toString(), title);
}

void TestCliSite::publishUnpublishRename()
{
    const QString draft = m_site + u"/_drafts/an-idea.md"_s;
    const CliResult published = runCoinage({u"publish"_s, draft, u"--date"_s, u"2025-03-01 10:00"_s});
    QCOMPARE(published.exitCode, 0);
    QVERIFY2(published.err.isEmpty(), qPrintable(published.err));
    const QString post = m_site + u"/_posts/2025-03-01-an-idea.md"_s;
    QCOMPARE(published.out.trimmed(), post);
    QVERIFY(!QFileInfo::exists(draft));
    const QByteArray bytes = readAll(post);
    QVERIFY2(bytes.contains("date: 2025-03-01 10:00:00 +0800\r\n"), bytes.constData()); // CRLF kept
    QVERIFY(bytes.contains("title: 一个想法"));

    const CliResult renamed = runCoinage({u"rename"_s, post, u"a-better-idea"_s, u"--json"_s});
    QCOMPARE(renamed.exitCode, 0);
    const QString renamedPath = m_site + u"/_posts/2025-03-01-a-better-idea.md"_s;
    QCOMPARE(QJsonDocument::fromJson(renamed.out.toUtf8())[u"path"_s].toString(), renamedPath);
    QCOMPARE(readAll(renamedPath), bytes);

    const CliResult unpublished = runCoinage({u"unpublish"_s, renamedPath});
    QCOMPARE(unpublished.exitCode, 0);
    QCOMPARE(unpublished.out.trimmed(), m_site + u"/_drafts/a-better-idea.md"_s);
    QCOMPARE(readAll(m_site + u"/_drafts/a-better-idea.md"_s), bytes);
}

void TestCliSite::publishWithDateNearMidnight()
{
    // 23:30 in New York is the next day in Shanghai: the file name carries Shanghai's date.
    const CliResult result =
        runCoinage({u"publish"_s, m_site + u"/_drafts/an-idea.md"_s, u"--date"_s, u"2025-03-01 23:30 -0500"_s});
    QCOMPARE(result.exitCode, 0);
    const QString post = m_site + u"/_posts/2025-03-02-an-idea.md"_s;
    QCOMPARE(result.out.trimmed(), post);
    QVERIFY(readAll(post).contains("date: 2025-03-02 12:30:00 +0800"));
}

void TestCliSite::problems_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("publish-a-post") << QStringList{u"publish"_s, u"SITE/_posts/2025-01-04-hidden.md"_s} << u"_drafts"_s;
    QTest::newRow("unpublish-a-draft") << QStringList{u"unpublish"_s, u"SITE/_drafts/an-idea.md"_s} << u"_posts"_s;
    QTest::newRow("missing-file") << QStringList{u"publish"_s, u"SITE/_drafts/none.md"_s} << u"no such file"_s;
    QTest::newRow("not-in-site") << QStringList{u"unpublish"_s, u"OUTSIDE"_s} << u"not inside a Jekyll site"_s;
    QTest::newRow("invalid-slug") << QStringList{u"rename"_s, u"SITE/_drafts/an-idea.md"_s, u"Bad Slug"_s}
                                  << u"not a valid slug"_s;
    QTest::newRow("target-exists") << QStringList{u"rename"_s, u"SITE/_posts/2099-01-01-later.md"_s, u"later"_s}
                                   << QString();
    QTest::newRow("posts-not-a-site") << QStringList{u"posts"_s, u"--site"_s, u"OUTSIDE_DIR"_s} << u"_config.yml"_s;
}

void TestCliSite::problems()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString outside = write(u"loose/post.md"_s, "---\ntitle: x\n---\n");
    for (QString &argument : arguments) {
        argument.replace(u"SITE"_s, m_site);
        argument.replace(u"OUTSIDE_DIR"_s, m_dir->filePath(u"loose"_s));
        argument.replace(u"OUTSIDE"_s, outside);
    }
    const QByteArray before = readAll(m_site + u"/_drafts/an-idea.md"_s);
    const CliResult result = runCoinage(arguments);
    if (message.isEmpty()) { // renaming to its own name changes nothing and succeeds
        QCOMPARE(result.exitCode, 0);
        return;
    }
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QCOMPARE(readAll(m_site + u"/_drafts/an-idea.md"_s), before);
}

QTEST_GUILESS_MAIN(TestCliSite)
#include "tst_cli_site.moc"
