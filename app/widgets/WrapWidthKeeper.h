#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QPlainTextEdit;
class QTextDocument;

namespace coinage::gui {

// Keeps the lines of a post that several editors show wrapped at the width of the narrowest one on screen.
//
// The views of one QTextDocument share one layout, so one wrap width. Qt gives that width to the view that last laid
// the document out, unless that view is narrower than the width in force and is not the view that set it: a view
// narrower than another (even a hidden one, such as the editor area's tab behind the bilingual view) wraps too wide
// and cuts its lines off at the right edge. One keeper per document watches its views being shown, hidden and resized
// and, once the events have settled, hands the width to the narrowest visible view: no visible view then cuts a line
// off, and a wider one only wraps a little early.
class WrapWidthKeeper : public QObject
{
    Q_OBJECT
public:
    // Starts keeping the wrap width of the view's document (the view must already show it).
    static void watch(QPlainTextEdit *view);

    // The width (viewport pixels, margins included) at which the view's document is wrapped now; 0 when it is not
    // wrapped at a width.
    static int wrapWidth(const QPlainTextEdit *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WrapWidthKeeper(QTextDocument *document);
    void add(QPlainTextEdit *view);
    void schedule();
    void settle();
    void claim(QPlainTextEdit *view);

    QList<QPointer<QPlainTextEdit>> m_views;
    bool m_scheduled = false;
    bool m_claiming = false;
};

} // namespace coinage::gui
