#include "PairTranslator.h"

#include "BilingualSession.h"
#include "BilingualView.h"
#include "Document.h"
#include "MarkdownEditor.h"
#include "ModelBackend.h"
#include "voices/ChatStream.h"
#include "voices/ModelEndpoint.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBlock>
#include <QTextDocument>

#include <utility>

namespace coinage::gui {

using namespace Qt::StringLiterals;

namespace {

// The whole lines [first, last] of a document: a selection from the start of the first to the end of the last.
QTextCursor linesCursor(QTextDocument *document, const LineRange &lines)
{
    const QTextBlock first = document->findBlockByNumber(lines.first);
    const QTextBlock last = document->findBlockByNumber(lines.last);
    QTextCursor cursor(document);
    cursor.setPosition(first.position());
    cursor.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
    return cursor;
}

} // namespace

PairTranslator::Actions PairTranslator::createActions(QObject *owner)
{
    Actions actions;
    actions.translatePair = new QAction(tr("Translate Selected Pair"), owner);
    actions.translatePair->setObjectName(u"translatePair"_s);
    actions.translatePair->setIconText(tr("Translate Pair"));
    actions.translatePair->setToolTip(tr("Translate the current pair with the language model (a draft, streamed in)"));
    actions.translatePair->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    actions.translateUntranslated = new QAction(tr("Translate Untranslated Pairs"), owner);
    actions.translateUntranslated->setObjectName(u"translateUntranslated"_s);
    actions.translateUntranslated->setIconText(tr("Translate Untranslated"));
    actions.translateUntranslated->setToolTip(
        tr("Translate every untranslated pair with the language model, one after another (Escape cancels)"));
    actions.translateUntranslated->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_R));
    actions.cancel = new QAction(tr("Cancel Translation"), owner);
    actions.cancel->setObjectName(u"cancelTranslation"_s);
    actions.cancel->setToolTip(tr("Stop translating; the pairs finished so far are kept"));
    // Escape cancels only where the translation goes on (the view), not in the rest of the window.
    actions.cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    actions.cancel->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    for (QAction *action : {actions.translatePair, actions.translateUntranslated, actions.cancel})
        action->setEnabled(false);
    return actions;
}

PairTranslator::PairTranslator(BilingualView *view, ModelBackend *backend, const Actions &actions,
                               std::function<void()> showModelSettings)
    : QObject(view)
    , m_view(view)
    , m_backend(backend)
    , m_showModelSettings(std::move(showModelSettings))
    , m_network(new QNetworkAccessManager(this))
    , m_translatePair(actions.translatePair)
    , m_translateUntranslated(actions.translateUntranslated)
    , m_cancelAction(actions.cancel)
    , m_bar(new QFrame(view))
    , m_message(new QLabel(m_bar))
    , m_progress(new QProgressBar(m_bar))
    , m_cancel(new QPushButton(tr("Cancel"), m_bar))
    , m_settingsButton(new QPushButton(tr("Language Model…"), m_bar))
    , m_close(new QPushButton(tr("Close"), m_bar))
{
    setObjectName(u"pairTranslator"_s);
    m_network->setProxy(QNetworkProxy::NoProxy);
    connect(m_translatePair, &QAction::triggered, this, [this] {
        if (!m_view || !m_view->session())
            return;
        if (m_view->currentPair() < 0) {
            showMessage(tr("Put the caret in a pair to translate it."), true);
            return;
        }
        translate({m_view->currentPair()});
    });
    connect(m_translateUntranslated, &QAction::triggered, this, [this] {
        if (!m_view || !m_view->session())
            return;
        QList<int> pairs;
        const Alignment &alignment = m_view->session()->alignment();
        for (int i = 0; i < alignment.pairs.size(); ++i) {
            if (alignment.pairs[i].status == PairStatus::Untranslated && alignment.pairs[i].hasSource())
                pairs.append(i);
        }
        translate(pairs);
    });

    view->addAction(m_cancelAction);
    connect(m_cancelAction, &QAction::triggered, this, &PairTranslator::cancel);
    updateActions();

    m_bar->setObjectName(u"translationBar"_s);
    m_bar->setFrameShape(QFrame::StyledPanel);
    m_message->setObjectName(u"translationMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_progress->setObjectName(u"translationProgress"_s);
    m_progress->setFixedWidth(160);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("%v of %m"));
    m_cancel->setObjectName(u"translationCancel"_s);
    m_cancel->setToolTip(tr("Stop translating (Escape); the pairs finished so far are kept"));
    m_settingsButton->setObjectName(u"translationSettings"_s);
    m_close->setObjectName(u"translationClose"_s);
    auto *layout = new QHBoxLayout(m_bar);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_settingsButton);
    layout->addWidget(m_cancel);
    layout->addWidget(m_close);
    connect(m_cancel, &QPushButton::clicked, this, &PairTranslator::cancel);
    connect(m_close, &QPushButton::clicked, m_bar, &QWidget::hide);
    connect(m_settingsButton, &QPushButton::clicked, this, [this] {
        m_bar->hide();
        if (m_showModelSettings)
            m_showModelSettings();
    });
    m_bar->hide();

    if (BilingualSession *session = view->session()) {
        connect(session, &BilingualSession::alignmentChanged, this, [this] {
            if (m_waiting && m_view && m_view->session()->isCurrent()) {
                m_waiting = false;
                proceed();
            }
        });
    }
}

