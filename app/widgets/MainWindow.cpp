#include "MainWindow.h"

#include "AutosaveController.h"
#include "BilingualController.h"
#include "Document.h"
#include "EditorArea.h"
#include "EditorPane.h"
#include "ExportController.h"
#include "FileCommands.h"
#include "FileWatcher.h"
#include "FindController.h"
#include "FocusController.h"
#include "FootnoteController.h"
#include "FrontMatterPanel.h"
#include "HelpController.h"
#include "MarkdownEditor.h"
#include "ModelController.h"
#include "OutlinePanel.h"
#include "PreferencesController.h"
#include "PreviewController.h"
#include "Prompts.h"
#include "RecentFiles.h"
#include "RecoveryController.h"
#include "ScanScheduler.h"
#include "SiteController.h"
#include "SpellController.h"
#include "StatisticsController.h"
#include "StatusIndicators.h"
#include "ThemeController.h"
#include "VoiceEditorController.h"
#include "VoicesPanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTextBlock>
#include <QTreeWidget>
#include <algorithm>

namespace coinage::gui {
namespace {

const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString layoutKey = QStringLiteral("window/editorLayout");
constexpr int stateVersion = 1;

QAction *makeAction(QObject *parent, const QString &text, const QList<QKeySequence> &keys, const QString &name)
{
    auto *action = new QAction(text, parent);
    action->setShortcuts(keys);
    action->setObjectName(name);
    return action;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_prompts(std::make_unique<DialogPrompts>())
    , m_themes(new ThemeController(this))
    , m_area(new EditorArea(m_themes, this))
    , m_recent(new RecentFiles(this))
    , m_files(new FileCommands(m_area, m_recent, this))
    , m_outline(new OutlinePanel)
    , m_status(new StatusIndicators(statusBar()))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Coinage"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    setCentralWidget(m_area);
    m_files->setPrompts(m_prompts.get());

    createActions();
    createMenus();
    setTabPosition(Qt::AllDockWidgetAreas, QTabWidget::North);
    addPanel(m_outline, tr("Outline"), QStringLiteral("OutlineDock"), Qt::LeftDockWidgetArea);
    addPanel(new VoicesPanel(m_area), tr("Voices"), QStringLiteral("VoicesDock"), Qt::RightDockWidgetArea);
    new VoiceEditorController(this); // New/Edit/Delete Voice on the Voices panel
    new ModelController(this);       // Voices > Language Model…, the model backend of the Voices panel
    new FootnoteController(this);
    auto *frontMatter = new FrontMatterPanel;
    addPanel(frontMatter, tr("Front Matter"), QStringLiteral("FrontMatterDock"), Qt::RightDockWidgetArea);
    connect(m_area, &EditorArea::currentEditorChanged, frontMatter, [frontMatter](MarkdownEditor *editor) {
        frontMatter->setDocument(editor ? editor->postDocument() : nullptr);
    });
    new RecoveryController(m_area, m_files, this); // unsaved text journaled, offered back after a crash
    new FileWatcher(m_area, m_files, this);        // changes to open posts on disk
    new PreviewController(this);
    new FindController(this);
    new StatisticsController(this);
    new FocusController(this);
    new BilingualController(this);
    new SpellController(this); // Tools > Check Spelling, a SpellChecker per editor

    new SiteController(this);
    new AutosaveController(m_area, m_files, statusBar(), this); // Preferences > Editor turns it on
    new ExportController(this);                                 // after the Site panel it shows exported posts in
    connect(m_area, &EditorArea::currentEditorChanged, this, &MainWindow::onCurrentEditorChanged);
    connect(m_area, &EditorArea::editorCloseRequested, m_files, &FileCommands::closeEditor);
    connect(m_recent, &RecentFiles::openRequested, this, &MainWindow::openFile);
    connect(m_outline, &OutlinePanel::headingActivated, this, [this](int line) {
        if (MarkdownEditor *editor = currentEditor())
            editor->goToLine(line);
    });
    connect(m_outline, &OutlinePanel::dismissed, this, [this] {
        if (MarkdownEditor *editor = currentEditor())
            editor->setFocus(Qt::ShortcutFocusReason);
    });

    restoreSettings();
    onCurrentEditorChanged(nullptr);
}

MainWindow::~MainWindow()
{
    for (const QMetaObject::Connection &binding : std::as_const(m_bindings))
        disconnect(binding);
    // The area (and its documents) before the prompts and panels the window's members point to.
    delete m_area;
}

MarkdownEditor *MainWindow::currentEditor() const
{
    return m_area->currentEditor();
}

bool MainWindow::openFile(const QString &path)
{
    return m_files->open(path) != nullptr;
}

void MainWindow::openSample()
{
    QFile sample(QStringLiteral(":/sample/sample-post.md"));
    QString text;
    if (sample.open(QIODevice::ReadOnly))
        text = QString::fromUtf8(sample.readAll()).remove(u'\r');
    m_files->openUntitled(tr("sample-post.md"), text);
}

void MainWindow::restoreEditorLayout()
{
    m_area->restoreLayout(QSettings().value(layoutKey).toMap());
}

void MainWindow::setPrompts(std::unique_ptr<Prompts> prompts)
{
    m_prompts = std::move(prompts);
    m_files->setPrompts(m_prompts.get());
}

QDockWidget *MainWindow::addPanel(QWidget *panel, const QString &title, const QString &objectName,
                                  Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                      QDockWidget::DockWidgetFloatable);
    dock->setWidget(panel);
    if (panel->accessibleName().isEmpty())
        panel->setAccessibleName(title);
    const Qt::DockWidgetArea side = area == Qt::RightDockWidgetArea ? Qt::RightDockWidgetArea : Qt::LeftDockWidgetArea;
    // Panels on one side share it as tabs (the first one stays in front): stacked, each would be too short to use.
    const QList<QDockWidget *> docks = findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly);
    const auto first = std::find_if(docks.cbegin(), docks.cend(), [this, dock, side](QDockWidget *d) {
        return d != dock && dockWidgetArea(d) == side;
    });
    addDockWidget(side, dock);
    if (first != docks.cend()) {
        tabifyDockWidget(*first, dock);
        (*first)->raise();
    }
    if (m_panelsMenu)
        m_panelsMenu->addAction(dock->toggleViewAction());
    return dock;
}

