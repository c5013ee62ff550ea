#include "StatisticsController.h"

#include "Document.h"
#include "EditorArea.h"
#include "MainWindow.h"
#include "MarkdownEditor.h"
#include "StatisticsDialog.h"
#include "WindowMenus.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>
#include <QTextDocumentFragment>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace coinage::gui {

StatisticsController::StatisticsController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_show(new QAction(tr("&Statistics…"), this))
    , m_selectionLabel(new QLabel)
{
    setObjectName(u"StatisticsController"_s);
    m_show->setObjectName(u"statistics"_s);
    m_show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    window->addAction(m_show);
    ensureWindowMenu(window, u"toolsMenu"_s, tr("&Tools"))->addAction(m_show);
    connect(m_show, &QAction::triggered, this, &StatisticsController::showDialog);

    m_selectionLabel->setObjectName(u"selectionStatistics"_s);
    m_selectionLabel->hide();
    // Permanent: a temporary status message would hide it.
    window->statusBar()->addPermanentWidget(m_selectionLabel);

    m_debounce.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, &StatisticsController::start);
    connect(&m_watcher, &QFutureWatcher<Figures>::finished, this, &StatisticsController::onFinished);
    connect(window->editorArea(), &EditorArea::currentEditorChanged, this, &StatisticsController::bind);
}

StatisticsController::~StatisticsController()
{
    for (const QMetaObject::Connection &binding : std::as_const(m_bindings))
        disconnect(binding);
    m_watcher.waitForFinished();
}

void StatisticsController::showDialog()
{
    if (!m_dialog) {
        m_dialog = new StatisticsDialog(m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    m_debounce.stop();
    start();
}

void StatisticsController::bind(MarkdownEditor *editor)
{
    for (const QMetaObject::Connection &binding : std::as_const(m_bindings))
        disconnect(binding);
    m_bindings.clear();
    m_editor = editor;
    if (editor) {
        m_bindings.append(connect(editor, &QPlainTextEdit::selectionChanged, this, &StatisticsController::schedule));
        m_bindings.append(
            connect(editor->postDocument(), &Document::revisionChanged, this, &StatisticsController::schedule));
    }
    schedule();
}

void StatisticsController::schedule()
{
    const int characters = m_editor ? m_editor->document()->characterCount() : 0;
    m_debounce.start(qMin(150 + characters / 10000, 1000));
}

void StatisticsController::start()
{
    if (m_running) {
        m_pending = true;
        return;
    }
    m_pending = false;
    QString post;
    QString selection;
    const bool wantPost = m_dialog && m_dialog->isVisible() && m_editor;
    if (wantPost)
        post = m_editor->postDocument()->text();
    if (m_editor && m_editor->textCursor().hasSelection())
        selection = m_editor->textCursor().selection().toPlainText();
    if (!wantPost && selection.isEmpty()) {
        m_selectionLabel->hide();
        if (m_dialog)
            m_dialog->setSelection({}, false);
        Q_EMIT updated();
        return;
    }
    m_running = true;
    m_watcher.setFuture(QtConcurrent::run([post, selection, wantPost] {
        Figures figures;
        figures.hasPost = wantPost;
        if (wantPost)
            figures.post = PostStatistics::ofPost(post);
        figures.hasSelection = !selection.isEmpty();
        if (figures.hasSelection)
            figures.selection = PostStatistics::ofText(selection);
        return figures;
    }));
}

void StatisticsController::onFinished()
{
    m_running = false;
    const Figures figures = m_watcher.result();
    m_selectionLabel->setText(figures.hasSelection ? StatisticsText::selectionSummary(figures.selection) : QString());
    m_selectionLabel->setVisible(figures.hasSelection);
    if (m_dialog) {
        if (figures.hasPost)
            m_dialog->setPost(figures.post);
        m_dialog->setSelection(figures.selection, figures.hasSelection);
    }
    if (m_pending)
        start();
    else
        Q_EMIT updated();
}

} // namespace coinage::gui