PairTranslator::~PairTranslator()
{
    if (m_stream)
        m_stream->abort();
}

void PairTranslator::showMessage(const QString &text, bool problem, bool offerSettings)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? u"color: #c62828;"_s : QString());
    m_message->setAccessibleDescription(problem ? tr("Problem") : QString());
    m_progress->setVisible(m_running);
    m_cancel->setVisible(m_running);
    m_close->setVisible(!m_running);
    m_settingsButton->setVisible(offerSettings);
    m_bar->show();
}

void PairTranslator::updateActions()
{
    m_translatePair->setEnabled(!m_running);
    m_translateUntranslated->setEnabled(!m_running);
    m_cancelAction->setEnabled(m_running);
}

bool PairTranslator::translate(const QList<int> &pairs)
{
    if (m_running || !m_view || !m_view->session())
        return false;
    BilingualSession *session = m_view->session();
    if (!m_backend || !m_backend->isActive()) {
        showMessage(tr("No language model is set up. Choose Voices › Language Model… to use one (an OpenAI-compatible "
                       "server such as llama.cpp or Ollama on this machine, or a hosted one), then translate again."),
                    true, true);
        return false;
    }
    m_settings = m_backend->settings();
    // An explicit request: asked again even after a "no" earlier in the session.
    if (!m_backend->ensureConsent(m_view, m_settings.baseUrl, true)) {
        showMessage(tr("Nothing was sent: %1 may not receive your text. Allow it in Voices › Language Model….")
                        .arg(ModelEndpoint::host(m_settings.baseUrl)),
                    true, true);
        return false;
    }
    m_jobs.clear();
    const Alignment &alignment = session->alignment();
    for (int pair : pairs) {
        if (pair >= 0 && pair < alignment.pairs.size() && alignment.pairs[pair].hasSource())
            m_jobs.append(linesCursor(session->source()->textDocument(), alignment.pairs[pair].sourceLines));
    }
    if (m_jobs.isEmpty()) {
        showMessage(tr("Nothing to translate: every pair with an original has a translation."), false);
        return false;
    }
    m_total = int(m_jobs.size());
    m_done = 0;
    m_drafts.clear();
    m_running = true;
    m_stopping = false;
    m_stopMessage.clear();
    m_progress->setRange(0, m_total);
    m_progress->setValue(0);
    m_view->targetEditor()->setReadOnly(true);
    updateActions();
    showMessage(tr("Translating…"), false);
    // The key may still be on its way from the keychain: the first request waits for it (Cancel still works).
    const quint64 run = ++m_run;
    m_backend->whenKeyRead(this, [this, run] {
        if (run != m_run || !m_running || m_stopping)
            return;
        m_settings = m_backend->settings();
        next();
    });
    return true;
}

void PairTranslator::next()
{
    BilingualSession *session = m_view ? m_view->session() : nullptr;
    if (!session) {
        finishRun();
        return;
    }
    // The pairs are found in the alignment of the current texts: wait for it after every change.
    if (!session->isCurrent()) {
        m_waiting = true;
        if (session->isIdle())
            session->alignNow();
        return;
    }
    proceed();
}

void PairTranslator::proceed()
{
    BilingualSession *session = m_view->session();
    const QList<QTextCursor> drafts = std::exchange(m_drafts, {});
    for (const QTextCursor &at : drafts) {
        const int pair = session->alignment().pairAt(Side::Target, at.blockNumber());
        if (pair >= 0)
            session->setStatus(pair, PairStatus::Draft);
    }
    if (m_stopping || m_jobs.isEmpty()) {
        finishRun();
        return;
    }
    startJob();
}

