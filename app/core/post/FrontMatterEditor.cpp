#include "FrontMatterEditor.h"

#include "FrontMatterData.h"
#include "YamlScalar.h"
#include "text/AsciiChars.h"

namespace coinage {
namespace {

bool isSpacesOnlyLine(QStringView line)
{
    return std::all_of(line.begin(), line.end(), isSpaceOrTab);
}

// Parses "key:" at the start of a line; returns the colon's index in the line or -1, and the unquoted key.
qsizetype parseKey(QStringView line, QString &key)
{
    if (line.isEmpty())
        return -1;
    const QChar first = line.front();
    if (first == u'"' || first == u'\'') {
        QString unquoted;
        qsizetype i = 1;
        for (; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (first == u'\'' && c == u'\'') {
                if (i + 1 < line.size() && line.at(i + 1) == u'\'') {
                    unquoted += c;
                    ++i;
                    continue;
                }
                break;
            }
            if (first == u'"' && c == u'\\' && i + 1 < line.size()) {
                unquoted += line.at(++i);
                continue;
            }
            if (first == u'"' && c == u'"')
                break;
            unquoted += c;
        }
        if (i >= line.size())
            return -1;
        ++i;
        while (i < line.size() && isSpaceOrTab(line.at(i)))
            ++i;
        if (i >= line.size() || line.at(i) != u':')
            return -1;
        key = unquoted;
        return i;
    }
    if (first == u'?' || first == u'-' || first == u'#' || first == u'[' || first == u'{')
        return -1;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == u':' && (i + 1 == line.size() || isSpaceOrTab(line.at(i + 1)))) {
            key = line.first(i).trimmed().toString();
            return key.isEmpty() ? -1 : i;
        }
    }
    return -1;
}

// Index (in `value`) of a comment's '#', or value.size(). Quotes count only in quoted scalars and flow collections.
qsizetype commentIn(QStringView value)
{
    const bool quoteAware = !value.isEmpty() && (value.front() == u'"' || value.front() == u'\'' ||
                                                 value.front() == u'[' || value.front() == u'{');
    QChar quote;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (!quote.isNull()) {
            if (quote == u'"' && c == u'\\')
                ++i;
            else if (c == quote)
                quote = QChar();
            continue;
        }
        if (quoteAware && (c == u'"' || c == u'\'')) {
            quote = c;
            continue;
        }
        if (c == u'#' && (i == 0 || isSpaceOrTab(value.at(i - 1))))
            return i;
    }
    return value.size();
}

} // namespace

FrontMatterEditor::FrontMatterEditor(QString text)
    : m_text(std::move(text))
    , m_split(splitFrontMatter(m_text))
{
    scan();
}

void FrontMatterEditor::scan()
{
    if (!m_split.hasFrontMatter())
        return;
    FrontMatterKey *current = nullptr;
    for (qsizetype start = m_split.yamlStart; start < m_split.yamlEnd;) {
        qsizetype end = m_text.indexOf(u'\n', start);
        if (end < 0 || end > m_split.yamlEnd)
            end = m_split.yamlEnd;
        const QStringView line = QStringView(m_text).sliced(start, end - start);
        const QStringView trimmed = line.trimmed();
        QString key;
        qsizetype colon = -1;
        if (isSpacesOnlyLine(line) || trimmed.startsWith(u'#')) {
            // neutral: belongs to a key only when a continuation line follows
        } else if (!isSpaceOrTab(line.front()) &&
                   !(line.front() == u'-' && (line.size() == 1 || isSpaceOrTab(line.at(1)))) &&
                   (colon = parseKey(line, key)) >= 0) {
            FrontMatterKey k;
            k.key = key;
            k.lineStart = start;
            k.colon = start + colon;
            k.lineEnd = end;
            k.extentEnd = end;
            qsizetype v = k.colon + 1;
            while (v < end && isSpaceOrTab(m_text.at(v)))
                ++v;
            k.valueStart = v;
            const QStringView rest = QStringView(m_text).sliced(v, end - v);
            k.commentStart = v + commentIn(rest);
            qsizetype ve = k.commentStart;
            while (ve > v && isSpaceOrTab(m_text.at(ve - 1)))
                --ve;
            k.valueEnd = ve;
            m_keys.append(k);
            current = &m_keys.last();
        } else if (current) {
            current->extentEnd = end;
        }
        start = end + 1;
    }
}