void MainWindow::showPanel(QWidget *panel)
{
    const QList<QDockWidget *> docks = findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly);
    for (QDockWidget *dock : docks) {
        if (dock->widget() == panel) {
            dock->show();
            dock->raise();
            return;
        }
    }
}

void MainWindow::createActions()
{
    Actions &a = m_actions;
    a.newPost = makeAction(this, tr("&New"), QKeySequence::keyBindings(QKeySequence::New), QStringLiteral("new"));
    a.open = makeAction(this, tr("&Open…"), QKeySequence::keyBindings(QKeySequence::Open), QStringLiteral("open"));
    a.save = makeAction(this, tr("&Save"), QKeySequence::keyBindings(QKeySequence::Save), QStringLiteral("save"));
    a.saveAs =
        makeAction(this, tr("Save &As…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}, QStringLiteral("saveAs"));
    a.saveAll =
        makeAction(this, tr("Save A&ll"), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S)}, QStringLiteral("saveAll"));
    a.closeTab = makeAction(this, tr("&Close Tab"), {QKeySequence(Qt::CTRL | Qt::Key_W)}, QStringLiteral("close"));
    a.quit = makeAction(this, tr("&Quit"), {QKeySequence(Qt::CTRL | Qt::Key_Q)}, QStringLiteral("quit"));
    a.quit->setMenuRole(QAction::QuitRole);

    a.undo = makeAction(this, tr("&Undo"), QKeySequence::keyBindings(QKeySequence::Undo), QStringLiteral("undo"));
    a.redo = makeAction(this, tr("&Redo"), QKeySequence::keyBindings(QKeySequence::Redo), QStringLiteral("redo"));
    a.cut = makeAction(this, tr("Cu&t"), QKeySequence::keyBindings(QKeySequence::Cut), QStringLiteral("cut"));
    a.copy = makeAction(this, tr("&Copy"), QKeySequence::keyBindings(QKeySequence::Copy), QStringLiteral("copy"));
    a.paste = makeAction(this, tr("&Paste"), QKeySequence::keyBindings(QKeySequence::Paste), QStringLiteral("paste"));
    a.selectAll = makeAction(this, tr("Select &All"), QKeySequence::keyBindings(QKeySequence::SelectAll),
                             QStringLiteral("selectAll"));

    a.splitSideBySide = makeAction(this, tr("Split &Left/Right"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)},
                                   QStringLiteral("splitLeftRight"));
    a.splitStacked = makeAction(this, tr("Split &Top/Bottom"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)},
                                QStringLiteral("splitTopBottom"));
    a.closeSplit = makeAction(this, tr("Close &Split"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
                              QStringLiteral("closeSplit"));
    a.nextSplit = makeAction(this, tr("&Next Split"), {QKeySequence(Qt::Key_F8)}, QStringLiteral("nextSplit"));
    a.goToOutline = makeAction(this, tr("Go to &Outline"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)},
                               QStringLiteral("goToOutline"));
    a.fullScreen = makeAction(this, tr("&Full Screen"), QKeySequence::keyBindings(QKeySequence::FullScreen),
                              QStringLiteral("fullScreen"));
    a.fullScreen->setCheckable(true);
    a.about = makeAction(this, tr("&About Coinage"), {}, QStringLiteral("about"));
    a.about->setMenuRole(QAction::AboutRole);

    auto current = [this] {
        return m_area->currentEditor();
    };
    auto currentDocument = [this]() -> Document * {
        return m_area->currentEditor() ? m_area->currentEditor()->postDocument() : nullptr;
    };
    connect(a.newPost, &QAction::triggered, m_files, &FileCommands::newPost);
    connect(a.open, &QAction::triggered, m_files, &FileCommands::openWithDialog);
    connect(a.save, &QAction::triggered, this, [this, currentDocument] { m_files->save(currentDocument()); });
    connect(a.saveAs, &QAction::triggered, this, [this, currentDocument] { m_files->saveAs(currentDocument()); });
    connect(a.saveAll, &QAction::triggered, m_files, &FileCommands::saveAll);
    connect(a.closeTab, &QAction::triggered, this, [this, current] { m_files->closeEditor(current()); });
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    auto forward = [this, current](QAction *action, void (QPlainTextEdit::*slot)()) {
        connect(action, &QAction::triggered, this, [current, slot] {
            if (MarkdownEditor *editor = current())
                (editor->*slot)();
        });
    };
    forward(a.undo, &QPlainTextEdit::undo);
    forward(a.redo, &QPlainTextEdit::redo);
    forward(a.cut, &QPlainTextEdit::cut);
    forward(a.copy, &QPlainTextEdit::copy);
    forward(a.paste, &QPlainTextEdit::paste);
    forward(a.selectAll, &QPlainTextEdit::selectAll);
    connect(a.splitSideBySide, &QAction::triggered, this, [this] { m_area->splitCurrent(Qt::Horizontal); });
    connect(a.splitStacked, &QAction::triggered, this, [this] { m_area->splitCurrent(Qt::Vertical); });
    connect(a.closeSplit, &QAction::triggered, this, [this] { m_files->closePane(m_area->currentPane()); });
    connect(a.nextSplit, &QAction::triggered, this, &MainWindow::focusNextSplit);
    connect(a.goToOutline, &QAction::triggered, this, [this] {
        if (auto *dock = qobject_cast<QDockWidget *>(m_outline->parentWidget())) {
            dock->show();
            dock->raise();
        }
        m_outline->tree()->setFocus(Qt::ShortcutFocusReason);
    });
    connect(a.fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? (windowState() | Qt::WindowFullScreen) : (windowState() & ~Qt::WindowFullScreen));
    });
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    const Actions &a = m_actions;
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({a.newPost, a.open});
    file->addMenu(m_recent->createMenu(file));
    file->addSeparator();
    file->addActions({a.save, a.saveAs, a.saveAll});
    file->addSeparator();
    file->addAction(a.closeTab);
    file->addSeparator();
    file->addAction(a.quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({a.undo, a.redo});
    edit->addSeparator();
    edit->addActions({a.cut, a.copy, a.paste});
    edit->addSeparator();
    edit->addAction(a.selectAll);
    edit->addSeparator();
    edit->addAction((m_preferences = new PreferencesController(this))->action());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({a.splitSideBySide, a.splitStacked, a.closeSplit, a.nextSplit});
    view->addSeparator();
    m_panelsMenu = view->addMenu(tr("&Panels"));
    view->addAction(a.goToOutline);
    view->addMenu(m_themes->createMenu(view));
    view->addSeparator();
    view->addAction(a.fullScreen);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    m_help = new HelpController(this);
    help->addActions(m_help->actions());
    help->addSeparator();
    help->addAction(a.about);
}

