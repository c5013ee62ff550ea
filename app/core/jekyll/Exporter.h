#pragma once

#include "JekyllLint.h"
#include "Site.h"
#include "post/PostFile.h"

#include <QCoreApplication>
#include <QDateTime>

namespace coinage {

struct ExportOptions
{
    bool draft = false;            // to _drafts/slug.md instead of _posts/YYYY-MM-DD-slug.md
    bool convertFootnotes = false; // "^[...]" and "[1]" + References into kramdown footnotes (the user's consent)
    bool force = false;            // overwrite an existing post
    QDateTime now = QDateTime::currentDateTime(); // the date of a post without one
};

struct ExportResult
{
    bool ok = false;
    QString path;                // where the post goes (or went)
    QString text;                // the exported text
    QList<LintFinding> warnings; // what Jekyll may still not do as the writer expects (Liquid, ...)
    QString code;                // when !ok, stable: front-matter-invalid, date-invalid, target-exists, read and
                                 // write errors of PostFile
    QString message;             // translated
    int line = 0;                // where it applies
};

// Writes a post into a site as real Jekyll accepts it: complete front matter (title, layout, date with the site's
// offset; values the safe loader would mis-type quoted), the right folder and name (the name's date is the local
// date of `date:`), kramdown footnotes when asked. Never overwrites a post unless forced. The source is untouched.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(coinage::Exporter)
public:
    explicit Exporter(Site site);

    // Computes the exported text and target path without writing.
    ExportResult render(const QString &sourcePath, const QString &text, const ExportOptions &options) const;
    // Loads, renders and writes (without BOM: Jekyll does not see front matter behind one).
    ExportResult exportFile(const QString &sourcePath, const ExportOptions &options) const;
    // Renders and writes `text` (an editor's, possibly unsaved; sourcePath may be empty for an untitled post) with
    // the line endings of `format` (never a BOM).
    ExportResult exportText(const QString &sourcePath, const QString &text, const ExportOptions &options,
                            const TextFormat &format = {}) const;

private:
    ExportResult fail(const QString &code, const QString &message, int line = 0) const;
    Site m_site;
};

} // namespace coinage
