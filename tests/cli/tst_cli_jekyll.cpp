#include "support/Cli.h"
#include "support/Seed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace coinage::test;
using namespace Qt::StringLiterals;

class TestCliJekyll : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void help_data();
    void help();
    void usageErrors_data();
    void usageErrors();
    void exportSeed();
    void exportDraftJsonAndWarnings();
    void exportErrors();
    void newPost();
    void frontMatterGet_data();
    void frontMatterGet();
    void frontMatterGetJson();
    void frontMatterGetErrors();
    void frontMatterSetIsSurgicalAndLossless();
    void frontMatterSetErrors();
    void frontMatterAddAndRemove();

private:
    QString write(const QString &relative, const QByteArray &bytes);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_site;
};

QString TestCliJekyll::write(const QString &relative, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(relative);
    writeAll(path, bytes);
    return path;
}

void TestCliJekyll::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    write(u"site/_config.yml"_s, "timezone: Asia/Shanghai\n");
    write(u"site/_layouts/post.html"_s, "{{ content }}");
    m_site = m_dir->filePath(u"site"_s);
}

void TestCliJekyll::help_data()
{
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QString>("option");
    QTest::newRow("export") << u"export"_s << u"--convert-footnotes"_s;
    QTest::newRow("new") << u"new"_s << u"--draft"_s;
    QTest::newRow("frontmatter") << u"frontmatter"_s << u"--json"_s;
}

void TestCliJekyll::help()
{
    QFETCH(QString, verb);
    QFETCH(QString, option);
    const CliResult result = runCoinage({verb, u"--help"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(u"coinage "_s + verb));
    QVERIFY(result.out.contains(option));
    QVERIFY(runCoinage({u"--help"_s}).out.contains(verb));
}

void TestCliJekyll::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("export: no file") << QStringList{u"export"_s, u"--site"_s, u"x"_s};
    QTest::newRow("export: no site") << QStringList{u"export"_s, u"a.md"_s};
    QTest::newRow("export: two files") << QStringList{u"export"_s, u"a.md"_s, u"b.md"_s, u"--site"_s, u"x"_s};
    QTest::newRow("export: unknown option") << QStringList{u"export"_s, u"a.md"_s, u"--site"_s, u"x"_s, u"--nope"_s};
    QTest::newRow("new: no title") << QStringList{u"new"_s, u"--site"_s, u"x"_s};
    QTest::newRow("new: no site") << QStringList{u"new"_s, u"Title"_s};
    QTest::newRow("frontmatter: nothing") << QStringList{u"frontmatter"_s};
    QTest::newRow("frontmatter: bad action") << QStringList{u"frontmatter"_s, u"put"_s, u"a.md"_s, u"k"_s};
    QTest::newRow("frontmatter: get without key") << QStringList{u"frontmatter"_s, u"get"_s, u"a.md"_s};
    QTest::newRow("frontmatter: set without value") << QStringList{u"frontmatter"_s, u"set"_s, u"a.md"_s, u"k"_s};
}

void TestCliJekyll::usageErrors()
{
    QFETCH(QStringList, arguments);
    const CliResult result = runCoinage(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(u"error"_s));
    QVERIFY(result.out.isEmpty());
}

void TestCliJekyll::exportSeed()
{
    const CliResult result =
        runCoinage({u"export"_s, seedPath(u"en"_s), u"--site"_s, m_site, u"--convert-footnotes"_s});
    QCOMPARE(result.exitCode, 0);
    const QString path = result.out.trimmed();
    QCOMPARE(path, QDir(m_site).absolutePath() + u"/_posts/2025-01-05-large-models-and-coin-minting.en.md"_s);
    const QString text = QString::fromUtf8(readAll(path));
    QVERIFY(text.startsWith(u"---\nlayout: post\ntitle: Large Models and Coin Minting (Gemini 2.5 Pro Translated "
                            "Version)\ndate: 2025-01-05 22:05:00 +0800\n"_s));
    QVERIFY(text.contains(u"[^1]: Colleagues"_s));
    QVERIFY(text.contains(u"illusion.[^1]"_s));
    // The source is untouched.
    QVERIFY(readAll(seedPath(u"en"_s)).contains("date: 2025-01-05 22:05\n"));

    // Exported again: never overwritten without --force.
    writeAll(path, "mine");
    const CliResult again = runCoinage({u"export"_s, seedPath(u"en"_s), u"--site"_s, m_site});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains(u"--force"_s));
    QCOMPARE(readAll(path), QByteArray("mine"));
    const CliResult forced = runCoinage({u"export"_s, seedPath(u"en"_s), u"--site"_s, m_site, u"--force"_s});
    QCOMPARE(forced.exitCode, 0);
    QVERIFY(readAll(path).contains("[1]")); // without --convert-footnotes the references stay
}

