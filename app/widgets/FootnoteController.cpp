#include "FootnoteController.h"

#include "Document.h"
#include "EditorArea.h"
#include "FootnoteEditActions.h"
#include "FootnoteEditorAssist.h"
#include "FootnoteIndexer.h"
#include "FootnotePanel.h"
#include "FootnoteSettings.h"
#include "MainWindow.h"
#include "MarkdownEditor.h"
#include "footnotes/FootnoteEdits.h"
#include "footnotes/FootnoteLanguage.h"
#include "footnotes/FootnoteReorder.h"
#include "footnotes/SeedReferenceConverter.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <algorithm>

namespace coinage::gui {
namespace {
constexpr int footnoteMessageMs = 5000;
}

FootnoteController::FootnoteController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_panel(new FootnotePanel)
    , m_indexer(new FootnoteIndexer(this))
    , m_assist(new FootnoteEditorAssist(this))
{
    setObjectName(QStringLiteral("FootnoteController"));
    createActions();
    m_panel->setActions(m_actions.insert, m_actions.renumber, m_actions.convert, m_actions.remove, m_actions.previous,
                        m_actions.next);
    m_panel->setMergeAction(m_actions.merge);
    m_editActions = new FootnoteEditActions(this, window); // selection, rename, gather, inline/reference conversions
    window->addPanel(m_panel, tr("Footnotes"), QStringLiteral("FootnotesDock"), Qt::RightDockWidgetArea);

    connect(m_indexer, &FootnoteIndexer::indexReady, this, &FootnoteController::onIndexReady);
    connect(m_panel, &FootnotePanel::referenceRequested, this, &FootnoteController::goToReference);
    connect(m_panel, &FootnotePanel::definitionRequested, this, &FootnoteController::goToDefinition);
    connect(m_panel, &FootnotePanel::textEdited, this, &FootnoteController::setText);
    connect(m_panel, &FootnotePanel::moveRequested, this, &FootnoteController::moveFootnote);
    connect(m_panel, &FootnotePanel::dismissed, this, [this] {
        if (m_editor)
            m_editor->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_assist, &FootnoteEditorAssist::jumpRequested, this,
            [this](qsizetype offset) { moveCaret(offset, true); });
    connect(window->editorArea(), &EditorArea::currentEditorChanged, this, &FootnoteController::onCurrentEditorChanged);
    onCurrentEditorChanged(window->currentEditor());
}

FootnoteController::~FootnoteController() = default;

void FootnoteController::createActions()
{
    auto make = [this](const QString &text, const QString &iconText, const QString &name, const QString &tip) {
        auto *action = new QAction(text, m_window);
        action->setIconText(iconText);
        action->setObjectName(name);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        return action;
    };
    auto &a = m_actions;
    a.insert = make(tr("&Insert Footnote"), tr("Insert"), QStringLiteral("insertFootnote"),
                    tr("Insert a footnote at the caret and type its text (Ctrl+Alt+F)"));
    a.insert->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F));
    a.renumber = make(tr("&Renumber"), tr("Renumber"), QStringLiteral("renumberFootnotes"),
                      tr("Number the footnotes 1, 2, 3… in the order they are referenced"));
    a.convert = make(tr("&Convert References"), tr("Convert"), QStringLiteral("convertReferences"),
                     tr("Turn [1] markers and a References list into footnotes Jekyll shows"));
    a.remove = make(tr("Re&move Footnote"), tr("Remove"), QStringLiteral("removeFootnote"),
                    tr("Remove the selected footnote: its markers and its definition"));
    a.editText = make(tr("&Edit Footnote Text"), tr("Edit"), QStringLiteral("editFootnoteText"),
                      tr("Edit the selected footnote's text in its card"));
    a.previous = make(tr("&Previous Reference"), tr("Previous"), QStringLiteral("previousFootnoteReference"),
                      tr("Go to the previous footnote marker"));
    a.next = make(tr("&Next Reference"), tr("Next"), QStringLiteral("nextFootnoteReference"),
                  tr("Go to the next footnote marker"));

