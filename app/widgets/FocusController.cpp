#include "FocusController.h"

#include "EditorArea.h"
#include "MainWindow.h"
#include "MarkdownEditor.h"
#include "WindowMenus.h"
#include "text/SentenceSplitter.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QSettings>
#include <QTextBlock>

using namespace Qt::StringLiterals;

namespace coinage::gui {
namespace {
const QString typewriterKey = u"focus/typewriter"_s;
const QString focusKey = u"focus/dim"_s;
const QString groupKey = u"focus"_s;
const QString unitSettingKey = u"focus/unit"_s;
const QString sentenceValue = u"sentence"_s;
const QString paragraphValue = u"paragraph"_s;

bool isBlank(const QTextBlock &block)
{
    return block.text().trimmed().isEmpty();
}
} // namespace

FocusController::FocusController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_typewriter(new QAction(tr("&Typewriter Scrolling"), this))
    , m_focus(new QAction(tr("F&ocus Mode"), this))
    , m_paragraph(new QAction(tr("&Paragraph"), this))
    , m_sentence(new QAction(tr("&Sentence"), this))
{
    setObjectName(u"FocusController"_s);
    m_typewriter->setObjectName(u"typewriter"_s);
    m_typewriter->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T));
    m_typewriter->setCheckable(true);
    m_focus->setObjectName(u"focusMode"_s);
    m_focus->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    m_focus->setCheckable(true);
    window->addActions({m_typewriter, m_focus});
    m_paragraph->setObjectName(u"focusParagraph"_s);
    m_paragraph->setToolTip(tr("Focus mode leaves the caret's paragraph undimmed"));
    m_sentence->setObjectName(u"focusSentence"_s);
    m_sentence->setToolTip(tr("Focus mode leaves the caret's sentence undimmed"));
    auto *units = new QActionGroup(this);
    units->setExclusive(true);
    for (QAction *action : {m_paragraph, m_sentence}) {
        action->setCheckable(true);
        units->addAction(action);
    }
    auto *unitMenu = new QMenu(tr("Focus &On"), window);
    unitMenu->setObjectName(u"focusUnitMenu"_s);
    unitMenu->addActions({m_paragraph, m_sentence});

    QAction *fullScreen = window->findChild<QAction *>(u"fullScreen"_s);
    if (fullScreen && !fullScreen->shortcuts().contains(QKeySequence(Qt::Key_F11)))
        fullScreen->setShortcuts(fullScreen->shortcuts() << QKeySequence(Qt::Key_F11));
    if (QMenu *view = windowMenu(window, MainWindow::tr("&View"))) {
        if (fullScreen)
            view->insertActions(fullScreen, {m_typewriter, m_focus, unitMenu->menuAction()});
        else
            view->addActions({m_typewriter, m_focus, unitMenu->menuAction()});
    }

    QSettings settings;
    m_typewriter->setChecked(settings.value(typewriterKey, false).toBool());
    m_focus->setChecked(settings.value(focusKey, false).toBool());
    (storedUnit() == Unit::Sentence ? m_sentence : m_paragraph)->setChecked(true);
    connect(m_typewriter, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(typewriterKey, on);
        update();
    });
    connect(m_focus, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(focusKey, on);
        update();
    });
    connect(units, &QActionGroup::triggered, this, [this] {
        QSettings().setValue(unitSettingKey, unit() == Unit::Sentence ? sentenceValue : paragraphValue);
        update();
    });
    connect(window->editorArea(), &EditorArea::currentEditorChanged, this, &FocusController::bind);
}

QString FocusController::unitKey()
{
    return unitSettingKey;
}

FocusController::Unit FocusController::storedUnit()
{
    return QSettings().value(unitSettingKey).toString() == sentenceValue ? Unit::Sentence : Unit::Paragraph;
}

FocusController::Unit FocusController::unit() const
{
    return m_sentence->isChecked() ? Unit::Sentence : Unit::Paragraph;
}

