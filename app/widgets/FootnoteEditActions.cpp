#include "FootnoteEditActions.h"

#include "Document.h"
#include "FileCommands.h"
#include "FootnoteController.h"
#include "FootnoteIndexer.h"
#include "FootnotePanel.h"
#include "FootnoteSettings.h"
#include "MainWindow.h"
#include "MarkdownEditor.h"
#include "Prompts.h"
#include "footnotes/FootnoteEdits.h"
#include "footnotes/FootnoteIndex.h"
#include "footnotes/FootnoteLanguage.h"
#include "footnotes/FootnoteReorder.h"
#include "markdown/MarkdownScanner.h"

#include <QAction>
#include <QListWidget>
#include <QMenu>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace coinage::gui {
namespace {
constexpr int editMessageMs = 5000;

// The heading a post most likely keeps its notes under, else the last one.
int likelyNotesHeading(const QList<ScanHeading> &headings)
{
    static const QStringList names{u"notes"_s, u"footnotes"_s, u"references"_s, u"sources"_s,  u"注释"_s,
                                   u"注"_s,    u"脚注"_s,      u"参考"_s,       u"参考文献"_s, u"尾注"_s};
    for (qsizetype i = headings.size() - 1; i >= 0; --i) {
        if (names.contains(headings[i].text.trimmed().toLower()))
            return int(i);
    }
    return int(headings.size()) - 1;
}
} // namespace

FootnoteEditActions::FootnoteEditActions(FootnoteController *controller, MainWindow *window)
    : QObject(controller)
    , m_controller(controller)
    , m_window(window)
{
    createActions();
}

void FootnoteEditActions::createActions()
{
    auto make = [this](const QString &text, const QString &name, const QString &tip) {
        auto *action = new QAction(text, m_window);
        action->setObjectName(name);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        action->setEnabled(false);
        return action;
    };
    auto &a = m_actions;
    a.fromSelection = make(tr("Turn &Selection into Footnote"), u"footnoteFromSelection"_s,
                           tr("The selected text becomes a new footnote's text; its marker takes the selection's "
                              "place"));
    a.rename = make(tr("Rename F&ootnote…"), u"renameFootnote"_s,
                    tr("Give the selected footnote another label, in every marker and its definition"));
    a.gatherEnd = make(tr("&Gather Definitions at End"), u"gatherFootnotesAtEnd"_s,
                       tr("Move every footnote definition, in reference order, to the end of the post"));
    a.gatherHeading = make(tr("Gather Definitions under &Heading…"), u"gatherFootnotesUnderHeading"_s,
                           tr("Move every footnote definition, in reference order, to the end of a heading's "
                              "section"));
    a.toReferences = make(tr("Inline Notes &to References"), u"inlineNotesToReferences"_s,
                          tr("Turn every ^[inline note] into a [^n] marker and a definition Jekyll shows"));
    a.toInline = make(tr("Footnote to In&line Note"), u"footnoteToInline"_s,
                      tr("Turn the selected footnote into a ^[inline note] at its marker"));
    a.allToInline = make(tr("&All Footnotes to Inline Notes"), u"allFootnotesToInline"_s,
                         tr("Turn every footnote with a one-paragraph definition into a ^[inline note]"));
    connect(a.fromSelection, &QAction::triggered, this, &FootnoteEditActions::fromSelection);
    connect(a.rename, &QAction::triggered, this, [this] { rename(); });
    connect(a.gatherEnd, &QAction::triggered, this, &FootnoteEditActions::gatherAtEnd);
    connect(a.gatherHeading, &QAction::triggered, this, &FootnoteEditActions::gatherUnderHeading);
    connect(a.toReferences, &QAction::triggered, this, &FootnoteEditActions::inlineToReferences);
    connect(a.toInline, &QAction::triggered, this, [this] { toInline(); });
    connect(a.allToInline, &QAction::triggered, this, &FootnoteEditActions::allToInline);

    QMenu *menu = m_controller->menu();
    const QList<QAction *> existing = menu->actions();
    // After Insert Footnote (and its separator); the rest after the whole-post actions.
    menu->insertAction(existing.value(1), a.fromSelection);
    QAction *remove = m_window->findChild<QAction *>(u"removeFootnote"_s);
    menu->insertAction(remove, a.rename);
    menu->addSeparator();
    menu->addActions({a.gatherEnd, a.gatherHeading});
    menu->addSeparator();
    menu->addActions({a.toReferences, a.toInline, a.allToInline});

    // The panel's cards: right-click acts on the card under the mouse (a right press selects it).
    QListWidget *cards = m_controller->panel()->list();
    cards->setContextMenuPolicy(Qt::ActionsContextMenu);
    if (QAction *edit = m_window->findChild<QAction *>(u"editFootnoteText"_s))
        cards->addAction(edit);
    cards->addActions({a.rename, a.toInline});
    if (remove)
        cards->addAction(remove);
}