    a.merge = make(tr("&Merge Duplicates"), tr("Merge"), QStringLiteral("mergeFootnoteDuplicates"),
                   tr("Keep one definition per label: the texts of earlier duplicates join the last one"));
    a.merge->setVisible(false);
    a.merge->setEnabled(false);
    connect(a.merge, &QAction::triggered, this, &FootnoteController::mergeDuplicates);
    connect(a.insert, &QAction::triggered, this, &FootnoteController::insertFootnote);
    connect(a.renumber, &QAction::triggered, this, &FootnoteController::renumber);
    connect(a.convert, &QAction::triggered, this, &FootnoteController::convertReferences);
    connect(a.remove, &QAction::triggered, this, &FootnoteController::removeSelected);
    connect(a.editText, &QAction::triggered, this, [this] { m_panel->editText(m_panel->selectedLabel()); });
    connect(a.previous, &QAction::triggered, this, [this] { nextReference(-1); });
    connect(a.next, &QAction::triggered, this, [this] { nextReference(1); });

    m_menu = new QMenu(tr("F&ootnotes"), m_window);
    m_menu->setObjectName(QStringLiteral("footnotesMenu"));
    m_menu->addAction(a.insert);
    m_menu->addSeparator();
    m_menu->addActions({a.previous, a.next});
    m_menu->addSeparator();
    m_menu->addActions({a.editText, a.remove});
    m_menu->addSeparator();
    m_menu->addActions({a.renumber, a.convert, a.merge});
    const QList<QAction *> menus = m_window->menuBar()->actions();
    // Before Help, the last menu.
    m_window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), m_menu);
}

void FootnoteController::onCurrentEditorChanged(MarkdownEditor *editor)
{
    disconnect(m_caretConnection);
    m_editor = editor;
    m_assist->setEditor(editor, m_indexer);
    m_editActions->setEditor(editor);
    for (QAction *action : {m_actions.insert, m_actions.renumber, m_actions.convert, m_actions.remove,
                            m_actions.editText, m_actions.previous, m_actions.next})
        action->setEnabled(editor != nullptr);
    if (!editor) {
        m_actions.merge->setEnabled(false);
        m_actions.merge->setVisible(false);
    }
    m_indexer->setDocument(editor ? editor->postDocument() : nullptr);
    if (editor) {
        m_caretConnection =
            connect(editor, &QPlainTextEdit::cursorPositionChanged, this, &FootnoteController::updateCurrentCard);
        if (m_indexer->isCurrent())
            onIndexReady(m_indexer->index());
    }
}

void FootnoteController::onIndexReady(const FootnoteIndex &index)
{
    QList<FootnoteCard> cards;
    cards.reserve(index.footnotes().size());
    for (const Footnote &footnote : index.footnotes()) {
        FootnoteCard card;
        card.label = footnote.label;
        card.number = footnote.number;
        card.text = index.textOf(footnote.label);
        card.references = int(footnote.references.size());
        for (const FootnoteProblem &problem : index.problemsOf(footnote.label)) {
            const QString message = FootnoteIndex::message(problem);
            if (!card.problems.contains(message))
                card.problems.append(message);
        }
        cards.append(card);
    }
    m_panel->setCards(cards);
    const bool duplicates = std::any_of(index.problems().cbegin(), index.problems().cend(),
                                        [](const FootnoteProblem &p) { return p.code == u"footnote-duplicate"; });
    m_actions.merge->setVisible(duplicates);
    m_actions.merge->setEnabled(duplicates && m_editor);
    m_assist->setIndex(index);
    updateCurrentCard();
}

void FootnoteController::updateCurrentCard()
{
    if (!m_editor || !m_indexer->isCurrent()) {
        if (!m_editor)
            m_panel->setCurrentLabel({});
        return; // the next index brings it
    }
    const FootnoteIndex &index = m_indexer->index();
    const int at = index.footnoteAt(m_editor->textCursor().position());
    m_panel->setCurrentLabel(at >= 0 ? index.footnotes().at(at).label : QString());
}

void FootnoteController::moveCaret(qsizetype offset, bool focus)
{
    if (!m_editor || offset < 0)
        return;
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(int(qMin<qsizetype>(offset, m_editor->document()->characterCount() - 1)));
    m_editor->setTextCursor(cursor);
    m_editor->centerCursor();
    if (focus)
        m_editor->setFocus(Qt::OtherFocusReason);
}

bool FootnoteController::apply(const FootnoteEditResult &result)
{
    if (!m_editor)
        return false;
    if (!result.ok()) {
        m_window->statusBar()->showMessage(result.error, footnoteMessageMs);
        return false;
    }
    if (!m_editor->postDocument()->applyEdits(result.edits)) {
        m_window->statusBar()->showMessage(tr("The footnotes changed meanwhile; try again."), footnoteMessageMs);
        return false;
    }
    return true;
}

