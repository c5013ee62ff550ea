#include "YamlScalar.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>

namespace coinage {

bool YamlScalar::needsQuoting(QStringView s, Context context)
{
    if (s.isEmpty())
        return true;
    if (s.front().isSpace() || s.back().isSpace())
        return true;
    for (QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.unicode() == 0xfeff)
            return true;
    }
    // Words Psych types: null, booleans (YAML 1.1, any case), ~, the merge key and the value key.
    static const QRegularExpression special(QStringLiteral(R"(^(~|null|true|false|yes|no|on|off|y|n|<<|=)$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (special.matchView(s).hasMatch())
        return true;
    // Anything that looks like a number, a sexagesimal number, a date or a timestamp (conservative: over-quoting
    // is harmless, under-quoting changes the type).
    static const QRegularExpression numeric(
        QStringLiteral(R"(^[-+]?(\.?[0-9]|\.(inf|nan)$)[0-9a-fA-FxXoObB_,:.eE+\-]*$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dateLike(QStringLiteral(R"(^\d{4}-\d{1,2}-\d{1,2})"));
    if (numeric.matchView(s).hasMatch() || dateLike.matchView(s).hasMatch())
        return true;
    // Indicators that cannot start a plain scalar; ":" starts a Ruby symbol in Psych.
    static const QString leading = QStringLiteral("[]{}*&!%@`|>'\"#,:");
    if (leading.contains(s.front()))
        return true;
    if ((s.front() == u'-' || s.front() == u'?') && (s.size() == 1 || s.at(1).isSpace()))
        return true;
    if (s.startsWith(u"---") || s.startsWith(u"..."))
        return true;
    if (s.contains(u": ") || s.contains(u":\t") || s.endsWith(u':') || s.contains(u" #") || s.contains(u"\t#"))
        return true;
    if (context == Context::Flow) {
        for (QChar c : s) {
            if (c == u',' || c == u'[' || c == u']' || c == u'{' || c == u'}')
                return true;
        }
    }
    return false;
}

QString YamlScalar::doubleQuoted(const QString &value)
{
    QString out = QStringLiteral("\"");
    for (QChar c : value) {
        switch (c.unicode()) {
        case '\\':
            out += u"\\\\";
            break;
        case '"':
            out += u"\\\"";
            break;
        case '\n':
            out += u"\\n";
            break;
        case '\t':
            out += u"\\t";
            break;
        case '\r':
            out += u"\\r";
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.unicode() == 0xfeff)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

QString YamlScalar::string(const QString &value, Context context)
{
    return needsQuoting(value, context) ? doubleQuoted(value) : value;
}

QString YamlScalar::value(const QVariant &value, Context context)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return QStringLiteral("null");
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
        return value.toString();
    case QMetaType::Double:
    case QMetaType::Float: {
        QString text = QString::number(value.toDouble(), 'g', 17);
        if (text == u"inf")
            return QStringLiteral(".inf");
        if (text == u"-inf")
            return QStringLiteral("-.inf");
        if (text == u"nan")
            return QStringLiteral(".nan");
        if (!text.contains(u'.')) { // Psych needs the dot to read a float
            const qsizetype e = text.indexOf(u'e');
            text.insert(e < 0 ? text.size() : e, u".0");
        }
        return text;
    }
    case QMetaType::QDate:
        return value.toDate().toString(u"yyyy-MM-dd");
    case QMetaType::QDateTime: {
        const QDateTime dt = value.toDateTime();
        const int offset = dt.offsetFromUtc();
        return dt.toString(u"yyyy-MM-dd HH:mm:ss") + u' ' + (offset < 0 ? u'-' : u'+') +
               QStringLiteral("%1%2")
                   .arg(std::abs(offset) / 3600, 2, 10, QLatin1Char('0'))
                   .arg(std::abs(offset) / 60 % 60, 2, 10, QLatin1Char('0'));
    }
    case QMetaType::QStringList:
    case QMetaType::QVariantList: {
        QStringList items;
        for (const QVariant &item : value.toList())
            items.append(YamlScalar::value(item, Context::Flow));
        return u'[' + items.join(u", ") + u']';
    }
    case QMetaType::QVariantMap: {
        QStringList members;
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            members.append(string(it.key(), Context::Flow) + u": " + YamlScalar::value(it.value(), Context::Flow));
        return u'{' + members.join(u", ") + u'}';
    }
    default:
        return string(value.toString(), context);
    }
}

} // namespace coinage
