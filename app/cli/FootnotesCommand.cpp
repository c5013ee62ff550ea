#include "CommandContext.h"
#include "Commands.h"
#include "footnotes/FootnoteIndex.h"
#include "post/PostFile.h"
#include "text/LineIndex.h"

#include <QJsonArray>
#include <QJsonObject>

namespace coinage::cli {

namespace {
struct FootnotesCommand
{
    Q_DECLARE_TR_FUNCTIONS(coinage::cli::FootnotesCommand)
};

QJsonObject toJson(const FootnoteIndex &index, const Footnote &f, const LineIndex &lines)
{
    QJsonObject object;
    object.insert(u"label", f.label);
    object.insert(u"number", f.number > 0 ? QJsonValue(f.number) : QJsonValue(QJsonValue::Null));
    QJsonArray references;
    for (int r : f.references) {
        const TextPosition p = lines.position(index.references()[r].range.start);
        references.append(QJsonObject{{QStringLiteral("line"), p.line}, {QStringLiteral("column"), p.column}});
    }
    object.insert(u"references", references);
    if (const int d = f.definition(); d >= 0) {
        const FootnoteDefinition &definition = index.definitions()[d];
        object.insert(u"definition",
                      QJsonObject{{QStringLiteral("line"), lines.position(definition.marker.start).line},
                                  {QStringLiteral("end_line"), lines.position(definition.range.end()).line}});
    } else {
        object.insert(u"definition", QJsonValue(QJsonValue::Null));
    }
    object.insert(u"text", index.textOf(f.label));
    QJsonArray problems;
    for (const FootnoteProblem &p : index.problemsOf(f.label)) {
        if (!problems.contains(p.code))
            problems.append(p.code);
    }
    object.insert(u"problems", problems);
    return object;
}

} // namespace

int runFootnotes(const QStringList &arguments)
{
    CommandContext context(QStringLiteral("footnotes"), arguments);
    const QCommandLineOption json(QStringLiteral("json"),
                                  FootnotesCommand::tr("Print the footnotes as a JSON array of objects: label, "
                                                       "number (null when kramdown prints none), references "
                                                       "[{line, column}], definition {line, end_line} or null, "
                                                       "text, problems [codes]."));
    context.parser().addOption(json);
    context.parser().addPositionalArgument(QStringLiteral("FILE"), FootnotesCommand::tr("The post."));
    if (const int code = context.parse(
            FootnotesCommand::tr("List a post's footnotes in the order kramdown numbers them, with their "
                                 "problems.\nExit status: 0 when all is well, 1 when there are footnote problems, "
                                 "2 on usage errors."),
            QStringLiteral("FILE"));
        code >= 0)
        return code;
    const QStringList files = context.parser().positionalArguments();
    if (files.size() != 1)
        return context.usageError(FootnotesCommand::tr("give exactly one file"));
    const LoadResult loaded = PostFile::load(files.first());
    if (!loaded.ok) {
        context.error(QStringLiteral("%1: %2").arg(files.first(), loaded.error.message));
        return ProblemsFound;
    }
    const FootnoteIndex index = FootnoteIndex::build(loaded.text);
    const LineIndex lines(loaded.text);
    if (context.parser().isSet(json)) {
        QJsonArray array;
        for (const Footnote &f : index.footnotes())
            array.append(toJson(index, f, lines));
        context.printJson(array);
    } else {
        for (const Footnote &f : index.footnotes()) {
            const QString number = f.number > 0 ? QString::number(f.number) : QStringLiteral("-");
            const QString line =
                f.definition() >= 0
                    ? QString::number(lines.position(index.definitions()[f.definition()].marker.start).line)
                    : QStringLiteral("-");
            QString text = index.textOf(f.label).simplified();
            if (text.size() > 60)
                text = text.left(59) + QChar(0x2026);
            context.out() << QStringLiteral("%1  [^%2]  ").arg(number, 4).arg(f.label)
                          << FootnotesCommand::tr("%n reference(s)", nullptr, int(f.references.size()))
                          << QStringLiteral("  ") << FootnotesCommand::tr("definition line %1").arg(line)
                          << QStringLiteral("  ") << text << '\n';
        }
        for (const FootnoteProblem &p : index.problems()) {
            const TextPosition at = lines.position(p.range.start);
            context.out() << QStringLiteral("%1:%2:%3: %4: %5 [%6]")
                                 .arg(files.first())
                                 .arg(at.line)
                                 .arg(at.column)
                                 .arg(Diagnostic::severityName(p.severity), FootnoteIndex::message(p), p.code)
                          << '\n';
        }
        context.out().flush();
    }
    return index.problems().isEmpty() ? Success : ProblemsFound;
}

} // namespace coinage::cli
