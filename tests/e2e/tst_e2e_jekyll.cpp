#include "jekyll/Exporter.h"
#include "jekyll/PostDate.h"
#include "jekyll/Site.h"
#include "support/Cli.h"
#include "support/Seed.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace coinage;
using namespace coinage::test;
using namespace Qt::StringLiterals;

// Exports posts into a temporary Jekyll site and builds it with the real jekyll (strict front matter), then reads
// the built HTML: title, URL day, tags, categories, footnote ids and backlinks.
class TestE2eJekyll : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void seedPosts();
    void generatedPosts();

private:
    struct Page
    {
        QString path; // relative to the output
        QString html;
        QString title, date, url;
        QStringList tags, categories;
    };
    QString writeSource(const QString &name, const QString &text);
    bool build();
    Page page(const QString &slug) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_src, m_out, m_notes, m_buildLog;
};

void TestE2eJekyll::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_src = m_dir->filePath(u"src"_s);
    m_out = m_dir->filePath(u"out"_s);
    m_notes = m_dir->filePath(u"notes"_s);
    QDir().mkpath(m_src + u"/_layouts"_s);
    QDir().mkpath(m_notes);
    writeAll(m_src + u"/_config.yml"_s, "title: Coinage e2e\n"
                                        "timezone: Asia/Shanghai\n"
                                        "strict_front_matter: true\n"
                                        "markdown: kramdown\n"
                                        "kramdown:\n"
                                        "  input: GFM\n");
    writeAll(m_src + u"/_layouts/post.html"_s,
             "<!DOCTYPE html>\n<html><body>\n"
             "<h1 id=\"title\">{{ page.title }}</h1>\n"
             "<p id=\"date\">{{ page.date | date: \"%Y-%m-%d %H:%M:%S %z\" }}</p>\n"
             "<p id=\"url\">{{ page.url }}</p>\n"
             "<ul id=\"tags\">{% for t in page.tags %}<li class=\"tag\">{{ t }}</li>{% endfor %}</ul>\n"
             "<ul id=\"categories\">{% for c in page.categories %}<li class=\"category\">{{ c }}</li>{% endfor "
             "%}</ul>\n"
             "<div id=\"content\">\n{{ content }}\n</div>\n</body></html>\n");
}

QString TestE2eJekyll::writeSource(const QString &name, const QString &text)
{
    const QString path = m_notes + u'/' + name;
    writeAll(path, text.toUtf8());
    return path;
}

bool TestE2eJekyll::build()
{
    QProcess jekyll;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    jekyll.setProcessEnvironment(env);
    jekyll.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    jekyll.start(qEnvironmentVariable("COINAGE_JEKYLL"),
                 {u"build"_s, u"-s"_s, m_src, u"-d"_s, m_out, u"--disable-disk-cache"_s, u"--strict_front_matter"_s});
    if (!jekyll.waitForFinished(300000))
        return false;
    m_buildLog = QString::fromUtf8(jekyll.readAll());
    qInfo("jekyll build: %lld ms", qint64(timer.elapsed()));
    return jekyll.exitStatus() == QProcess::NormalExit && jekyll.exitCode() == 0;
}

TestE2eJekyll::Page TestE2eJekyll::page(const QString &slug) const
{
    Page p;
    QDirIterator it(m_out, {slug + u".html"_s}, QDir::Files, QDirIterator::Subdirectories);
    if (!it.hasNext())
        return p;
    const QString file = it.next();
    p.path = QDir(m_out).relativeFilePath(file);
    p.html = QString::fromUtf8(readAll(file));
    auto one = [&](const QString &id) {
        const QRegularExpression re(u"id=\"%1\">([^<]*)<"_s.arg(id));
        return re.match(p.html).captured(1);
    };
    auto all = [&](const QString &cls) {
        QStringList values;
        const QRegularExpression re(u"class=\"%1\">([^<]*)<"_s.arg(cls));
        for (auto m = re.globalMatch(p.html); m.hasNext();)
            values.append(m.next().captured(1));
        return values;
    };
    p.title = one(u"title"_s);
    p.date = one(u"date"_s);
    p.url = one(u"url"_s);
    p.tags = all(u"tag"_s);
    p.categories = all(u"category"_s);
    return p;
}

