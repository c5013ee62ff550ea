#include "Commands.h"
#include "PostRewrite.h"
#include "footnotes/FootnoteEdits.h"
#include "footnotes/FootnoteReorder.h"
#include "text/LineIndex.h"

#include <functional>

namespace coinage::cli {

namespace {
struct FootnoteEditCommand
{
    Q_DECLARE_TR_FUNCTIONS(coinage::cli::FootnoteEditCommand)
};

using Edit = std::function<FootnoteEditResult(const QString &)>;

// The options of `footnote-edit`, shared by the actions.
struct Options
{
    QCommandLineOption output = outputOption();
    QCommandLineOption under{QStringLiteral("under"),
                             FootnoteEditCommand::tr("gather: put the definitions at the end of the section of this "
                                                     "heading (its text, e.g. \"Notes\") instead of the end."),
                             QStringLiteral("HEADING")};
    QCommandLineOption line{QStringLiteral("line"),
                            FootnoteEditCommand::tr("insert, from-selection: the 1-based line of the caret or of the "
                                                    "selection's start."),
                            QStringLiteral("L")};
    QCommandLineOption column{QStringLiteral("column"),
                              FootnoteEditCommand::tr("insert, from-selection: the 1-based column (in characters) of "
                                                      "the caret or of the selection's start."),
                              QStringLiteral("C")};
    QCommandLineOption endLine{QStringLiteral("end-line"),
                               FootnoteEditCommand::tr("from-selection: the line of the selection's end."),
                               QStringLiteral("L")};
    QCommandLineOption endColumn{QStringLiteral("end-column"),
                                 FootnoteEditCommand::tr("from-selection: the column just after the selection's "
                                                         "last character."),
                                 QStringLiteral("C")};
    QCommandLineOption before{QStringLiteral("before-punctuation"),
                              FootnoteEditCommand::tr("insert, from-selection: put the marker before closing "
                                                      "punctuation (\"word[^1].\") instead of after it.")};
};

// A 1-based line or column option; 0 when it is missing or not a positive number.
int positiveValue(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    return ok && value > 0 ? value : 0;
}

// The offset of a line and column of the text; -1 (and the error set) when the text has no such position.
qsizetype offsetOf(const QString &text, TextPosition position, QString &error)
{
    const LineIndex lines(text);
    if (position.line > lines.lineCount()) {
        error = FootnoteEditCommand::tr("line %1 is past the end of the post (%n line(s))", nullptr, lines.lineCount())
                    .arg(position.line);
        return -1;
    }
    const qsizetype offset = lines.offset(position);
    if (lines.position(offset) != position) {
        error = FootnoteEditCommand::tr("line %1 has no column %2").arg(position.line).arg(position.column);
        return -1;
    }
    return offset;
}

FootnoteEditResult failure(const QString &error)
{
    FootnoteEditResult result;
    result.error = error;
    return result;
}

} // namespace

int runFootnoteEdit(const QStringList &arguments)
{
    CommandContext context(QStringLiteral("footnote-edit"), arguments);
    QCommandLineParser &parser = context.parser();
    const Options o;
    for (const QCommandLineOption &option : {o.output, o.under, o.line, o.column, o.endLine, o.endColumn, o.before})
        parser.addOption(option);
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 FootnoteEditCommand::tr("rename, remove, gather, to-references, to-inline, "
                                                         "merge-duplicates, insert or from-selection."));
    parser.addPositionalArgument(QStringLiteral("FILE"), FootnoteEditCommand::tr("The post."));
    parser.addPositionalArgument(QStringLiteral("ARGS"), FootnoteEditCommand::tr("What the action needs (below)."));
    if (const int code = context.parse(
            FootnoteEditCommand::tr(
                "Change a post's footnotes, with the same edits as the Footnotes menu:\n"
                "  rename FILE FROM TO        rename a label in every marker and definition\n"
                "  remove FILE LABEL          remove a footnote's markers and definitions\n"
                "  gather FILE [--under H]    move every definition, in reference order, to the end of the post\n"
                "                             (or of the section of heading H)\n"
                "  to-references FILE         turn ^[inline] notes into [^n] markers and definitions\n"
                "  to-inline FILE [LABEL]     turn footnotes with a one-paragraph definition (or only LABEL)\n"
                "                             into ^[inline] notes\n"
                "  merge-duplicates FILE      keep one definition per label\n"
                "  insert FILE --line L --column C TEXT\n"
                "                             add a footnote with this text at the position; prints its label\n"
                "  from-selection FILE --line L --column C --end-line L2 --end-column C2\n"
                "                             the text in the range becomes a new footnote; prints its label\n"
                "The file is changed in place (atomically, keeping its BOM and line endings) unless -o is "
                "given.\nExit status: 0 when done, 1 when the edit cannot be made (unknown label, taken label, no "
                "such heading or position) or the file cannot be read or written, 2 on usage errors."),
            QStringLiteral("ACTION FILE [ARGS]"));
        code >= 0)
        return code;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return context.usageError(FootnoteEditCommand::tr("give an action and a file"));
    const QString action = positional[0];
    const QString file = positional[1];
    const QStringList rest = positional.mid(2);
    const bool positionGiven =
        parser.isSet(o.line) || parser.isSet(o.column) || parser.isSet(o.endLine) || parser.isSet(o.endColumn);
    const bool takesPosition = action == u"insert" || action == u"from-selection";
    if (positionGiven && !takesPosition)
        return context.usageError(FootnoteEditCommand::tr("only insert and from-selection take a position"));
    if (parser.isSet(o.under) && action != u"gather")
        return context.usageError(FootnoteEditCommand::tr("only gather takes --under"));
    const auto argumentCount = [&](qsizetype min, qsizetype max) {
        return rest.size() >= min && rest.size() <= max;
    };
    const auto wrongArguments = [&](const QString &syntax) {
        return context.usageError(FootnoteEditCommand::tr("usage: coinage footnote-edit %1").arg(syntax));
    };
    const MarkerPlacement placement =
        parser.isSet(o.before) ? MarkerPlacement::BeforePunctuation : MarkerPlacement::AfterPunctuation;

