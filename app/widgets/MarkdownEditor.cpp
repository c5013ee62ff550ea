#include "MarkdownEditor.h"

#include "Document.h"
#include "EditorFont.h"
#include "LazyHighlighter.h"
#include "LineNumberGutter.h"
#include "WrapWidthKeeper.h"

#include <QContextMenuEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QUrl>

#include <memory>

namespace coinage::gui {

QStringList droppedPostFiles(const QMimeData *data)
{
    QStringList files;
    if (!data || !data->hasUrls())
        return files;
    for (const QUrl &url : data->urls()) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix == u"md" || suffix == u"markdown")
            files.append(path);
    }
    return files;
}

MarkdownEditor::MarkdownEditor(Document *document, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_document(document)
    , m_gutter(new LineNumberGutter(this))
{
    setDocument(document->textDocument());
    setAccessibleName(tr("Post text"));
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setFrameShape(QFrame::NoFrame);
    WrapWidthKeeper::watch(this);

    setEditorFont(EditorFont::current());

    connect(this, &QPlainTextEdit::blockCountChanged, this, &MarkdownEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &MarkdownEditor::onUpdateRequest);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &MarkdownEditor::onCaretMoved);
    // A view can still be hidden or deleted while its document is being destroyed (from the document's destroyed()
    // signal, as the bilingual view does), when only its QObject part is left: forget it first (this connection is
    // made before any owner's), so those calls do not reach into it (UBSan: "member call ... not a Document").
    connect(document, &QObject::destroyed, this, [this] { m_document = nullptr; });
    updateGutterWidth();
}

MarkdownEditor::~MarkdownEditor()
{
    if (m_document)
        m_document->highlighter()->removeView(this);
}

void MarkdownEditor::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    using Theme = KSyntaxHighlighting::Theme;
    QPalette colors = palette();
    colors.setColor(QPalette::Base, QColor::fromRgba(theme.editorColor(Theme::BackgroundColor)));
    colors.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(Theme::Normal)));
    colors.setColor(QPalette::Highlight, QColor::fromRgba(theme.editorColor(Theme::TextSelection)));
    colors.setColor(QPalette::HighlightedText, QColor::fromRgba(theme.selectedTextColor(Theme::Normal)));
    setPalette(colors);
    m_currentLine = QColor::fromRgba(theme.editorColor(Theme::CurrentLine));
    m_gutter->setColors(QColor::fromRgba(theme.editorColor(Theme::IconBorder)),
                        QColor::fromRgba(theme.editorColor(Theme::LineNumbers)),
                        QColor::fromRgba(theme.editorColor(Theme::CurrentLineNumber)));
    highlightCurrentLine();
}

void MarkdownEditor::setEditorFont(const QFont &font)
{
    setFont(font);
    m_gutter->setFont(font);
    setTabStopDistance(4 * fontMetrics().horizontalAdvance(u' '));
    updateGutterWidth();
}

void MarkdownEditor::goToLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(qBound(0, line, blockCount() - 1));
    setTextCursor(QTextCursor(block));
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

QPoint MarkdownEditor::caretLineColumn() const
{
    const QTextCursor cursor = textCursor();
    const QString text = cursor.block().text();
    const int inBlock = cursor.positionInBlock();
    int column = 1;
    for (int i = 0; i < inBlock && i < text.size(); ++i) {
        if (!text.at(i).isLowSurrogate())
            ++column;
    }
    return {cursor.blockNumber() + 1, column};
}

void MarkdownEditor::forEachVisibleBlock(const std::function<void(const QTextBlock &, const QRectF &)> &visit) const
{
    QTextBlock block = firstVisibleBlock();
    const QPointF offset = contentOffset();
    const int bottom = viewport()->height();
    while (block.isValid()) {
        const QRectF rect = blockBoundingGeometry(block).translated(offset);
        if (rect.top() > bottom)
            break;
        if (block.isVisible())
            visit(block, rect);
        block = block.next();
    }
}

int MarkdownEditor::firstVisibleBlockNumber() const
{
    return firstVisibleBlock().blockNumber();
}

int MarkdownEditor::lastVisibleBlockNumber() const
{
    int last = firstVisibleBlockNumber();
    forEachVisibleBlock([&last](const QTextBlock &block, const QRectF &) { last = block.blockNumber(); });
    return last;
}

void MarkdownEditor::setPaintOverlay(QObject *owner, std::function<void(QPainter &)> paint)
{
    m_overlayOwner = owner;
    m_overlay = std::move(paint);
    viewport()->update();
}

