#include "Diagnostic.h"

#include <algorithm>

namespace coinage {

QString Diagnostic::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Note:
        break;
    }
    return QStringLiteral("note");
}

QString Diagnostic::toText() const
{
    return QStringLiteral("%1:%2:%3: %4: %5 [%6]")
        .arg(file)
        .arg(line)
        .arg(column)
        .arg(severityName(severity), message, code);
}

QJsonObject Diagnostic::toJson() const
{
    return QJsonObject{{QStringLiteral("file"), file},     {QStringLiteral("line"), line},
                       {QStringLiteral("column"), column}, {QStringLiteral("severity"), severityName(severity)},
                       {QStringLiteral("code"), code},     {QStringLiteral("message"), message}};
}

bool hasErrors(const QList<Diagnostic> &diagnostics)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [](const Diagnostic &d) { return d.severity == Severity::Error; });
}

} // namespace coinage
