#pragma once

#include <QString>
#include <QVariant>

namespace coinage {

// Writes values as YAML text that Jekyll's loader (Psych, YAML 1.1) reads back as the same value.
class YamlScalar
{
public:
    enum class Context
    {
        Block, // a value after "key: "
        Flow   // an item inside [ ... ] or { ... }
    };

    // True when `value`, written plain, would not come back as this string: Psych would type it (yes, 1_000,
    // 2025-01-05, ~, :symbol), or it would not parse as one scalar (a: b, " #", leading [ { * & ! % @ ` | > ' " ...).
    static bool needsQuoting(QStringView value, Context context = Context::Block);
    // The string as a YAML scalar: plain when that round-trips, else double-quoted with escapes.
    static QString string(const QString &value, Context context = Context::Block);
    static QString doubleQuoted(const QString &value);
    // A typed value: bool, integer, double, QDate (a YAML date), QDateTime ("YYYY-MM-DD HH:MM:SS +hhmm"), string,
    // string list / variant list (flow list) and map (flow map).
    static QString value(const QVariant &value, Context context = Context::Block);
};

} // namespace coinage
