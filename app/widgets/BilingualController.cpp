#include "BilingualController.h"

#include "BilingualSession.h"
#include "BilingualView.h"
#include "ConnectorGutter.h"
#include "Document.h"
#include "EditorArea.h"
#include "FileCommands.h"
#include "MainWindow.h"
#include "MarkdownEditor.h"
#include "ModelController.h"
#include "PairTranslator.h"
#include "Prompts.h"
#include "SiteLinkKey.h"
#include "StatusIndicators.h"
#include "bilingual/AlignmentSidecar.h"
#include "bilingual/Calibration.h"
#include "bilingual/PostPairing.h"
#include "bilingual/TranslationCreator.h"

#include <QAction>
#include <QDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace coinage::gui {
namespace {

using namespace Qt::StringLiterals;

QMenu *windowMenu(MainWindow *window, const char *title)
{
    const QString wanted = QCoreApplication::translate("coinage::gui::MainWindow", title);
    for (QAction *action : window->menuBar()->actions()) {
        if (action->menu() && action->text() == wanted)
            return action->menu();
    }
    return nullptr;
}

bool looksTranslated(const QString &path)
{
    const PostIdentity identity = PostPairing::identifyFile(path);
    const QString title = identity.title;
    return title.contains(u"translat"_s, Qt::CaseInsensitive) || title.contains(u"译"_s) ||
           title.contains(TranslationCreator::marker(u"en"_s));
}

} // namespace

BilingualController::BilingualController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_counts(new QLabel)
{
    setObjectName(u"bilingualController"_s);
    m_counts->setObjectName(u"bilingualCounts"_s);
    m_counts->setContentsMargins(6, 0, 6, 0);
    m_counts->hide();
    window->statusBar()->addPermanentWidget(m_counts);
    createActions();
    addToMenus();
    connect(window->editorArea(), &EditorArea::currentEditorChanged, this, [this](MarkdownEditor *editor) {
        // Another post brought forward (opened, chosen in a tab): show the editor area with it.
        if (m_view && m_session && editor && editor->postDocument() != m_session->source() &&
            editor->postDocument() != m_session->target())
            closeView();
        updateActions();
    });
    updateActions();
}

BilingualController::~BilingualController() = default;

BilingualView *BilingualController::view() const
{
    return m_view;
}

BilingualSession *BilingualController::session() const
{
    return m_session;
}

PairTranslator *BilingualController::translator() const
{
    return m_translator;
}

void BilingualController::createActions()
{
    m_openPair = new QAction(tr("Open &Translation Pair…"), this);
    m_openPair->setObjectName(u"openTranslationPair"_s);
    m_createTranslation = new QAction(tr("Create Tr&anslation…"), this);
    m_createTranslation->setObjectName(u"createTranslation"_s);
    m_toggle = new QAction(tr("&Bilingual View"), this);
    m_toggle->setObjectName(u"bilingualView"_s);
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_B));
    m_nextUnfinished = new QAction(tr("Next &Unfinished Pair"), this);
    m_nextUnfinished->setObjectName(u"nextUnfinishedPair"_s);
    m_nextUnfinished->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    m_nextUnfinished->setIconText(tr("Next Unfinished"));
    m_nextUnfinished->setToolTip(tr("Go to the next pair that is not translated or approved"));
    m_interleaved = new QAction(tr("&Interleaved Reading"), this);
    m_interleaved->setObjectName(u"interleavedReading"_s);
    m_interleaved->setCheckable(true);
    m_interleaved->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I));
    m_interleaved->setIconText(tr("Interleaved"));
    m_interleaved->setToolTip(tr("Read each paragraph followed by its translation"));
    m_translateActions = PairTranslator::createActions(this);
    for (QAction *action : {m_openPair, m_createTranslation, m_toggle, m_nextUnfinished, m_interleaved,
                            m_translateActions.translatePair, m_translateActions.translateUntranslated})
        m_window->addAction(action);

    connect(m_openPair, &QAction::triggered, this, [this] {
        const QStringList paths = m_window->fileCommands()->prompts()->askOpenPaths(m_window, {});
        if (paths.size() >= 2) {
            openPair(paths[0], paths[1]);
        } else if (paths.size() == 1) {
            QString other = PostPairing::findCounterparts(paths[0], SiteLinkKey::forPost(paths[0])).value(0);
            if (other.isEmpty())
                other = askForFile(QFileInfo(paths[0]).absolutePath());
            if (!other.isEmpty())
                openPair(paths[0], other);
        }
    });
    connect(m_createTranslation, &QAction::triggered, this, &BilingualController::createTranslation);
    connect(m_toggle, &QAction::triggered, this, [this](bool on) {
        if (on)
            showForCurrent();
        else
            closeView();
        updateActions();
    });
    connect(m_nextUnfinished, &QAction::triggered, this, [this] {
        if (m_view && !m_view->goToNextUnfinished())
            m_window->statusBar()->showMessage(tr("Every pair is translated or approved."), 4000);
    });
    connect(m_interleaved, &QAction::toggled, this, [this](bool on) {
        if (m_view)
            m_view->setInterleaved(on);
    });
}

