#pragma once

class QString;

namespace coinage::gui {

class MainWindow;

// Sets the window up for a picture, as scripts/screenshots asks through the environment, before COINAGE_SCREENSHOT
// grabs it:
//   COINAGE_SCREENSHOT_SIZE=WxH        resize the window
//   COINAGE_SCREENSHOT_LINE=N          caret to line N of the current post (1-based)
//   COINAGE_SCREENSHOT_PANELS=A,-B     raise dock A, hide dock B (object names: FootnotesDock, SiteDock, ...)
//   COINAGE_SCREENSHOT_KEYS=K1;K2      trigger the actions bound to these shortcuts, in order ("Ctrl+Alt+B")
// Returns the problems found (an unknown dock or shortcut), one per line, so a stale script fails loudly.
QString prepareScreenshot(MainWindow &window);

} // namespace coinage::gui
