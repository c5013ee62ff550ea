#pragma once

namespace coinage::cli {

// True when the arguments start with a verb (check, footnotes, ...) or --version/--help: run headless.
bool isCommandLine(int argc, char **argv);
// Runs the command line; returns the process exit code (0 ok, 1 problems found, 2 usage error).
int run(int argc, char **argv);

} // namespace coinage::cli
