#include "PostDocumentLayout.h"

#include <QTextBlock>
#include <QTextDocument>

namespace coinage::gui {

void PostDocumentLayout::documentChanged(int from, int charsRemoved, int charsAdded)
{
    // Only a change whose new text stays inside one block, with the block count unchanged, is narrowed; everything
    // else takes Qt's own path.
    const QTextDocument *text = document();
    const int blocks = text->blockCount();
    const bool sameCount = blocks == m_blockCount;
    m_blockCount = blocks;
    if (sameCount && charsRemoved > 0 && text->findBlock(from) == text->findBlock(from + qMax(charsAdded, 1) - 1)) {
        QPlainTextDocumentLayout::documentChanged(from, 0, qMax(charsAdded, 1));
        return;
    }
    QPlainTextDocumentLayout::documentChanged(from, charsRemoved, charsAdded);
}

} // namespace coinage::gui
