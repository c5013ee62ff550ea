#include "Exporter.h"

#include "PostDate.h"
#include "PostPath.h"
#include "ReferenceConversion.h"
#include "Slugify.h"
#include "markdown/MarkdownScanner.h"
#include "post/FrontMatterData.h"
#include "post/FrontMatterEditor.h"
#include "post/PostFile.h"
#include "post/YamlScalar.h"

#include <QDir>
#include <QFileInfo>

namespace coinage {

Exporter::Exporter(Site site)
    : m_site(std::move(site))
{}

ExportResult Exporter::fail(const QString &code, const QString &message, int line) const
{
    ExportResult result;
    result.code = code;
    result.message = message;
    result.line = line;
    return result;
}

ExportResult Exporter::render(const QString &sourcePath, const QString &source, const ExportOptions &options) const
{
    QString text = source;
    {
        const FrontMatterSplit split = splitFrontMatter(text);
        if (split.present && !split.closed)
            return fail(QStringLiteral("front-matter-invalid"), tr("the front matter is never closed"), 1);
        const FrontMatterData data = FrontMatterData::parse(text, split);
        if (const auto &error = data.error())
            return fail(QStringLiteral("front-matter-invalid"),
                        tr("YAML syntax error in the front matter: %1").arg(error->message), error->line);
        if (!data.isMapping())
            return fail(QStringLiteral("front-matter-invalid"),
                        tr("the front matter must be a list of \"key: value\" lines"), 2);
    }
    if (options.convertFootnotes)
        text = ReferenceConversion::convert(text).text;

    // One surgical edit at a time, each on the text the previous one produced.
    auto apply = [&text](const FrontMatterEditResult &edit) {
        if (edit.ok)
            text = applyEdits(text, edit.edits);
        return edit.ok;
    };
    const PostPath sourceName = PostPath::parse(sourcePath);
    FrontMatterData data = FrontMatterData::parse(text, splitFrontMatter(text));

    // Title: the front matter's, else the first heading, else from the file name.
    if (data.string(u"title").trimmed().isEmpty()) {
        const ScanSnapshot scan = MarkdownScanner::scan(text);
        QString title =
            scan.headings.isEmpty() ? PostPath::titleFromSlug(sourceName.slug) : scan.headings.first().text.trimmed();
        apply(FrontMatterEditor(text).setValue(u"title", title));
    }
    data = FrontMatterData::parse(text, splitFrontMatter(text));
    if (!data.find(u"layout")) {
        if (const QString layout = m_site.postLayout(); !layout.isEmpty())
            apply(FrontMatterEditor(text).setValue(u"layout", layout));
    }
    // Date: with the site's offset.
    QDateTime date;
    if (const FrontMatterEntry *entry = data.find(u"date")) {
        const PostDate parsed = PostDate::fromValue(entry->value);
        if (!parsed.isValid())
            return fail(QStringLiteral("date-invalid"),
                        tr("Jekyll cannot read the date \"%1\"").arg(entry->value.scalar), entry->value.line);
        date = parsed.hasOffset()
                   ? QDateTime(parsed.date, parsed.time, QTimeZone::fromSecondsAheadOfUtc(*parsed.offsetSeconds))
                   : parsed.asWrittenIn(m_site.zone());
        if (!parsed.hasOffset())
            apply(FrontMatterEditor(text).setYaml(u"date", PostDate::format(date)));
    } else {
        date = options.now.toTimeZone(m_site.zone());
        date = date.toTimeZone(QTimeZone::fromSecondsAheadOfUtc(date.offsetFromUtc()));
        apply(FrontMatterEditor(text).setYaml(u"date", PostDate::format(date)));
    }
    // Values Jekyll's loader would mis-type: quote them (top-level scalars).
    data = FrontMatterData::parse(text, splitFrontMatter(text));
    for (const FrontMatterEntry &entry : data.entries()) {
        const YamlValue &v = entry.value;
        const bool symbol =
            v.plain && v.kind == YamlValue::Kind::String && v.scalar.size() > 1 && v.scalar.startsWith(u':');
        const bool mistyped = v.plain && v.isScalar() && v.kind != YamlValue::Kind::String &&
                              v.kind != YamlValue::Kind::Null &&
                              (entry.key == u"title" || entry.key == u"description" || entry.key == u"layout" ||
                               entry.key == u"slug" || entry.key == u"permalink");
        if (symbol || mistyped)
            apply(FrontMatterEditor(text).setYaml(entry.key, YamlScalar::doubleQuoted(v.scalar)));
    }

    // The file's name: the source's slug (without its date), made valid; else from the title.
    QString slug = sourceName.slug;
    if (!isValidSlug(slug))
        slug = slugify(slug);
    if (slug.isEmpty())
        slug = slugify(FrontMatterData::parse(text, splitFrontMatter(text)).string(u"title"));
    if (slug.isEmpty())
        slug = QStringLiteral("untitled");
    const QString extension = sourceName.extension == u".markdown" ? sourceName.extension : QStringLiteral(".md");
    const QDate localDate = date.toTimeZone(m_site.zone()).date();
    ExportResult result;
    result.ok = true;
    result.path = options.draft ? m_site.draftsFolder() + u'/' + PostPath::draftFileName(slug, extension)
                                : m_site.postsFolder() + u'/' + PostPath::postFileName(localDate, slug, extension);
    result.text = text;

    JekyllLint::Context context;
    context.siteZone = m_site.zone();
    context.sitePath = QDir(m_site.root()).relativeFilePath(result.path);
    const CheckInput input(result.path, text);
    for (const LintFinding &finding : JekyllLint::lint(input, context)) {
        if (finding.diagnostic.severity == Severity::Error)
            return fail(finding.diagnostic.code, finding.diagnostic.message, finding.diagnostic.line);
        result.warnings.append(finding);
    }
    return result;
}

ExportResult Exporter::exportFile(const QString &sourcePath, const ExportOptions &options) const
{
    const LoadResult loaded = PostFile::load(sourcePath);
    if (!loaded.ok)
        return fail(loaded.error.code, loaded.error.message, loaded.error.line);
    return exportText(sourcePath, loaded.text, options, loaded.format);
}

ExportResult Exporter::exportText(const QString &sourcePath, const QString &text, const ExportOptions &options,
                                  const TextFormat &sourceFormat) const
{
    ExportResult result = render(sourcePath, text, options);
    if (!result.ok)
        return result;
    if (!sourcePath.isEmpty() && QFileInfo(result.path).absoluteFilePath() == QFileInfo(sourcePath).absoluteFilePath())
        return fail(QStringLiteral("target-exists"), tr("the post would replace its own source %1").arg(sourcePath));
    if (QFileInfo::exists(result.path) && !options.force) {
        ExportResult exists = fail(QStringLiteral("target-exists"),
                                   tr("%1 exists already; it is not overwritten without --force").arg(result.path));
        exists.path = result.path;
        return exists;
    }
    if (!QDir().mkpath(QFileInfo(result.path).absolutePath()))
        return fail(QStringLiteral("write-failed"), tr("cannot create the folder for %1").arg(result.path));
    TextFormat format;
    format.lineEnding = sourceFormat.lineEnding;
    const SaveResult saved = PostFile::save(result.path, result.text, format);
    if (!saved.ok)
        return fail(saved.error.code, saved.error.message);
    return result;
}

} // namespace coinage