void TestCliJekyll::exportDraftJsonAndWarnings()
{
    const QString source = write(u"notes/note.md"_s, "---\ntitle: Liquid\n---\nHello {{ name }}\n");
    const CliResult result = runCoinage({u"export"_s, source, u"--site"_s, m_site, u"--draft"_s, u"--json"_s});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(json.value(u"path"_s).toString(), QDir(m_site).absolutePath() + u"/_drafts/note.md"_s);
    const QJsonArray warnings = json.value(u"warnings"_s).toArray();
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().toObject().value(u"code"_s).toString(), u"liquid-in-prose"_s);
    QCOMPARE(warnings.first().toObject().value(u"line"_s).toInt(), 6);

    const QString other = write(u"notes/other.md"_s, "---\ntitle: Liquid\n---\nHello {% if x %}\n");
    const CliResult text = runCoinage({u"export"_s, other, u"--site"_s, m_site, u"--draft"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.err.contains(u"warning:"_s));
    QVERIFY(text.err.contains(u"[liquid-in-prose]"_s));
    QVERIFY(text.out.trimmed().endsWith(u"/_drafts/other.md"_s));
}

void TestCliJekyll::exportErrors()
{
    const QString bad = write(u"notes/bad.md"_s, "---\ntitle: [\n---\n");
    const CliResult yaml = runCoinage({u"export"_s, bad, u"--site"_s, m_site});
    QCOMPARE(yaml.exitCode, 1);
    QVERIFY(yaml.err.contains(u"bad.md:3: YAML"_s));
    const CliResult noSite = runCoinage({u"export"_s, bad, u"--site"_s, m_dir->filePath(u"notes"_s)});
    QCOMPARE(noSite.exitCode, 1);
    QVERIFY(noSite.err.contains(u"_config.yml"_s));
    const CliResult missing = runCoinage({u"export"_s, m_dir->filePath(u"nope.md"_s), u"--site"_s, m_site});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(!missing.err.isEmpty());
    QVERIFY(!QDir(m_site + u"/_posts"_s).exists() || QDir(m_site + u"/_posts"_s).isEmpty());
}

void TestCliJekyll::newPost()
{
    const CliResult post =
        runCoinage({u"new"_s, u"大模型与铸币"_s, u"--site"_s, m_site, u"--date"_s, u"2025-01-05 23:30 -0500"_s});
    QCOMPARE(post.exitCode, 0);
    const QString path = post.out.trimmed();
    QCOMPARE(path, QDir(m_site).absolutePath() + u"/_posts/2025-01-06-大模型与铸币.md"_s);
    QCOMPARE(QString::fromUtf8(readAll(path)),
             u"---\nlayout: post\ntitle: 大模型与铸币\ndate: 2025-01-06 12:30:00 +0800\ntags: []\ncategories: []\n"
             "---\n\n"_s);
    const CliResult second =
        runCoinage({u"new"_s, u"大模型与铸币"_s, u"--site"_s, m_site, u"--date"_s, u"2025-01-05 23:30 -0500"_s});
    QCOMPARE(second.exitCode, 0);
    QVERIFY(second.out.trimmed().endsWith(u"/_posts/2025-01-06-大模型与铸币-2.md"_s));

    const CliResult draft = runCoinage({u"new"_s, u"Hello, World!"_s, u"--site"_s, m_site, u"--draft"_s, u"--json"_s});
    QCOMPARE(draft.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(draft.out.toUtf8()).object().value(u"path"_s).toString(),
             QDir(m_site).absolutePath() + u"/_drafts/hello-world.md"_s);

    QCOMPARE(runCoinage({u"new"_s, u"T"_s, u"--site"_s, m_site, u"--date"_s, u"someday"_s}).exitCode, 2);
    QCOMPARE(runCoinage({u"new"_s, u"T"_s, u"--site"_s, m_dir->path()}).exitCode, 1);
}

void TestCliJekyll::frontMatterGet_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("title") << u"title"_s << u"大模型与铸币\n"_s;
    QTest::newRow("date") << u"date"_s << u"2025-01-05 22:05\n"_s;
    QTest::newRow("tags") << u"tags"_s << u"misc\n"_s;
    QTest::newRow("bool") << u"disqus_comments"_s << u"true\n"_s;
}

void TestCliJekyll::frontMatterGet()
{
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const CliResult result = runCoinage({u"frontmatter"_s, u"get"_s, seedPath(u"zh"_s), key});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, expected);
}

