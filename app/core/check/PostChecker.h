#pragma once

#include "Diagnostic.h"
#include "post/FrontMatter.h"
#include "post/FrontMatterData.h"
#include "text/LineIndex.h"

#include <QCoreApplication>

namespace coinage {

// Everything a check needs about one post, computed once.
class CheckInput
{
public:
    CheckInput(QString file, QString text);

    QString file; // as the user named it, for messages
    QString text; // '\n' lines
    FrontMatterSplit split;
    FrontMatterData frontMatter;
    LineIndex lines;

    Diagnostic diagnostic(qsizetype offset, Severity severity, const QString &code, const QString &message) const;
    Diagnostic diagnostic(int line, int column, Severity severity, const QString &code, const QString &message) const;
};

// A check appends what it finds. Checks are plain functions listed in PostChecker.cpp.
using PostCheck = void (*)(const CheckInput &input, QList<Diagnostic> &out);

// `coinage check` and the editor's problem markers: runs every check over a post.
class PostChecker
{
    Q_DECLARE_TR_FUNCTIONS(coinage::PostChecker)
public:
    // Loads the file first; a file that cannot be read or decoded gives one diagnostic with the reason.
    static QList<Diagnostic> checkFile(const QString &path);
    static QList<Diagnostic> checkText(const QString &file, const QString &text);

    // The front matter checks: YAML syntax, unclosed front matter, non-mapping front matter, duplicate keys.
    static void checkFrontMatter(const CheckInput &input, QList<Diagnostic> &out);
};

} // namespace coinage
