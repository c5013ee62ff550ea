#pragma once

#include "post/FrontMatterData.h"

#include <QDateTime>
#include <QTimeZone>

#include <optional>

namespace coinage {

// A post's `date:` as Jekyll reads it. Jekyll turns the YAML value into text and parses it with Ruby's Time.parse
// in the site's time zone (`timezone:` in _config.yml, else the machine's), then takes the local time there:
// - with an offset ("2025-01-05 22:05:00 +0800"), the instant is fixed;
// - a plain YAML timestamp with seconds and no offset ("2025-01-05 22:05:00") is read by YAML as UTC;
// - anything else without an offset (no seconds, a date only, or quoted) is a local time in the site's zone.
// Coinage accepts the ISO forms (YYYY-MM-DD, YYYY/MM/DD, YYYYMMDD; time H:MM[:SS[.f]] after a space or T; zone Z,
// UTC, GMT, +hh, +hhmm, +hh:mm) and "Jan 5 2025" / "5 Jan 2025" / RFC 2822 forms.
struct PostDate
{
    QDate date;
    QTime time; // 00:00 when the text has no time
    bool hasTime = false;
    bool hasSeconds = false;
    std::optional<int> offsetSeconds; // the offset written in the text
    bool readAsUtc = false;           // a YAML timestamp without offset: UTC

    bool isValid() const { return date.isValid() && time.isValid(); }
    bool hasOffset() const { return offsetSeconds.has_value(); }

    // The instant Jekyll gives the post, expressed in the site's zone.
    QDateTime instant(const QTimeZone &siteZone) const;
    // Jekyll's local date: the URL's day, and the date a post's filename must carry.
    QDate localDate(const QTimeZone &siteZone) const { return instant(siteZone).date(); }
    // The wall-clock time as written, given the zone's offset for that day (the fix for a date without offset).
    QDateTime asWrittenIn(const QTimeZone &zone) const;

    // Parses text; yamlTimestamp = the value is a plain YAML timestamp (so no offset means UTC).
    static PostDate parse(QStringView text, bool yamlTimestamp = false);
    static PostDate fromValue(const YamlValue &value);

    // "YYYY-MM-DD HH:MM:SS +hhmm" in the date-time's own offset: what Coinage writes.
    static QString format(const QDateTime &dateTime);
    // "+hhmm" / "-hhmm"
    static QString formatOffset(int seconds);
    // The site's zone for an IANA name; nullopt for an unknown name.
    static std::optional<QTimeZone> zoneFromName(const QString &ianaName);
};

} // namespace coinage
