#include "EditorArea.h"

#include "Document.h"
#include "EditorPane.h"
#include "LazyHighlighter.h"
#include "MarkdownEditor.h"
#include "ThemeController.h"

#include <QApplication>
#include <QFileInfo>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace coinage::gui {
namespace {

const QString childrenKey = QStringLiteral("children");
const QString orientationKey = QStringLiteral("orientation");
const QString sizesKey = QStringLiteral("sizes");
constexpr int maximumDepth = 8;

QSplitter *newSplitter(Qt::Orientation orientation)
{
    auto *splitter = new QSplitter(orientation);
    splitter->setChildrenCollapsible(false);
    splitter->setHandleWidth(4);
    return splitter;
}

} // namespace

EditorArea::EditorArea(ThemeController *themes, QWidget *parent)
    : QWidget(parent)
    , m_themes(themes)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    EditorPane *pane = createPane();
    m_layout->addWidget(pane);
    m_root = pane;
    m_currentPane = pane;
    connect(qApp, &QApplication::focusChanged, this, &EditorArea::onFocusChanged);
    connect(m_themes, &ThemeController::themeChanged, this, &EditorArea::applyTheme);
}

EditorArea::~EditorArea()
{
    // Editors go before their documents (they unregister from the document's highlighter).
    const QList<MarkdownEditor *> all = editors();
    qDeleteAll(all);
}

EditorPane *EditorArea::paneOf(const QWidget *widget)
{
    for (QWidget *w = widget ? widget->parentWidget() : nullptr; w; w = w->parentWidget()) {
        if (auto *pane = qobject_cast<EditorPane *>(w))
            return pane;
    }
    return nullptr;
}

EditorPane *EditorArea::currentPane() const
{
    if (m_currentPane)
        return m_currentPane;
    const QList<EditorPane *> all = panes();
    return all.isEmpty() ? nullptr : all.first();
}

QList<EditorPane *> EditorArea::panes() const
{
    QList<EditorPane *> list;
    std::function<void(QWidget *)> visit = [&](QWidget *widget) {
        if (auto *pane = qobject_cast<EditorPane *>(widget)) {
            list.append(pane);
        } else if (auto *splitter = qobject_cast<QSplitter *>(widget)) {
            for (int i = 0; i < splitter->count(); ++i)
                visit(splitter->widget(i));
        }
    };
    visit(m_root);
    return list;
}

QList<MarkdownEditor *> EditorArea::editors() const
{
    QList<MarkdownEditor *> list;
    for (const EditorPane *pane : panes())
        list += pane->editors();
    return list;
}

QList<MarkdownEditor *> EditorArea::editorsFor(const Document *document) const
{
    QList<MarkdownEditor *> list;
    for (MarkdownEditor *editor : editors()) {
        if (editor->postDocument() == document)
            list.append(editor);
    }
    return list;
}

QList<Document *> EditorArea::documents() const
{
    QList<Document *> list;
    for (const MarkdownEditor *editor : editors()) {
        if (!list.contains(editor->postDocument()))
            list.append(editor->postDocument());
    }
    return list;
}

Document *EditorArea::findDocument(const QString &filePath) const
{
    const QFileInfo wanted(filePath);
    const QString canonical = wanted.canonicalFilePath();
    for (Document *document : documents()) {
        if (document->isUntitled())
            continue;
        const QFileInfo info(document->filePath());
        if (info.absoluteFilePath() == wanted.absoluteFilePath() ||
            (!canonical.isEmpty() && info.canonicalFilePath() == canonical))
            return document;
    }
    return nullptr;
}

QList<Document *> EditorArea::documentsOnlyIn(const QList<MarkdownEditor *> &closing) const
{
    QList<Document *> list;
    for (const MarkdownEditor *editor : closing) {
        Document *document = editor->postDocument();
        if (list.contains(document))
            continue;
        const QList<MarkdownEditor *> views = editorsFor(document);
        const bool allClosing =
            std::all_of(views.begin(), views.end(), [&](MarkdownEditor *view) { return closing.contains(view); });
        if (allClosing)
            list.append(document);
    }
    return list;
}

MarkdownEditor *EditorArea::showDocument(Document *document)
{
    adopt(document);
    EditorPane *pane = currentPane();
    MarkdownEditor *editor = pane->editorFor(document);
    if (!editor) {
        editor = createEditor(document);
        pane->addEditor(editor);
    }
    pane->setCurrentWidget(editor);
    setCurrentEditor(editor);
    editor->setFocus(Qt::OtherFocusReason);
    return editor;
}