void MainWindow::onCurrentEditorChanged(MarkdownEditor *editor)
{
    for (const QMetaObject::Connection &binding : std::as_const(m_bindings))
        disconnect(binding);
    m_bindings.clear();
    m_boundEditor = editor;
    m_status->setEditor(editor);
    if (!editor) {
        m_outline->setHeadings({});
        m_outline->setCurrentLine(-1);
        updateTitle();
        updateActions();
        return;
    }
    Document *document = editor->postDocument();
    ScanScheduler *scans = document->scans();
    m_outline->setHeadings(scans->hasSnapshot() ? scans->latest().headings : QList<ScanHeading>());
    m_outline->setCurrentLine(editor->textCursor().blockNumber());
    m_bindings.append(connect(scans, &ScanScheduler::snapshotReady, m_outline,
                              [this](const ScanSnapshot &snapshot) { m_outline->setHeadings(snapshot.headings); }));
    m_bindings.append(connect(editor, &QPlainTextEdit::cursorPositionChanged, m_outline,
                              [this, editor] { m_outline->setCurrentLine(editor->textCursor().blockNumber()); }));
    m_bindings.append(connect(document, &Document::modificationChanged, this, &MainWindow::updateTitle));
    m_bindings.append(connect(document, &Document::filePathChanged, this, &MainWindow::updateTitle));
    m_bindings.append(connect(editor, &QPlainTextEdit::undoAvailable, m_actions.undo, &QAction::setEnabled));
    m_bindings.append(connect(editor, &QPlainTextEdit::redoAvailable, m_actions.redo, &QAction::setEnabled));
    m_bindings.append(connect(editor, &QPlainTextEdit::copyAvailable, m_actions.cut, &QAction::setEnabled));
    m_bindings.append(connect(editor, &QPlainTextEdit::copyAvailable, m_actions.copy, &QAction::setEnabled));
    updateTitle();
    updateActions();
}

