#include "FrontMatterData.h"

#include <QDate>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

namespace coinage {
namespace {

struct Context
{
    QStringView yaml;
    int firstLine = 0; // 0-based file line of the YAML's first line
    QList<qsizetype> lineStarts;

    // yaml-cpp marks are 0-based lines and byte columns within the YAML text.
    std::pair<int, int> filePosition(const YAML::Mark &mark) const
    {
        if (mark.line < 0)
            return {firstLine + 1, 1};
        const int line = std::min<int>(mark.line, int(lineStarts.size()) - 1);
        const qsizetype start = lineStarts.at(line);
        qsizetype end = yaml.indexOf(u'\n', start);
        if (end < 0)
            end = yaml.size();
        const QByteArray bytes = yaml.sliced(start, end - start).toUtf8();
        const int byteColumn = std::clamp(mark.column, 0, int(bytes.size()));
        const int column = int(QString::fromUtf8(bytes.first(byteColumn)).toUcs4().size());
        return {firstLine + line + 1, column + 1};
    }
};

YamlValue::Kind resolvePlain(const QString &s)
{
    static const QSet<QString> nulls{QString(), QStringLiteral("~"), QStringLiteral("null"), QStringLiteral("Null"),
                                     QStringLiteral("NULL")};
    static const QSet<QString> bools{QStringLiteral("true"),  QStringLiteral("True"),  QStringLiteral("TRUE"),
                                     QStringLiteral("false"), QStringLiteral("False"), QStringLiteral("FALSE"),
                                     QStringLiteral("yes"),   QStringLiteral("Yes"),   QStringLiteral("YES"),
                                     QStringLiteral("no"),    QStringLiteral("No"),    QStringLiteral("NO"),
                                     QStringLiteral("on"),    QStringLiteral("On"),    QStringLiteral("ON"),
                                     QStringLiteral("off"),   QStringLiteral("Off"),   QStringLiteral("OFF")};
    static const QRegularExpression integer(
        QStringLiteral(R"(^[-+]?(0|[1-9][0-9_]*|0x[0-9a-fA-F_]+|0[0-7_]+|0b[01_]+)$)"));
    static const QRegularExpression real(
        QStringLiteral(R"(^([-+]?([0-9][0-9_]*)?\.[0-9_]*([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$)"));
    static const QRegularExpression date(QStringLiteral(R"(^\d{4}-\d\d?-\d\d?$)"));
    // Psych reads a time only with seconds; "2025-01-05 22:05" stays a string (Jekyll then parses it itself).
    static const QRegularExpression timestamp(QStringLiteral(
        R"(^-?\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|\s+)\d{1,2}:\d\d:\d\d(?:\.\d*)?(?:\s*(?:Z|[-+]\d{1,2}:?(?:\d\d)?))?$)"));
    if (nulls.contains(s))
        return YamlValue::Kind::Null;
    if (bools.contains(s))
        return YamlValue::Kind::Bool;
    if (integer.match(s).hasMatch())
        return YamlValue::Kind::Int;
    if (real.match(s).hasMatch() && s != u"." && s != u"-." && s != u"+.")
        return YamlValue::Kind::Float;
    // Psych reads a date only when it exists: 2025-02-30 stays a string.
    if (date.match(s).hasMatch() && QDate::fromString(s, u"yyyy-M-d").isValid())
        return YamlValue::Kind::Date;
    if (timestamp.match(s).hasMatch())
        return YamlValue::Kind::Timestamp;
    return YamlValue::Kind::String;
}

YamlValue convert(const YAML::Node &node, const Context &context)
{
    YamlValue value;
    std::tie(value.line, value.column) = context.filePosition(node.Mark());
    switch (node.Type()) {
    case YAML::NodeType::Sequence:
        value.kind = YamlValue::Kind::List;
        for (const auto &item : node)
            value.items.append(convert(item, context));
        break;
    case YAML::NodeType::Map:
        value.kind = YamlValue::Kind::Map;
        for (const auto &member : node)
            value.members.append(
                {QString::fromStdString(member.first.as<std::string>("")), convert(member.second, context)});
        break;
    case YAML::NodeType::Scalar:
        value.scalar = QString::fromStdString(node.Scalar());
        value.plain = node.Tag() == "?";
        value.kind = value.plain ? resolvePlain(value.scalar) : YamlValue::Kind::String;
        break;
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        value.kind = YamlValue::Kind::Null;
        break;
    }
    return value;
}

} // namespace

QVariant YamlValue::toVariant() const
{
    switch (kind) {
    case Kind::Null:
        return {};
    case Kind::Bool: {
        const QString lower = scalar.toLower();
        return lower == u"true" || lower == u"yes" || lower == u"on";
    }
    case Kind::Int: {
        bool ok = false;
        const qlonglong n = QString(scalar).remove(u'_').toLongLong(&ok, 0);
        return ok ? QVariant(n) : QVariant(scalar);
    }
    case Kind::Float:
        return QString(scalar).remove(u'_').toDouble();
    case Kind::Date:
        return QDate::fromString(scalar, u"yyyy-M-d");
    case Kind::String:
    case Kind::Timestamp:
        return scalar;
    case Kind::List: {
        QVariantList list;
        for (const auto &item : items)
            list.append(item.toVariant());
        return list;
    }
    case Kind::Map: {
        QVariantMap map;
        for (const auto &[key, member] : members)
            map.insert(key, member.toVariant());
        return map;
    }
    }
    return {};
}

QString YamlValue::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Null:
        return QStringLiteral("null");
    case Kind::Bool:
        return QStringLiteral("boolean");
    case Kind::Int:
        return QStringLiteral("integer");
    case Kind::Float:
        return QStringLiteral("number");
    case Kind::String:
        return QStringLiteral("string");
    case Kind::Date:
        return QStringLiteral("date");
    case Kind::Timestamp:
        return QStringLiteral("timestamp");
    case Kind::List:
        return QStringLiteral("list");
    case Kind::Map:
        return QStringLiteral("map");
    }
    return {};
}