void TestE2eJekyll::seedPosts()
{
    QStringList exported;
    for (const QString &language : {u"en"_s, u"zh"_s}) {
        const CliResult result =
            runCoinage({u"export"_s, seedPath(language), u"--site"_s, m_src, u"--convert-footnotes"_s});
        QCOMPARE(result.exitCode, 0);
        exported.append(result.out.trimmed());
    }
    // Liquid: Jekyll renders it in prose and in code alike; render_with_liquid: false keeps it literal.
    const Site site = *Site::open(m_src);
    ExportOptions options;
    const Exporter exporter(site);
    const QString liquid = writeSource(
        u"2025-01-07-liquid.md"_s,
        u"---\ntitle: Liquid Here\ndate: 2025-01-07 10:00:00 +0800\n---\nProse {{ page.title }} and `{{ page.title }}`\n"_s);
    const ExportResult liquidResult = exporter.exportFile(liquid, options);
    QVERIFY(liquidResult.ok);
    QCOMPARE(liquidResult.warnings.size(), 2);
    const QString literal = writeSource(
        u"2025-01-07-literal.md"_s,
        u"---\ntitle: Literal\ndate: 2025-01-07 10:00:00 +0800\nrender_with_liquid: false\n---\nKeep {{ page.title }}\n"_s);
    const ExportResult literalResult = exporter.exportFile(literal, options);
    QVERIFY(literalResult.ok);
    QVERIFY(literalResult.warnings.isEmpty());

    QVERIFY2(build(), qPrintable(m_buildLog));

    const Page en = page(u"large-models-and-coin-minting.en"_s);
    QVERIFY2(!en.html.isEmpty(), qPrintable(m_buildLog));
    QCOMPARE(en.title, u"Large Models and Coin Minting (Gemini 2.5 Pro Translated Version)"_s);
    QCOMPARE(en.url, u"/chinese/2025/01/05/large-models-and-coin-minting.en.html"_s);
    QCOMPARE(en.date, u"2025-01-05 22:05:00 +0800"_s);
    QCOMPARE(en.tags, QStringList{u"misc"_s});
    QCOMPARE(en.categories, QStringList{u"Chinese"_s});
    for (const Page &p : {en, page(u"large-models-and-coin-minting.zh"_s)}) {
        QVERIFY(p.html.contains(u"id=\"fnref:1\""_s));
        QVERIFY(p.html.contains(u"id=\"fnref:2\""_s));
        QVERIFY(p.html.contains(u"id=\"fn:1\""_s));
        QVERIFY(p.html.contains(u"id=\"fn:2\""_s));
        QVERIFY(p.html.contains(u"href=\"#fn:1\""_s));
        QVERIFY(p.html.contains(u"href=\"#fnref:1\""_s)); // the backlink
        QVERIFY(p.html.contains(u"href=\"#fnref:2\""_s));
        QVERIFY(p.html.contains(u"reversefootnote"_s));
        QVERIFY(!p.html.contains(u"**References**"_s));
    }
    const Page zh = page(u"large-models-and-coin-minting.zh"_s);
    QCOMPARE(zh.title, u"大模型与铸币"_s);
    QVERIFY(zh.url.contains(u"/2025/01/05/"_s));
    QVERIFY(zh.html.contains(u"负责数据清洗的同事"_s));

    const Page rendered = page(u"liquid"_s);
    QVERIFY(rendered.html.contains(
                u"Prose Liquid Here and <code class=\"language-plaintext highlighter-rouge\">Liquid Here</code>"_s) ||
            rendered.html.contains(u"<code>Liquid Here</code>"_s));
    QVERIFY(!rendered.html.contains(u"{{ page.title }}"_s));
    QVERIFY(page(u"literal"_s).html.contains(u"Keep {{ page.title }}"_s));
}

