#include "BenchProbe.h"

#include "MainWindow.h"
#include "MarkdownEditor.h"

#include <QDateTime>
#include <QEvent>
#include <QTimer>

#include <cstdio>

namespace coinage::gui {

void BenchProbe::install(MainWindow *window)
{
    if (qEnvironmentVariableIsEmpty("COINAGE_BENCH"))
        return;
    MarkdownEditor *editor = window->currentEditor();
    if (!editor)
        return;
    bool ok = false;
    const int line = qEnvironmentVariableIntValue("COINAGE_BENCH_LINE", &ok);
    if (ok && line > 0)
        editor->goToLine(line - 1);
    editor->setFocus(Qt::OtherFocusReason); // typed keys go to the post, as when a user clicks into it
    editor->viewport()->installEventFilter(new BenchProbe(editor));
}

bool BenchProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint) {
        watched->removeEventFilter(this);
        // Reported after this paint has been handled and flushed, from the next turn of the event loop.
        QTimer::singleShot(0, this, [this] {
            std::fprintf(stderr, "coinage-bench first-paint %lld\n",
                         static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
            std::fflush(stderr);
            deleteLater();
        });
    }
    return false;
}

} // namespace coinage::gui
