#include "jekyll/Site.h"
#include "jekyll/SiteListing.h"
#include "support/Seed.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace coinage;
using namespace coinage::test;
using namespace Qt::StringLiterals;

// The Site panel's and `coinage posts`' logic: each file's state and title, filtering, searching, grouping.
class TestSiteListing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void state_data();
    void state();
    void group_data();
    void group();
    void stateNames();
};

static const QDateTime now = QDateTime(QDate(2025, 6, 1), QTime(12, 0), QTimeZone("Asia/Shanghai"));

void TestSiteListing::state_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("future"); // the config's future: value, empty for none
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("title");

    QTest::newRow("draft") << u"_drafts/idea.md"_s << QByteArray("---\ntitle: An idea\n---\n") << QString()
                           << u"draft"_s << u"An idea"_s;
    QTest::newRow("draft-published-false-stays-draft")
        << u"_drafts/idea.md"_s << QByteArray("---\ntitle: X\npublished: false\n---\n") << QString() << u"draft"_s
        << u"X"_s;
    QTest::newRow("published") << u"_posts/2025-01-05-coins.md"_s
                               << QByteArray("---\ntitle: 硬币\ndate: 2025-01-05 22:05:00 +0800\n---\n") << QString()
                               << u"published"_s << u"硬币"_s;
    QTest::newRow("unpublished") << u"_posts/2025-01-05-coins.md"_s
                                 << QByteArray("---\ntitle: C\npublished: false\n---\n") << QString()
                                 << u"unpublished"_s << u"C"_s;
    QTest::newRow("published-true") << u"_posts/2025-01-05-coins.md"_s
                                    << QByteArray("---\ntitle: C\npublished: true\n---\n") << QString()
                                    << u"published"_s << u"C"_s;
    QTest::newRow("future-by-date") << u"_posts/2025-01-05-later.md"_s
                                    << QByteArray("---\ntitle: L\ndate: 2030-01-01 00:00:00 +0800\n---\n") << QString()
                                    << u"future"_s << u"L"_s;
    QTest::newRow("future-by-name") << u"_posts/2031-02-03-later.md"_s << QByteArray("---\ntitle: L\n---\n")
                                    << QString() << u"future"_s << u"L"_s;
    QTest::newRow("future-allowed") << u"_posts/2031-02-03-later.md"_s << QByteArray("---\ntitle: L\n---\n")
                                    << u"true"_s << u"published"_s << u"L"_s;
    // One minute after now in Shanghai, written in UTC: still future.
    QTest::newRow("future-other-offset") << u"_posts/2025-06-01-soon.md"_s
                                         << QByteArray("---\ndate: 2025-06-01 04:01:00 +0000\n---\n") << QString()
                                         << u"future"_s << u"Soon"_s;
    QTest::newRow("past-other-offset") << u"_posts/2025-06-01-soon.md"_s
                                       << QByteArray("---\ndate: 2025-06-01 03:59:00 +0000\n---\n") << QString()
                                       << u"published"_s << u"Soon"_s;
    QTest::newRow("no-title-from-name") << u"_posts/2025-01-05-my-first-post.md"_s
                                        << QByteArray("---\nlayout: post\n---\n") << QString() << u"published"_s
                                        << u"My First Post"_s;
    QTest::newRow("unpublished-wins-over-future")
        << u"_posts/2031-01-05-x.md"_s << QByteArray("---\ntitle: X\npublished: false\n---\n") << QString()
        << u"unpublished"_s << u"X"_s;
}

void TestSiteListing::state()
{
    QFETCH(QString, relative);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, future);
    QFETCH(QString, state);
    QFETCH(QString, title);
    QTemporaryDir dir;
    QByteArray config = "timezone: Asia/Shanghai\n";
    if (!future.isEmpty())
        config += "future: " + future.toUtf8() + '\n';
    writeAll(dir.filePath(u"_config.yml"_s), config);
    QDir().mkpath(QFileInfo(dir.filePath(relative)).absolutePath());
    writeAll(dir.filePath(relative), bytes);
    const auto site = Site::open(dir.path());
    QVERIFY(site);
    const QList<SitePost> posts = site->posts(now);
    QCOMPARE(posts.size(), 1);
    QCOMPARE(Site::stateName(posts.first().state), state);
    QCOMPARE(posts.first().title, title);
}