MarkdownEditor *EditorArea::addDocumentBehind(Document *document)
{
    if (!m_current)
        return showDocument(document);
    adopt(document);
    MarkdownEditor *editor = createEditor(document);
    currentPane()->addEditor(editor, false);
    return editor;
}

MarkdownEditor *EditorArea::splitCurrent(Qt::Orientation orientation)
{
    MarkdownEditor *source = m_current;
    EditorPane *pane = currentPane();
    if (!source || !pane)
        return nullptr;
    EditorPane *fresh = createPane();
    auto *parent = qobject_cast<QSplitter *>(pane->parentWidget());
    if (parent && parent->orientation() == orientation) {
        const int index = parent->indexOf(pane);
        QList<int> sizes = parent->sizes();
        const int half = sizes.at(index) / 2;
        sizes[index] -= half;
        sizes.insert(index + 1, half);
        parent->insertWidget(index + 1, fresh);
        parent->setSizes(sizes);
        fresh->show();
    } else {
        QSplitter *splitter = newSplitter(orientation);
        if (parent) {
            const QList<int> sizes = parent->sizes();
            parent->replaceWidget(parent->indexOf(pane), splitter);
            parent->setSizes(sizes);
        } else {
            delete m_layout->replaceWidget(pane, splitter); // the old layout item is ours (LeakSanitizer found it)
            m_root = splitter;
        }
        splitter->addWidget(pane);
        splitter->addWidget(fresh);
        splitter->show(); // now, not when the layout gets to it: the new view takes the focus right away
        pane->show();
        const int extent = orientation == Qt::Horizontal ? splitter->width() : splitter->height();
        splitter->setSizes({qMax(1, extent / 2), qMax(1, extent / 2)});
    }
    MarkdownEditor *view = createEditor(source->postDocument());
    fresh->addEditor(view);
    // Start where the source view is; from here on the two carets move independently.
    view->setTextCursor(source->textCursor());
    view->verticalScrollBar()->setValue(source->verticalScrollBar()->value());
    setCurrentEditor(view);
    view->setFocus(Qt::OtherFocusReason);
    return view;
}

void EditorArea::setCurrentEditor(MarkdownEditor *editor)
{
    if (editor)
        m_currentPane = paneOf(editor);
    if (editor && editor == m_current)
        return;
    m_current = editor;
    Q_EMIT currentEditorChanged(editor);
}

void EditorArea::removeEditor(MarkdownEditor *editor)
{
    EditorPane *pane = paneOf(editor);
    Document *document = editor->postDocument();
    const bool wasCurrent = editor == m_current;
    if (pane)
        pane->removeTab(pane->indexOf(editor));
    delete editor; // before its document
    if (editorsFor(document).isEmpty())
        delete document;
    if (pane && pane->count() == 0 && panes().size() > 1) {
        removePane(pane);
        return;
    }
    if (wasCurrent) {
        EditorPane *next = pane && pane->count() > 0 ? pane : currentPane();
        setCurrentEditor(next ? next->currentEditor() : nullptr);
        if (m_current)
            m_current->setFocus(Qt::OtherFocusReason);
    }
}

void EditorArea::removePane(EditorPane *pane)
{
    const bool only = panes().size() <= 1;
    for (MarkdownEditor *editor : pane->editors()) {
        if (only) {
            removeEditor(editor);
        } else {
            // Without recursion back into removePane when the pane empties.
            Document *document = editor->postDocument();
            pane->removeTab(pane->indexOf(editor));
            delete editor;
            if (editorsFor(document).isEmpty())
                delete document;
        }
    }
    if (only)
        return;
    auto *splitter = qobject_cast<QSplitter *>(pane->parentWidget());
    pane->hide();
    pane->setParent(nullptr);
    pane->deleteLater();
    if (splitter)
        collapse(splitter);
    if (m_currentPane == pane || !m_currentPane)
        m_currentPane = panes().value(0);
    if (!m_current) {
        setCurrentEditor(m_currentPane ? m_currentPane->currentEditor() : nullptr);
        if (m_current)
            m_current->setFocus(Qt::OtherFocusReason);
    }
}

