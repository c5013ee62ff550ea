#include "check/PostChecker.h"
#include "jekyll/Exporter.h"
#include "jekyll/JekyllLint.h"
#include "jekyll/PostDate.h"
#include "jekyll/PostPath.h"
#include "jekyll/PostWorkflow.h"
#include "jekyll/ReferenceConversion.h"
#include "jekyll/Site.h"
#include "post/PostFile.h"
#include "support/Seed.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace coinage;
using namespace coinage::test;
using namespace Qt::StringLiterals;

class TestJekyllSite : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void openSite();
    void notASite();
    void postStates();
    void newPost_data();
    void newPost();
    void newPostNeverOverwrites();
    void publishUnpublishRename();
    void publishRefusesExistingTarget();
    void postPath_data();
    void postPath();
    void lint_data();
    void lint();
    void lintFixes_data();
    void lintFixes();
    void references();
    void inlineNotes();
    void exportSeed();
    void exportRenders_data();
    void exportRenders();
    void exportNeverOverwrites();
    void exportText();
    void polyglot_data();
    void polyglot();

private:
    QString write(const QString &relative, const QString &text);
    Site site();
    std::unique_ptr<QTemporaryDir> m_dir;
};

QString TestJekyllSite::write(const QString &relative, const QString &text)
{
    const QString path = m_dir->filePath(relative);
    writeAll(path, text.toUtf8());
    return path;
}

Site TestJekyllSite::site()
{
    const auto opened = Site::open(m_dir->path());
    if (!opened)
        qFatal("site did not open");
    return *opened;
}

void TestJekyllSite::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    write(u"_config.yml"_s, u"title: Test\ntimezone: Asia/Shanghai\n"_s);
    write(u"_layouts/post.html"_s, u"{{ content }}"_s);
    write(u"_layouts/default.html"_s, u"{{ content }}"_s);
}

void TestJekyllSite::openSite()
{
    const Site s = site();
    QCOMPARE(s.timezoneName(), u"Asia/Shanghai"_s);
    QVERIFY(s.timezoneValid());
    QCOMPARE(s.zone().id(), QByteArray("Asia/Shanghai"));
    QCOMPARE(s.layouts(), (QStringList{u"default"_s, u"post"_s}));
    QCOMPARE(s.postLayout(), u"post"_s);
    QVERIFY(!s.publishesFuture());
    QCOMPARE(Site::findRoot(m_dir->filePath(u"_posts/x.md"_s)), QDir(m_dir->path()).absolutePath());

    write(u"_config.yml"_s, u"timezone: Mars/Olympus\nfuture: true\n"_s);
    const Site bad = site();
    QVERIFY(!bad.timezoneValid());
    QCOMPARE(bad.zone().id(), QByteArray("UTC"));
    QVERIFY(bad.publishesFuture());
}

void TestJekyllSite::notASite()
{
    SiteError error;
    QTemporaryDir empty;
    QVERIFY(!Site::open(empty.path(), &error));
    QCOMPARE(error.code, u"not-a-site"_s);
    writeAll(empty.filePath(u"_config.yml"_s), "a: [1\n");
    QVERIFY(!Site::open(empty.path(), &error));
    QCOMPARE(error.code, u"config-invalid"_s);
}