void TestCliJekyll::frontMatterGetJson()
{
    const QString path = write(u"a.md"_s, "---\ntitle: A\ntags:\n  - x\n  - 2\nmeta: {a: yes}\n---\n");
    const CliResult tags = runCoinage({u"frontmatter"_s, u"get"_s, path, u"tags"_s, u"--json"_s});
    QCOMPARE(tags.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(tags.out.toUtf8()).object();
    QCOMPARE(json.value(u"key"_s).toString(), u"tags"_s);
    QCOMPARE(json.value(u"type"_s).toString(), u"list"_s);
    QCOMPARE(json.value(u"value"_s).toArray(), (QJsonArray{u"x"_s, 2}));
    QCOMPARE(json.value(u"line"_s).toInt(), 3);
    QCOMPARE(json.value(u"column"_s).toInt(), 1);
    const CliResult text = runCoinage({u"frontmatter"_s, u"get"_s, path, u"tags"_s});
    QCOMPARE(text.out, u"x\n2\n"_s);
    const CliResult meta = runCoinage({u"frontmatter"_s, u"get"_s, path, u"meta"_s, u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(meta.out.toUtf8()).object().value(u"value"_s).toObject(),
             (QJsonObject{{u"a"_s, true}}));
}

void TestCliJekyll::frontMatterGetErrors()
{
    const CliResult missingKey = runCoinage({u"frontmatter"_s, u"get"_s, seedPath(u"en"_s), u"nope"_s});
    QCOMPARE(missingKey.exitCode, 1);
    QVERIFY(missingKey.err.contains(u"nope"_s));
    const CliResult missingFile = runCoinage({u"frontmatter"_s, u"get"_s, m_dir->filePath(u"x.md"_s), u"title"_s});
    QCOMPARE(missingFile.exitCode, 1);
    const QString bad = write(u"bad.md"_s, "---\ntitle: [\n---\n");
    const CliResult yaml = runCoinage({u"frontmatter"_s, u"get"_s, bad, u"title"_s});
    QCOMPARE(yaml.exitCode, 1);
    QVERIFY(yaml.err.contains(u"bad.md:2:"_s) || yaml.err.contains(u"bad.md:3:"_s));
}

void TestCliJekyll::frontMatterSetIsSurgicalAndLossless()
{
    // The seed with a BOM and CRLF: only the date line may change.
    QByteArray seed = readAll(seedPath(u"zh"_s));
    seed.replace("\n", "\r\n");
    seed.prepend("\xEF\xBB\xBF");
    const QString path = write(u"post.md"_s, seed);
    const CliResult result = runCoinage({u"frontmatter"_s, u"set"_s, path, u"date"_s, u"2025-01-05 22:05:00 +0800"_s});
    QCOMPARE(result.exitCode, 0);
    QByteArray expected = seed;
    expected.replace("date: 2025-01-05 22:05\r\n", "date: 2025-01-05 22:05:00 +0800\r\n");
    QCOMPARE(readAll(path), expected);

    const CliResult tags = runCoinage({u"frontmatter"_s, u"set"_s, path, u"tags"_s, u"[misc, 模型]"_s});
    QCOMPARE(tags.exitCode, 0);
    expected.replace("tags: misc\r\n", "tags: [misc, 模型]\r\n");
    QCOMPARE(readAll(path), expected);
    QCOMPARE(runCoinage({u"frontmatter"_s, u"get"_s, path, u"tags"_s}).out, u"misc\n模型\n"_s);
}

void TestCliJekyll::frontMatterSetErrors()
{
    const QString path = write(u"a.md"_s, "---\ntitle: A\n---\n");
    const CliResult bad = runCoinage({u"frontmatter"_s, u"set"_s, path, u"title"_s, u"[x"_s});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY(bad.err.contains(u"YAML"_s));
    QCOMPARE(readAll(path), QByteArray("---\ntitle: A\n---\n"));
    const QString broken = write(u"b.md"_s, "---\ntitle: [\n---\n");
    QCOMPARE(runCoinage({u"frontmatter"_s, u"set"_s, broken, u"title"_s, u"x"_s}).exitCode, 1);
    QCOMPARE(readAll(broken), QByteArray("---\ntitle: [\n---\n"));
    QCOMPARE(runCoinage({u"frontmatter"_s, u"remove"_s, path, u"nope"_s}).exitCode, 1);
}

void TestCliJekyll::frontMatterAddAndRemove()
{
    const QString path = write(u"a.md"_s, "Body only\n");
    QCOMPARE(runCoinage({u"frontmatter"_s, u"set"_s, path, u"title"_s, u"\"yes\""_s}).exitCode, 0);
    QCOMPARE(readAll(path), QByteArray("---\ntitle: \"yes\"\n---\nBody only\n"));
    QCOMPARE(runCoinage({u"frontmatter"_s, u"set"_s, path, u"layout"_s, u"post"_s}).exitCode, 0);
    QCOMPARE(runCoinage({u"frontmatter"_s, u"remove"_s, path, u"title"_s}).exitCode, 0);
    QCOMPARE(readAll(path), QByteArray("---\nlayout: post\n---\nBody only\n"));
}

QTEST_GUILESS_MAIN(TestCliJekyll)
#include "tst_cli_jekyll.moc"