std::optional<FrontMatterKey> FrontMatterEditor::find(QStringView key) const
{
    for (auto it = m_keys.crbegin(); it != m_keys.crend(); ++it) {
        if (it->key == key)
            return *it;
    }
    return std::nullopt;
}

QString FrontMatterEditor::valueText(const FrontMatterKey &key) const
{
    if (!key.multiLine())
        return m_text.sliced(key.valueStart, key.valueEnd - key.valueStart);
    return m_text.sliced(key.lineEnd + 1, key.extentEnd - key.lineEnd - 1);
}

ListForm FrontMatterEditor::listForm(QStringView name) const
{
    const auto key = find(name);
    if (!key)
        return ListForm::Flow;
    const QStringView value = QStringView(m_text).sliced(key->valueStart, key->valueEnd - key->valueStart);
    if (value.startsWith(u'['))
        return ListForm::Flow;
    if (value.isEmpty() && key->multiLine()) {
        for (const QString &line : valueText(*key).split(u'\n')) {
            const QString t = line.trimmed();
            if (t.isEmpty() || t.startsWith(u'#'))
                continue;
            return t == u"-" || t.startsWith(u"- ") ? ListForm::Block : ListForm::String;
        }
    }
    return value.isEmpty() ? ListForm::Flow : ListForm::String;
}

FrontMatterEditResult FrontMatterEditor::checkEditable() const
{
    FrontMatterEditResult result;
    if (m_split.present && !m_split.closed) {
        result.error = tr("the front matter is never closed with a line \"---\"");
        return result;
    }
    if (m_split.hasFrontMatter()) {
        const FrontMatterData data = FrontMatterData::parse(m_text, m_split);
        if (const auto &error = data.error()) {
            result.error =
                tr("the front matter has a YAML syntax error on line %1: %2").arg(error->line).arg(error->message);
            return result;
        }
        if (!data.isMapping()) {
            result.error = tr("the front matter is not a list of \"key: value\" lines");
            return result;
        }
    }
    result.ok = true;
    return result;
}

QString FrontMatterEditor::indented(const QString &yaml, const QString &indent)
{
    QStringList lines = yaml.split(u'\n');
    for (QString &line : lines) {
        if (!line.trimmed().isEmpty())
            line.prepend(indent);
    }
    return lines.join(u'\n');
}

namespace {
bool isBlockScalarHeader(QStringView firstLine)
{
    return firstLine.startsWith(u'|') || firstLine.startsWith(u'>');
}

// The key line's part after the colon and the continuation lines for a YAML value.
QString valueLines(const QString &yaml, const QString &indent, const QString &comment)
{
    const QString suffix = comment.isEmpty() ? QString() : u' ' + comment;
    if (!yaml.contains(u'\n'))
        return u' ' + yaml + suffix;
    QStringList lines = yaml.split(u'\n');
    QString head;
    if (isBlockScalarHeader(lines.first()))
        head = u' ' + lines.takeFirst();
    for (QString &line : lines) {
        if (!line.trimmed().isEmpty())
            line.prepend(indent);
    }
    return head + suffix + u'\n' + lines.join(u'\n');
}
} // namespace

FrontMatterEditResult FrontMatterEditor::replaceValue(const FrontMatterKey &key, const QString &yaml,
                                                      const QString &indent) const
{
    FrontMatterEditResult result;
    result.ok = true;
    const QString comment = m_text.sliced(key.commentStart, key.lineEnd - key.commentStart);
    if (!yaml.contains(u'\n') && !key.multiLine()) {
        if (key.valueStart < key.valueEnd)
            result.edits.append({key.valueStart, key.valueEnd - key.valueStart, yaml});
        else if (comment.isEmpty())
            result.edits.append({key.colon + 1, key.lineEnd - key.colon - 1, u' ' + yaml});
        else
            result.edits.append({key.colon + 1, key.commentStart - key.colon - 1, u' ' + yaml + u' '});
        return result;
    }
    result.edits.append({key.colon + 1, key.extentEnd - key.colon - 1, valueLines(yaml, indent, comment)});
    return result;
}

