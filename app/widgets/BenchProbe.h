#pragma once

#include <QObject>

namespace coinage::gui {

class MainWindow;

// Hooks for the whole-app benchmarks (scripts/bench-app), inert unless COINAGE_BENCH is set:
// - prints "coinage-bench first-paint EPOCH_MS" on stderr once the current editor has painted for the first time
//   (the post is loaded by then: files open before the event loop runs);
// - gives the current editor the keyboard focus; COINAGE_BENCH_LINE=N puts the caret at the start of line N (1-based),
//   as `kwrite --line`.
class BenchProbe : public QObject
{
    Q_OBJECT
public:
    // Call after the files are opened; does nothing without COINAGE_BENCH.
    static void install(MainWindow *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace coinage::gui