    Edit edit;
    if (action == u"rename") {
        if (!argumentCount(2, 2))
            return wrongArguments(QStringLiteral("rename FILE FROM TO"));
        edit = [&rest](const QString &text) {
            return FootnoteEdits::rename(text, rest[0], rest[1]);
        };
    } else if (action == u"remove") {
        if (!argumentCount(1, 1))
            return wrongArguments(QStringLiteral("remove FILE LABEL"));
        edit = [&rest](const QString &text) {
            return FootnoteEdits::remove(text, rest[0]);
        };
    } else if (action == u"gather") {
        if (!argumentCount(0, 0))
            return wrongArguments(QStringLiteral("gather FILE [--under HEADING]"));
        const QString heading = parser.value(o.under);
        if (parser.isSet(o.under))
            edit = [heading](const QString &text) {
                return FootnoteReorder::gatherUnderHeadingText(text, heading);
            };
        else
            edit = [](const QString &text) {
                return FootnoteReorder::gatherAtEnd(text);
            };
    } else if (action == u"to-references") {
        if (!argumentCount(0, 0))
            return wrongArguments(QStringLiteral("to-references FILE"));
        edit = [](const QString &text) {
            return FootnoteEdits::inlineToReferences(text);
        };
    } else if (action == u"to-inline") {
        if (!argumentCount(0, 1))
            return wrongArguments(QStringLiteral("to-inline FILE [LABEL]"));
        const QString label = rest.value(0);
        edit = [label](const QString &text) {
            return FootnoteEdits::referencesToInline(text, label);
        };
    } else if (action == u"merge-duplicates") {
        if (!argumentCount(0, 0))
            return wrongArguments(QStringLiteral("merge-duplicates FILE"));
        edit = [](const QString &text) {
            return FootnoteEdits::mergeDuplicates(text);
        };
    } else if (takesPosition) {
        const bool insert = action == u"insert";
        const TextPosition start{positiveValue(parser, o.line), positiveValue(parser, o.column)};
        const TextPosition end{positiveValue(parser, o.endLine), positiveValue(parser, o.endColumn)};
        if (insert && (!argumentCount(1, 1) || start.line == 0 || start.column == 0 || parser.isSet(o.endLine) ||
                       parser.isSet(o.endColumn)))
            return wrongArguments(QStringLiteral("insert FILE --line L --column C TEXT (L and C from 1)"));
        if (!insert &&
            (!argumentCount(0, 0) || start.line == 0 || start.column == 0 || end.line == 0 || end.column == 0))
            return wrongArguments(
                QStringLiteral("from-selection FILE --line L --column C --end-line L2 --end-column C2 (from 1)"));
        const QString note = rest.value(0);
        edit = [insert, start, end, note, placement](const QString &text) {
            QString error;
            const qsizetype from = offsetOf(text, start, error);
            const qsizetype to = insert ? from : offsetOf(text, end, error);
            if (from < 0 || to < 0)
                return failure(error);
            return insert ? FootnoteEdits::insert(text, from, note, placement)
                          : FootnoteEdits::fromSelection(text, from, to, placement);
        };
    } else {
        return context.usageError(FootnoteEditCommand::tr("unknown action \"%1\"").arg(action));
    }
    return rewritePost(context, file, o.output, edit, [&context, takesPosition](const FootnoteEditResult &result) {
        if (takesPosition)
            context.out() << result.label << Qt::endl;
    });
}

} // namespace coinage::cli