void TestE2eJekyll::generatedPosts()
{
    struct Case
    {
        QString file;  // the source's name
        QString text;  // the source
        QString slug;  // the built page's slug
        QString title; // as Jekyll shows it
        QString day;   // the URL's /YYYY/MM/DD/
        QStringList tags;
        QStringList categories;
    };
    const QList<Case> cases{
        {u"中文.md"_s,
         u"---\ntitle: 大模型与铸币：第二部\ndate: 2025-01-05 23:59:30 +0800\ntags: 杂谈 模型\ncategories: [随笔]\n---\n正文。\n"_s,
         u"中文"_s,
         u"大模型与铸币：第二部"_s,
         u"/2025/01/05/"_s,
         {u"杂谈"_s, u"模型"_s},
         {u"随笔"_s}},
        {u"ny.md"_s,
         u"---\ntitle: Across Midnight\ndate: 2025-01-05 23:30:00 -0500\ntags: [a, b]\n---\nText\n"_s,
         u"ny"_s,
         u"Across Midnight"_s,
         u"/2025/01/06/"_s,
         {u"a"_s, u"b"_s},
         {}},
        {u"ktm.md"_s,
         u"---\ntitle: Kathmandu\ndate: 2025-01-06 00:10:00 +0545\ntags:\n  - x\n  - y z\n---\nText\n"_s,
         u"ktm"_s,
         u"Kathmandu"_s,
         u"/2025/01/06/"_s,
         {u"x"_s, u"y z"_s},
         {}},
        {u"ktm-before.md"_s,
         u"---\ntitle: Before midnight\ndate: 2025-01-06 01:44:00 +0545\n---\nText\n"_s,
         u"ktm-before"_s,
         u"Before midnight"_s,
         u"/2025/01/06/"_s,
         {},
         {}},
        {u"utc-late.md"_s,
         u"---\ntitle: UTC late\ndate: 2025-01-05 15:59:59 +0000\n---\nText\n"_s,
         u"utc-late"_s,
         u"UTC late"_s,
         u"/2025/01/05/"_s,
         {},
         {}},
        {u"utc-next.md"_s,
         u"---\ntitle: UTC next\ndate: 2025-01-05 16:00:00 +0000\n---\nText\n"_s,
         u"utc-next"_s,
         u"UTC next"_s,
         u"/2025/01/06/"_s,
         {},
         {}},
        // Without offset: the exporter adds the site's, so the post stays on the day written.
        {u"trap.md"_s,
         u"---\ntitle: Seconds trap\ndate: 2025-01-05 22:05:00\n---\nText\n"_s,
         u"trap"_s,
         u"Seconds trap"_s,
         u"/2025/01/05/"_s,
         {},
         {}},
        {u"seed-style.md"_s,
         u"---\ntitle: Seed style\ndate: 2025-01-05 22:05\ntags: misc\ncategories: Chinese\n---\nT\n"_s,
         u"seed-style"_s,
         u"Seed style"_s,
         u"/chinese/2025/01/05/"_s,
         {u"misc"_s},
         {u"Chinese"_s}},
        // Titles YAML would mis-type, written by the front matter editor.
        {u"typed.md"_s,
         u"---\ntitle: yes\ndate: 2025-01-05 12:00:00 +0800\n---\nInline^[an inline note] here.\n"_s,
         u"typed"_s,
         u"yes"_s,
         u"/2025/01/05/"_s,
         {},
         {}},
        {u"symbol.md"_s,
         u"---\ntitle: :sym\ndate: 2025-01-05 12:00:00 +0800\n---\nT\n"_s,
         u"symbol"_s,
         u":sym"_s,
         u"/2025/01/05/"_s,
         {},
         {}},
        {u"# heading.md"_s,
         u"# 无题之题\n\nNo front matter at all.\n"_s,
         u"heading"_s,
         u"无题之题"_s,
         QString(),
         {},
         {}},
    };
    const Site site = *Site::open(m_src);
    const Exporter exporter(site);
    ExportOptions options;
    options.convertFootnotes = true;
    options.now = QDateTime(QDate(2025, 1, 4), QTime(20, 0), QTimeZone::UTC); // 04:00 on the 5th in Shanghai
    for (const Case &c : cases) {
        const ExportResult result = exporter.exportFile(writeSource(c.file, c.text), options);
        QVERIFY2(result.ok, qPrintable(c.file + u": "_s + result.message));
    }
    // Posts made by `coinage new`, Chinese and near midnight.
    const CliResult created =
        runCoinage({u"new"_s, u"新文章：午夜"_s, u"--site"_s, m_src, u"--date"_s, u"2025-01-05 23:59:59 +0800"_s});
    QCOMPARE(created.exitCode, 0);

    // Posts written directly (not exported): Coinage's date model must predict the day and time Jekyll gives
    // them, including the UTC trap of a plain timestamp with seconds.
    struct Raw
    {
        QString yaml;    // the date: value as written
        QString instant; // what Jekyll shows, in the site's zone
    };
    const QList<Raw> raws{
        {u"2025-01-05 22:05:00"_s, u"2025-01-06 06:05:00 +0800"_s},
        {u"2025-01-05 22:05"_s, u"2025-01-05 22:05:00 +0800"_s},
        {u"\"2025-01-05 22:05:00\""_s, u"2025-01-05 22:05:00 +0800"_s},
        {u"2025-01-05"_s, u"2025-01-05 00:00:00 +0800"_s},
        {u"2025-01-05T16:30:00Z"_s, u"2025-01-06 00:30:00 +0800"_s},
        {u"2025/01/05 23:59"_s, u"2025-01-05 23:59:00 +0800"_s},
        {u"2025-01-05 18:15:00 +0545"_s, u"2025-01-05 20:30:00 +0800"_s},
    };
    for (qsizetype i = 0; i < raws.size(); ++i) {
        writeAll(m_src + u"/_posts/2025-01-01-raw-%1.md"_s.arg(i),
                 (u"---\nlayout: post\ntitle: Raw %1\ndate: %2\n---\nText\n"_s.arg(i).arg(raws[i].yaml)).toUtf8());
    }

    QVERIFY2(build(), qPrintable(m_buildLog));

    for (qsizetype i = 0; i < raws.size(); ++i) {
        const Page p = page(u"raw-%1"_s.arg(i));
        QCOMPARE(p.date, raws[i].instant);
        const QString text = QString::fromUtf8(readAll(m_src + u"/_posts/2025-01-01-raw-%1.md"_s.arg(i)));
        const FrontMatterData data = FrontMatterData::parse(text, splitFrontMatter(text));
        const PostDate date = PostDate::fromValue(data.find(u"date")->value);
        QCOMPARE(PostDate::format(date.instant(site.zone())), p.date);
        QVERIFY2(p.url.contains(date.localDate(site.zone()).toString(u"/yyyy/MM/dd/")), qPrintable(p.url));
    }
    for (const Case &c : cases) {
        const Page p = page(c.slug);
        QVERIFY2(!p.html.isEmpty(), qPrintable(c.slug + u" not built\n"_s + m_buildLog));
        QCOMPARE(p.title, c.title);
        if (!c.day.isEmpty())
            QVERIFY2(p.url.contains(c.day), qPrintable(p.url + u" lacks "_s + c.day));
        QCOMPARE(p.tags, c.tags);
        QCOMPARE(p.categories, c.categories);
    }
    const Page heading = page(u"heading"_s);
    QVERIFY(heading.url.contains(u"/2025/01/05/"_s)); // dated `now` in the site's zone
    const Page typed = page(u"typed"_s);
    QVERIFY(typed.html.contains(u"id=\"fn:1\""_s));
    QVERIFY(typed.html.contains(u"href=\"#fnref:1\""_s));
    QVERIFY(typed.html.contains(u"an inline note"_s));
    const Page fresh = page(u"新文章-午夜"_s);
    QCOMPARE(fresh.title, u"新文章：午夜"_s);
    QVERIFY(fresh.url.contains(u"/2025/01/05/"_s));
    QCOMPARE(fresh.date, u"2025-01-05 23:59:59 +0800"_s);
}

QTEST_GUILESS_MAIN(TestE2eJekyll)
#include "tst_e2e_jekyll.moc"