void TestJekyllSite::postStates()
{
    write(u"_posts/2025-01-05-a.md"_s, u"---\ntitle: A\ndate: 2025-01-05 22:05:00 +0800\n---\n"_s);
    write(u"_posts/2025-01-04-b.md"_s, u"---\ntitle: B\npublished: false\n---\n"_s);
    write(u"_posts/2099-01-01-c.md"_s, u"---\ntitle: C\n---\n"_s);
    write(u"_drafts/d.md"_s, u"---\ntitle: 草稿\n---\n"_s);
    write(u"_posts/no-date.md"_s, u"---\n---\n"_s);
    const QDateTime now(QDate(2025, 6, 1), QTime(12, 0), QTimeZone::UTC);
    const QList<SitePost> posts = site().posts(now);
    QCOMPARE(posts.size(), 5);
    QHash<QString, SitePost> byPath;
    for (const SitePost &p : posts)
        byPath.insert(p.relativePath, p);
    QCOMPARE(byPath[u"_posts/2025-01-05-a.md"_s].state, PostState::Published);
    QCOMPARE(PostDate::format(byPath[u"_posts/2025-01-05-a.md"_s].date), u"2025-01-05 22:05:00 +0800"_s);
    QCOMPARE(byPath[u"_posts/2025-01-04-b.md"_s].state, PostState::Unpublished);
    QCOMPARE(byPath[u"_posts/2099-01-01-c.md"_s].state, PostState::Future);
    QCOMPARE(byPath[u"_drafts/d.md"_s].state, PostState::Draft);
    QCOMPARE(byPath[u"_drafts/d.md"_s].title, u"草稿"_s);
    QCOMPARE(byPath[u"_posts/no-date.md"_s].title, u"No Date"_s);
    QVERIFY(!byPath[u"_posts/no-date.md"_s].problem.isEmpty());
    QCOMPARE(Site::stateName(PostState::Future), u"future"_s);
}

void TestJekyllSite::newPost_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<bool>("draft");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QString>("dateLine");
    const QDateTime lateUtc(QDate(2025, 1, 5), QTime(17, 30), QTimeZone::UTC); // 01:30 on the 6th in Shanghai
    QTest::newRow("chinese post") << u"大模型与铸币"_s << false << lateUtc << u"_posts/2025-01-06-大模型与铸币.md"_s
                                  << u"date: 2025-01-06 01:30:00 +0800"_s;
    QTest::newRow("mixed draft") << u"Large Models 与 铸币!"_s << true << lateUtc
                                 << u"_drafts/large-models-与-铸币.md"_s << u"date: 2025-01-06 01:30:00 +0800"_s;
    QTest::newRow("emoji only") << u"🪙"_s << false << lateUtc << u"_posts/2025-01-06-untitled.md"_s
                                << u"date: 2025-01-06 01:30:00 +0800"_s;
    QTest::newRow("typed title") << u"yes"_s << false << lateUtc << u"_posts/2025-01-06-yes.md"_s
                                 << u"date: 2025-01-06 01:30:00 +0800"_s;
}

void TestJekyllSite::newPost()
{
    QFETCH(QString, title);
    QFETCH(bool, draft);
    QFETCH(QDateTime, now);
    QFETCH(QString, relative);
    QFETCH(QString, dateLine);
    const WorkflowResult result = PostWorkflow(site()).newPost(title, draft, now);
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(QDir(m_dir->path()).relativeFilePath(result.path), relative);
    const LoadResult loaded = PostFile::load(result.path);
    QVERIFY(loaded.ok);
    QVERIFY(loaded.text.contains(dateLine + u'\n'));
    QVERIFY(loaded.text.contains(u"layout: post\n"_s));
    const FrontMatterData data = FrontMatterData::parse(loaded.text, splitFrontMatter(loaded.text));
    QCOMPARE(data.string(u"title"), title);
    QCOMPARE(data.find(u"title")->value.kind, YamlValue::Kind::String);
    // A new post passes the Jekyll lint.
    const QList<Diagnostic> problems = PostChecker::checkFile(result.path);
    QVERIFY2(problems.isEmpty(), problems.isEmpty() ? "" : qPrintable(problems.first().toText()));
}

void TestJekyllSite::newPostNeverOverwrites()
{
    const QDateTime now(QDate(2025, 1, 5), QTime(12, 0), QTimeZone::UTC);
    const QString first = PostWorkflow(site()).newPost(u"Hello"_s, false, now).path;
    const QString second = PostWorkflow(site()).newPost(u"Hello"_s, false, now).path;
    QVERIFY(first.endsWith(u"/_posts/2025-01-05-hello.md"_s));
    QVERIFY(second.endsWith(u"/_posts/2025-01-05-hello-2.md"_s));
}

