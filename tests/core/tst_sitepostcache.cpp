#include "jekyll/Site.h"
#include "jekyll/SitePostCache.h"
#include "support/Seed.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

using namespace coinage;
using namespace coinage::test;
using namespace Qt::StringLiterals;

// The Site panel's incremental listing: only new and changed files are read again, subfolders of _posts count, the
// result equals Site::posts(), and 3,000 posts list quickly once cached.
class TestSitePostCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void sameAsSiteAndIncremental_data();
    void sameAsSiteAndIncremental();
    void futureFollowsNow();
    void threeThousandPosts();

private:
    QString write(const QString &relative, const QByteArray &bytes);
    static QStringList describe(const QList<SitePost> &posts);
    std::unique_ptr<QTemporaryDir> m_dir;
};

static const QDateTime now = QDateTime(QDate(2025, 6, 1), QTime(12, 0), QTimeZone("Asia/Shanghai"));

QString TestSitePostCache::write(const QString &relative, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(relative);
    writeAll(path, bytes);
    return path;
}

QStringList TestSitePostCache::describe(const QList<SitePost> &posts)
{
    QStringList lines;
    for (const SitePost &post : posts)
        lines.append(post.relativePath + u'|' + post.title + u'|' + Site::stateName(post.state) + u'|' +
                     post.date.toString(Qt::ISODate));
    return lines;
}

void TestSitePostCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    write(u"_config.yml"_s, "timezone: Asia/Shanghai\n");
    write(u"_posts/2025-01-01-one.md"_s, "---\ntitle: One\n---\n");
    write(u"_posts/2025-01-02-two.md"_s, "---\ntitle: Two\n---\n");
    write(u"_posts/essays/2025-01-03-three.md"_s, "---\ntitle: Three\n---\n");
    write(u"_drafts/idea.md"_s, "---\ntitle: Idea\n---\n");
}

void TestSitePostCache::sameAsSiteAndIncremental_data()
{
    QTest::addColumn<QString>("change"); // what happens between two listings
    QTest::addColumn<int>("read");       // files read by the second listing
    QTest::addColumn<int>("removed");
    QTest::addColumn<int>("files");

    QTest::newRow("nothing") << u"none"_s << 0 << 0 << 4;
    QTest::newRow("edit-one") << u"edit"_s << 1 << 0 << 4;
    QTest::newRow("add-in-new-subfolder") << u"add"_s << 1 << 0 << 5;
    QTest::newRow("delete-one") << u"delete"_s << 0 << 1 << 3;
    QTest::newRow("rename-one") << u"rename"_s << 1 << 1 << 4;
}

void TestSitePostCache::sameAsSiteAndIncremental()
{
    QFETCH(QString, change);
    QFETCH(int, read);
    QFETCH(int, removed);
    QFETCH(int, files);
    const auto site = Site::open(m_dir->path());
    QVERIFY(site);
    SitePostCache cache;
    QCOMPARE(describe(cache.posts(*site, now)), describe(site->posts(now)));
    QCOMPARE(cache.lastStats().read, 4);
    QCOMPARE(cache.lastStats().files, 4);

    if (change == u"edit")
        write(u"_posts/2025-01-02-two.md"_s, "---\ntitle: Two, longer\n---\n");
    else if (change == u"add")
        write(u"_posts/2025/notes/2025-01-04-four.md"_s, "---\ntitle: Four\n---\n");
    else if (change == u"delete")
        QVERIFY(QFile::remove(m_dir->filePath(u"_posts/2025-01-01-one.md"_s)));
    else if (change == u"rename")
        QVERIFY(QFile::rename(m_dir->filePath(u"_drafts/idea.md"_s), m_dir->filePath(u"_drafts/better-idea.md"_s)));

    const QList<SitePost> second = cache.posts(*site, now);
    QCOMPARE(describe(second), describe(site->posts(now)));
    QCOMPARE(cache.lastStats().read, read);
    QCOMPARE(cache.lastStats().removed, removed);
    QCOMPARE(cache.lastStats().files, files);
}

void TestSitePostCache::futureFollowsNow()
{
    write(u"_posts/2025-07-01-later.md"_s, "---\ntitle: Later\ndate: 2025-07-01 09:00:00 +0800\n---\n");
    const auto site = Site::open(m_dir->path());
    QVERIFY(site);
    SitePostCache cache;
    auto stateOfLater = [&cache, &site](const QDateTime &when) {
        for (const SitePost &post : cache.posts(*site, when)) {
            if (post.title == u"Later")
                return Site::stateName(post.state);
        }
        return QString();
    };
    QCOMPARE(stateOfLater(now), u"future"_s);
    QCOMPARE(stateOfLater(now.addMonths(2)), u"published"_s); // cached, yet no longer in the future
    QCOMPARE(cache.lastStats().read, 0);
}

void TestSitePostCache::threeThousandPosts()
{
    // 3,000 posts in year folders (as large sites keep them), each a few hundred bytes of front matter and text.
    for (int i = 0; i < 3000; ++i) {
        const QDate date = QDate(2010, 1, 1).addDays(i);
        const QString name = u"_posts/%1/%2-post-%3.md"_s.arg(date.year()).arg(date.toString(Qt::ISODate)).arg(i);
        write(name, u"---\nlayout: post\ntitle: 第 %1 篇 Post %1\ndate: %2 08:00:00 +0800\ntags: [a, b]\n---\n\n"
                    "Some text for post %1, 中文和 English.\n"_s.arg(i)
                        .arg(date.toString(Qt::ISODate))
                        .toUtf8());
    }
    const auto site = Site::open(m_dir->path());
    QVERIFY(site);
    SitePostCache cache;
    QElapsedTimer timer;
    timer.start();
    const QList<SitePost> first = cache.posts(*site, now);
    const qint64 cold = timer.nsecsElapsed();
    QCOMPARE(first.size(), 3004);
    QCOMPARE(cache.lastStats().read, 3004);

    timer.restart();
    const QList<SitePost> again = cache.posts(*site, now);
    const qint64 warm = timer.nsecsElapsed();
    QCOMPARE(cache.lastStats().read, 0);
    QCOMPARE(again.size(), first.size());

    write(u"_posts/2012/2012-01-01-post-730.md"_s, "---\ntitle: Changed\n---\n\nShorter.\n");
    timer.restart();
    cache.posts(*site, now);
    const qint64 oneChanged = timer.nsecsElapsed();
    QCOMPARE(cache.lastStats().read, 1);

    timer.restart();
    const QList<SitePost> plain = site->posts(now);
    const qint64 uncached = timer.nsecsElapsed();
    QCOMPARE(plain.size(), first.size());
    qInfo("3,004 posts: first listing %.1f ms, unchanged %.1f ms, one changed %.1f ms, Site::posts %.1f ms", cold / 1e6,
          warm / 1e6, oneChanged / 1e6, uncached / 1e6);
}

QTEST_GUILESS_MAIN(TestSitePostCache)
#include "tst_sitepostcache.moc"