void MarkdownEditor::paintEvent(QPaintEvent *event)
{
    QPlainTextEdit::paintEvent(event);
    if (m_document)
        m_document->highlighter()->viewPainted();
    if (m_overlayOwner && m_overlay) {
        QPainter painter(viewport());
        painter.setClipRegion(event->region());
        m_overlay(painter);
    }
}

void MarkdownEditor::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    const int position = event->reason() == QContextMenuEvent::Mouse ? cursorForPosition(event->pos()).position()
                                                                     : textCursor().position();
    Q_EMIT contextMenuAboutToShow(menu.get(), position);
    menu->exec(event->globalPos());
}

void MarkdownEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect contents = contentsRect();
    m_gutter->setGeometry(QRect(contents.left(), contents.top(), m_gutter->preferredWidth(), contents.height()));
    reportVisibleBlocks();
}

void MarkdownEditor::showEvent(QShowEvent *event)
{
    QPlainTextEdit::showEvent(event);
    reportVisibleBlocks();
}

void MarkdownEditor::hideEvent(QHideEvent *event)
{
    QPlainTextEdit::hideEvent(event);
    if (m_document)
        m_document->highlighter()->removeView(this);
}

void MarkdownEditor::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedPostFiles(event->mimeData()).isEmpty()) {
        event->ignore(); // the window opens dropped posts
        return;
    }
    QPlainTextEdit::dragEnterEvent(event);
}

void MarkdownEditor::dragMoveEvent(QDragMoveEvent *event)
{
    if (!droppedPostFiles(event->mimeData()).isEmpty()) {
        event->ignore();
        return;
    }
    QPlainTextEdit::dragMoveEvent(event);
}

void MarkdownEditor::dropEvent(QDropEvent *event)
{
    if (!droppedPostFiles(event->mimeData()).isEmpty()) {
        event->ignore();
        return;
    }
    QPlainTextEdit::dropEvent(event);
}

bool MarkdownEditor::canInsertFromMimeData(const QMimeData *source) const
{
    return droppedPostFiles(source).isEmpty() && QPlainTextEdit::canInsertFromMimeData(source);
}

void MarkdownEditor::reportVisibleBlocks()
{
    if (!isVisible() || !m_document)
        return;
    m_document->highlighter()->setVisibleBlocks(this, firstVisibleBlockNumber(), lastVisibleBlockNumber());
}

void MarkdownEditor::updateGutterWidth()
{
    if (viewportMargins().left() != m_gutter->preferredWidth())
        setViewportMargins(m_gutter->preferredWidth(), 0, 0, 0);
    const QRect contents = contentsRect();
    m_gutter->setGeometry(QRect(contents.left(), contents.top(), m_gutter->preferredWidth(), contents.height()));
}

void MarkdownEditor::onUpdateRequest(const QRect &rect, int dy)
{
    if (dy != 0)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    // Which blocks show changes only when the view scrolls or is laid out again (both update the whole viewport);
    // a key updates its own line, the caret's blink a few pixels.
    if (dy != 0 || rect.contains(viewport()->rect()))
        reportVisibleBlocks();
}

void MarkdownEditor::setSelectionGroup(const QString &key, const QList<QTextEdit::ExtraSelection> &selections)
{
    if (selections.isEmpty()) {
        // Clearing a group that is not there changes nothing: the focus mode clears its group on every caret move
        // while it is off, and each call re-applied every selection (~2 per key).
        if (!m_selectionGroups.remove(key))
            return;
    } else {
        m_selectionGroups.insert(key, selections);
    }
    highlightCurrentLine();
}

void MarkdownEditor::highlightCurrentLine()
{
    // The gutter shows no selections: it repaints when the caret's line changes (onCaretMoved) or its colours do.
    applySelections();
}

void MarkdownEditor::onCaretMoved()
{
    applySelections();
    // A key repaints its own line in the gutter too (onUpdateRequest); the whole gutter only when the bold number
    // moves.
    if (const int block = textCursor().blockNumber(); block != m_caretBlock) {
        m_caretBlock = block;
        m_gutter->update();
    }
}

void MarkdownEditor::applySelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_currentLine.isValid()) {
        QTextEdit::ExtraSelection line;
        line.format.setBackground(m_currentLine);
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        line.cursor = textCursor();
        line.cursor.clearSelection();
        selections.append(line);
    }
    for (const QList<QTextEdit::ExtraSelection> &group : std::as_const(m_selectionGroups))
        selections.append(group);
    setExtraSelections(selections);
}

} // namespace coinage::gui