void TestJekyllSite::publishUnpublishRename()
{
    const QString draft = write(u"_drafts/my-draft.md"_s, u"---\n# keep me\ntitle: Draft\ntags: [a]\n---\nText\n"_s);
    const PostWorkflow workflow(site());
    // 23:30 in New York is 12:30 the next day in Shanghai: the file takes the site's local date.
    const QDateTime when(QDate(2025, 3, 9), QTime(23, 30), QTimeZone("America/New_York"));
    const WorkflowResult published = workflow.publish(draft, when);
    QVERIFY2(published.ok, qPrintable(published.message));
    QVERIFY(published.path.endsWith(u"/_posts/2025-03-10-my-draft.md"_s));
    QVERIFY(!QFileInfo::exists(draft));
    QCOMPARE(QString::fromUtf8(readAll(published.path)),
             u"---\n# keep me\ntitle: Draft\ntags: [a]\ndate: 2025-03-10 11:30:00 +0800\n---\nText\n"_s);

    const WorkflowResult renamed = workflow.rename(published.path, u"新名字"_s);
    QVERIFY2(renamed.ok, qPrintable(renamed.message));
    QVERIFY(renamed.path.endsWith(u"/_posts/2025-03-10-新名字.md"_s));
    QVERIFY(!workflow.rename(renamed.path, u"bad slug"_s).ok);

    const WorkflowResult back = workflow.unpublish(renamed.path);
    QVERIFY2(back.ok, qPrintable(back.message));
    QVERIFY(back.path.endsWith(u"/_drafts/新名字.md"_s));
    QVERIFY(readAll(back.path).contains("date: 2025-03-10 11:30:00 +0800"));
    QCOMPARE(workflow.unpublish(back.path).code, u"not-a-post"_s);
    QCOMPARE(workflow.publish(m_dir->filePath(u"_config.yml"_s)).code, u"not-a-draft"_s);

    // A post whose name disagrees with its date gets the date's day when renamed.
    const QString wrong = write(u"_posts/2025-01-01-x.md"_s, u"---\ndate: 2025-01-05 23:30:00 -0500\n---\n"_s);
    const WorkflowResult fixed = workflow.rename(wrong, u"x"_s);
    QVERIFY(fixed.ok);
    QVERIFY(fixed.path.endsWith(u"/_posts/2025-01-06-x.md"_s));
}

void TestJekyllSite::publishRefusesExistingTarget()
{
    const QString draft = write(u"_drafts/same.md"_s, u"---\ntitle: Draft\n---\n"_s);
    const QString existing = write(u"_posts/2025-01-05-same.md"_s, u"---\ntitle: Existing\n---\n"_s);
    const QDateTime when(QDate(2025, 1, 5), QTime(12, 0), QTimeZone("Asia/Shanghai"));
    const WorkflowResult result = PostWorkflow(site()).publish(draft, when);
    QVERIFY(!result.ok);
    QCOMPARE(result.code, u"target-exists"_s);
    QVERIFY(QFileInfo::exists(draft));
    QCOMPARE(readAll(existing), QByteArray("---\ntitle: Existing\n---\n"));
}

void TestJekyllSite::postPath_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QString>("extension");
    QTest::newRow("post") << u"2025-01-05-large-models.md"_s << QDate(2025, 1, 5) << u"large-models"_s << u".md"_s;
    QTest::newRow("seed") << u"/x/2025-01-05-large-models-and-coin-minting.en.md"_s << QDate(2025, 1, 5)
                          << u"large-models-and-coin-minting.en"_s << u".md"_s;
    QTest::newRow("short date") << u"2025-1-5-a.markdown"_s << QDate(2025, 1, 5) << u"a"_s << u".markdown"_s;
    QTest::newRow("draft") << u"大模型.md"_s << QDate() << u"大模型"_s << u".md"_s;
    QTest::newRow("trailing dot") << u"2025-01-05-a..md"_s << QDate(2025, 1, 5) << u"a"_s << u".md"_s;
    QTest::newRow("bad date") << u"2025-02-30-a.md"_s << QDate() << u"2025-02-30-a"_s << u".md"_s;
}

void TestJekyllSite::postPath()
{
    QFETCH(QString, name);
    QFETCH(QDate, date);
    QFETCH(QString, slug);
    QFETCH(QString, extension);
    const PostPath path = PostPath::parse(name);
    QCOMPARE(path.date, date);
    QCOMPARE(path.slug, slug);
    QCOMPARE(path.extension, extension);
}

