#include "FindController.h"

#include "Document.h"
#include "EditorArea.h"
#include "FindBar.h"
#include "MainWindow.h"
#include "MarkdownEditor.h"
#include "WindowMenus.h"

#include <QAction>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTextBlock>
#include <QToolBar>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace coinage::gui {
namespace {

// Highlighting more matches than this costs more than it helps; they are still counted.
constexpr int maxHighlights = 5000;

QAction *makeFindAction(QObject *parent, const QString &text, const QKeySequence &key, const QString &name)
{
    auto *action = new QAction(text, parent);
    action->setShortcut(key);
    action->setObjectName(name);
    return action;
}

// Escape in the line field closes the bar.
class EscapeFilter : public QObject
{
public:
    EscapeFilter(QObject *parent, std::function<void()> onEscape)
        : QObject(parent)
        , m_onEscape(std::move(onEscape))
    {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            m_onEscape();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onEscape;
};

} // namespace

FindController::FindController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_toolBar(new QToolBar(tr("Find"), window))
    , m_bar(new FindBar)
    , m_lineBar(new QWidget)
    , m_lineField(new QLineEdit)
    , m_lineTotal(new QLabel)
{
    setObjectName(u"FindController"_s);
    m_toolBar->setObjectName(u"findToolBar"_s);
    m_toolBar->setMovable(false);
    m_toolBar->setFloatable(false);
    m_toolBar->toggleViewAction()->setVisible(false);
    m_barAction = m_toolBar->addWidget(m_bar);

    auto *lineLayout = new QHBoxLayout(m_lineBar);
    lineLayout->setContentsMargins(6, 4, 6, 4);
    auto *lineLabel = new QLabel(tr("Go to line:"));
    lineLabel->setBuddy(m_lineField);
    m_lineField->setObjectName(u"goToLineField"_s);
    m_lineField->setAccessibleName(tr("Line number"));
    m_lineField->setMaximumWidth(120);
    lineLayout->addWidget(lineLabel);
    lineLayout->addWidget(m_lineField);
    lineLayout->addWidget(m_lineTotal);
    lineLayout->addStretch(1);
    m_lineAction = m_toolBar->addWidget(m_lineBar);
    m_lineField->installEventFilter(new EscapeFilter(this, [this] { close(); }));
    connect(m_lineField, &QLineEdit::returnPressed, this, &FindController::goToLine);

    window->addToolBar(Qt::BottomToolBarArea, m_toolBar);
    m_toolBar->hide();
    // The bar opens on demand: hidden before the window saves its state, so it never comes back by itself.
    window->installEventFilter(this);

    QAction *find = makeFindAction(this, tr("&Find…"), QKeySequence(Qt::CTRL | Qt::Key_F), u"find"_s);
    QAction *replace = makeFindAction(this, tr("R&eplace…"), QKeySequence(Qt::CTRL | Qt::Key_H), u"replace"_s);
    QAction *next = makeFindAction(this, tr("Find &Next"), QKeySequence(Qt::Key_F3), u"findNext"_s);
    QAction *previous =
        makeFindAction(this, tr("Find Pre&vious"), QKeySequence(Qt::SHIFT | Qt::Key_F3), u"findPrevious"_s);
    QAction *line = makeFindAction(this, tr("&Go to Line…"), QKeySequence(Qt::CTRL | Qt::Key_G), u"goToLine"_s);
    connect(find, &QAction::triggered, this, [this] { showFind(false); });
    connect(replace, &QAction::triggered, this, [this] { showFind(true); });
    connect(next, &QAction::triggered, this, &FindController::findNext);
    connect(previous, &QAction::triggered, this, &FindController::findPrevious);
    connect(line, &QAction::triggered, this, &FindController::showGoToLine);
    window->addActions({find, replace, next, previous, line});
    if (QMenu *edit = windowMenu(window, MainWindow::tr("&Edit"))) {
        edit->addSeparator();
        edit->addActions({find, replace, next, previous});
        edit->addSeparator();
        edit->addAction(line);
    }

    m_update.setSingleShot(true);
    connect(&m_update, &QTimer::timeout, this, &FindController::updateMatches);
    connect(m_bar, &FindBar::queryChanged, this, [this] {
        if (m_bar->inSelection() != !m_scope.isNull())
            onScopeToggled();
        updateMatches();
    });
    connect(m_bar, &FindBar::nextRequested, this, &FindController::findNext);
    connect(m_bar, &FindBar::previousRequested, this, &FindController::findPrevious);
    connect(m_bar, &FindBar::replaceRequested, this, &FindController::replaceCurrent);
    connect(m_bar, &FindBar::replaceAllRequested, this, &FindController::replaceAll);
    connect(m_bar, &FindBar::closeRequested, this, &FindController::close);
    connect(window->editorArea(), &EditorArea::currentEditorChanged, this, &FindController::bind);
}

FindController::~FindController()
{
    for (const QMetaObject::Connection &binding : std::as_const(m_bindings))
        disconnect(binding);
}

bool FindController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close)
        m_toolBar->hide();
    return QObject::eventFilter(watched, event);
}