FrontMatterEditResult FrontMatterEditor::addKey(QStringView key, const QString &yaml) const
{
    FrontMatterEditResult result;
    result.ok = true;
    const QString line = YamlScalar::string(key.toString()) + u':' + valueLines(yaml, QStringLiteral("  "), {}) + u'\n';
    if (!m_split.present)
        result.edits.append({0, 0, u"---\n" + line + u"---\n"});
    else
        result.edits.append({m_split.yamlEnd, 0, line});
    return result;
}

FrontMatterEditResult FrontMatterEditor::setYaml(QStringView name, const QString &yamlIn) const
{
    FrontMatterEditResult result = checkEditable();
    if (!result.ok)
        return result;
    QString yaml = yamlIn;
    while (yaml.endsWith(u'\n'))
        yaml.chop(1);
    if (yaml.trimmed().isEmpty())
        yaml = QStringLiteral("null");
    const auto key = find(name);
    if (key) {
        QString indent = QStringLiteral("  ");
        const QString old = valueText(*key);
        if (key->multiLine() && listForm(name) == ListForm::Block && yaml.startsWith(u'-')) {
            const QString firstItem = old.split(u'\n').first();
            indent = firstItem.left(firstItem.indexOf(u'-'));
        }
        result = replaceValue(*key, yaml, indent);
    } else {
        result = addKey(name, yaml);
    }
    // Validate on the result: the value must parse, and no other key may appear or vanish.
    const QString after = applyEdits(m_text, result.edits);
    const FrontMatterSplit split = splitFrontMatter(after);
    const FrontMatterData data = FrontMatterData::parse(after, split);
    const FrontMatterData before = FrontMatterData::parse(m_text, m_split);
    if (data.error() || !data.isMapping() || !data.find(name) ||
        data.entries().size() != before.entries().size() + (key ? 0 : 1)) {
        FrontMatterEditResult invalid;
        invalid.error = data.error() ? tr("the value is not valid YAML: %1").arg(data.error()->message)
                                     : tr("the value is not valid YAML for the key \"%1\"").arg(name);
        return invalid;
    }
    return result;
}

FrontMatterEditResult FrontMatterEditor::setValue(QStringView key, const QVariant &value) const
{
    return setYaml(key, YamlScalar::value(value));
}

FrontMatterEditResult FrontMatterEditor::setList(QStringView name, const QStringList &items) const
{
    ListForm form = listForm(name);
    if (form == ListForm::String && std::any_of(items.cbegin(), items.cend(), [](const QString &item) {
            return item.isEmpty() || std::any_of(item.cbegin(), item.cend(), [](QChar c) { return c.isSpace(); });
        }))
        form = ListForm::Flow;
    if (items.isEmpty() && form == ListForm::Block)
        form = ListForm::Flow;
    QString yaml;
    switch (form) {
    case ListForm::String:
        yaml = items.isEmpty() ? QStringLiteral("\"\"") : YamlScalar::string(items.join(u' '));
        break;
    case ListForm::Flow: {
        QStringList quoted;
        for (const QString &item : items)
            quoted.append(YamlScalar::string(item, YamlScalar::Context::Flow));
        yaml = u'[' + quoted.join(u", ") + u']';
        break;
    }
    case ListForm::Block: {
        // Keep the dash's spacing: "- a" or "-   a".
        const auto key = find(name);
        QString firstItem;
        for (const QString &line : valueText(*key).split(u'\n')) {
            if (line.trimmed().startsWith(u'-')) {
                firstItem = line.trimmed();
                break;
            }
        }
        qsizetype gap = 1;
        while (gap < firstItem.size() && isSpaceOrTab(firstItem.at(gap)))
            ++gap;
        const QString dash = firstItem.left(std::max<qsizetype>(gap, 2));
        QStringList lines;
        for (const QString &item : items)
            lines.append(dash + YamlScalar::string(item));
        yaml = lines.join(u'\n');
        break;
    }
    }
    return setYaml(name, yaml);
}

FrontMatterEditResult FrontMatterEditor::remove(QStringView name) const
{
    FrontMatterEditResult result = checkEditable();
    if (!result.ok)
        return result;
    for (const FrontMatterKey &key : m_keys) {
        if (key.key == name)
            result.edits.append({key.lineStart, key.extentEnd + 1 - key.lineStart, QString()});
    }
    return result;
}

} // namespace coinage
