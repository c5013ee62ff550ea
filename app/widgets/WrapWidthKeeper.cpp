#include "WrapWidthKeeper.h"

#include <QEvent>
#include <QPlainTextDocumentLayout>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTimer>

namespace coinage::gui {

void WrapWidthKeeper::watch(QPlainTextEdit *view)
{
    QTextDocument *document = view->document();
    auto *keeper = document->findChild<WrapWidthKeeper *>(QString(), Qt::FindDirectChildrenOnly);
    if (!keeper)
        keeper = new WrapWidthKeeper(document);
    keeper->add(view);
}

int WrapWidthKeeper::wrapWidth(const QPlainTextEdit *view)
{
    // The layout keeps its width to itself, but it gives every line of a block it lays out that width less the two
    // document margins: lay out the first block (a line or two) and read it back.
    const QTextDocument *document = view->document();
    const auto *layout = qobject_cast<const QPlainTextDocumentLayout *>(document->documentLayout());
    const QTextBlock first = document->firstBlock();
    if (!layout || !first.isValid())
        return 0;
    layout->ensureBlockLayout(first);
    if (first.layout()->lineCount() == 0)
        return 0;
    const qreal lineWidth = first.layout()->lineAt(0).width();
    // No width in force: the layout uses a width of INT_MAX, which a line stores as the largest fixed-point value.
    if (lineWidth >= QWIDGETSIZE_MAX)
        return 0;
    return qRound(lineWidth + 2 * document->documentMargin());
}

WrapWidthKeeper::WrapWidthKeeper(QTextDocument *document)
    : QObject(document)
{}

void WrapWidthKeeper::add(QPlainTextEdit *view)
{
    m_views.append(view);
    // The viewport narrows without the view being resized when a scroll bar or the line-number gutter appears.
    view->installEventFilter(this);
    view->viewport()->installEventFilter(this);
    connect(view, &QObject::destroyed, this, &WrapWidthKeeper::schedule);
    schedule();
}

bool WrapWidthKeeper::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (!m_claiming && (type == QEvent::Show || type == QEvent::Hide || type == QEvent::Resize))
        schedule();
    return QObject::eventFilter(watched, event);
}

void WrapWidthKeeper::schedule()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    // After the events in flight: a window being laid out resizes its views several times.
    QTimer::singleShot(0, this, &WrapWidthKeeper::settle);
}

void WrapWidthKeeper::settle()
{
    m_scheduled = false;
    m_views.removeAll(nullptr);
    QPlainTextEdit *narrowest = nullptr;
    for (QPlainTextEdit *view : std::as_const(m_views)) {
        if (view->isVisible() && (!narrowest || view->viewport()->width() < narrowest->viewport()->width()))
            narrowest = view;
    }
    if (narrowest && narrowest->lineWrapMode() == QPlainTextEdit::WidgetWidth &&
        wrapWidth(narrowest) != narrowest->viewport()->width())
        claim(narrowest);
}

void WrapWidthKeeper::claim(QPlainTextEdit *view)
{
    // A view takes the width over when it lays the document out wider than the width in force, and then keeps it at
    // any width of its own: widen its viewport by a pixel past that width for a moment, then give the size back. Each
    // step is one relayout, which only clears the blocks' layouts; the visible ones are laid out again when painted.
    m_claiming = true;
    QWidget *viewport = view->viewport();
    const QSize size = viewport->size();
    viewport->resize(qMin(qMax(wrapWidth(view), size.width()) + 1, QWIDGETSIZE_MAX), size.height());
    viewport->resize(size);
    m_claiming = false;
}

} // namespace coinage::gui
