#include "PostDocumentLayout.h"

namespace coinage::gui {

void PostDocumentLayout::documentChanged(int from, int charsRemoved, int charsAdded)
{
    Q_UNUSED(charsRemoved);
    // A pure removal leaves the block it happened in (joined blocks change the block count, which Qt handles).
    QPlainTextDocumentLayout::documentChanged(from, 0, qMax(charsAdded, 1));
}

} // namespace coinage::gui