void TestJekyllSite::lint_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("codes");  // expected codes, in order
    QTest::addColumn<QList<int>>("lines");   // their lines
    QTest::addColumn<QList<int>>("columns"); // their columns

    QTest::newRow("clean") << u"_posts/2025-01-05-a.md"_s
                           << u"---\ntitle: A\ndate: 2025-01-05 22:05:00 +0800\n---\nText `{{ x }}`?\n"_s
                           << QStringList{u"liquid-in-code"_s} << QList<int>{5} << QList<int>{7};
    QTest::newRow("seed date without offset")
        << u"notes/a.md"_s << u"---\ntitle: A\ndate: 2025-01-05 22:05\n---\n"_s << QStringList{u"date-without-offset"_s}
        << QList<int>{3} << QList<int>{7};
    QTest::newRow("invalid date") << u"notes/a.md"_s << u"---\ntitle: A\ndate: 2025-02-30\n---\n"_s
                                  << QStringList{u"date-invalid"_s} << QList<int>{3} << QList<int>{7};
    QTest::newRow("missing title") << u"notes/a.md"_s << u"---\nlayout: post\n---\n"_s
                                   << QStringList{u"title-missing"_s} << QList<int>{2} << QList<int>{1};
    QTest::newRow("typed title and symbol")
        << u"notes/a.md"_s << u"---\ntitle: yes\nlayout: :post\n---\n"_s
        << QStringList{u"value-not-string"_s, u"yaml-symbol"_s} << QList<int>{2, 3} << QList<int>{8, 9};
    QTest::newRow("unsafe tag") << u"notes/a.md"_s << u"---\ntitle: A\nx: !ruby/object:Object {}\n---\n"_s
                                << QStringList{u"yaml-unsafe-tag"_s} << QList<int>{3} << QList<int>{4};
    QTest::newRow("filename date mismatch (UTC trap)")
        << u"_posts/2025-01-05-a.md"_s << u"---\ntitle: A\ndate: 2025-01-05 22:05:00\n---\n"_s
        << QStringList{u"date-without-offset"_s, u"filename-date-mismatch"_s} << QList<int>{3, 3} << QList<int>{7, 7};
    QTest::newRow("filename date mismatch (offset)")
        << u"_posts/2025-01-05-a.md"_s << u"---\ntitle: A\ndate: 2025-01-05 23:30:00 -0500\n---\n"_s
        << QStringList{u"filename-date-mismatch"_s} << QList<int>{3} << QList<int>{7};
    QTest::newRow("no date in name") << u"_posts/a.md"_s << u"---\ntitle: A\n---\n"_s
                                     << QStringList{u"filename-no-date"_s} << QList<int>{1} << QList<int>{1};
    QTest::newRow("slug invalid") << u"_drafts/a b.md"_s << u"---\ntitle: A\nslug: a b\n---\n"_s
                                  << QStringList{u"slug-invalid"_s, u"slug-invalid"_s} << QList<int>{1, 3}
                                  << QList<int>{1, 7};
    QTest::newRow("no front matter in _posts")
        << u"_posts/2025-01-05-a.md"_s << u"Just text\n"_s << QStringList{u"front-matter-missing"_s} << QList<int>{1}
        << QList<int>{1};
    QTest::newRow("liquid in prose, code block, raw")
        << u"notes/a.md"_s
        << u"---\ntitle: A\n---\nUse {{ page.title }} and {% if %}.\n\n```\n{{ x }}\n```\n\n{% raw %}{{ y }}{% endraw %}\n"_s
        << QStringList{u"liquid-in-prose"_s, u"liquid-in-prose"_s, u"liquid-in-code"_s} << QList<int>{4, 4, 7}
        << QList<int>{5, 26, 1};
    QTest::newRow("liquid off") << u"notes/a.md"_s << u"---\ntitle: A\nrender_with_liquid: false\n---\n{{ x }}\n"_s
                                << QStringList{} << QList<int>{} << QList<int>{};
    QTest::newRow("CJK columns") << u"notes/a.md"_s << u"---\ntitle: 标题\n---\n中文{{ x }}\n"_s
                                 << QStringList{u"liquid-in-prose"_s} << QList<int>{4} << QList<int>{3};
}

