#include "CommandContext.h"
#include "Commands.h"
#include "post/FrontMatterData.h"
#include "post/FrontMatterEditor.h"
#include "post/PostFile.h"

#include <QJsonArray>
#include <QJsonObject>

namespace coinage::cli {

namespace {
struct FrontMatterCommand
{
    Q_DECLARE_TR_FUNCTIONS(coinage::cli::FrontMatterCommand)
};

QJsonValue toJson(const YamlValue &value)
{
    switch (value.kind) {
    case YamlValue::Kind::Null:
        return QJsonValue::Null;
    case YamlValue::Kind::Bool:
        return value.toVariant().toBool();
    case YamlValue::Kind::Int:
    case YamlValue::Kind::Float:
        return value.toVariant().toDouble();
    case YamlValue::Kind::List: {
        QJsonArray array;
        for (const YamlValue &item : value.items)
            array.append(toJson(item));
        return array;
    }
    case YamlValue::Kind::Map: {
        QJsonObject object;
        for (const auto &[key, member] : value.members)
            object.insert(key, toJson(member));
        return object;
    }
    default:
        return value.scalar;
    }
}

QString toText(const YamlValue &value)
{
    if (value.kind == YamlValue::Kind::List) {
        QStringList lines;
        for (const YamlValue &item : value.items)
            lines.append(toText(item));
        return lines.join(u'\n');
    }
    if (value.kind == YamlValue::Kind::Map) {
        QStringList lines;
        for (const auto &[key, member] : value.members)
            lines.append(key + u": " + toText(member));
        return lines.join(u'\n');
    }
    return value.scalar;
}
} // namespace

int runFrontMatter(const QStringList &arguments)
{
    CommandContext context(QStringLiteral("frontmatter"), arguments);
    QCommandLineParser &parser = context.parser();
    const QCommandLineOption json(QStringLiteral("json"),
                                  FrontMatterCommand::tr("get: print {\"key\", \"type\", \"value\", \"line\", "
                                                         "\"column\"} as JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("ACTION"), FrontMatterCommand::tr("get, set or remove."));
    parser.addPositionalArgument(QStringLiteral("FILE"), FrontMatterCommand::tr("The post."));
    parser.addPositionalArgument(QStringLiteral("KEY"), FrontMatterCommand::tr("A top-level key."));
    parser.addPositionalArgument(QStringLiteral("VALUE"), FrontMatterCommand::tr("set: the value as YAML."));
    if (const int code = context.parse(
            FrontMatterCommand::tr("Read or change one front matter key. `set` and `remove` rewrite only that "
                                   "key's lines (comments, order, quoting and other keys stay byte for byte), and "
                                   "save atomically, keeping the file's BOM and line endings.\nExit status: 0 ok, "
                                   "1 the key is missing or the file/YAML has a problem, 2 usage error."),
            QStringLiteral("get FILE KEY | set FILE KEY VALUE | remove FILE KEY"));
        code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return context.usageError(FrontMatterCommand::tr("no action given (get, set or remove)"));
    const QString action = args.first();
    const qsizetype expected = action == u"set" ? 4 : 3;
    if (action != u"get" && action != u"set" && action != u"remove")
        return context.usageError(FrontMatterCommand::tr("unknown action \"%1\" (get, set or remove)").arg(action));
    if (args.size() != expected)
        return context.usageError(action == u"set"
                                      ? FrontMatterCommand::tr("usage: frontmatter set FILE KEY VALUE")
                                      : FrontMatterCommand::tr("usage: frontmatter %1 FILE KEY").arg(action));
    const QString file = args.at(1);
    const QString key = args.at(2);
    const LoadResult loaded = PostFile::load(file);
    if (!loaded.ok) {
        context.error(QStringLiteral("%1: %2").arg(file, loaded.error.message));
        return ProblemsFound;
    }
    if (action == u"get") {
        const FrontMatterSplit split = splitFrontMatter(loaded.text);
        const FrontMatterData data = FrontMatterData::parse(loaded.text, split);
        if (const auto &error = data.error()) {
            context.error(FrontMatterCommand::tr("%1:%2:%3: YAML syntax error: %4")
                              .arg(file)
                              .arg(error->line)
                              .arg(error->column)
                              .arg(error->message));
            return ProblemsFound;
        }
        const FrontMatterEntry *entry = data.find(key);
        if (!entry) {
            context.error(FrontMatterCommand::tr("%1: no key \"%2\" in the front matter").arg(file, key));
            return ProblemsFound;
        }
        if (parser.isSet(json)) {
            context.printJson(QJsonObject{{QStringLiteral("key"), key},
                                          {QStringLiteral("type"), YamlValue::kindName(entry->value.kind)},
                                          {QStringLiteral("value"), toJson(entry->value)},
                                          {QStringLiteral("line"), entry->line},
                                          {QStringLiteral("column"), entry->column}});
        } else {
            context.out() << toText(entry->value) << Qt::endl;
        }
        return Success;
    }
    const FrontMatterEditor editor(loaded.text);
    if (action == u"remove" && !editor.find(key)) {
        context.error(FrontMatterCommand::tr("%1: no key \"%2\" in the front matter").arg(file, key));
        return ProblemsFound;
    }
    const FrontMatterEditResult edit = action == u"set" ? editor.setYaml(key, args.at(3)) : editor.remove(key);
    if (!edit.ok) {
        context.error(QStringLiteral("%1: %2").arg(file, edit.error));
        return ProblemsFound;
    }
    const SaveResult saved = PostFile::save(file, applyEdits(loaded.text, edit.edits), loaded.format);
    if (!saved.ok) {
        context.error(QStringLiteral("%1: %2").arg(file, saved.error.message));
        return ProblemsFound;
    }
    return Success;
}

} // namespace coinage::cli
