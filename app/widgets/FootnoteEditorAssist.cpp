#include "FootnoteEditorAssist.h"

#include "Document.h"
#include "FootnoteIndexer.h"
#include "MarkdownEditor.h"
#include "footnotes/FootnoteIndex.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QTextEdit>
#include <QToolTip>

namespace coinage::gui {

const QString FootnoteEditorAssist::selectionGroup = QStringLiteral("footnotes");

void FootnoteEditorAssist::setEditor(MarkdownEditor *editor, FootnoteIndexer *indexer)
{
    if (m_editor && m_editor != editor) {
        m_editor->viewport()->removeEventFilter(this);
        m_editor->setSelectionGroup(selectionGroup, {});
    }
    m_editor = editor;
    m_indexer = indexer;
    if (editor)
        editor->viewport()->installEventFilter(this);
}

void FootnoteEditorAssist::setIndex(const FootnoteIndex &index)
{
    if (!m_editor)
        return;
    QList<QTextEdit::ExtraSelection> selections;
    const int length = m_editor->document()->characterCount() - 1;
    for (const FootnoteProblem &problem : index.problems()) {
        if (problem.range.end() > length)
            continue;
        QTextEdit::ExtraSelection selection;
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(problem.severity == Severity::Error ? QColor(0xd0, 0x21, 0x1c)
                                                                               : QColor(0xd9, 0x8c, 0x00));
        selection.format.setToolTip(FootnoteIndex::message(problem));
        selection.cursor = QTextCursor(m_editor->document());
        selection.cursor.setPosition(int(problem.range.start));
        selection.cursor.setPosition(int(qMax(problem.range.end(), problem.range.start + 1)), QTextCursor::KeepAnchor);
        selections.append(selection);
    }
    m_editor->setSelectionGroup(selectionGroup, selections);
}

QString FootnoteEditorAssist::toolTipAt(qsizetype offset) const
{
    if (!m_indexer || !m_indexer->isCurrent())
        return {};
    const FootnoteIndex &index = m_indexer->index();
    QStringList lines;
    for (const FootnoteProblem &problem : index.problems()) {
        if (problem.range.start > offset)
            break;
        if (offset < qMax(problem.range.end(), problem.range.start + 1))
            lines.append(FootnoteIndex::message(problem));
    }
    const int reference = index.referenceAt(offset);
    if (reference >= 0) {
        const QString label = index.references().at(reference).label;
        const QString text = index.textOf(label);
        if (!text.isEmpty()) {
            const int number = index.numberOf(label);
            const QString head = number > 0 ? tr("Footnote %1").arg(number) : tr("Footnote [^%1]").arg(label);
            lines.prepend(head + u'\n' + (text.size() > 500 ? QString(text.left(500) + u'…') : text));
        }
    }
    lines.removeDuplicates();
    return lines.join(QStringLiteral("\n\n"));
}

qsizetype FootnoteEditorAssist::jumpTargetAt(qsizetype offset) const
{
    if (!m_indexer)
        return -1;
    const FootnoteIndex &index = m_indexer->currentIndex();
    const int reference = index.referenceAt(offset);
    if (reference >= 0) {
        const Footnote *footnote = index.find(index.references().at(reference).label);
        if (footnote && footnote->definition() >= 0)
            return index.definitions().at(footnote->definition()).content.start;
        return -1;
    }
    const int definition = index.definitionAt(offset);
    if (definition >= 0 && index.definitions().at(definition).marker.touches(offset)) {
        const Footnote *footnote = index.find(index.definitions().at(definition).label);
        if (footnote && footnote->isReferenced())
            return index.references().at(footnote->references.first()).range.start;
    }
    return -1;
}

bool FootnoteEditorAssist::eventFilter(QObject *watched, QEvent *event)
{
    // Only tool tips and clicks are looked at. The viewport also gets events while the editor is being destroyed
    // (it is a child deleted by ~QWidget), when m_editor no longer points to a whole MarkdownEditor: touching it
    // then, even through the QPointer, is undefined behaviour (UBSan: "downcast ... not an object of type").
    if (event->type() != QEvent::ToolTip && event->type() != QEvent::MouseButtonPress)
        return QObject::eventFilter(watched, event);
    if (!m_editor || watched != m_editor->viewport())
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(m_editor->cursorForPosition(help->pos()).position());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, m_editor->viewport());
        return true;
    }
    if (event->type() == QEvent::MouseButtonPress) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton && mouse->modifiers() == Qt::ControlModifier) {
            const qsizetype target = jumpTargetAt(m_editor->cursorForPosition(mouse->position().toPoint()).position());
            if (target >= 0) {
                Q_EMIT jumpRequested(target);
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace coinage::gui