void BilingualController::addToMenus()
{
    if (QMenu *file = windowMenu(m_window, "&File")) {
        QAction *before = nullptr;
        for (QAction *action : file->actions()) {
            if (action->isSeparator()) {
                before = action;
                break;
            }
        }
        file->insertActions(before, {m_openPair, m_createTranslation});
    }
    if (QMenu *view = windowMenu(m_window, "&View")) {
        const QList<QAction *> actions = view->actions();
        QAction *before = actions.isEmpty() ? nullptr : actions.last();
        for (int i = 1; i < actions.size(); ++i) {
            if (actions[i]->objectName() == u"fullScreen" && actions[i - 1]->isSeparator())
                before = actions[i - 1];
        }
        view->insertSeparator(before);
        view->insertActions(before, {m_toggle, m_nextUnfinished, m_interleaved});
        view->insertSeparator(before);
        view->insertActions(before, {m_translateActions.translatePair, m_translateActions.translateUntranslated,
                                     m_translateActions.cancel});
    }
}

void BilingualController::updateActions()
{
    const Document *document = currentDocument();
    m_toggle->setChecked(m_view != nullptr);
    m_toggle->setEnabled(m_view || (document && !document->isUntitled()));
    m_createTranslation->setEnabled(document && !document->isUntitled());
    m_nextUnfinished->setEnabled(m_view != nullptr);
    m_interleaved->setEnabled(m_view != nullptr);
    if (!m_view)
        m_interleaved->setChecked(false);
    if (!m_translator) {
        for (QAction *action :
             {m_translateActions.translatePair, m_translateActions.translateUntranslated, m_translateActions.cancel})
            action->setEnabled(false);
    }
}

Document *BilingualController::currentDocument() const
{
    const MarkdownEditor *editor = m_window->editorArea()->currentEditor();
    return editor ? editor->postDocument() : nullptr;
}

QString BilingualController::askForFile(const QString &folder)
{
    return m_window->fileCommands()->prompts()->askOpenPaths(m_window, folder).value(0);
}

std::pair<QString, QString> BilingualController::pairOrder(const QString &first, const QString &second)
{
    const bool firstHasSidecar = QFileInfo::exists(AlignmentSidecar::pathFor(first));
    const bool secondHasSidecar = QFileInfo::exists(AlignmentSidecar::pathFor(second));
    if (firstHasSidecar != secondHasSidecar)
        return firstHasSidecar ? std::pair{second, first} : std::pair{first, second};
    const bool firstTranslated = looksTranslated(first);
    if (firstTranslated != looksTranslated(second))
        return firstTranslated ? std::pair{second, first} : std::pair{first, second};
    return {first, second};
}

bool BilingualController::showForCurrent()
{
    Document *document = currentDocument();
    Prompts *prompts = m_window->fileCommands()->prompts();
    if (!document || document->isUntitled()) {
        prompts->showError(m_window, tr("Bilingual View"),
                           tr("Save the post first: its translation is found next to its file."));
        updateActions();
        return false;
    }
    QString other =
        PostPairing::findCounterparts(document->filePath(), SiteLinkKey::forPost(document->filePath())).value(0);
    if (other.isEmpty())
        other = askForFile(QFileInfo(document->filePath()).absolutePath());
    if (other.isEmpty()) {
        updateActions();
        return false;
    }
    return openPair(document->filePath(), other);
}

QStackedWidget *BilingualController::stack()
{
    if (!m_stack) {
        QWidget *centre = m_window->takeCentralWidget();
        m_stack = new QStackedWidget;
        m_stack->setObjectName(u"centralStack"_s);
        m_stack->addWidget(centre);
        m_blank = new QWidget;
        m_stack->addWidget(m_blank);
        m_window->setCentralWidget(m_stack);
    }
    return m_stack;
}

bool BilingualController::openPair(const QString &first, const QString &second)
{
    if (QFileInfo(first).canonicalFilePath() == QFileInfo(second).canonicalFilePath()) {
        m_window->fileCommands()->prompts()->showError(m_window, tr("Bilingual View"),
                                                       tr("A post cannot be paired with itself."));
        updateActions();
        return false;
    }
    const auto [sourcePath, targetPath] = pairOrder(first, second);
    closeView();
    FileCommands *files = m_window->fileCommands();
    Document *target = files->open(targetPath);
    Document *source = target ? files->open(sourcePath) : nullptr;
    if (!source || !target) {
        updateActions();
        return false;
    }
    m_session = new BilingualSession(source, target, this);
    m_view = new BilingualView(m_session, m_window->themes());
    m_view->toolsBar()->addActions({m_nextUnfinished, m_interleaved});
    auto *models = m_window->findChild<ModelController *>();
    m_translator = new PairTranslator(m_view, models ? models->backend() : nullptr, m_translateActions, [models] {
        if (models)
            models->showSettings();
    });
    m_view->addBar(m_translator->bar());
    m_view->toolsBar()->addSeparator();
    m_view->toolsBar()->addActions({m_translator->translatePairAction(), m_translator->translateUntranslatedAction()});
    stack()->addWidget(m_view);
    stack()->setCurrentWidget(m_view);
    connect(m_view, &BilingualView::editorFocused, this, &BilingualController::onEditorFocused);
    connect(m_session, &BilingualSession::alignmentChanged, this, &BilingualController::updateCounts);
    connect(m_session, &BilingualSession::sidecarWriteFailed, this, [this](const QString &message) {
        m_window->statusBar()->showMessage(tr("Could not save the alignment decisions: %1").arg(message), 8000);
    });
    // A side closed elsewhere (or the window going away) takes the view with it, before its editors dangle.
    for (Document *document : {source, target})
        connect(document, &QObject::destroyed, this, &BilingualController::onDocumentDestroyed);
    if (!m_session->sidecarProblem().isEmpty())
        m_window->statusBar()->showMessage(m_session->sidecarProblem(), 8000);
    m_interleaved->setChecked(false);
    m_counts->setText(tr("Aligning…"));
    m_counts->show();
    m_session->alignNow();
    m_view->sourceEditor()->setFocus(Qt::OtherFocusReason);
    onEditorFocused(m_view->sourceEditor());
    updateActions();
    return true;
}