void EditorArea::collapse(QSplitter *splitter)
{
    if (splitter->count() != 1)
        return;
    QWidget *child = splitter->widget(0);
    if (auto *parent = qobject_cast<QSplitter *>(splitter->parentWidget())) {
        const QList<int> sizes = parent->sizes();
        parent->replaceWidget(parent->indexOf(splitter), child);
        parent->setSizes(sizes);
        child->show();
        splitter->deleteLater();
        collapse(parent);
        return;
    }
    if (splitter == m_root) {
        child->setParent(nullptr);
        replaceRoot(child);
    }
}

void EditorArea::replaceRoot(QWidget *root)
{
    QWidget *old = m_root;
    m_layout->removeWidget(old);
    m_layout->addWidget(root);
    m_root = root;
    root->show();
    if (old != root && !old->isAncestorOf(root)) {
        old->hide();
        old->setParent(nullptr);
        old->deleteLater();
    }
}

QVariantMap EditorArea::saveLayout() const
{
    std::function<QVariantMap(QWidget *)> save = [&](QWidget *widget) {
        QVariantMap node;
        if (auto *splitter = qobject_cast<QSplitter *>(widget)) {
            node.insert(orientationKey, int(splitter->orientation()));
            QVariantList sizes;
            QVariantList children;
            for (int i = 0; i < splitter->count(); ++i) {
                sizes.append(splitter->sizes().value(i));
                children.append(save(splitter->widget(i)));
            }
            node.insert(sizesKey, sizes);
            node.insert(childrenKey, children);
        }
        return node;
    };
    return save(m_root);
}

void EditorArea::restoreLayout(const QVariantMap &layout)
{
    const QList<EditorPane *> existing = panes();
    if (existing.size() != 1 || !layout.contains(childrenKey))
        return;
    EditorPane *reuse = existing.first();
    Document *document = m_current ? m_current->postDocument() : nullptr;
    m_layout->removeWidget(reuse);
    QWidget *root = buildLayout(layout, reuse, document, 0);
    m_layout->addWidget(root);
    m_root = root;
    root->show();
}

QWidget *EditorArea::buildLayout(const QVariantMap &node, EditorPane *&reuse, Document *document, int depth)
{
    const QVariantList children = node.value(childrenKey).toList();
    if (children.size() < 2 || depth >= maximumDepth) {
        if (reuse) {
            EditorPane *pane = reuse;
            reuse = nullptr;
            return pane;
        }
        EditorPane *pane = createPane();
        if (document)
            pane->addEditor(createEditor(document));
        return pane;
    }
    const auto orientation = Qt::Orientation(node.value(orientationKey).toInt());
    QSplitter *splitter = newSplitter(orientation == Qt::Vertical ? Qt::Vertical : Qt::Horizontal);
    QList<int> sizes;
    for (const QVariant &child : children) {
        splitter->addWidget(buildLayout(child.toMap(), reuse, document, depth + 1));
        sizes.append(qMax(1, node.value(sizesKey).toList().value(sizes.size()).toInt()));
    }
    splitter->setSizes(sizes);
    return splitter;
}

EditorPane *EditorArea::createPane()
{
    auto *pane = new EditorPane;
    connect(pane, &EditorPane::editorCloseRequested, this, &EditorArea::editorCloseRequested);
    connect(pane, &QTabWidget::currentChanged, this, [this, pane] {
        if (pane == m_currentPane && pane->currentEditor())
            setCurrentEditor(pane->currentEditor());
    });
    return pane;
}

MarkdownEditor *EditorArea::createEditor(Document *document)
{
    auto *editor = new MarkdownEditor(document);
    editor->setTheme(m_themes->theme());
    return editor;
}

void EditorArea::adopt(Document *document)
{
    if (document->parent() == this)
        return;
    document->setParent(this);
    document->highlighter()->setDefinitions(m_themes->markdown(), m_themes->yaml());
    document->highlighter()->setTheme(m_themes->theme());
    Q_EMIT documentAdded(document);
}

void EditorArea::applyTheme()
{
    for (Document *document : documents())
        document->highlighter()->setTheme(m_themes->theme());
    for (MarkdownEditor *editor : editors())
        editor->setTheme(m_themes->theme());
}

void EditorArea::onFocusChanged(QWidget *, QWidget *now)
{
    for (QWidget *widget = now; widget; widget = widget->parentWidget()) {
        if (auto *editor = qobject_cast<MarkdownEditor *>(widget)) {
            if (isAncestorOf(editor))
                setCurrentEditor(editor);
            return;
        }
    }
}

} // namespace coinage::gui
