#include "JekyllLint.h"

#include "CodeRanges.h"
#include "PostDate.h"
#include "PostPath.h"
#include "Site.h"
#include "Slugify.h"
#include "post/FrontMatterEditor.h"
#include "post/YamlScalar.h"

#include <QDir>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace coinage {
namespace {

LintFinding finding(Diagnostic diagnostic, TextEdits fix = {}, QString fixText = {})
{
    return LintFinding{std::move(diagnostic), std::move(fix), std::move(fixText)};
}

TextEdits editOrNothing(const FrontMatterEditResult &result)
{
    return result.ok ? result.edits : TextEdits{};
}

// Keys Jekyll and themes read as text: a plain scalar that YAML types otherwise is a surprise.
const QStringList &stringKeys()
{
    static const QStringList keys{QStringLiteral("title"),    QStringLiteral("description"),
                                  QStringLiteral("layout"),   QStringLiteral("permalink"),
                                  QStringLiteral("slug"),     QStringLiteral("lang"),
                                  QStringLiteral("ref"),      QStringLiteral("excerpt_separator"),
                                  QStringLiteral("thumbnail")};
    return keys;
}

void walkSymbols(const YamlValue &value, const CheckInput &input, QList<LintFinding> &out, const QString &key,
                 bool topLevel)
{
    if (value.kind == YamlValue::Kind::List) {
        for (const YamlValue &item : value.items)
            walkSymbols(item, input, out, key, false);
        return;
    }
    if (value.kind == YamlValue::Kind::Map) {
        for (const auto &[name, member] : value.members)
            walkSymbols(member, input, out, name, false);
        return;
    }
    if (!value.plain || value.kind != YamlValue::Kind::String || value.scalar.size() < 2 ||
        !value.scalar.startsWith(u':'))
        return;
    TextEdits fix;
    if (topLevel)
        fix = editOrNothing(FrontMatterEditor(input.text).setYaml(key, YamlScalar::doubleQuoted(value.scalar)));
    out.append(finding(input.diagnostic(value.line, value.column, Severity::Warning, QStringLiteral("yaml-symbol"),
                                        JekyllLint::tr("Jekyll's YAML loader reads %1 as a Ruby symbol, not as "
                                                       "text; quote it: \"%1\"")
                                            .arg(value.scalar)),
                       fix, JekyllLint::tr("Quote the value")));
}

void walkTags(const YAML::Node &node, const CheckInput &input, QList<LintFinding> &out)
{
    const std::string &tag = node.Tag();
    static const std::set<std::string> allowed{"",
                                               "?",
                                               "!",
                                               "tag:yaml.org,2002:str",
                                               "tag:yaml.org,2002:int",
                                               "tag:yaml.org,2002:float",
                                               "tag:yaml.org,2002:bool",
                                               "tag:yaml.org,2002:null",
                                               "tag:yaml.org,2002:seq",
                                               "tag:yaml.org,2002:map",
                                               "tag:yaml.org,2002:timestamp",
                                               "tag:yaml.org,2002:binary",
                                               "tag:yaml.org,2002:omap",
                                               "!ruby/sym",
                                               "!ruby/symbol",
                                               "!ruby/string",
                                               "!ruby/array",
                                               "!ruby/hash"};
    if (!allowed.count(tag)) {
        const YAML::Mark mark = node.Mark();
        // Marks are 0-based within the YAML; the YAML starts on the file's second line.
        const int line = input.split.yamlFirstLine + mark.line + 1;
        out.append(finding(input.diagnostic(line, mark.column + 1, Severity::Error, QStringLiteral("yaml-unsafe-tag"),
                                            JekyllLint::tr("Jekyll's safe YAML loader rejects the tag %1: the post "
                                                           "will not build")
                                                .arg(QString::fromStdString(tag)))));
    }
    if (node.IsSequence() || node.IsMap()) {
        for (const auto &child : node) {
            if (node.IsMap()) {
                walkTags(child.first, input, out);
                walkTags(child.second, input, out);
            } else {
                walkTags(child, input, out);
            }
        }
    }
}

} // namespace

JekyllLint::Context JekyllLint::contextFor(const QString &filePath)
{
    Context context;
    context.sitePath = filePath;
    const QString root = Site::findRoot(filePath);
    if (root.isEmpty())
        return context;
    if (const auto site = Site::open(root)) {
        context.siteZone = site->zone();
        context.sitePath = QDir(root).relativeFilePath(QFileInfo(filePath).absoluteFilePath());
    }
    return context;
}