void MainWindow::updateTitle()
{
    const MarkdownEditor *editor = m_area->currentEditor();
    if (!editor) {
        setWindowTitle(tr("Coinage"));
        setWindowModified(false);
        return;
    }
    const Document *document = editor->postDocument();
    setWindowTitle(tr("%1[*] — Coinage").arg(document->displayName()));
    setWindowModified(document->isModified());
}

void MainWindow::updateActions()
{
    const Actions &a = m_actions;
    MarkdownEditor *editor = m_area->currentEditor();
    const bool has = editor != nullptr;
    for (QAction *action : {a.save, a.saveAs, a.closeTab, a.paste, a.selectAll, a.splitSideBySide, a.splitStacked})
        action->setEnabled(has);
    a.closeSplit->setEnabled(m_area->panes().size() > 1);
    a.nextSplit->setEnabled(m_area->panes().size() > 1);
    a.saveAll->setEnabled(has);
    a.undo->setEnabled(has && editor->document()->isUndoAvailable());
    a.redo->setEnabled(has && editor->document()->isRedoAvailable());
    a.cut->setEnabled(has && editor->textCursor().hasSelection());
    a.copy->setEnabled(has && editor->textCursor().hasSelection());
}

void MainWindow::focusNextSplit()
{
    const QList<EditorPane *> panes = m_area->panes();
    if (panes.size() < 2)
        return;
    const qsizetype index = panes.indexOf(m_area->currentPane());
    EditorPane *next = panes.at((index + 1) % panes.size());
    if (MarkdownEditor *editor = next->currentEditor()) {
        m_area->setCurrentEditor(editor);
        editor->setFocus(Qt::ShortcutFocusReason);
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Coinage"),
                       tr("<h3>Coinage %1</h3>"
                          "<p>A writing app for essayists who publish with Jekyll, in Chinese, English or both.</p>"
                          "<p>Posts are saved as Jekyll-ready Markdown with YAML front matter, byte for byte as you "
                          "left them.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->confirmClose(m_area->documents())) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedPostFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = droppedPostFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    for (const QString &path : files)
        openFile(path);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange)
        m_themes->paletteChanged();
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1200, 800);
    if (!restoreState(settings.value(stateKey).toByteArray(), stateVersion)) {
        // First start: narrow side panels, so that the editor and a preview beside it keep most of the width.
        QList<QDockWidget *> sides;
        QList<int> widths;
        const QList<QDockWidget *> docks = findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly);
        for (QDockWidget *dock : docks) {
            sides.append(dock);
            widths.append(dockWidgetArea(dock) == Qt::LeftDockWidgetArea ? 220 : 300);
        }
        resizeDocks(sides, widths, Qt::Horizontal);
        // The first tab of each side in front: the outline and the voices.
        for (const char *name : {"OutlineDock", "VoicesDock"}) {
            if (auto *dock = findChild<QDockWidget *>(QLatin1StringView(name), Qt::FindDirectChildrenOnly))
                dock->raise();
        }
    }
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState(stateVersion));
    settings.setValue(layoutKey, m_area->saveLayout());
}

} // namespace coinage::gui
