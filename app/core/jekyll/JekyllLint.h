#pragma once

#include "check/PostChecker.h"
#include "text/TextEdit.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace coinage {

// One Jekyll finding, with the edit that fixes it when there is one (the front matter panel offers it as a
// one-click fix; `coinage check` prints the diagnostic).
struct LintFinding
{
    Diagnostic diagnostic;
    TextEdits fix;   // empty when there is no automatic fix
    QString fixText; // what the fix does, translated
};

// Jekyll lint of one post. Codes (stable): date-without-offset, date-invalid, title-missing, value-not-string,
// yaml-symbol, yaml-unsafe-tag, filename-no-date, filename-date-mismatch, slug-invalid, front-matter-missing,
// liquid-in-prose, liquid-in-code. YAML syntax and duplicate keys are PostChecker::checkFrontMatter's.
class JekyllLint
{
    Q_DECLARE_TR_FUNCTIONS(coinage::JekyllLint)
public:
    struct Context
    {
        QTimeZone siteZone = QTimeZone::systemTimeZone(); // the site's `timezone:`, else the machine's (as Jekyll)
        QString sitePath; // the path relative to the site when known, else the file's path (decides _posts/_drafts)
    };

    // The context for a file: its site (the nearest folder above with _config.yml) and that site's zone.
    static Context contextFor(const QString &filePath);
    static QList<LintFinding> lint(const CheckInput &input, const Context &context);

    static void checkDate(const CheckInput &input, const Context &context, QList<LintFinding> &out);
    static void checkValues(const CheckInput &input, QList<LintFinding> &out);
    static void checkUnsafeYaml(const CheckInput &input, QList<LintFinding> &out);
    static void checkFileName(const CheckInput &input, const Context &context, QList<LintFinding> &out);
    static void checkLiquid(const CheckInput &input, QList<LintFinding> &out);
};

// For allChecks[] in PostChecker.cpp: the Jekyll lint, with the file's site found from its path.
void checkJekyll(const CheckInput &input, QList<Diagnostic> &out);

} // namespace coinage