static SitePost post(const QString &relative, const QString &title, PostState state, const QDateTime &date)
{
    SitePost p;
    p.path = u"/site/"_s + relative;
    p.relativePath = relative;
    p.title = title;
    p.state = state;
    p.date = date;
    return p;
}

static QList<SitePost> samplePosts()
{
    const QTimeZone zone("Asia/Shanghai");
    return {
        post(u"_posts/2024-03-01-old.md"_s, u"Old coins"_s, PostState::Published, QDateTime({2024, 3, 1}, {}, zone)),
        post(u"_drafts/idea.md"_s, u"铸币的想法"_s, PostState::Draft, QDateTime({2025, 2, 1}, {}, zone)),
        post(u"_posts/2025-01-05-new.md"_s, u"New models"_s, PostState::Published, QDateTime({2025, 1, 5}, {}, zone)),
        post(u"_posts/2024-12-01-hidden.md"_s, u"Hidden"_s, PostState::Unpublished, QDateTime({2024, 12, 1}, {}, zone)),
        post(u"_drafts/undated.md"_s, u"Undated"_s, PostState::Draft, QDateTime()),
        post(u"_posts/2030-01-01-later.md"_s, u"Later"_s, PostState::Future, QDateTime({2030, 1, 1}, {}, zone)),
    };
}

void TestSiteListing::group_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected"); // "group:title,title;group:title"

    QTest::newRow("all") << QString() << QString()
                         << u"drafts:铸币的想法,Undated;posts:Later,New models,Hidden,Old coins"_s;
    QTest::newRow("drafts-only") << u"draft"_s << QString() << u"drafts:铸币的想法,Undated"_s;
    QTest::newRow("published-only") << u"published"_s << QString() << u"posts:New models,Old coins"_s;
    QTest::newRow("unpublished-only") << u"unpublished"_s << QString() << u"posts:Hidden"_s;
    QTest::newRow("future-only") << u"future"_s << QString() << u"posts:Later"_s;
    QTest::newRow("search-title-case") << QString() << u"COINS"_s << u"posts:Old coins"_s;
    QTest::newRow("search-chinese") << QString() << u"铸币"_s << u"drafts:铸币的想法"_s;
    QTest::newRow("search-file-name") << QString() << u"2025-01"_s << u"posts:New models"_s;
    QTest::newRow("search-two-words") << QString() << u"models new"_s << u"posts:New models"_s;
    QTest::newRow("search-and-state") << u"draft"_s << u"old"_s << QString();
    QTest::newRow("no-match") << QString() << u"zzz"_s << QString();
}

void TestSiteListing::group()
{
    QFETCH(QString, state);
    QFETCH(QString, query);
    QFETCH(QString, expected);
    const auto groups =
        SiteListing::group(samplePosts(), state.isEmpty() ? std::nullopt : SiteListing::stateFromName(state), query);
    QStringList parts;
    for (const SiteListing::Group &g : groups) {
        QStringList titles;
        for (const SitePost &p : g.posts)
            titles.append(p.title);
        parts.append(g.name + u':' + titles.join(u','));
    }
    QCOMPARE(parts.join(u';'), expected);
}

void TestSiteListing::stateNames()
{
    for (const PostState s : {PostState::Draft, PostState::Published, PostState::Unpublished, PostState::Future})
        QCOMPARE(SiteListing::stateFromName(Site::stateName(s)), s);
    QVERIFY(!SiteListing::stateFromName(u"drafts"_s));
    QVERIFY(!SiteListing::stateFromName(QString()));
}

QTEST_GUILESS_MAIN(TestSiteListing)
#include "tst_sitelisting.moc"
