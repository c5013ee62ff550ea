#include "Commands.h"
#include "PostRewrite.h"
#include "footnotes/FootnoteReorder.h"
#include "footnotes/SeedReferenceConverter.h"

#include <functional>

namespace coinage::cli {

namespace {

// Exactly one FILE: the post to rewrite.
int rewrite(CommandContext &context, const QCommandLineOption &output,
            const std::function<FootnoteEditResult(const QString &)> &edit)
{
    const QStringList files = context.parser().positionalArguments();
    if (files.size() != 1)
        return context.usageError(RewriteCommand::tr("give exactly one file"));
    return rewritePost(context, files.first(), output, edit);
}

} // namespace

int runRenumber(const QStringList &arguments)
{
    CommandContext context(QStringLiteral("renumber"), arguments);
    const QCommandLineOption output = outputOption();
    const QCommandLineOption allLabels(QStringLiteral("all-labels"),
                                       RewriteCommand::tr("Renumber every label, not only numeric ones."));
    context.parser().addOption(output);
    context.parser().addOption(allLabels);
    context.parser().addPositionalArgument(QStringLiteral("FILE"), RewriteCommand::tr("The post."));
    if (const int code = context.parse(
            RewriteCommand::tr("Renumber numeric footnote labels 1..n in the order of their first reference and "
                               "reorder the definitions to match. The file is changed in place (atomically, "
                               "keeping its BOM and line endings) unless -o is given.\nExit status: 0 when done, "
                               "1 when the file cannot be read or written, 2 on usage errors."),
            QStringLiteral("FILE"));
        code >= 0)
        return code;
    const bool all = context.parser().isSet(allLabels);
    return rewrite(context, output, [all](const QString &text) { return FootnoteReorder::renumber(text, all); });
}

int runConvertReferences(const QStringList &arguments)
{
    CommandContext context(QStringLiteral("convert-references"), arguments);
    const QCommandLineOption output = outputOption();
    context.parser().addOption(output);
    context.parser().addPositionalArgument(QStringLiteral("FILE"), RewriteCommand::tr("The post."));
    if (const int code = context.parse(
            RewriteCommand::tr("Turn \"[1]\" markers and a \"References\"/\"参考\" list of \"1. ^text\" items into "
                               "kramdown footnotes ([^1] and [^1]: text), keeping the texts. The file is changed "
                               "in place (atomically, keeping its BOM and line endings) unless -o is given.\nExit "
                               "status: 0 when done, 1 when there is no such list or the file cannot be read or "
                               "written, 2 on usage errors."),
            QStringLiteral("FILE"));
        code >= 0)
        return code;
    return rewrite(context, output, [](const QString &text) { return SeedReferenceConverter::convert(text); });
}

} // namespace coinage::cli
