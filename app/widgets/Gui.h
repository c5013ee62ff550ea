#pragma once

namespace coinage::gui {

// Starts the desktop application: QApplication, translations, the main window (on the files given, or the bundled
// sample post), and its event loop. Returns the exit code.
int run(int argc, char **argv);

} // namespace coinage::gui