void BilingualController::closeView()
{
    if (m_stack && m_stack->count() > 0)
        m_stack->setCurrentIndex(0);
    if (m_view) {
        for (Document *document : {m_session->source(), m_session->target()}) {
            if (document)
                disconnect(document, &QObject::destroyed, this, nullptr);
        }
        m_view->disconnect(this);
    }
    delete m_view;
    delete m_session;
    m_counts->hide();
    if (MarkdownEditor *editor = m_window->editorArea()->currentEditor()) {
        m_window->statusIndicators()->setEditor(editor);
        if (m_stack && m_window->isVisible())
            editor->setFocus(Qt::OtherFocusReason);
    }
    updateActions();
}

void BilingualController::onDocumentDestroyed()
{
    // The editor area may be going away with the window: drop the view without touching the area, then go back to
    // the area on the next turn of the event loop if it is still there.
    if (m_view) {
        m_view->disconnect(this);
        // Taking the current page out of the stack would show the area (perhaps half destroyed): show a blank first.
        m_stack->setCurrentWidget(m_blank);
    }
    delete m_view;
    delete m_session;
    m_counts->hide();
    QTimer::singleShot(0, this, [this] {
        if (!m_view)
            closeView();
    });
}

void BilingualController::onEditorFocused(MarkdownEditor *editor)
{
    // The window's commands (Save, Undo, Close) act on the area's current editor: make it a view of the same post.
    EditorArea *area = m_window->editorArea();
    const QList<MarkdownEditor *> views = area->editorsFor(editor->postDocument());
    if (!views.isEmpty())
        area->setCurrentEditor(views.first());
    m_window->statusIndicators()->setEditor(editor);
}

QString BilingualController::countsText() const
{
    if (!m_session || !m_session->hasResult())
        return {};
    const Alignment &alignment = m_session->alignment();
    QStringList parts;
    for (PairStatus status : {PairStatus::Untranslated, PairStatus::Draft, PairStatus::Translated,
                              PairStatus::NeedsReview, PairStatus::Approved}) {
        if (const int n = alignment.count(status))
            parts.append(u"%1 %2"_s.arg(n).arg(ConnectorGutter::statusTitle(status).toLower()));
    }
    return tr("%n pair(s): %1", nullptr, int(alignment.pairs.size())).arg(parts.join(u", "_s));
}

void BilingualController::updateCounts()
{
    m_counts->setText(countsText());
    m_counts->setToolTip(tr("Translation status of the aligned pairs (Next Unfinished Pair: Ctrl+Alt+N)"));
}

bool BilingualController::createTranslation()
{
    Document *document = currentDocument();
    Prompts *prompts = m_window->fileCommands()->prompts();
    if (!document || document->isUntitled())
        return false;
    const QString text = document->text();
    const QString sourceLanguage = Calibration::languageOfPost(text);
    QString language;
    bool copySource = false;
    if (!prompts->askNewTranslation(m_window, sourceLanguage, language, copySource))
        return false;
    TranslationOptions options;
    options.targetLanguage = language;
    options.linkKeyName = SiteLinkKey::forPost(document->filePath());
    options.body = copySource ? TranslationOptions::Body::CopySource : TranslationOptions::Body::Placeholders;
    const CreatedTranslation created = TranslationCreator::create(document->filePath(), text, options);
    if (!created.ok) {
        prompts->showError(m_window, tr("Could Not Create the Translation"), created.error);
        return false;
    }
    if (QFileInfo::exists(created.path)) {
        prompts->showError(m_window, tr("Could Not Create the Translation"),
                           tr("%1 already exists. Open it with File > Open Translation Pair….").arg(created.path));
        return false;
    }
    const SaveResult saved = PostFile::save(created.path, created.text, TextFormat{});
    if (!saved.ok) {
        prompts->showError(m_window, tr("Could Not Create the Translation"), saved.error.message);
        return false;
    }
    if (!created.sourceEdits.isEmpty())
        document->applyEdits(created.sourceEdits);
    return openPair(document->filePath(), created.path);
}

} // namespace coinage::gui