QList<LintFinding> JekyllLint::lint(const CheckInput &input, const Context &context)
{
    QList<LintFinding> out;
    if (input.split.hasFrontMatter() && input.frontMatter.isValid() && input.frontMatter.isMapping()) {
        checkDate(input, context, out);
        checkValues(input, out);
        checkUnsafeYaml(input, out);
    }
    checkFileName(input, context, out);
    checkLiquid(input, out);
    return out;
}

void JekyllLint::checkDate(const CheckInput &input, const Context &context, QList<LintFinding> &out)
{
    const FrontMatterEntry *entry = input.frontMatter.find(u"date");
    if (!entry)
        return;
    const YamlValue &value = entry->value;
    const PostDate date = PostDate::fromValue(value);
    if (!date.isValid()) {
        out.append(finding(input.diagnostic(value.line, value.column, Severity::Error, QStringLiteral("date-invalid"),
                                            tr("Jekyll cannot read the date \"%1\"; write it as "
                                               "YYYY-MM-DD HH:MM:SS +hhmm")
                                                .arg(value.scalar))));
        return;
    }
    if (date.hasOffset())
        return;
    const QString fixed = PostDate::format(date.asWrittenIn(context.siteZone));
    const TextEdits fix = editOrNothing(FrontMatterEditor(input.text).setYaml(u"date", fixed));
    QString message;
    if (date.readAsUtc) {
        const QDateTime local = date.instant(context.siteZone);
        message = tr("the date has no UTC offset: YAML reads a date with seconds as UTC, so Jekyll dates the post "
                     "%1 in the site's time zone; write %2")
                      .arg(PostDate::format(local), fixed);
    } else {
        message = tr("the date has no UTC offset: Jekyll reads it in the time zone of the machine or the site's "
                     "`timezone:`; write %1")
                      .arg(fixed);
    }
    out.append(finding(
        input.diagnostic(value.line, value.column, Severity::Warning, QStringLiteral("date-without-offset"), message),
        fix, tr("Add the offset %1").arg(PostDate::formatOffset(date.asWrittenIn(context.siteZone).offsetFromUtc()))));
}

void JekyllLint::checkValues(const CheckInput &input, QList<LintFinding> &out)
{
    const FrontMatterData &data = input.frontMatter;
    const FrontMatterEntry *title = data.find(u"title");
    if (!title || (title->value.isScalar() && title->value.scalar.trimmed().isEmpty())) {
        const int line = title ? title->line : input.split.yamlFirstLine + 1;
        out.append(finding(input.diagnostic(std::max(line, 1), 1, Severity::Warning, QStringLiteral("title-missing"),
                                            tr("the post has no title; Jekyll makes one from the file name"))));
    }
    for (const FrontMatterEntry &entry : data.entries()) {
        const YamlValue &value = entry.value;
        if (!stringKeys().contains(entry.key) || !value.isScalar() || !value.plain ||
            value.kind == YamlValue::Kind::String || value.kind == YamlValue::Kind::Null)
            continue;
        out.append(finding(
            input.diagnostic(value.line, value.column, Severity::Warning, QStringLiteral("value-not-string"),
                             tr("YAML reads %1 as a %2, not as text; quote it: \"%1\"")
                                 .arg(value.scalar, YamlValue::kindName(value.kind))),
            editOrNothing(FrontMatterEditor(input.text).setYaml(entry.key, YamlScalar::doubleQuoted(value.scalar))),
            tr("Quote the value")));
    }
    if (const FrontMatterEntry *slug = data.find(u"slug");
        slug && slug->value.isScalar() && !slug->value.scalar.isEmpty() && !isValidSlug(slug->value.scalar)) {
        out.append(finding(
            input.diagnostic(slug->value.line, slug->value.column, Severity::Warning, QStringLiteral("slug-invalid"),
                             tr("the slug \"%1\" has characters that do not belong in a URL; try "
                                "\"%2\"")
                                 .arg(slug->value.scalar, slugify(slug->value.scalar))),
            editOrNothing(
                FrontMatterEditor(input.text).setYaml(u"slug", YamlScalar::string(slugify(slug->value.scalar)))),
            tr("Use \"%1\"").arg(slugify(slug->value.scalar))));
    }
    for (const FrontMatterEntry &entry : data.entries())
        walkSymbols(entry.value, input, out, entry.key, true);
}

void JekyllLint::checkUnsafeYaml(const CheckInput &input, QList<LintFinding> &out)
{
    try {
        const YAML::Node root = YAML::Load(input.split.yaml(input.text).toString().toStdString());
        walkTags(root, input, out);
    } catch (const YAML::Exception &) {
        // reported as yaml-syntax by PostChecker::checkFrontMatter
    }
}