void TestJekyllSite::lint()
{
    QFETCH(QString, relative);
    QFETCH(QString, text);
    QFETCH(QStringList, codes);
    QFETCH(QList<int>, lines);
    QFETCH(QList<int>, columns);
    const QString path = write(relative, text);
    const QList<Diagnostic> all = PostChecker::checkFile(path);
    QStringList gotCodes;
    QList<int> gotLines, gotColumns;
    for (const Diagnostic &d : all) {
        gotCodes.append(d.code);
        gotLines.append(d.line);
        gotColumns.append(d.column);
    }
    QCOMPARE(gotCodes, codes);
    QCOMPARE(gotLines, lines);
    QCOMPARE(gotColumns, columns);
}

void TestJekyllSite::lintFixes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("fixed");
    QTest::newRow("offset") << u"---\ntitle: A # t\ndate: 2025-07-01 22:05 # d\n---\n"_s << u"date-without-offset"_s
                            << u"---\ntitle: A # t\ndate: 2025-07-01 22:05:00 +0200 # d\n---\n"_s;
    QTest::newRow("offset, UTC trap keeps the wall clock")
        << u"---\ntitle: A\ndate: 2025-01-05 22:05:00\n---\n"_s << u"date-without-offset"_s
        << u"---\ntitle: A\ndate: 2025-01-05 22:05:00 +0100\n---\n"_s;
    QTest::newRow("symbol") << u"---\ntitle: A\nlayout: :post\n---\n"_s << u"yaml-symbol"_s
                            << u"---\ntitle: A\nlayout: \":post\"\n---\n"_s;
    QTest::newRow("typed") << u"---\ntitle: 2025\n---\n"_s << u"value-not-string"_s << u"---\ntitle: \"2025\"\n---\n"_s;
    QTest::newRow("liquid") << u"---\ntitle: A\n---\n{{ x }}\n"_s << u"liquid-in-prose"_s
                            << u"---\ntitle: A\nrender_with_liquid: false\n---\n{{ x }}\n"_s;
    QTest::newRow("slug") << u"---\ntitle: A\nslug: Hello World\n---\n"_s << u"slug-invalid"_s
                          << u"---\ntitle: A\nslug: hello-world\n---\n"_s;
}

void TestJekyllSite::lintFixes()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(QString, fixed);
    JekyllLint::Context context;
    context.siteZone = QTimeZone("Europe/Berlin");
    context.sitePath = u"notes/a.md"_s;
    const CheckInput input(u"a.md"_s, text);
    const QList<LintFinding> findings = JekyllLint::lint(input, context);
    auto it = std::find_if(findings.cbegin(), findings.cend(),
                           [&](const LintFinding &f) { return f.diagnostic.code == code; });
    QVERIFY(it != findings.cend());
    QVERIFY(!it->fix.isEmpty());
    QVERIFY(!it->fixText.isEmpty());
    QCOMPARE(applyEdits(text, it->fix), fixed);
}

void TestJekyllSite::references()
{
    const QString text = QString::fromUtf8(readAll(seedPath(u"en"_s)));
    const ReferenceConversion::Result result = ReferenceConversion::convert(text);
    QCOMPARE(result.referencesConverted, 2);
    QCOMPARE(result.inlineConverted, 0);
    const QString &out = result.text;
    QVERIFY(out.contains(u"illusion.[^1]\n"_s));
    QVERIFY(out.contains(u"wearing a skirt[^2] on paper"_s));
    QVERIFY(!out.contains(u"**References**"_s));
    QVERIFY(out.contains(u"\n\n[^1]: Colleagues responsible for data cleaning"_s));
    QVERIFY(out.contains(u"\n[^2]: May the Cult Leader"_s));
    // Only the markers and the list changed.
    QVERIFY(out.startsWith(text.left(text.indexOf(u"[1]"_s))));

    const QString zh = QString::fromUtf8(readAll(seedPath(u"zh"_s)));
    const QString zhOut = ReferenceConversion::convert(zh).text;
    QVERIFY(zhOut.contains(u"新的幻觉。[^1]"_s));
    QVERIFY(zhOut.contains(u"[^2]: 愿教主原谅我"_s));
    QVERIFY(!zhOut.contains(u"**参考**"_s));
}

