#include "PostDate.h"

#include <QRegularExpression>

namespace coinage {
namespace {

std::optional<int> parseZone(QStringView zone)
{
    if (zone.isEmpty())
        return std::nullopt;
    if (zone.compare(u"Z", Qt::CaseInsensitive) == 0 || zone.compare(u"UTC", Qt::CaseInsensitive) == 0 ||
        zone.compare(u"GMT", Qt::CaseInsensitive) == 0)
        return 0;
    static const QRegularExpression re(QStringLiteral(R"(^([-+])(\d{1,2})(?::?(\d\d))?$)"));
    const auto m = re.matchView(zone);
    if (!m.hasMatch())
        return std::nullopt;
    const int hours = m.capturedView(2).toInt();
    const int minutes = m.capturedView(3).isEmpty() ? 0 : m.capturedView(3).toInt();
    if (hours > 23 || minutes > 59)
        return std::nullopt;
    const int seconds = hours * 3600 + minutes * 60;
    return m.capturedView(1) == u"-" ? -seconds : seconds;
}

int monthFromName(QStringView name)
{
    static const char *const names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
    if (name.size() < 3)
        return 0;
    const QString lower = name.first(3).toString().toLower();
    for (int i = 0; i < 12; ++i) {
        if (lower == QLatin1StringView(names[i]))
            return i + 1;
    }
    return 0;
}

} // namespace

QDateTime PostDate::instant(const QTimeZone &siteZone) const
{
    if (!isValid())
        return {};
    QDateTime dt;
    if (offsetSeconds)
        dt = QDateTime(date, time, QTimeZone::fromSecondsAheadOfUtc(*offsetSeconds));
    else if (readAsUtc)
        dt = QDateTime(date, time, QTimeZone::UTC);
    else
        dt = QDateTime(date, time, siteZone);
    return dt.toTimeZone(siteZone);
}

QDateTime PostDate::asWrittenIn(const QTimeZone &zone) const
{
    if (!isValid())
        return {};
    const QDateTime local(date, time, zone);
    // Fix the offset so that formatting keeps it (a zone time formats with the zone's offset anyway).
    return local.toTimeZone(QTimeZone::fromSecondsAheadOfUtc(local.offsetFromUtc()));
}

PostDate PostDate::parse(QStringView input, bool yamlTimestamp)
{
    PostDate result;
    const QString text = input.trimmed().toString();
    static const QRegularExpression iso(
        QStringLiteral(
            R"(^(\d{4})(?:([-/])(\d{1,2})\2(\d{1,2})|(\d\d)(\d\d))(?:(?:[Tt]|\s+)(\d{1,2})(?::(\d\d)(?::(\d\d)(\.\d+)?)?)?)?)"
            R"(\s*(Z|UTC|GMT|[-+]\d{1,2}(?::?\d\d)?)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression named(
        QStringLiteral(
            R"(^(?:[A-Za-z]{3,9},?\s+)?(?:(\d{1,2})\s+([A-Za-z]{3,9})\.?|([A-Za-z]{3,9})\.?\s+(\d{1,2}),?)\s+(\d{4}))"
            R"((?:\s+(\d{1,2}):(\d\d)(?::(\d\d)(\.\d+)?)?)?\s*(Z|UTC|GMT|[-+]\d{1,2}(?::?\d\d)?)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    int year = 0, month = 0, day = 0;
    QStringView hour, minute, second, fraction, zone;
    if (const auto m = iso.match(text); m.hasMatch()) {
        year = m.capturedView(1).toInt();
        month = (m.capturedView(3).isEmpty() ? m.capturedView(5) : m.capturedView(3)).toInt();
        day = (m.capturedView(4).isEmpty() ? m.capturedView(6) : m.capturedView(4)).toInt();
        hour = m.capturedView(7);
        minute = m.capturedView(8);
        second = m.capturedView(9);
        fraction = m.capturedView(10);
        zone = m.capturedView(11);
    } else if (const auto n = named.match(text); n.hasMatch()) {
        year = n.capturedView(5).toInt();
        month = monthFromName(n.capturedView(2).isEmpty() ? n.capturedView(3) : n.capturedView(2));
        day = (n.capturedView(1).isEmpty() ? n.capturedView(4) : n.capturedView(1)).toInt();
        hour = n.capturedView(6);
        minute = n.capturedView(7);
        second = n.capturedView(8);
        fraction = n.capturedView(9);
        zone = n.capturedView(10);
    } else {
        return result;
    }
    const QDate date(year, month, day);
    if (!date.isValid())
        return result;
    QTime time(0, 0);
    if (!hour.isEmpty()) {
        const int ms = fraction.isEmpty() ? 0 : int(fraction.toString().toDouble() * 1000);
        time = QTime(hour.toInt(), minute.isEmpty() ? 0 : minute.toInt(), second.isEmpty() ? 0 : second.toInt(),
                     std::min(ms, 999));
        if (!time.isValid())
            return result;
    }
    std::optional<int> offset;
    if (!zone.isEmpty()) {
        offset = parseZone(zone);
        if (!offset)
            return result;
    }
    result.date = date;
    result.time = time;
    result.hasTime = !hour.isEmpty();
    result.hasSeconds = !second.isEmpty();
    result.offsetSeconds = offset;
    result.readAsUtc = yamlTimestamp && !offset;
    return result;
}

PostDate PostDate::fromValue(const YamlValue &value)
{
    switch (value.kind) {
    case YamlValue::Kind::Date:
    case YamlValue::Kind::String:
        return parse(value.scalar, false);
    case YamlValue::Kind::Timestamp:
        return parse(value.scalar, true);
    case YamlValue::Kind::Int: // Time.parse("20250105")
        return parse(value.scalar, false);
    default:
        return {};
    }
}

QString PostDate::format(const QDateTime &dateTime)
{
    return dateTime.toString(u"yyyy-MM-dd HH:mm:ss") + u' ' + formatOffset(dateTime.offsetFromUtc());
}

QString PostDate::formatOffset(int seconds)
{
    const int minutes = std::abs(seconds) / 60;
    return QStringLiteral("%1%2%3")
        .arg(seconds < 0 ? QChar(u'-') : QChar(u'+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

std::optional<QTimeZone> PostDate::zoneFromName(const QString &ianaName)
{
    if (ianaName.compare(u"UTC", Qt::CaseInsensitive) == 0)
        return QTimeZone(QTimeZone::UTC);
    const QTimeZone zone(ianaName.toUtf8());
    if (!zone.isValid())
        return std::nullopt;
    return zone;
}

} // namespace coinage