void FootnoteEditActions::setEditor(MarkdownEditor *editor)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_editorConnections))
        disconnect(connection);
    m_editorConnections.clear();
    m_editor = editor;
    for (QAction *action : {m_actions.rename, m_actions.gatherEnd, m_actions.gatherHeading, m_actions.toReferences,
                            m_actions.toInline, m_actions.allToInline})
        action->setEnabled(editor != nullptr);
    if (editor) {
        m_editorConnections.append(
            connect(editor, &QPlainTextEdit::selectionChanged, this, &FootnoteEditActions::updateSelectionAction));
        m_editorConnections.append(connect(editor, &MarkdownEditor::contextMenuAboutToShow, this,
                                           &FootnoteEditActions::addEditorContextActions));
    }
    updateSelectionAction();
}

void FootnoteEditActions::updateSelectionAction()
{
    m_actions.fromSelection->setEnabled(m_editor && m_editor->textCursor().hasSelection());
}

void FootnoteEditActions::addEditorContextActions(QMenu *menu, int position)
{
    if (!m_editor)
        return;
    const bool selection = m_editor->textCursor().hasSelection();
    const FootnoteIndex &index = m_controller->indexer()->currentIndex();
    const int at = index.footnoteAt(position);
    if (!selection && at < 0)
        return;
    menu->addSeparator();
    if (selection)
        menu->addAction(m_actions.fromSelection);
    if (at >= 0) {
        // The footnote under the mouse, which need not be the caret's.
        const QString label = index.footnotes().at(at).label;
        QAction *renameThis =
            menu->addAction(tr("Rename Footnote [^%1]…").arg(label), this, [this, label] { rename(label); });
        renameThis->setObjectName(u"renameFootnoteHere"_s);
        QAction *inlineThis = menu->addAction(tr("Make Footnote [^%1] an Inline Note").arg(label), this,
                                              [this, label] { toInline(label); });
        inlineThis->setObjectName(u"footnoteToInlineHere"_s);
    }
}

QString FootnoteEditActions::targetLabel(const QString &label) const
{
    return label.isEmpty() ? m_controller->panel()->selectedLabel() : label;
}

void FootnoteEditActions::report(const QString &message)
{
    m_window->statusBar()->showMessage(message, editMessageMs);
}

void FootnoteEditActions::fromSelection()
{
    if (!m_editor)
        return;
    const QTextCursor cursor = m_editor->textCursor();
    if (!cursor.hasSelection()) {
        report(tr("Select the text that should become the footnote."));
        return;
    }
    const QString text = m_editor->postDocument()->text();
    // Preferences > Footnotes: the marker before or after closing punctuation, for the language there.
    const MarkerPlacement placement =
        FootnoteSettings::style().placementFor(footnoteLanguageAt(text, cursor.selectionStart()));
    const FootnoteEditResult result =
        FootnoteEdits::fromSelection(text, cursor.selectionStart(), cursor.selectionEnd(), placement);
    if (!m_controller->apply(result))
        return;
    QTextCursor after = m_editor->textCursor();
    after.setPosition(int(result.markerOffset + result.label.size() + 3));
    m_editor->setTextCursor(after);
    report(tr("The selection is now footnote [^%1].").arg(result.label));
}