void TestJekyllSite::inlineNotes()
{
    const QString text = u"---\ntitle: A\n---\nOne^[first [nested] note] and `^[code]` and [x][1] and [1].\n\n"
                         "[^1]: existing\n"_s;
    const ReferenceConversion::Result result = ReferenceConversion::convert(text);
    QCOMPARE(result.inlineConverted, 1);
    QCOMPARE(result.referencesConverted, 0);
    // The new definition follows the existing one in the post's own style (no blank line between).
    QCOMPARE(result.text, u"---\ntitle: A\n---\nOne[^2] and `^[code]` and [x][1] and [1].\n\n[^1]: existing\n"
                          "[^2]: first [nested] note\n"_s);
}

void TestJekyllSite::exportSeed()
{
    const Exporter exporter(site());
    ExportOptions options;
    options.convertFootnotes = true;
    const ExportResult result = exporter.exportFile(seedPath(u"zh"_s), options);
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(QDir(m_dir->path()).relativeFilePath(result.path),
             u"_posts/2025-01-05-large-models-and-coin-minting.zh.md"_s);
    const QString out = QString::fromUtf8(readAll(result.path));
    QVERIFY(out.startsWith(u"---\nlayout: post\ntitle: 大模型与铸币\ndate: 2025-01-05 22:05:00 +0800\n"_s));
    QVERIFY(out.contains(u"[^1]: 负责数据清洗的同事"_s));
    QVERIFY(PostChecker::checkFile(result.path).isEmpty());
}

void TestJekyllSite::exportRenders_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("draft");
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QString>("expected");
    QTest::newRow("complete front matter")
        << u"notes/My Post.md"_s << u"# Heading Title\n\nBody\n"_s << false << u"_posts/2025-01-06-my-post.md"_s
        << u"---\ntitle: Heading Title\nlayout: post\ndate: 2025-01-06 01:30:00 +0800\n---\n# Heading Title\n\nBody\n"_s;
    QTest::newRow("keeps offset, name from local date")
        << u"notes/2024-12-31-a.md"_s << u"---\ntitle: A\ndate: 2025-01-05 23:30:00 -0500 # NY\n---\n"_s << false
        << u"_posts/2025-01-06-a.md"_s << u"---\ntitle: A\ndate: 2025-01-05 23:30:00 -0500 # NY\nlayout: post\n---\n"_s;
    QTest::newRow("draft, quoting")
        << u"x/大模型.md"_s << u"---\ntitle: yes\nlayout: :post\n---\n"_s << true << u"_drafts/大模型.md"_s
        << u"---\ntitle: \"yes\"\nlayout: \":post\"\ndate: 2025-01-06 01:30:00 +0800\n---\n"_s;
}

void TestJekyllSite::exportRenders()
{
    QFETCH(QString, source);
    QFETCH(QString, text);
    QFETCH(bool, draft);
    QFETCH(QString, relative);
    QFETCH(QString, expected);
    ExportOptions options;
    options.draft = draft;
    options.now = QDateTime(QDate(2025, 1, 5), QTime(17, 30), QTimeZone::UTC);
    const ExportResult result = Exporter(site()).render(source, text, options);
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(QDir(m_dir->path()).relativeFilePath(result.path), relative);
    QCOMPARE(result.text, expected);
}

