#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace coinage {

enum class Severity
{
    Error,
    Warning,
    Note
};

// One problem found in a post, as `coinage check` prints it and the editor underlines it.
struct Diagnostic
{
    QString file;
    int line = 1;   // 1-based
    int column = 1; // 1-based, in code points
    Severity severity = Severity::Error;
    QString code;    // stable kebab-case id, e.g. yaml-syntax
    QString message; // for the user, translated

    // "FILE:LINE:COLUMN: error|warning|note: message [code]"
    QString toText() const;
    QJsonObject toJson() const;
    static QString severityName(Severity severity);
};

bool hasErrors(const QList<Diagnostic> &diagnostics);

} // namespace coinage
