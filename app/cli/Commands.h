#pragma once

#include <QStringList>

namespace coinage::cli {

// One function per verb; each takes the arguments after the verb and returns the exit code.
int runCheck(const QStringList &arguments);
int runAlign(const QStringList &arguments);

} // namespace coinage::cli