void JekyllLint::checkFileName(const CheckInput &input, const Context &context, QList<LintFinding> &out)
{
    const bool inPosts = PostPath::isInPosts(context.sitePath);
    if (!inPosts && !PostPath::isInDrafts(context.sitePath))
        return;
    if (!input.split.hasFrontMatter()) {
        out.append(finding(input.diagnostic(1, 1, Severity::Warning, QStringLiteral("front-matter-missing"),
                                            tr("the post has no front matter: Jekyll copies it as a plain file "
                                               "instead of publishing it"))));
    }
    const PostPath name = PostPath::parse(context.sitePath);
    if (!isValidSlug(name.slug)) {
        out.append(finding(input.diagnostic(1, 1, Severity::Warning, QStringLiteral("slug-invalid"),
                                            tr("the file name's slug \"%1\" has characters that do not belong in "
                                               "a URL; try \"%2\"")
                                                .arg(name.slug, slugify(name.slug)))));
    }
    if (!inPosts)
        return;
    if (!name.hasDate()) {
        out.append(finding(input.diagnostic(1, 1, Severity::Warning, QStringLiteral("filename-no-date"),
                                            tr("a post's file name must start with its date (YYYY-MM-DD-slug.md); "
                                               "Jekyll skips this file"))));
        return;
    }
    const FrontMatterEntry *entry = input.frontMatter.find(u"date");
    if (!entry)
        return;
    const PostDate date = PostDate::fromValue(entry->value);
    if (!date.isValid())
        return;
    const QDate local = date.localDate(context.siteZone);
    if (local != name.date) {
        out.append(finding(input.diagnostic(entry->value.line, entry->value.column, Severity::Warning,
                                            QStringLiteral("filename-date-mismatch"),
                                            tr("the file name says %1, but Jekyll dates the post %2 in the site's "
                                               "time zone (the URL uses %2)")
                                                .arg(name.date.toString(Qt::ISODate), local.toString(Qt::ISODate)))));
    }
}

void JekyllLint::checkLiquid(const CheckInput &input, QList<LintFinding> &out)
{
    const FrontMatterEntry *render = input.frontMatter.find(u"render_with_liquid");
    if (render && render->value.kind == YamlValue::Kind::Bool && !render->value.toVariant().toBool())
        return;
    const qsizetype bodyStart = input.split.hasFrontMatter() ? input.split.bodyStart : 0;
    const QStringView body = QStringView(input.text).sliced(bodyStart);
    static const QRegularExpression liquid(QStringLiteral(R"(\{\{|\{%-?\s*(end)?raw\s*-?%\}|\{%)"));
    std::optional<CodeRanges> code;
    std::optional<TextEdits> fix;
    auto liquidFix = [&] {
        if (!fix)
            fix = editOrNothing(FrontMatterEditor(input.text).setYaml(u"render_with_liquid", QStringLiteral("false")));
        return *fix;
    };
    bool inRaw = false;
    int reported = 0;
    for (auto it = liquid.globalMatchView(body); it.hasNext();) {
        const auto m = it.next();
        if (m.captured(0).contains(u"raw")) {
            inRaw = m.capturedView(1).isEmpty();
            continue;
        }
        if (inRaw)
            continue;
        if (!code)
            code.emplace(input.text);
        const qsizetype offset = bodyStart + m.capturedStart(0);
        const bool inCode = code->contains(offset);
        const QString message =
            inCode ? tr("Jekyll runs Liquid before Markdown, also inside code: \"%1\" here will be replaced or "
                        "fail; wrap it in {% raw %}...{% endraw %} or set render_with_liquid: false")
                         .arg(m.captured(0))
                   : tr("\"%1\" starts Liquid in Jekyll and will not appear as written; set render_with_liquid: "
                        "false in the front matter if the post has no Liquid")
                         .arg(m.captured(0));
        out.append(finding(
            input.diagnostic(offset, Severity::Warning,
                             inCode ? QStringLiteral("liquid-in-code") : QStringLiteral("liquid-in-prose"), message),
            liquidFix(), tr("Set render_with_liquid: false")));
        if (++reported >= 100)
            break;
    }
}

void checkJekyll(const CheckInput &input, QList<Diagnostic> &out)
{
    for (const LintFinding &f : JekyllLint::lint(input, JekyllLint::contextFor(input.file)))
        out.append(f.diagnostic);
}

} // namespace coinage
