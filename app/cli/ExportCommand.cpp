#include "CommandContext.h"
#include "Commands.h"
#include "jekyll/Exporter.h"

#include <QJsonArray>
#include <QJsonObject>

namespace coinage::cli {

namespace {
struct ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(coinage::cli::ExportCommand)
};
} // namespace

int runExport(const QStringList &arguments)
{
    CommandContext context(QStringLiteral("export"), arguments);
    QCommandLineParser &parser = context.parser();
    const QCommandLineOption site(QStringLiteral("site"),
                                  ExportCommand::tr("The Jekyll site (a folder with _config.yml)."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption draft(QStringLiteral("draft"), ExportCommand::tr("Write to _drafts/slug.md."));
    const QCommandLineOption convert(QStringLiteral("convert-footnotes"),
                                     ExportCommand::tr("Turn ^[inline] notes and [1]-plus-References notes into "
                                                       "kramdown footnotes."));
    const QCommandLineOption force(QStringLiteral("force"), ExportCommand::tr("Overwrite an existing post."));
    const QCommandLineOption json(QStringLiteral("json"), ExportCommand::tr("Print {\"path\", \"warnings\"} as JSON."));
    parser.addOptions({site, draft, convert, force, json});
    parser.addPositionalArgument(QStringLiteral("FILE"), ExportCommand::tr("The post to export."));
    if (const int code = context.parse(
            ExportCommand::tr("Write a post into a Jekyll site as Jekyll accepts it: complete front matter, date "
                              "with the site's offset, _posts/YYYY-MM-DD-slug.md (or _drafts/slug.md). Prints the "
                              "written path; warnings go to stderr.\nExit status: 0 written, 1 not written (the "
                              "reason on stderr), 2 usage error."),
            QStringLiteral("FILE"));
        code >= 0)
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return context.usageError(files.isEmpty() ? ExportCommand::tr("no file given")
                                                  : ExportCommand::tr("give exactly one file"));
    if (!parser.isSet(site))
        return context.usageError(ExportCommand::tr("--site DIR is required"));

    SiteError siteError;
    const auto opened = Site::open(parser.value(site), &siteError);
    if (!opened) {
        context.error(siteError.message);
        return ProblemsFound;
    }
    if (!opened->timezoneValid())
        context.err() << ExportCommand::tr("coinage export: warning: the site's timezone \"%1\" is unknown; using UTC")
                             .arg(opened->timezoneName())
                      << Qt::endl;
    ExportOptions options;
    options.draft = parser.isSet(draft);
    options.convertFootnotes = parser.isSet(convert);
    options.force = parser.isSet(force);
    const ExportResult result = Exporter(*opened).exportFile(files.first(), options);
    if (!result.ok) {
        context.error(result.line > 0
                          ? QStringLiteral("%1:%2: %3").arg(files.first()).arg(result.line).arg(result.message)
                          : result.message);
        return ProblemsFound;
    }
    if (parser.isSet(json)) {
        QJsonArray warnings;
        for (const LintFinding &w : result.warnings)
            warnings.append(w.diagnostic.toJson());
        context.printJson(QJsonObject{{QStringLiteral("path"), result.path}, {QStringLiteral("warnings"), warnings}});
    } else {
        for (const LintFinding &w : result.warnings)
            context.err() << w.diagnostic.toText() << Qt::endl;
        context.out() << result.path << Qt::endl;
    }
    return Success;
}

} // namespace coinage::cli