void PairTranslator::startJob()
{
    BilingualSession *session = m_view->session();
    const QTextCursor source = m_jobs.takeFirst();
    const Alignment &alignment = session->alignment();
    const int pair =
        alignment.pairAt(Side::Source, source.document()->findBlock(source.selectionStart()).blockNumber());
    if (pair < 0 || !alignment.pairs[pair].hasSource()) {
        --m_total; // its original is gone
        m_progress->setRange(0, std::max(m_total, 1));
        next();
        return;
    }
    const AlignedPair &p = alignment.pairs[pair];
    const QString sourceText = linesCursor(session->source()->textDocument(), p.sourceLines)
                                   .selectedText()
                                   .replace(QChar::ParagraphSeparator, u'\n');
    m_place = TranslationPrompt::placement(alignment, pair, session->target()->text());
    m_currentLength = m_place.length;
    m_applied = false;
    m_view->goToPair(pair);
    showMessage(tr("Translating pair %1 of %2 with %3…").arg(m_done + 1).arg(m_total).arg(m_settings.model), false);
    const AlignOptions options = session->aligner() ? session->aligner()->options() : AlignOptions();
    const QJsonObject body =
        TranslationPrompt::chatRequest(sourceText, options.sourceLanguage, options.targetLanguage, m_settings);
    m_stream = new ChatStream(m_network, m_settings, body, this);
    connect(m_stream, &ChatStream::progress, this, &PairTranslator::onPartial);
    connect(m_stream, &ChatStream::finished, this, &PairTranslator::onDone);
    connect(m_stream, &ChatStream::failed, this, [this](const QString &reason) {
        stop(tr("Translation stopped at pair %1 of %2: %3. The pairs finished before are kept.")
                 .arg(m_done + 1)
                 .arg(m_total)
                 .arg(reason),
             true);
    });
    m_stream->start();
}

void PairTranslator::onPartial(const QString &reply)
{
    BilingualSession *session = m_view ? m_view->session() : nullptr;
    const QString text = TranslationPrompt::cleanReply(reply);
    if (!session || (text.isEmpty() && !m_applied))
        return;
    const TextEdit edit = m_place.edit(text, m_currentLength);
    const quint64 before = session->target()->revision();
    if (session->target()->applyEdits({edit}, m_applied)) {
        m_applied = m_applied || session->target()->revision() != before;
        m_currentLength = edit.replacement.size();
    }
}

void PairTranslator::onDone(const QString &reply)
{
    onPartial(reply);
    if (m_stream)
        m_stream->deleteLater();
    if (!m_applied || TranslationPrompt::cleanReply(reply).isEmpty()) {
        stop(tr("The model answered pair %1 of %2 with nothing; stopped.").arg(m_done + 1).arg(m_total), true);
        return;
    }
    QTextCursor at(m_view->session()->target()->textDocument());
    at.setPosition(int(m_place.start + m_place.prefix.size()));
    m_drafts.append(at);
    m_applied = false;
    ++m_done;
    m_progress->setValue(m_done);
    next();
}

void PairTranslator::cancel()
{
    if (!m_running || m_stopping)
        return;
    stop(tr("Cancelled: %1 of %2 pairs translated; the unfinished one was taken back.").arg(m_done).arg(m_total),
         false);
}

void PairTranslator::stop(const QString &message, bool problem)
{
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->abort();
        m_stream->deleteLater();
    }
    takeBackPartial();
    m_stopping = true;
    m_jobs.clear();
    m_stopMessage = message;
    m_stopProblem = problem;
    next();
}

void PairTranslator::takeBackPartial()
{
    if (!m_applied || !m_view || !m_view->session())
        return;
    m_applied = false;
    // The partial reply is the last undo step of the translation (it is read-only meanwhile): undo it, leaving no redo.
    QTextDocument *document = m_view->session()->target()->textDocument();
    document->undo();
    document->clearUndoRedoStacks(QTextDocument::RedoStack);
}

void PairTranslator::finishRun()
{
    m_running = false;
    m_stopping = false;
    m_waiting = false;
    if (m_view)
        m_view->targetEditor()->setReadOnly(false);
    updateActions();
    const QString message =
        m_stopMessage.isEmpty()
            ? tr("Translated %n pair(s) as drafts: review them, then mark them translated.", nullptr, m_done)
            : m_stopMessage;
    showMessage(message, m_stopProblem && !m_stopMessage.isEmpty());
    m_stopMessage.clear();
    m_stopProblem = false;
    Q_EMIT runFinished(m_done, m_total);
}

} // namespace coinage::gui