void FootnoteEditActions::rename(const QString &label)
{
    if (!m_editor)
        return;
    const QString from = targetLabel(label);
    if (from.isEmpty()) {
        report(tr("Select a footnote to rename."));
        return;
    }
    Prompts *prompts = m_window->fileCommands()->prompts();
    const QString to = prompts->askText(m_window, tr("Rename Footnote"),
                                        tr("New label for [^%1] (ASCII letters, digits, _ and -):").arg(from), from);
    if (to.isNull() || to.trimmed() == from)
        return;
    const FootnoteEditResult result = FootnoteEdits::rename(m_editor->postDocument()->text(), from, to.trimmed());
    if (!result.ok()) {
        prompts->showError(m_window, tr("Rename Footnote"), tr("[^%1] cannot be renamed: %2.").arg(from, result.error));
        report(result.error);
        return;
    }
    if (m_controller->apply(result))
        report(tr("Footnote [^%1] renamed to [^%2].").arg(from, result.label));
}

void FootnoteEditActions::gatherAtEnd()
{
    if (!m_editor)
        return;
    const FootnoteEditResult result = FootnoteReorder::gatherAtEnd(m_editor->postDocument()->text());
    if (result.ok() && result.edits.isEmpty())
        report(tr("The footnote definitions are already gathered at the end."));
    else if (m_controller->apply(result))
        report(tr("Footnote definitions gathered at the end."));
}

void FootnoteEditActions::gatherUnderHeading()
{
    if (!m_editor)
        return;
    const QString text = m_editor->postDocument()->text();
    const QList<ScanHeading> headings = MarkdownScanner::scan(text).headings;
    if (headings.isEmpty()) {
        report(tr("The post has no heading to gather the footnote definitions under."));
        return;
    }
    QStringList items;
    for (const ScanHeading &heading : headings)
        items.append(QString(heading.level, u'#') + u' ' + heading.text);
    const int chosen = m_window->fileCommands()->prompts()->askItem(
        m_window, tr("Gather Footnote Definitions"), tr("Put the definitions at the end of the section:"), items,
        likelyNotesHeading(headings));
    if (chosen < 0 || chosen >= headings.size())
        return;
    const FootnoteEditResult result = FootnoteReorder::gatherUnderHeading(text, headings[chosen].line);
    if (result.ok() && result.edits.isEmpty())
        report(tr("The footnote definitions are already gathered under \"%1\".").arg(headings[chosen].text));
    else if (m_controller->apply(result))
        report(tr("Footnote definitions gathered under \"%1\".").arg(headings[chosen].text));
}

void FootnoteEditActions::inlineToReferences()
{
    if (!m_editor)
        return;
    const FootnoteEditResult result = FootnoteEdits::inlineToReferences(m_editor->postDocument()->text());
    if (result.ok() && result.edits.isEmpty())
        report(tr("The post has no ^[inline notes]."));
    else if (m_controller->apply(result))
        report(tr("%n inline note(s) turned into footnotes.", "", int(result.labels.size())));
}

void FootnoteEditActions::toInline(const QString &label)
{
    if (!m_editor)
        return;
    const QString target = targetLabel(label);
    if (target.isEmpty()) {
        report(tr("Select a footnote to make inline."));
        return;
    }
    if (m_controller->apply(FootnoteEdits::referencesToInline(m_editor->postDocument()->text(), target)))
        report(tr("Footnote [^%1] is now an inline note.").arg(target));
}

void FootnoteEditActions::allToInline()
{
    if (!m_editor)
        return;
    const FootnoteEditResult result = FootnoteEdits::referencesToInline(m_editor->postDocument()->text());
    if (result.ok() && result.edits.isEmpty())
        report(tr("No footnote can become an inline note (each needs a one-paragraph definition)."));
    else if (m_controller->apply(result))
        report(tr("%n footnote(s) turned into inline notes.", "", int(result.labels.size())));
}

} // namespace coinage::gui
