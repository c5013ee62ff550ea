#pragma once

#include <QStringList>

namespace coinage::cli {

// One function per verb; each takes the arguments after the verb and returns the exit code.
int runCheck(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runNew(const QStringList &arguments);
int runFrontMatter(const QStringList &arguments);
int runFootnotes(const QStringList &arguments);
int runRenumber(const QStringList &arguments);
int runConvertReferences(const QStringList &arguments);
int runFootnoteEdit(const QStringList &arguments);
int runVoices(const QStringList &arguments);
int runAlign(const QStringList &arguments);
int runPublish(const QStringList &arguments);
int runUnpublish(const QStringList &arguments);
int runRename(const QStringList &arguments);
int runPosts(const QStringList &arguments);

} // namespace coinage::cli