void FindController::bind(MarkdownEditor *editor)
{
    for (const QMetaObject::Connection &binding : std::as_const(m_bindings))
        disconnect(binding);
    m_bindings.clear();
    if (m_editor)
        m_editor->setSelectionGroup(u"find"_s, {});
    m_editor = editor;
    m_scope = QTextCursor();
    m_bar->setInSelection(false);
    m_matches.clear();
    if (!editor)
        return;
    m_bindings.append(
        connect(editor->postDocument(), &Document::revisionChanged, this, &FindController::scheduleUpdate));
    m_bindings.append(connect(editor, &QPlainTextEdit::cursorPositionChanged, this, &FindController::updateStatus));
    if (m_barAction->isVisible() && m_toolBar->isVisible())
        updateMatches();
}

void FindController::showFind(bool replace)
{
    MarkdownEditor *editor = m_window->editorArea()->currentEditor();
    if (!editor)
        return;
    if (editor != m_editor)
        bind(editor);
    const QTextCursor cursor = editor->textCursor();
    if (cursor.hasSelection()) {
        const QString selected = cursor.selectedText();
        // A selection across lines is a range to search; within a line it is what to find.
        if (selected.contains(QChar::ParagraphSeparator)) {
            m_bar->setInSelection(true);
        } else if (!m_bar->inSelection()) {
            m_bar->setPattern(selected);
        }
    }
    m_lineAction->setVisible(false);
    m_barAction->setVisible(true);
    m_bar->setReplaceShown(replace);
    m_toolBar->show();
    if (replace && !m_bar->query().pattern.isEmpty())
        m_bar->focusReplace();
    else
        m_bar->focusFind();
    updateMatches();
}

void FindController::showGoToLine()
{
    MarkdownEditor *editor = m_window->editorArea()->currentEditor();
    if (!editor)
        return;
    if (editor != m_editor)
        bind(editor);
    const int lines = editor->document()->blockCount();
    m_lineField->setValidator(new QIntValidator(1, lines, m_lineField));
    m_lineField->setPlaceholderText(QString::number(editor->textCursor().blockNumber() + 1));
    m_lineField->clear();
    m_lineTotal->setText(tr("of %1").arg(lines));
    m_barAction->setVisible(false);
    m_lineAction->setVisible(true);
    m_toolBar->show();
    m_lineField->setFocus(Qt::ShortcutFocusReason);
}

void FindController::goToLine()
{
    bool ok = false;
    const int line = m_lineField->text().toInt(&ok);
    if (!ok || !m_editor)
        return;
    MarkdownEditor *editor = m_editor;
    close();
    editor->goToLine(line - 1);
}

void FindController::close()
{
    m_toolBar->hide();
    m_update.stop();
    if (m_editor) {
        m_editor->setSelectionGroup(u"find"_s, {});
        m_editor->setFocus(Qt::ShortcutFocusReason);
    }
}

void FindController::onScopeToggled()
{
    m_scope = QTextCursor();
    if (m_bar->inSelection() && m_editor) {
        const QTextCursor cursor = m_editor->textCursor();
        if (cursor.hasSelection())
            m_scope = cursor;
        else
            m_bar->setInSelection(false); // nothing selected: the whole post
    }
}

std::pair<qsizetype, qsizetype> FindController::range() const
{
    if (!m_scope.isNull() && m_scope.hasSelection())
        return {m_scope.selectionStart(), m_scope.selectionEnd()};
    return {0, -1};
}

void FindController::scheduleUpdate()
{
    if (!m_toolBar->isVisible() || !m_barAction->isVisible() || !m_editor)
        return;
    const int characters = m_editor->document()->characterCount();
    m_update.start(qMin(100 + characters / 20000, 1000));
}

void FindController::updateMatches()
{
    m_update.stop();
    m_matches.clear();
    if (!m_editor)
        return;
    const TextFinder finder(m_bar->query());
    if (finder.isValid()) {
        const auto [from, to] = range();
        m_matches = finder.findAll(m_editor->postDocument()->text(), from, to);
    }
    QList<QTextEdit::ExtraSelection> selections;
    QTextCharFormat format;
    format.setBackground(QColor(255, 200, 0, 110));
    QTextDocument *document = m_editor->document();
    const qsizetype shown = qMin<qsizetype>(m_matches.size(), maxHighlights);
    selections.reserve(shown);
    for (qsizetype i = 0; i < shown; ++i) {
        QTextCursor cursor(document);
        cursor.setPosition(int(m_matches.at(i).start));
        cursor.setPosition(int(m_matches.at(i).end()), QTextCursor::KeepAnchor);
        selections.append({cursor, format});
    }
    m_editor->setSelectionGroup(u"find"_s, selections);
    updateStatus();
}

