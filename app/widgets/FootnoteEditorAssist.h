#pragma once

#include <QObject>
#include <QPointer>

namespace coinage {
class FootnoteIndex;
}

namespace coinage::gui {

class FootnoteIndexer;
class MarkdownEditor;

// Footnote help inside the editor: hovering a marker shows its definition's text, Ctrl+click on a marker asks to
// jump to its definition and on a definition's label back to the first reference, and footnote problems are
// underlined with a wave, their reason in the tooltip.
class FootnoteEditorAssist : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void setEditor(MarkdownEditor *editor, FootnoteIndexer *indexer);
    // Underlines the index's problems in the editor (when the index is of its current text).
    void setIndex(const FootnoteIndex &index);
    // What the tooltip says at an offset of the text; empty when nothing.
    QString toolTipAt(qsizetype offset) const;
    // Where Ctrl+click at an offset goes; -1 when nowhere.
    qsizetype jumpTargetAt(qsizetype offset) const;

    static const QString selectionGroup;

Q_SIGNALS:
    void jumpRequested(qsizetype offset);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<MarkdownEditor> m_editor;
    QPointer<FootnoteIndexer> m_indexer;
};

} // namespace coinage::gui
