#include "CommandContext.h"
#include "Commands.h"
#include "check/PostChecker.h"

#include <QJsonArray>

namespace coinage::cli {

namespace {
struct CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(coinage::cli::CheckCommand)
};
} // namespace

int runCheck(const QStringList &arguments)
{
    CommandContext context(QStringLiteral("check"), arguments);
    const QCommandLineOption json(QStringLiteral("json"), CheckCommand::tr("Print the problems as a JSON array."));
    context.parser().addOption(json);
    context.parser().addPositionalArgument(QStringLiteral("FILE"), CheckCommand::tr("Posts to check."));
    if (const int code = context.parse(CheckCommand::tr("Check posts for problems: front matter that does not "
                                                        "parse, files that are not UTF-8 text.\nExit status: 0 when "
                                                        "clean, 1 when problems were found, 2 on usage errors."),
                                       QStringLiteral("FILE..."));
        code >= 0)
        return code;
    const QStringList files = context.parser().positionalArguments();
    if (files.isEmpty())
        return context.usageError(CheckCommand::tr("no file given"));

    QList<Diagnostic> all;
    for (const QString &file : files)
        all += PostChecker::checkFile(file);

    if (context.parser().isSet(json)) {
        QJsonArray array;
        for (const Diagnostic &d : all)
            array.append(d.toJson());
        context.printJson(array);
    } else {
        for (const Diagnostic &d : all)
            context.out() << d.toText() << Qt::endl;
    }
    const bool problems =
        std::any_of(all.cbegin(), all.cend(), [](const Diagnostic &d) { return d.severity != Severity::Note; });
    return problems ? ProblemsFound : Success;
}

} // namespace coinage::cli
