#include "CommandContext.h"
#include "Commands.h"
#include "jekyll/PostDate.h"
#include "jekyll/PostWorkflow.h"

#include <QJsonObject>

namespace coinage::cli {

namespace {
struct NewCommand
{
    Q_DECLARE_TR_FUNCTIONS(coinage::cli::NewCommand)
};
} // namespace

int runNew(const QStringList &arguments)
{
    CommandContext context(QStringLiteral("new"), arguments);
    QCommandLineParser &parser = context.parser();
    const QCommandLineOption site(
        QStringLiteral("site"), NewCommand::tr("The Jekyll site (a folder with _config.yml)."), QStringLiteral("DIR"));
    const QCommandLineOption draft(QStringLiteral("draft"), NewCommand::tr("Create a draft in _drafts."));
    const QCommandLineOption date(QStringLiteral("date"),
                                  NewCommand::tr("The post's date (default: now), e.g. \"2025-01-05 22:05 +0800\"; "
                                                 "without an offset, in the site's time zone."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption json(QStringLiteral("json"), NewCommand::tr("Print {\"path\"} as JSON."));
    parser.addOptions({site, draft, date, json});
    parser.addPositionalArgument(QStringLiteral("TITLE"), NewCommand::tr("The post's title."));
    if (const int code = context.parse(
            NewCommand::tr("Create a post: the slug from the title by Jekyll's default slugify (Chinese kept), a "
                           "front matter template, the date with the site's offset; _posts/YYYY-MM-DD-slug.md or "
                           "_drafts/slug.md, never overwriting. Prints the path.\nExit status: 0 created, 1 not "
                           "created, 2 usage error."),
            QStringLiteral("TITLE"));
        code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || positional.first().trimmed().isEmpty())
        return context.usageError(NewCommand::tr("give one title"));
    if (!parser.isSet(site))
        return context.usageError(NewCommand::tr("--site DIR is required"));
    SiteError siteError;
    const auto opened = Site::open(parser.value(site), &siteError);
    if (!opened) {
        context.error(siteError.message);
        return ProblemsFound;
    }
    QDateTime now = QDateTime::currentDateTime();
    if (parser.isSet(date)) {
        const PostDate parsed = PostDate::parse(parser.value(date));
        if (!parsed.isValid())
            return context.usageError(NewCommand::tr("cannot read the date \"%1\"").arg(parser.value(date)));
        now = parsed.instant(opened->zone());
    }
    const WorkflowResult result = PostWorkflow(*opened).newPost(positional.first().trimmed(), parser.isSet(draft), now);
    if (!result.ok) {
        context.error(result.message);
        return ProblemsFound;
    }
    if (parser.isSet(json))
        context.printJson(QJsonObject{{QStringLiteral("path"), result.path}});
    else
        context.out() << result.path << Qt::endl;
    return Success;
}

} // namespace coinage::cli