int FindController::currentMatchIndex() const
{
    if (!m_editor)
        return -1;
    const QTextCursor cursor = m_editor->textCursor();
    const TextMatch selected{cursor.selectionStart(), cursor.selectionEnd() - cursor.selectionStart(), {}};
    const auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), selected,
                                     [](const TextMatch &a, const TextMatch &b) { return a.start < b.start; });
    return it != m_matches.cend() && *it == selected ? int(it - m_matches.cbegin()) : -1;
}

void FindController::updateStatus()
{
    if (!m_toolBar->isVisible() || !m_barAction->isVisible())
        return;
    const TextFinder finder(m_bar->query());
    if (!finder.errorString().isEmpty()) {
        m_bar->setStatus(finder.errorString(), true);
        return;
    }
    if (m_bar->query().pattern.isEmpty()) {
        m_bar->setStatus({});
        return;
    }
    if (m_matches.isEmpty()) {
        m_bar->setStatus(tr("No matches"), true);
        return;
    }
    const int current = currentMatchIndex();
    QString text = current >= 0 ? tr("%1 of %2").arg(current + 1).arg(m_matches.size())
                                : (m_matches.size() == 1 ? tr("1 match") : tr("%1 matches").arg(m_matches.size()));
    if (m_wrapped)
        text += tr(" (wrapped)");
    m_bar->setStatus(text);
}

void FindController::select(const TextMatch &match)
{
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(int(match.start));
    cursor.setPosition(int(match.end()), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    m_editor->ensureCursorVisible();
}

bool FindController::prepareSearch()
{
    // F3 with the bar closed: open it on the last pattern, or ask for one.
    if (!m_toolBar->isVisible() || !m_barAction->isVisible()) {
        if (m_bar->query().pattern.isEmpty()) {
            showFind(false);
            return false;
        }
        m_toolBar->show();
        m_lineAction->setVisible(false);
        m_barAction->setVisible(true);
    }
    if (m_update.isActive() || m_matches.isEmpty())
        updateMatches();
    return m_editor && !m_matches.isEmpty();
}

void FindController::findNext()
{
    if (!prepareSearch())
        return;
    const qsizetype from = m_editor->textCursor().selectionEnd();
    const auto it = std::find_if(m_matches.cbegin(), m_matches.cend(),
                                 [from](const TextMatch &match) { return match.start >= from; });
    m_wrapped = it == m_matches.cend();
    select(m_wrapped ? m_matches.first() : *it);
    updateStatus();
    m_wrapped = false;
}

void FindController::findPrevious()
{
    if (!prepareSearch())
        return;
    const qsizetype to = m_editor->textCursor().selectionStart();
    const auto it = std::find_if(m_matches.crbegin(), m_matches.crend(),
                                 [to](const TextMatch &match) { return match.end() <= to; });
    m_wrapped = it == m_matches.crend();
    select(m_wrapped ? m_matches.last() : *it);
    updateStatus();
    m_wrapped = false;
}

void FindController::replaceCurrent()
{
    if (!m_editor)
        return;
    if (m_update.isActive())
        updateMatches();
    const int index = currentMatchIndex();
    if (index < 0) {
        findNext();
        return;
    }
    const TextFinder finder(m_bar->query());
    const TextMatch match = m_matches.at(index);
    const QString with = finder.replacementFor(match, m_bar->replacement());
    m_editor->postDocument()->applyEdits({{match.start, match.length, with}});
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(int(match.start + with.size()));
    m_editor->setTextCursor(cursor);
    updateMatches();
    findNext();
}

int FindController::replaceAll()
{
    if (!m_editor)
        return 0;
    const TextFinder finder(m_bar->query());
    if (!finder.isValid())
        return 0;
    const auto [from, to] = range();
    const TextEdits edits = finder.replaceAll(m_editor->postDocument()->text(), m_bar->replacement(), from, to);
    if (!edits.isEmpty() && !m_editor->postDocument()->applyEdits(edits))
        return 0;
    updateMatches();
    m_bar->setStatus(edits.size() == 1 ? tr("Replaced 1 match") : tr("Replaced %1 matches").arg(edits.size()));
    return int(edits.size());
}

} // namespace coinage::gui
