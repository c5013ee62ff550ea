#include "PreviewController.h"

#include "Document.h"
#include "EditorArea.h"
#include "MainWindow.h"
#include "MarkdownEditor.h"
#include "PreviewBrowser.h"
#include "PreviewScheduler.h"
#include "RemoteImageFetcher.h"
#include "RemoteImagesBar.h"
#include "ThemeController.h"
#include "WindowMenus.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTextBlock>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coinage::gui {
namespace {
const QString previewShownKey = u"preview/shown"_s;
const QString previewSizesKey = u"preview/sizes"_s;
const QString remoteKey = u"preview/remoteImages"_s;
} // namespace

PreviewController::PreviewController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_pane(new QWidget)
    , m_bar(new RemoteImagesBar)
    , m_browser(new PreviewBrowser)
    , m_fetcher(new RemoteImageFetcher(this))
    , m_scheduler(new PreviewScheduler(this))
    , m_toggle(new QAction(tr("&Preview"), this))
{
    setObjectName(u"PreviewController"_s);
    m_splitter->setObjectName(u"previewSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(window->takeCentralWidget());
    m_pane->setObjectName(u"previewPane"_s);
    auto *paneLayout = new QVBoxLayout(m_pane);
    paneLayout->setContentsMargins(0, 0, 0, 0);
    paneLayout->setSpacing(0);
    paneLayout->addWidget(m_bar);
    paneLayout->addWidget(m_browser, 1);
    m_bar->hide();
    m_browser->setRemoteImageFetcher(m_fetcher);
    m_scheduler->setDocumentBuilderFactory([this] { return m_browser->documentBuilder(); });
    m_splitter->addWidget(m_pane);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    window->setCentralWidget(m_splitter);

    m_toggle->setObjectName(u"preview"_s);
    m_toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_toggle->setCheckable(true);
    m_toggle->setToolTip(tr("Show the rendered post beside the editor"));
    window->addAction(m_toggle);
    if (QMenu *view = windowMenu(window, MainWindow::tr("&View"))) {
        const QList<QAction *> actions = view->actions();
        view->insertAction(actions.isEmpty() ? nullptr : actions.first(), m_toggle);
        view->insertSeparator(actions.isEmpty() ? nullptr : actions.first());
    }

    connect(m_toggle, &QAction::toggled, this, &PreviewController::setShown);
    connect(m_scheduler, &PreviewScheduler::previewReady, this, &PreviewController::onPreviewReady);
    connect(m_browser, &PreviewBrowser::scrolledByUser, this, &PreviewController::syncToEditor);
    connect(m_browser, &PreviewBrowser::remoteImagesFound, this, &PreviewController::updateRemoteImages);
    connect(m_bar, &RemoteImagesBar::loadRequested, this, &PreviewController::allowRemoteImagesForThisPost);
    connect(m_bar, &RemoteImagesBar::alwaysRequested, this, [this] {
        QSettings().setValue(remoteKey, true);
        updateRemoteImages();
    });
    connect(window->editorArea(), &EditorArea::currentEditorChanged, this, [this](MarkdownEditor *editor) {
        if (m_toggle->isChecked())
            bind(editor);
    });
    connect(window->themes(), &ThemeController::themeChanged, this, &PreviewController::applyTheme);
    applyTheme();

    QSettings settings;
    const QList<QVariant> sizes = settings.value(previewSizesKey).toList();
    if (sizes.size() == 2)
        m_splitter->setSizes({sizes.at(0).toInt(), sizes.at(1).toInt()});
    m_pane->hide();
    m_toggle->setChecked(settings.value(previewShownKey, false).toBool());
}

QString PreviewController::remoteImagesKey()
{
    return remoteKey;
}

void PreviewController::reloadSettings()
{
    updateRemoteImages();
}

void PreviewController::allowRemoteImagesForThisPost()
{
    if (m_editor)
        m_remoteAllowedFor.append(m_editor->postDocument());
    updateRemoteImages();
}

void PreviewController::updateRemoteImages()
{
    m_remoteAllowedFor.removeAll(nullptr);
    const bool allowed = QSettings().value(remoteKey, false).toBool() ||
                         (m_editor && m_remoteAllowedFor.contains(m_editor->postDocument()));
    m_browser->setRemoteImagesAllowed(allowed);
    const int count = int(m_browser->remoteImages().size());
    m_bar->setCount(count);
    m_bar->setVisible(!allowed && count > 0);
}

PreviewController::~PreviewController()
{
    unbind();
}

void PreviewController::setShown(bool shown)
{
    QSettings settings;
    settings.setValue(previewShownKey, shown);
    if (shown) {
        m_pane->show();
        const QList<int> sizes = m_splitter->sizes();
        if (sizes.size() == 2 && sizes.at(1) == 0) {
            const int half = qMax(1, (sizes.at(0) + sizes.at(1)) / 2);
            m_splitter->setSizes({half, half});
        }
        bind(m_window->editorArea()->currentEditor());
    } else {
        if (m_pane->isVisible())
            settings.setValue(previewSizesKey, QVariantList{m_splitter->sizes().at(0), m_splitter->sizes().at(1)});
        unbind();
        m_pane->hide();
    }
}

void PreviewController::unbind()
{
    for (const QMetaObject::Connection &binding : std::as_const(m_bindings))
        disconnect(binding);
    m_bindings.clear();
    m_editor = nullptr;
    m_scheduler->setDocument(nullptr);
}

void PreviewController::bind(MarkdownEditor *editor)
{
    if (editor == m_editor && editor)
        return;
    unbind();
    m_editor = editor;
    if (!editor) {
        m_browser->showPreview({});
        return;
    }
    Document *document = editor->postDocument();
    m_bindings.append(
        connect(editor->verticalScrollBar(), &QScrollBar::valueChanged, this, &PreviewController::syncFromEditor));
    m_bindings.append(connect(document, &Document::filePathChanged, this, &PreviewController::updateFolder));
    updateFolder();
    // The previous post leaves first: an allowance for this post must not fetch that one's images.
    m_browser->showPreview({});
    updateRemoteImages();
    m_scheduler->setDocument(document);
}

void PreviewController::updateFolder()
{
    const QString path = m_editor ? m_editor->postDocument()->filePath() : QString();
    m_browser->setPostFolder(path.isEmpty() ? QString() : QFileInfo(path).absolutePath());
}

void PreviewController::onPreviewReady(const PreviewHtml &preview, QTextDocument *document)
{
    m_browser->showPreview(preview, document);
    syncFromEditor();
}

void PreviewController::syncFromEditor()
{
    if (m_syncing || !m_editor || !m_browser->isVisible())
        return;
    m_syncing = true;
    m_browser->scrollToLine(m_editor->firstVisibleBlockNumber());
    m_syncing = false;
}

void PreviewController::syncToEditor(int line)
{
    if (m_syncing || !m_editor || line < 0)
        return;
    m_syncing = true;
    const QTextBlock block = m_editor->document()->findBlockByNumber(line);
    if (block.isValid())
        m_editor->verticalScrollBar()->setValue(block.firstLineNumber());
    m_syncing = false;
}

void PreviewController::applyTheme()
{
    using Theme = KSyntaxHighlighting::Theme;
    const Theme theme = m_window->themes()->theme();
    const QColor background = QColor::fromRgba(theme.editorColor(Theme::BackgroundColor));
    const QColor text = QColor::fromRgba(theme.textColor(Theme::Normal));
    m_browser->setColors(background, text, background.lightness() < 128);
}

} // namespace coinage::gui
