#include "PostRewrite.h"

#include "post/PostFile.h"

namespace coinage::cli {

QCommandLineOption outputOption()
{
    return QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                              RewriteCommand::tr("Write the result to OUT instead of changing FILE."),
                              QStringLiteral("OUT"));
}

int rewritePost(CommandContext &context, const QString &input, const QCommandLineOption &output,
                const std::function<FootnoteEditResult(const QString &)> &edit,
                const std::function<void(const FootnoteEditResult &)> &done)
{
    const QString target = context.parser().isSet(output) ? context.parser().value(output) : input;
    if (target.isEmpty())
        return context.usageError(RewriteCommand::tr("the output file name is empty"));
    const LoadResult loaded = PostFile::load(input);
    if (!loaded.ok) {
        context.error(QStringLiteral("%1: %2").arg(input, loaded.error.message));
        return ProblemsFound;
    }
    const FootnoteEditResult result = edit(loaded.text);
    if (!result.ok()) {
        context.error(QStringLiteral("%1: %2").arg(input, result.error));
        return ProblemsFound;
    }
    if (result.edits.isEmpty() && target == input) {
        context.err() << RewriteCommand::tr("%1: nothing to change").arg(input) << Qt::endl;
        return Success;
    }
    const SaveResult saved = PostFile::save(target, applyEdits(loaded.text, result.edits), loaded.format);
    if (!saved.ok) {
        context.error(QStringLiteral("%1: %2").arg(target, saved.error.message));
        return ProblemsFound;
    }
    if (done)
        done(result);
    return Success;
}

} // namespace coinage::cli
