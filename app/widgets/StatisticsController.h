#pragma once

#include "StatisticsDialog.h"
#include "stats/PostStatistics.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QAction;
class QLabel;

namespace coinage::gui {

class MainWindow;
class MarkdownEditor;

// Statistics of the current post and its selection (core's PostStatistics, counted on a worker after a short pause):
// Tools > Statistics (Ctrl+Shift+I) opens StatisticsDialog, and while text is selected the status bar shows its
// words and characters.
class StatisticsController : public QObject
{
    Q_OBJECT
public:
    explicit StatisticsController(MainWindow *window);
    ~StatisticsController() override;

    QAction *showAction() const { return m_show; }
    QLabel *selectionLabel() const { return m_selectionLabel; }
    StatisticsDialog *dialog() const { return m_dialog; }
    bool isIdle() const { return !m_running && !m_pending && !m_debounce.isActive(); }

    void showDialog();

Q_SIGNALS:
    void updated();

private:
    struct Figures
    {
        PostStatistics post;
        PostStatistics selection;
        bool hasPost = false;
        bool hasSelection = false;
    };
    void bind(MarkdownEditor *editor);
    void schedule();
    void start();
    void onFinished();

    MainWindow *m_window;
    QAction *m_show;
    QLabel *m_selectionLabel;
    QPointer<StatisticsDialog> m_dialog;
    QPointer<MarkdownEditor> m_editor;
    QList<QMetaObject::Connection> m_bindings;
    QTimer m_debounce;
    QFutureWatcher<Figures> m_watcher;
    bool m_running = false;
    bool m_pending = false;
};

} // namespace coinage::gui
