#pragma once

#include <QPlainTextDocumentLayout>

namespace coinage::gui {

// QPlainTextDocumentLayout that repaints only the block a key changed.
//
// Qt's layout takes a change reported as (from, removed, added) to end at from + removed + added, which is past the
// block whenever `removed` is not zero; and a change over more than one block clears the layouts of all of them and
// repaints every view whole. Every highlighted key is such a change: QTextLayout::setFormats reports the whole block
// as removed and added again, merged with the typed character. So each key re-shaped and repainted a whole viewport
// of text (~4-8 ms on a 10 MB post). The text that changed is [from, from + added) of the new document, so that is
// what this layout passes on; everything else is Qt's.
class PostDocumentLayout : public QPlainTextDocumentLayout
{
    Q_OBJECT
public:
    using QPlainTextDocumentLayout::QPlainTextDocumentLayout;

protected:
    void documentChanged(int from, int charsRemoved, int charsAdded) override;

private:
    int m_blockCount = -1;
};

} // namespace coinage::gui
