// Coinage: the GUI when started without a verb, the command line with one (`coinage check FILE`).
#include "Cli.h"
#ifndef COINAGE_HEADLESS
#include "Gui.h"
#endif

int main(int argc, char **argv)
{
#ifdef COINAGE_HEADLESS
    return coinage::cli::run(argc, argv);
#else
    if (coinage::cli::isCommandLine(argc, argv))
        return coinage::cli::run(argc, argv);
    return coinage::gui::run(argc, argv);
#endif
}