void FocusController::setUnit(Unit unit)
{
    QSettings().setValue(unitSettingKey, unit == Unit::Sentence ? sentenceValue : paragraphValue);
    (unit == Unit::Sentence ? m_sentence : m_paragraph)->setChecked(true);
    update();
}

FocusController::~FocusController()
{
    for (const QMetaObject::Connection &binding : std::as_const(m_bindings))
        disconnect(binding);
}

std::pair<int, int> FocusController::paragraphAround(const MarkdownEditor *editor, int line)
{
    const QTextBlock at = editor->document()->findBlockByNumber(line);
    if (!at.isValid() || isBlank(at))
        return {line, line};
    QTextBlock first = at;
    while (first.previous().isValid() && !isBlank(first.previous()))
        first = first.previous();
    QTextBlock last = at;
    while (last.next().isValid() && !isBlank(last.next()))
        last = last.next();
    return {first.blockNumber(), last.blockNumber()};
}

void FocusController::bind(MarkdownEditor *editor)
{
    for (const QMetaObject::Connection &binding : std::as_const(m_bindings))
        disconnect(binding);
    m_bindings.clear();
    if (m_editor && m_editor != editor) {
        m_editor->setSelectionGroup(groupKey, {});
        m_editor->setCenterOnScroll(false);
    }
    m_editor = editor;
    if (!editor)
        return;
    m_bindings.append(connect(editor, &QPlainTextEdit::cursorPositionChanged, this, &FocusController::update));
    m_bindings.append(connect(editor, &QPlainTextEdit::textChanged, this, &FocusController::update));
    update();
}

std::pair<int, int> FocusController::focusRange() const
{
    const MarkdownEditor *editor = m_editor;
    if (!editor)
        return {0, 0};
    const QTextCursor caret = editor->textCursor();
    const auto [first, last] = paragraphAround(editor, caret.blockNumber());
    const QTextDocument *document = editor->document();
    const int start = document->findBlockByNumber(first).position();
    const QTextBlock lastBlock = document->findBlockByNumber(last);
    const int end = lastBlock.position() + lastBlock.length() - 1;
    if (unit() == Unit::Paragraph)
        return {start, end};
    // Only the paragraph's text is split: the cost stays with the paragraph, not the post.
    QString paragraph;
    for (QTextBlock block = document->findBlockByNumber(first); block.isValid() && block.blockNumber() <= last;
         block = block.next()) {
        if (block.blockNumber() > first)
            paragraph += u'\n';
        paragraph += block.text();
    }
    const SentenceRange sentence = SentenceSplitter::sentenceAt(paragraph, caret.position() - start);
    return {start + int(sentence.start), start + int(sentence.end)};
}

void FocusController::update()
{
    MarkdownEditor *editor = m_editor;
    if (!editor)
        return;
    editor->setCenterOnScroll(m_typewriter->isChecked());
    if (m_typewriter->isChecked())
        editor->centerCursor();
    if (!m_focus->isChecked()) {
        editor->setSelectionGroup(groupKey, {});
        return;
    }
    const auto [start, end] = focusRange();
    QTextDocument *document = editor->document();
    const QColor text = editor->palette().color(QPalette::Text);
    const QColor base = editor->palette().color(QPalette::Base);
    QTextCharFormat dim;
    dim.setForeground(QColor::fromRgbF(float(text.redF() * 0.35 + base.redF() * 0.65),
                                       float(text.greenF() * 0.35 + base.greenF() * 0.65),
                                       float(text.blueF() * 0.35 + base.blueF() * 0.65)));
    QList<QTextEdit::ExtraSelection> selections;
    if (start > 0) {
        QTextCursor before(document);
        before.setPosition(start, QTextCursor::KeepAnchor);
        selections.append({before, dim});
    }
    if (end < document->characterCount() - 1) {
        QTextCursor after(document);
        after.setPosition(end);
        after.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
        selections.append({after, dim});
    }
    editor->setSelectionGroup(groupKey, selections);
}

} // namespace coinage::gui
