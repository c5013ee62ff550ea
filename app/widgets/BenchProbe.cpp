#include "BenchProbe.h"

#include "Document.h"
#include "LazyHighlighter.h"
#include "MainWindow.h"
#include "MarkdownEditor.h"

#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QKeyEvent>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <memory>

#include <unistd.h>

namespace coinage::gui {

BenchProbe::BenchProbe(MarkdownEditor *editor)
    : QObject(editor)
    , m_editor(editor)
{}

double BenchProbe::threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

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
            std::fprintf(stderr, "coinage-bench first-paint %lld cpu %.1f\n",
                         static_cast<long long>(QDateTime::currentMSecsSinceEpoch()), threadCpuMs());
            std::fflush(stderr);
            bool ok = false;
            const int keys = qEnvironmentVariableIntValue("COINAGE_BENCH_TYPE", &ok);
            if (ok && keys > 0)
                waitQuiet([this, keys] { startTyping(keys); });
            else
                deleteLater();
        });
    }
    return false;
}

void BenchProbe::waitQuiet(const std::function<void()> &then)
{
    // Quiet: four samples 250 ms apart with under 10 ms of UI-thread CPU between each.
    auto *timer = new QTimer(this);
    timer->setInterval(250);
    auto last = std::make_shared<double>(threadCpuMs());
    auto calm = std::make_shared<int>(0);
    connect(timer, &QTimer::timeout, this, [timer, last, calm, then] {
        const double now = threadCpuMs();
        *calm = now - *last < 10.0 ? *calm + 1 : 0;
        *last = now;
        if (*calm >= 4) {
            timer->deleteLater();
            then();
        }
    });
    timer->start();
}

void BenchProbe::startTyping(int keys)
{
    // Settled memory: the resident size once quiet, before the first key.
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                std::fprintf(stderr, "coinage-bench settled %s\n", line.simplified().constData());
        }
    }
    std::fprintf(stderr, "coinage-bench typing-start\n");
    std::fflush(stderr);
    const LazyHighlighter *highlighter = m_editor->postDocument()->highlighter();
    const quint64 linesBefore = highlighter->highlightedLineCount();
    const double before = threadCpuMs();
    auto typed = std::make_shared<int>(0);
    auto *timer = new QTimer(this);
    const int delay = qEnvironmentVariableIntValue("COINAGE_BENCH_DELAY");
    timer->setInterval(delay > 0 ? delay : 20); // as scripts/bench-app's xdotool --delay 20
    connect(timer, &QTimer::timeout, this, [this, timer, typed, keys, before, highlighter, linesBefore] {
        if (*typed >= keys) {
            timer->deleteLater();
            // Up to the end of the quiet period's first sample: what the keys caused, minus ~one idle second.
            waitQuiet([before, keys, highlighter, linesBefore] {
                const double perKey = (threadCpuMs() - before) / keys;
                const double lines = double(highlighter->highlightedLineCount() - linesBefore) / keys;
                std::fprintf(stderr, "coinage-bench typing %d keys %.3f ms/key %.1f lines/key\n", keys, perKey, lines);
                std::fflush(stderr);
                _exit(0); // not quit(): the modified post would ask whether to save it
            });
            return;
        }
        const QChar c = (*typed % 6 == 5) ? QChar(u' ') : QChar(char16_t(u'a' + *typed % 26));
        QKeyEvent press(QEvent::KeyPress, c == u' ' ? Qt::Key_Space : Qt::Key_A, Qt::NoModifier, QString(c));
        QApplication::sendEvent(m_editor, &press);
        QKeyEvent release(QEvent::KeyRelease, c == u' ' ? Qt::Key_Space : Qt::Key_A, Qt::NoModifier, QString(c));
        QApplication::sendEvent(m_editor, &release);
        ++*typed;
    });
    timer->start();
}

} // namespace coinage::gui
