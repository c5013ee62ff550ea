#include "CommandContext.h"
#include "Commands.h"
#include "jekyll/PostDate.h"
#include "jekyll/PostWorkflow.h"
#include "jekyll/SiteListing.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

// coinage publish / unpublish / rename / posts: the site workflow of the Site panel, on the command line.
namespace coinage::cli {

namespace {
struct SiteCommands
{
    Q_DECLARE_TR_FUNCTIONS(coinage::cli::SiteCommands)
};

// The site that holds `file`; nullopt after telling why.
std::optional<Site> siteOf(CommandContext &context, const QString &file)
{
    if (!QFileInfo(file).isFile()) {
        context.error(SiteCommands::tr("%1: no such file").arg(file));
        return std::nullopt;
    }
    const QString root = Site::findRoot(file);
    if (root.isEmpty()) {
        context.error(SiteCommands::tr("%1 is not inside a Jekyll site (no _config.yml above it)").arg(file));
        return std::nullopt;
    }
    SiteError error;
    auto site = Site::open(root, &error);
    if (!site)
        context.error(error.message);
    return site;
}

int report(CommandContext &context, const WorkflowResult &result, bool json)
{
    if (!result.ok) {
        context.error(result.message);
        return ProblemsFound;
    }
    if (json)
        context.printJson(QJsonObject{{QStringLiteral("path"), result.path}});
    else
        context.out() << result.path << Qt::endl;
    return Success;
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), SiteCommands::tr("Print {\"path\"} as JSON."));
}
} // namespace