void FootnoteController::insertFootnote()
{
    if (!m_editor)
        return;
    const QString text = m_editor->postDocument()->text();
    const QTextCursor cursor = m_editor->textCursor();
    // Preferences > Footnotes: the marker before or after closing punctuation, for the language at the caret.
    const MarkerPlacement placement =
        FootnoteSettings::style().placementFor(footnoteLanguageAt(text, cursor.position()));
    const FootnoteEditResult result =
        cursor.hasSelection()
            ? FootnoteEdits::fromSelection(text, cursor.selectionStart(), cursor.selectionEnd(), placement)
            : FootnoteEdits::insert(text, cursor.position(), {}, placement);
    if (apply(result))
        moveCaret(result.definitionOffset, true);
}

void FootnoteController::mergeDuplicates()
{
    if (m_editor && apply(FootnoteEdits::mergeDuplicates(m_editor->postDocument()->text())))
        m_window->statusBar()->showMessage(tr("Duplicate footnote definitions merged."), footnoteMessageMs);
}

void FootnoteController::moveFootnote(int from, int to)
{
    if (m_editor && apply(FootnoteReorder::move(m_editor->postDocument()->text(), from, to)))
        m_window->statusBar()->showMessage(tr("Footnote %1 moved to place %2.").arg(from).arg(to), footnoteMessageMs);
}

void FootnoteController::renumber()
{
    if (m_editor && apply(FootnoteReorder::renumber(m_editor->postDocument()->text())))
        m_window->statusBar()->showMessage(tr("Footnotes renumbered."), footnoteMessageMs);
}

void FootnoteController::convertReferences()
{
    if (!m_editor)
        return;
    const FootnoteEditResult result = SeedReferenceConverter::convert(m_editor->postDocument()->text());
    if (apply(result))
        m_window->statusBar()->showMessage(tr("%n reference(s) turned into footnotes.", "", int(result.labels.size())),
                                           footnoteMessageMs);
}

void FootnoteController::removeSelected()
{
    const QString label = m_panel->selectedLabel();
    if (!m_editor)
        return;
    if (label.isEmpty()) {
        m_window->statusBar()->showMessage(tr("Select a footnote to remove."), footnoteMessageMs);
        return;
    }
    apply(FootnoteEdits::remove(m_editor->postDocument()->text(), label));
}

void FootnoteController::setText(const QString &label, const QString &text)
{
    if (m_editor)
        apply(FootnoteEdits::setText(m_editor->postDocument()->text(), label, text));
}

void FootnoteController::goToReference(const QString &label)
{
    const FootnoteIndex &index = m_indexer->currentIndex();
    const Footnote *footnote = index.find(label);
    if (!footnote)
        return;
    if (footnote->isReferenced())
        moveCaret(index.references().at(footnote->references.first()).range.start, false);
    else if (footnote->definition() >= 0)
        moveCaret(index.definitions().at(footnote->definition()).marker.start, false);
}

void FootnoteController::goToDefinition(const QString &label)
{
    const FootnoteIndex &index = m_indexer->currentIndex();
    const Footnote *footnote = index.find(label);
    if (footnote && footnote->definition() >= 0)
        moveCaret(index.definitions().at(footnote->definition()).content.start, true);
}

void FootnoteController::nextReference(int direction)
{
    if (!m_editor)
        return;
    const FootnoteIndex &index = m_indexer->currentIndex();
    const QList<FootnoteReference> &references = index.references();
    if (references.isEmpty())
        return;
    const qsizetype caret = m_editor->textCursor().position();
    const int on = index.referenceAt(caret);
    const qsizetype from = on >= 0 ? references.at(on).range.start : caret;
    qsizetype target = -1;
    if (direction > 0) {
        for (const FootnoteReference &reference : references) {
            if (reference.range.start > from) {
                target = reference.range.start;
                break;
            }
        }
        if (target < 0)
            target = references.first().range.start; // wrap around
    } else {
        for (auto it = references.crbegin(); it != references.crend(); ++it) {
            if (it->range.start < from) {
                target = it->range.start;
                break;
            }
        }
        if (target < 0)
            target = references.last().range.start;
    }
    moveCaret(target, true);
}

} // namespace coinage::gui
