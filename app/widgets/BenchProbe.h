#pragma once

#include <QObject>

#include <functional>

class QTimer;

namespace coinage::gui {

class MainWindow;
class MarkdownEditor;

// Hooks for the whole-app benchmarks (scripts/bench-app), inert unless COINAGE_BENCH is set:
// - prints "coinage-bench first-paint EPOCH_MS cpu MS" on stderr once the current editor has painted for the first
//   time (the post is loaded by then: files open before the event loop runs); MS is the UI thread's CPU time so far;
// - gives the current editor the keyboard focus; COINAGE_BENCH_LINE=N puts the caret at the start of line N (1-based),
//   as `kwrite --line`;
// - COINAGE_BENCH_TYPE=N (measured in-process, so steady under valgrind too): once the UI thread has been quiet for
//   a second, prints "coinage-bench settled VmRSS: N kB", types N letters into the editor, one every
//   COINAGE_BENCH_DELAY ms (default 20, as scripts/bench-app), waits until it is quiet again, prints "coinage-bench
//   typing N keys CPU_MS ms/key LINES lines/key" (UI-thread CPU time and lines run through the highlighter, per key)
//   and exits without saving.
class BenchProbe : public QObject
{
    Q_OBJECT
public:
    // Call after the files are opened; does nothing without COINAGE_BENCH.
    static void install(MainWindow *window);

    // CPU time of the calling thread in milliseconds.
    static double threadCpuMs();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit BenchProbe(MarkdownEditor *editor);
    void startTyping(int keys);
    void waitQuiet(const std::function<void()> &then);

    MarkdownEditor *m_editor;
};

} // namespace coinage::gui