int runPublish(const QStringList &arguments)
{
    CommandContext context(QStringLiteral("publish"), arguments);
    QCommandLineParser &parser = context.parser();
    const QCommandLineOption date(QStringLiteral("date"),
                                  SiteCommands::tr("The post's date (default: now), e.g. \"2025-01-05 22:05 +0800\"; "
                                                   "without an offset, in the site's time zone."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({date, json});
    parser.addPositionalArgument(QStringLiteral("FILE"), SiteCommands::tr("A draft in the site's _drafts."));
    if (const int code = context.parse(
            SiteCommands::tr("Publish a draft: move it to _posts/YYYY-MM-DD-slug.md and set its date: (with the "
                             "site's offset); the file name's date is the local date of date:. Never overwrites. "
                             "Prints the new path.\nExit status: 0 published, 1 not published, 2 usage error."),
            QStringLiteral("FILE"));
        code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.usageError(SiteCommands::tr("give one file"));
    const auto site = siteOf(context, positional.first());
    if (!site)
        return ProblemsFound;
    QDateTime when = QDateTime::currentDateTime();
    if (parser.isSet(date)) {
        const PostDate parsed = PostDate::parse(parser.value(date));
        if (!parsed.isValid())
            return context.usageError(SiteCommands::tr("cannot read the date \"%1\"").arg(parser.value(date)));
        when = parsed.instant(site->zone());
    }
    return report(context, PostWorkflow(*site).publish(QFileInfo(positional.first()).absoluteFilePath(), when),
                  parser.isSet(json));
}

int runUnpublish(const QStringList &arguments)
{
    CommandContext context(QStringLiteral("unpublish"), arguments);
    QCommandLineParser &parser = context.parser();
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("FILE"), SiteCommands::tr("A post in the site's _posts."));
    if (const int code = context.parse(
            SiteCommands::tr("Unpublish a post: move it back to _drafts/slug.md (its date: stays). Never "
                             "overwrites. Prints the new path.\nExit status: 0 moved, 1 not moved, 2 usage error."),
            QStringLiteral("FILE"));
        code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.usageError(SiteCommands::tr("give one file"));
    const auto site = siteOf(context, positional.first());
    if (!site)
        return ProblemsFound;
    return report(context, PostWorkflow(*site).unpublish(QFileInfo(positional.first()).absoluteFilePath()),
                  parser.isSet(json));
}

int runRename(const QStringList &arguments)
{
    CommandContext context(QStringLiteral("rename"), arguments);
    QCommandLineParser &parser = context.parser();
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("FILE"), SiteCommands::tr("A post or draft of a site."));
    parser.addPositionalArgument(QStringLiteral("SLUG"), SiteCommands::tr("The new slug, e.g. \"coin-minting\"."));
    if (const int code = context.parse(
            SiteCommands::tr("Rename a post or draft to a new slug; a post's name gets the local date of its date: "
                             "in the site's zone. Never overwrites. Prints the new path.\nExit status: 0 renamed, "
                             "1 not renamed, 2 usage error."),
            QStringLiteral("FILE SLUG"));
        code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return context.usageError(SiteCommands::tr("give a file and a slug"));
    const auto site = siteOf(context, positional.first());
    if (!site)
        return ProblemsFound;
    return report(context,
                  PostWorkflow(*site).rename(QFileInfo(positional.first()).absoluteFilePath(), positional.at(1)),
                  parser.isSet(json));
}

int runPosts(const QStringList &arguments)
{
    CommandContext context(QStringLiteral("posts"), arguments);
    QCommandLineParser &parser = context.parser();
    const QCommandLineOption siteOption(QStringLiteral("site"),
                                        SiteCommands::tr("The Jekyll site (a folder with _config.yml)."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption state(QStringLiteral("state"),
                                   SiteCommands::tr("Only posts in this state: draft, published, unpublished "
                                                    "(published: false) or future."),
                                   QStringLiteral("STATE"));
    const QCommandLineOption json(
        QStringLiteral("json"),
        SiteCommands::tr("Print [{\"title\", \"date\", \"state\", \"path\", \"problem\"}] as JSON."));
    parser.addOptions({siteOption, state, json});
    if (const int code = context.parse(
            SiteCommands::tr("List a site's drafts, then its posts, newest first: state, date (in the site's zone), "
                             "title and path relative to the site.\nExit status: 0 listed, 1 the folder is not a "
                             "site, 2 usage error."),
            QString());
        code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(
            SiteCommands::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    if (!parser.isSet(siteOption))
        return context.usageError(SiteCommands::tr("--site DIR is required"));
    std::optional<PostState> filter;
    if (parser.isSet(state)) {
        filter = SiteListing::stateFromName(parser.value(state));
        if (!filter)
            return context.usageError(SiteCommands::tr("unknown state \"%1\": use draft, published, unpublished or "
                                                       "future")
                                          .arg(parser.value(state)));
    }
    SiteError error;
    const auto site = Site::open(parser.value(siteOption), &error);
    if (!site) {
        context.error(error.message);
        return ProblemsFound;
    }
    const QList<SiteListing::Group> groups = SiteListing::group(site->posts(), filter);
    QJsonArray array;
    for (const SiteListing::Group &group : groups) {
        for (const SitePost &post : group.posts) {
            const QString date = post.date.isValid() ? PostDate::format(post.date.toTimeZone(site->zone())) : QString();
            if (parser.isSet(json)) {
                QJsonObject object{{QStringLiteral("title"), post.title},
                                   {QStringLiteral("date"), date.isEmpty() ? QJsonValue() : QJsonValue(date)},
                                   {QStringLiteral("state"), Site::stateName(post.state)},
                                   {QStringLiteral("path"), post.relativePath}};
                if (!post.problem.isEmpty())
                    object.insert(QStringLiteral("problem"), post.problem);
                array.append(object);
            } else {
                context.out() << Site::stateName(post.state).leftJustified(12) << u' '
                              << (date.isEmpty() ? QStringLiteral("-") : date).leftJustified(25) << u' ' << post.title
                              << u"  (" << post.relativePath << u')' << Qt::endl;
            }
        }
    }
    if (parser.isSet(json))
        context.printJson(array);
    return Success;
}

} // namespace coinage::cli
