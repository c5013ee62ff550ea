#pragma once

#include <KSyntaxHighlighting/Theme>

#include <QMap>
#include <QPlainTextEdit>
#include <QPointer>
#include <QStringList>
#include <QTextEdit>

#include <functional>

class QMenu;
class QMimeData;

namespace coinage::gui {

class Document;
class LineNumberGutter;

// The local Markdown files (.md, .markdown) among dropped data, in order; empty when there are none.
QStringList droppedPostFiles(const QMimeData *data);

// One view of a Document: a plain-text editor with word wrap, a line-number gutter, the current line shaded and the
// colours of the highlighting theme. Several editors may show the same Document (one QTextDocument, one undo
// history, one highlighter), each with its own caret and scroll position. It tells the document's highlighter which
// blocks it shows, so only those are highlighted.
class MarkdownEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit MarkdownEditor(Document *document, QWidget *parent = nullptr);
    ~MarkdownEditor() override;

    Document *postDocument() const { return m_document; }
    void setTheme(const KSyntaxHighlighting::Theme &theme);
    // The text's font (EditorFont), also used by the line numbers and for the tab width.
    void setEditorFont(const QFont &font);

    // Moves the caret to the start of a 0-based line and shows it.
    void goToLine(int line);
    // 1-based line and column of the caret; the column counts code points (a CJK character or an emoji is one).
    QPoint caretLineColumn() const;

    // Extra selections a feature adds under a key (problem underlines...), shown with the current line's; an empty
    // list removes the group.
    void setSelectionGroup(const QString &key, const QList<QTextEdit::ExtraSelection> &selections);

    // Painted over the text after the editor's own paint (spelling underlines), in viewport coordinates, while the
    // owner lives.
    void setPaintOverlay(QObject *owner, std::function<void(QPainter &)> paint);

    int firstVisibleBlockNumber() const;
    int lastVisibleBlockNumber() const;
    void forEachVisibleBlock(const std::function<void(const QTextBlock &, const QRectF &)> &visit) const;

Q_SIGNALS:
    // The context menu for a document position (under the mouse, or the caret's) is about to show: features add
    // their actions to it.
    void contextMenuAboutToShow(QMenu *menu, int position);

protected:
    void paintEvent(QPaintEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;

private:
    void reportVisibleBlocks();
    void updateGutterWidth();
    void onUpdateRequest(const QRect &rect, int dy);
    void highlightCurrentLine();
    void applySelections();
    void onCaretMoved();

    Document *m_document;
    LineNumberGutter *m_gutter;
    QColor m_currentLine;
    int m_caretBlock = -1; // the block whose number the gutter shows in bold
    QMap<QString, QList<QTextEdit::ExtraSelection>> m_selectionGroups;
    QPointer<QObject> m_overlayOwner;
    std::function<void(QPainter &)> m_overlay;
};

} // namespace coinage::gui
