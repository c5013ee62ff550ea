#include "PostChecker.h"

#include "footnotes/FootnoteCheck.h"
#include "jekyll/JekyllLint.h"
#include "post/PostFile.h"

#include <algorithm>

namespace coinage {
namespace {

// Every check `coinage check` runs, in order.
const PostCheck allChecks[] = {
    &PostChecker::checkFrontMatter,
    &checkJekyll,
    &checkFootnotes,
};

} // namespace

CheckInput::CheckInput(QString file_, QString text_)
    : file(std::move(file_))
    , text(std::move(text_))
    , split(splitFrontMatter(text))
    , frontMatter(FrontMatterData::parse(text, split))
    , lines(text)
{}

Diagnostic CheckInput::diagnostic(qsizetype offset, Severity severity, const QString &code,
                                  const QString &message) const
{
    const TextPosition p = lines.position(offset);
    return diagnostic(p.line, p.column, severity, code, message);
}

Diagnostic CheckInput::diagnostic(int line, int column, Severity severity, const QString &code,
                                  const QString &message) const
{
    return Diagnostic{file, std::max(line, 1), std::max(column, 1), severity, code, message};
}

QList<Diagnostic> PostChecker::checkFile(const QString &path)
{
    const LoadResult loaded = PostFile::load(path);
    if (!loaded.ok) {
        return {Diagnostic{path, std::max(loaded.error.line, 1), std::max(loaded.error.column, 1), Severity::Error,
                           loaded.error.code, loaded.error.message}};
    }
    return checkText(path, loaded.text);
}

QList<Diagnostic> PostChecker::checkText(const QString &file, const QString &text)
{
    const CheckInput input(file, text);
    QList<Diagnostic> out;
    for (PostCheck check : allChecks)
        check(input, out);
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
    return out;
}

void PostChecker::checkFrontMatter(const CheckInput &input, QList<Diagnostic> &out)
{
    const FrontMatterSplit &split = input.split;
    if (split.present && !split.closed) {
        out.append(input.diagnostic(1, 1, Severity::Error, QStringLiteral("front-matter-unclosed"),
                                    tr("the front matter is never closed with a line \"---\"; Jekyll will publish "
                                       "the whole file, front matter included, as text")));
        return;
    }
    if (!split.hasFrontMatter())
        return;
    const FrontMatterData &data = input.frontMatter;
    if (const auto &error = data.error()) {
        out.append(input.diagnostic(error->line, error->column, Severity::Error, QStringLiteral("yaml-syntax"),
                                    tr("YAML syntax error in the front matter: %1").arg(error->message)));
        return;
    }
    if (!data.isMapping()) {
        out.append(input.diagnostic(split.yamlFirstLine + 1, 1, Severity::Error,
                                    QStringLiteral("front-matter-not-a-map"),
                                    tr("the front matter must be a list of \"key: value\" lines")));
        return;
    }
    for (const FrontMatterEntry *entry : data.duplicateEntries()) {
        out.append(
            input.diagnostic(entry->line, entry->column, Severity::Warning, QStringLiteral("duplicate-key"),
                             tr("the key \"%1\" appears more than once; only the last value is used").arg(entry->key)));
    }
}

} // namespace coinage
