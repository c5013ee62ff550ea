#pragma once

#include "CommandContext.h"
#include "footnotes/FootnoteEditResult.h"

#include <QCoreApplication>

#include <functional>

namespace coinage::cli {

// The translation context of the strings of the verbs that rewrite a post (renumber, convert-references and these
// helpers).
struct RewriteCommand
{
    Q_DECLARE_TR_FUNCTIONS(coinage::cli::RewriteCommand)
};

// The "-o OUT" option of the verbs that rewrite a post.
QCommandLineOption outputOption();
// Loads `input`, computes the edits, writes the result atomically to OUT (the option, when set) or back to `input`,
// keeping the BOM and line endings. Returns the exit code; errors are reported on stderr. `done` (optional) is told
// the result after a successful write, for a verb that prints what it did.
int rewritePost(CommandContext &context, const QString &input, const QCommandLineOption &output,
                const std::function<FootnoteEditResult(const QString &)> &edit,
                const std::function<void(const FootnoteEditResult &)> &done = {});

} // namespace coinage::cli