void TestJekyllSite::exportNeverOverwrites()
{
    const QString source = write(u"notes/2025-01-05-a.md"_s, u"\xfeff---\r\ntitle: A\r\n---\r\n{{ x }}\r\n"_s);
    const Exporter exporter(site());
    ExportOptions options;
    options.now = QDateTime(QDate(2025, 1, 5), QTime(0, 0), QTimeZone::UTC);
    const ExportResult first = exporter.exportFile(source, options);
    QVERIFY2(first.ok, qPrintable(first.message));
    QCOMPARE(first.warnings.size(), 1);
    QCOMPARE(first.warnings.first().diagnostic.code, u"liquid-in-prose"_s);
    // No BOM (Jekyll would not see the front matter), CRLF kept.
    QCOMPARE(readAll(first.path), QByteArray("---\r\ntitle: A\r\nlayout: post\r\ndate: 2025-01-05 08:00:00 +0800\r\n"
                                             "---\r\n{{ x }}\r\n"));
    writeAll(first.path, "mine");
    const ExportResult second = exporter.exportFile(source, options);
    QVERIFY(!second.ok);
    QCOMPARE(second.code, u"target-exists"_s);
    QCOMPARE(readAll(first.path), QByteArray("mine"));
    options.force = true;
    QVERIFY(exporter.exportFile(source, options).ok);
    QVERIFY(readAll(first.path).startsWith("---\r\n"));

    write(u"notes/bad.md"_s, u"---\ntitle: [\n---\n"_s);
    QCOMPARE(exporter.exportFile(m_dir->filePath(u"notes/bad.md"_s), options).code, u"front-matter-invalid"_s);
    write(u"notes/baddate.md"_s, u"---\ntitle: A\ndate: someday\n---\n"_s);
    QCOMPARE(exporter.exportFile(m_dir->filePath(u"notes/baddate.md"_s), options).code, u"date-invalid"_s);
}

void TestJekyllSite::exportText()
{
    // The editor's text (unsaved) is exported, not the file's; an untitled post takes its name from the title.
    const QString source = write(u"notes/essay.md"_s, u"---\ntitle: On disk\n---\n"_s);
    ExportOptions options;
    const ExportResult fromEditor = Exporter(site()).exportText(
        source, u"---\ntitle: In the editor\ndate: 2025-02-03 23:30:00 +0800\n---\n"_s, options);
    QVERIFY2(fromEditor.ok, qPrintable(fromEditor.message));
    QCOMPARE(QFileInfo(fromEditor.path).fileName(), u"2025-02-03-essay.md"_s);
    QVERIFY(QString::fromUtf8(readAll(fromEditor.path)).contains(u"title: In the editor"_s));

    const ExportResult untitled =
        Exporter(site()).exportText({}, u"---\ntitle: 无题 Essay\ndate: 2025-02-04 08:00:00 +0800\n---\n"_s, options);
    QVERIFY2(untitled.ok, qPrintable(untitled.message));
    QCOMPARE(QFileInfo(untitled.path).fileName(), u"2025-02-04-无题-essay.md"_s);

    // CRLF kept from the source's format.
    TextFormat crlf;
    crlf.lineEnding = LineEnding::CRLF;
    options.draft = true;
    const ExportResult draft = Exporter(site()).exportText(source, u"---\ntitle: D\n---\n"_s, options, crlf);
    QVERIFY2(draft.ok, qPrintable(draft.message));
    QVERIFY(readAll(draft.path).startsWith("---\r\ntitle: D\r\n"));
}

void TestJekyllSite::polyglot_data()
{
    QTest::addColumn<QString>("config");
    QTest::addColumn<bool>("polyglot");
    QTest::addColumn<QString>("linkKey");

    QTest::newRow("plain") << u"title: T\n"_s << false << u"ref"_s;
    QTest::newRow("plugins") << u"plugins:\n  - jekyll-feed\n  - jekyll-polyglot\n"_s << true << u"page_id"_s;
    QTest::newRow("gems") << u"gems: [jekyll-polyglot]\n"_s << true << u"page_id"_s;
    QTest::newRow("languages") << u"languages: [\"en\", \"zh\"]\ndefault_lang: en\n"_s << true << u"page_id"_s;
    QTest::newRow("other-plugins") << u"plugins: [jekyll-feed, jekyll-seo-tag]\n"_s << false << u"ref"_s;
    QTest::newRow("plugin-in-comment") << u"# plugins: [jekyll-polyglot]\ntitle: T\n"_s << false << u"ref"_s;
}

void TestJekyllSite::polyglot()
{
    QFETCH(QString, config);
    QFETCH(bool, polyglot);
    QFETCH(QString, linkKey);
    write(u"_config.yml"_s, config);
    const Site opened = site();
    QCOMPARE(opened.usesPolyglot(), polyglot);
    QCOMPARE(opened.linkKeyName(), linkKey);
}

QTEST_GUILESS_MAIN(TestJekyllSite)
#include "tst_jekyllsite.moc"