FrontMatterData FrontMatterData::parse(QStringView text, const FrontMatterSplit &split)
{
    FrontMatterData data;
    if (!split.hasFrontMatter())
        return data;
    Context context;
    context.yaml = split.yaml(text);
    context.firstLine = split.yamlFirstLine;
    context.lineStarts.append(0);
    for (qsizetype i = 0; i < context.yaml.size(); ++i) {
        if (context.yaml[i] == u'\n')
            context.lineStarts.append(i + 1);
    }
    try {
        const YAML::Node root = YAML::Load(context.yaml.toString().toStdString());
        if (root.IsNull())
            return data; // empty front matter is fine
        if (!root.IsMap()) {
            data.m_mapping = false;
            return data;
        }
        for (const auto &member : root) {
            FrontMatterEntry entry;
            entry.key = QString::fromStdString(member.first.as<std::string>(""));
            std::tie(entry.line, entry.column) = context.filePosition(member.first.Mark());
            entry.value = convert(member.second, context);
            data.m_entries.append(std::move(entry));
        }
    } catch (const YAML::Exception &e) {
        YamlError error;
        std::tie(error.line, error.column) = context.filePosition(e.mark);
        error.message = QString::fromStdString(e.msg);
        data.m_error = error;
        data.m_entries.clear();
    }
    return data;
}

const FrontMatterEntry *FrontMatterData::find(QStringView key) const
{
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        if (it->key == key)
            return &*it;
    }
    return nullptr;
}

QString FrontMatterData::string(QStringView key) const
{
    const FrontMatterEntry *entry = find(key);
    return entry && entry->value.isScalar() ? entry->value.scalar : QString();
}

QList<const FrontMatterEntry *> FrontMatterData::duplicateEntries() const
{
    QList<const FrontMatterEntry *> duplicates;
    QSet<QString> seen;
    for (const auto &entry : m_entries) {
        if (seen.contains(entry.key))
            duplicates.append(&entry);
        seen.insert(entry.key);
    }
    return duplicates;
}

} // namespace coinage
