#include "CommandContext.h"
#include "Commands.h"
#include "bilingual/PairAlignment.h"
#include "post/PostFile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace coinage::cli {

namespace {
struct AlignCommand
{
    Q_DECLARE_TR_FUNCTIONS(coinage::cli::AlignCommand)
};

QJsonValue linesJson(const LineRange &range)
{
    if (range.isEmpty())
        return QJsonValue::Null;
    return QJsonArray{range.first + 1, range.last + 1};
}

QString linesText(const LineRange &range)
{
    if (range.isEmpty())
        return QStringLiteral("-");
    if (range.first == range.last)
        return QString::number(range.first + 1);
    return QString::number(range.first + 1) + u'-' + QString::number(range.last + 1);
}

} // namespace

int runAlign(const QStringList &arguments)
{
    CommandContext context(QStringLiteral("align"), arguments);
    const QCommandLineOption json(QStringLiteral("json"),
                                  AlignCommand::tr("Print the pairs and findings as a JSON object."));
    const QCommandLineOption linkKey(QStringLiteral("link-key"),
                                     AlignCommand::tr("The front matter key that links translations (default: ref; "
                                                      "page_id for jekyll-polyglot sites)."),
                                     QStringLiteral("KEY"), QStringLiteral("ref"));
    const QCommandLineOption sidecar(QStringLiteral("sidecar"),
                                     AlignCommand::tr("The alignment file with pins and statuses (default: "
                                                      "TRANSLATION's folder/.coinage/NAME.align.json)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption noSidecar(QStringLiteral("no-sidecar"),
                                       AlignCommand::tr("Ignore the alignment file: align from scratch."));
    context.parser().addOptions({json, linkKey, sidecar, noSidecar});
    context.parser().addPositionalArgument(QStringLiteral("SOURCE"), AlignCommand::tr("The original post."));
    context.parser().addPositionalArgument(QStringLiteral("TRANSLATION"), AlignCommand::tr("Its translation."));
    if (const int code = context.parse(
            AlignCommand::tr("Align a post with its translation block by block (headings, paragraphs, list items, "
                             "quotes, footnote definitions) and check that footnotes, links, numbers, headings, "
                             "emphasis and code carry over.\nLines are 1-based. Exit status: 0 when the pair is "
                             "clean, 1 when warnings or errors were found, 2 on usage errors."),
            QStringLiteral("SOURCE TRANSLATION"));
        code >= 0)
        return code;
    const QStringList files = context.parser().positionalArguments();
    if (files.size() != 2)
        return context.usageError(AlignCommand::tr("give exactly two files: SOURCE TRANSLATION"));
    const QString key = context.parser().value(linkKey).trimmed();
    if (key.isEmpty())
        return context.usageError(AlignCommand::tr("--link-key needs a key name"));
    if (context.parser().isSet(sidecar) && context.parser().isSet(noSidecar))
        return context.usageError(AlignCommand::tr("--sidecar and --no-sidecar exclude each other"));

    PairAlignmentInput input;
    input.sourceFile = files[0];
    input.targetFile = files[1];
    input.linkKeyName = key;
    QList<Diagnostic> loadProblems;
    for (int k = 0; k < 2; ++k) {
        const LoadResult loaded = PostFile::load(files[k]);
        if (!loaded.ok) {
            loadProblems.append(Diagnostic{files[k], std::max(loaded.error.line, 1), std::max(loaded.error.column, 1),
                                           Severity::Error, loaded.error.code, loaded.error.message});
            continue;
        }
        (k == 0 ? input.sourceText : input.targetText) = loaded.text;
    }
    if (!loadProblems.isEmpty()) {
        if (context.parser().isSet(json)) {
            QJsonArray findings;
            for (const Diagnostic &d : std::as_const(loadProblems))
                findings.append(d.toJson());
            context.printJson(
                QJsonObject{{QStringLiteral("pairs"), QJsonArray()}, {QStringLiteral("findings"), findings}});
        } else {
            for (const Diagnostic &d : std::as_const(loadProblems))
                context.err() << d.toText() << Qt::endl;
        }
        return ProblemsFound;
    }

    QList<Diagnostic> sidecarProblems;
    if (!context.parser().isSet(noSidecar)) {
        const QString path =
            context.parser().isSet(sidecar) ? context.parser().value(sidecar) : AlignmentSidecar::pathFor(files[1]);
        const AlignmentSidecar::LoadResult loaded = input.sidecar.load(path);
        if (!loaded.ok)
            sidecarProblems.append(
                Diagnostic{path, 1, 1, Severity::Warning, QStringLiteral("bilingual-sidecar-damaged"), loaded.error});
    }

    const PairAlignment result = PairAlignment::compute(input);
    const QList<Diagnostic> findings = sidecarProblems + result.findings;
    const Alignment &alignment = result.alignment;

    if (context.parser().isSet(json)) {
        QJsonArray pairs;
        for (const AlignedPair &p : alignment.pairs) {
            QJsonObject o{{QStringLiteral("source_lines"), linesJson(p.sourceLines)},
                          {QStringLiteral("target_lines"), linesJson(p.targetLines)},
                          {QStringLiteral("shape"), p.shape()},
                          {QStringLiteral("status"), pairStatusName(p.status)},
                          {QStringLiteral("confidence"), std::round(p.confidence * 1000) / 1000},
                          {QStringLiteral("pinned"), p.pinned},
                          {QStringLiteral("by_id"), p.byId}};
            if (p.status == PairStatus::NeedsReview)
                o.insert(QStringLiteral("source_before"), p.sourceChange);
            pairs.append(o);
        }
        QJsonObject counts;
        for (PairStatus s : {PairStatus::Untranslated, PairStatus::Draft, PairStatus::Translated,
                             PairStatus::NeedsReview, PairStatus::Approved})
            counts.insert(pairStatusName(s), alignment.count(s));
        QJsonArray findingArray;
        for (const Diagnostic &d : findings)
            findingArray.append(d.toJson());
        context.printJson(QJsonObject{{QStringLiteral("source"), files[0]},
                                      {QStringLiteral("target"), files[1]},
                                      {QStringLiteral("source_language"), result.aligner->options().sourceLanguage},
                                      {QStringLiteral("target_language"), result.aligner->options().targetLanguage},
                                      {QStringLiteral("pairs"), pairs},
                                      {QStringLiteral("counts"), counts},
                                      {QStringLiteral("findings"), findingArray}});
    } else {
        QTextStream &out = context.out();
        out << AlignCommand::tr("%1 (%2) -> %3 (%4): %n pair(s)", nullptr, int(alignment.pairs.size()))
                   .arg(QFileInfo(files[0]).fileName(), result.aligner->options().sourceLanguage,
                        QFileInfo(files[1]).fileName(), result.aligner->options().targetLanguage)
            << '\n';
        out << QStringLiteral("  %1 %2 %3 %4 %5")
                   .arg(AlignCommand::tr("source"), -10)
                   .arg(AlignCommand::tr("target"), -10)
                   .arg(AlignCommand::tr("group"), -6)
                   .arg(AlignCommand::tr("status"), -13)
                   .arg(AlignCommand::tr("confidence"))
            << '\n';
        for (const AlignedPair &p : alignment.pairs) {
            out << QStringLiteral("  %1 %2 %3 %4 %5%6")
                       .arg(linesText(p.sourceLines), -10)
                       .arg(linesText(p.targetLines), -10)
                       .arg(p.shape(), -6)
                       .arg(pairStatusName(p.status), -13)
                       .arg(p.confidence, 0, 'f', 2)
                       .arg(p.pinned ? AlignCommand::tr("  pinned") : QString())
                << '\n';
        }
        QStringList summary;
        for (PairStatus s : {PairStatus::Untranslated, PairStatus::Draft, PairStatus::Translated,
                             PairStatus::NeedsReview, PairStatus::Approved}) {
            if (const int n = alignment.count(s))
                summary.append(QStringLiteral("%1 %2").arg(n).arg(pairStatusName(s)));
        }
        out << AlignCommand::tr("Status: %1")
                   .arg(summary.isEmpty() ? AlignCommand::tr("no blocks") : summary.join(QStringLiteral(", ")))
            << '\n';
        for (const Diagnostic &d : findings)
            out << d.toText() << '\n';
        out.flush();
    }
    const bool problems = std::any_of(findings.cbegin(), findings.cend(),
                                      [](const Diagnostic &d) { return d.severity != Severity::Note; });
    return problems ? ProblemsFound : Success;
}

} // namespace coinage::cli
