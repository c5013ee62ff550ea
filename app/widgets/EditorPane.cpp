#include "EditorPane.h"

#include "Document.h"
#include "MarkdownEditor.h"

#include <QDir>
#include <QTabBar>

namespace coinage::gui {

EditorPane::EditorPane(QWidget *parent)
    : QTabWidget(parent)
{
    setTabsClosable(true);
    setMovable(true);
    setDocumentMode(true);
    setUsesScrollButtons(true);
    setElideMode(Qt::ElideMiddle);
    setAccessibleName(tr("Editor pane"));
    connect(this, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (MarkdownEditor *editor = editorAt(index))
            Q_EMIT editorCloseRequested(editor);
    });
}

void EditorPane::addEditor(MarkdownEditor *editor, bool makeCurrent)
{
    addTab(editor, QString());
    Document *document = editor->postDocument();
    connect(document, &Document::modificationChanged, editor, [this, editor] { updateTab(editor); });
    connect(document, &Document::filePathChanged, editor, [this, editor] { updateTab(editor); });
    connect(document, &Document::missingOnDiskChanged, editor, [this, editor] { updateTab(editor); });
    updateTab(editor);
    if (makeCurrent)
        setCurrentWidget(editor);
}

MarkdownEditor *EditorPane::editorAt(int index) const
{
    return qobject_cast<MarkdownEditor *>(widget(index));
}

MarkdownEditor *EditorPane::currentEditor() const
{
    return qobject_cast<MarkdownEditor *>(currentWidget());
}

QList<MarkdownEditor *> EditorPane::editors() const
{
    QList<MarkdownEditor *> list;
    for (int i = 0; i < count(); ++i) {
        if (MarkdownEditor *editor = editorAt(i))
            list.append(editor);
    }
    return list;
}

MarkdownEditor *EditorPane::editorFor(const Document *document) const
{
    for (MarkdownEditor *editor : editors()) {
        if (editor->postDocument() == document)
            return editor;
    }
    return nullptr;
}

void EditorPane::updateTab(MarkdownEditor *editor)
{
    const int index = indexOf(editor);
    if (index < 0)
        return;
    const Document *document = editor->postDocument();
    QString title = document->displayName();
    title.replace(u'&', QStringLiteral("&&"));
    if (document->isModified())
        title += u'*';
    if (document->isMissingOnDisk())
        title = tr("%1 (deleted)").arg(title);
    setTabText(index, title);
    setTabToolTip(index, document->isUntitled() ? tr("%1 (not saved yet)").arg(document->displayName())
                                                : QDir::toNativeSeparators(document->filePath()));
}

} // namespace coinage::gui
