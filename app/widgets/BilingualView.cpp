#include "BilingualView.h"

#include "BilingualSession.h"
#include "ConnectorGutter.h"
#include "Document.h"
#include "MarkdownEditor.h"
#include "PairScrollSync.h"
#include "PairSentenceHighlighter.h"
#include "SplitChooser.h"
#include "ThemeController.h"

#include <QAction>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace coinage::gui {
namespace {

using namespace Qt::StringLiterals;

const QString pairGroup = u"bilingual-pair"_s;
constexpr int diagnosticLineRole = Qt::UserRole;
constexpr int fileRole = Qt::UserRole + 1;
const PairStatus allStatuses[] = {PairStatus::Untranslated, PairStatus::Draft, PairStatus::Translated,
                                  PairStatus::NeedsReview, PairStatus::Approved};

QLabel *titleLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setContentsMargins(8, 3, 8, 3);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QString sideTitle(const Document *document, const QString &language)
{
    const QString name = document ? document->displayName() : QString();
    return language.isEmpty() ? name : u"%1 · %2"_s.arg(language, name);
}

} // namespace

BilingualView::BilingualView(BilingualSession *session, ThemeController *themes, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_themes(themes)
    , m_left(new MarkdownEditor(session->source()))
    , m_right(new MarkdownEditor(session->target()))
    , m_gutter(new ConnectorGutter(m_left, m_right))
    , m_scroll(new PairScrollSync(m_left, m_right, this))
    , m_pages(new QStackedWidget)
    , m_interleaved(new QTextBrowser)
    , m_findings(new QTreeWidget)
    , m_leftTitle(titleLabel(this))
    , m_rightTitle(titleLabel(this))
    , m_sentences(new PairSentenceHighlighter(m_left, m_right, this))
    , m_splitChooser(new SplitChooser(this))
{
    setObjectName(u"bilingualView"_s);
    setAccessibleName(tr("Bilingual view"));
    m_left->setObjectName(u"bilingualSource"_s);
    m_right->setObjectName(u"bilingualTarget"_s);
    m_left->setAccessibleName(tr("Original text"));
    m_right->setAccessibleName(tr("Translation text"));
    m_interleaved->setObjectName(u"bilingualInterleaved"_s);
    m_interleaved->setAccessibleName(tr("Interleaved reading"));
    m_interleaved->setReadOnly(true);
    m_interleaved->setFrameShape(QFrame::NoFrame);
    m_findings->setObjectName(u"bilingualFindings"_s);
    m_findings->setAccessibleName(tr("Translation problems"));
    m_findings->setHeaderLabels({tr("Where"), tr("Problem")});
    m_findings->setRootIsDecorated(false);
    m_findings->setUniformRowHeights(true);
    m_findings->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_findings->header()->setStretchLastSection(true);

    createToolBar();

    auto *sideBySide = new QWidget;
    auto *grid = new QGridLayout(sideBySide);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(0);
    grid->addWidget(m_leftTitle, 0, 0);
    grid->addWidget(m_rightTitle, 0, 2);
    grid->addWidget(m_left, 1, 0);
    grid->addWidget(m_gutter, 1, 1);
    grid->addWidget(m_right, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(2, 1);
    m_pages->addWidget(sideBySide);
    m_pages->addWidget(m_interleaved);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(true);
    splitter->addWidget(m_pages);
    splitter->addWidget(m_findings);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({600, 110});

    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    m_layout->addWidget(m_toolBar);
    m_layout->addWidget(m_toolsBar);
    m_layout->addWidget(splitter);
    addBar(m_splitChooser);
    connect(m_splitChooser, &SplitChooser::splitRequested, this, [this](int pair, int sourceCount, int targetCount) {
        m_session->split(pair, sourceCount, targetCount);
        editor(m_caretSide)->setFocus(Qt::OtherFocusReason);
    });
    connect(session, &BilingualSession::decisionHistoryChanged, this, &BilingualView::updateActions);

    m_gutter->setToolTipProvider([this](int pair) { return pairToolTip(pair); });
    connect(m_gutter, &ConnectorGutter::pairClicked, this, [this](int pair) { goToPair(pair); });
    connect(m_gutter, &ConnectorGutter::pairMenuRequested, this, &BilingualView::showPairMenu);
    for (MarkdownEditor *view : {m_left, m_right}) {
        connect(view, &QPlainTextEdit::updateRequest, m_gutter, [this] { m_gutter->update(); });
        view->installEventFilter(this);
    }
    connect(m_left, &QPlainTextEdit::cursorPositionChanged, this, [this] { onCaretMoved(Side::Source); });
    connect(m_right, &QPlainTextEdit::cursorPositionChanged, this, [this] { onCaretMoved(Side::Target); });
    connect(m_findings, &QTreeWidget::itemActivated, this, &BilingualView::activateFinding);
    connect(m_findings, &QTreeWidget::itemClicked, this, &BilingualView::activateFinding);
    connect(session, &BilingualSession::alignmentChanged, this, &BilingualView::onAlignmentChanged);
    connect(m_themes, &ThemeController::themeChanged, this, &BilingualView::applyTheme);
    applyTheme();
    if (session->hasResult())
        onAlignmentChanged();
    updateActions();
}

BilingualView::~BilingualView()
{
    // The editors before anything they report to, and without telling anyone (deleting a focused editor moves the
    // focus to the other one while the window may be going away).
    for (MarkdownEditor *view : {m_left, m_right}) {
        view->removeEventFilter(this);
        view->disconnect(this);
        view->disconnect(m_gutter);
    }
    delete m_left;
    delete m_right;
}

void BilingualView::applyTheme()
{
    m_left->setTheme(m_themes->theme());
    m_right->setTheme(m_themes->theme());
    updateHighlights();
}

QAction *BilingualView::statusAction(PairStatus status) const
{
    return m_statusActions.value(int(status));
}

void BilingualView::createToolBar()
{
    m_toolBar = new QToolBar(tr("Bilingual"), this);
    m_toolBar->setObjectName(u"bilingualToolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(12, 12));
    int key = Qt::Key_1;
    for (PairStatus status : allStatuses) {
        QPixmap swatch(12, 12);
        swatch.fill(ConnectorGutter::statusColor(status));
        auto *action = new QAction(QIcon(swatch), ConnectorGutter::statusTitle(status), this);
        action->setObjectName(u"pairStatus-"_s + pairStatusName(status));
        action->setToolTip(tr("Mark the current pair “%1”").arg(ConnectorGutter::statusTitle(status)));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(key++)));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, status] {
            if (m_session)
                m_session->setStatus(m_currentPair, status);
        });
        addAction(action);
        m_statusActions.append(action);
    }
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addWidget(new QLabel(tr("Mark pair:") + u' ', m_toolBar));
    m_toolBar->addActions(m_statusActions);
    m_toolBar->addSeparator();
    m_pin = new QAction(tr("Pin"), this);
    m_pin->setObjectName(u"pairPin"_s);
    m_pin->setToolTip(tr("Keep this pair as it is when the texts are aligned again"));
    m_unpin = new QAction(tr("Unpin"), this);
    m_unpin->setObjectName(u"pairUnpin"_s);
    m_merge = new QAction(tr("Merge with Next"), this);
    m_merge->setObjectName(u"pairMerge"_s);
    m_merge->setIconText(tr("Merge"));
    m_merge->setToolTip(tr("Pair this group and the next one as one group"));
    m_split = new QAction(tr("Split…"), this);
    m_split->setObjectName(u"pairSplit"_s);
    m_split->setToolTip(
        tr("Split this group in two: choose after which block on each side (preselected at the caret)"));
    connect(m_pin, &QAction::triggered, this, [this] { m_session->pin(m_currentPair); });
    connect(m_unpin, &QAction::triggered, this, [this] { m_session->unpin(m_currentPair); });
    connect(m_merge, &QAction::triggered, this, [this] { m_session->mergeWithNext(m_currentPair); });
    connect(m_split, &QAction::triggered, this, &BilingualView::chooseSplit);
    m_undoDecision = new QAction(tr("Undo Alignment Change"), this);
    m_undoDecision->setObjectName(u"alignmentUndo"_s);
    m_undoDecision->setIconText(tr("Undo Pairing"));
    m_undoDecision->setToolTip(tr("Take back the last pin, unpin, merge, split or status change"));
    m_undoDecision->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Z));
    m_undoDecision->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_redoDecision = new QAction(tr("Redo Alignment Change"), this);
    m_redoDecision->setObjectName(u"alignmentRedo"_s);
    m_redoDecision->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_Z));
    m_redoDecision->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({m_undoDecision, m_redoDecision});
    connect(m_undoDecision, &QAction::triggered, this, [this] { m_session->undoDecision(); });
    connect(m_redoDecision, &QAction::triggered, this, [this] { m_session->redoDecision(); });
    m_sentencesAction = new QAction(tr("Sentences"), this);
    m_sentencesAction->setObjectName(u"pairSentences"_s);
    m_sentencesAction->setCheckable(true);
    m_sentencesAction->setToolTip(tr("Show which sentences of the caret's pair match (the caret's sentence and its "
                                     "counterpart stand out; a wavy line marks a sentence without one)"));
    connect(m_sentencesAction, &QAction::toggled, this, &BilingualView::setSentencesShown);
    m_toolBar->addActions({m_pin, m_unpin, m_merge, m_split, m_undoDecision});
    m_toolsBar = new QToolBar(tr("Bilingual Tools"), this);
    m_toolsBar->setObjectName(u"bilingualToolsBar"_s);
    m_toolsBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolsBar->addAction(m_sentencesAction);
}

void BilingualView::onAlignmentChanged()
{
    const Alignment &alignment = m_session->alignment();
    m_gutter->setAlignment(alignment);
    m_scroll->setAlignment(alignment);
    const QString sourceLanguage = m_session->aligner() ? m_session->aligner()->options().sourceLanguage : QString();
    const QString targetLanguage = m_session->aligner() ? m_session->aligner()->options().targetLanguage : QString();
    m_leftTitle->setText(sideTitle(m_session->source(), sourceLanguage));
    m_rightTitle->setText(sideTitle(m_session->target(), targetLanguage));
    onCaretMoved(m_caretSide);
    rebuildFindings();
    m_interleavedDirty = true;
    if (isInterleaved())
        rebuildInterleaved();
}

void BilingualView::onCaretMoved(Side side)
{
    m_caretSide = side;
    const int line = editor(side)->textCursor().blockNumber();
    const int pair = m_session ? m_session->alignment().pairAt(side, line) : -1;
    setCurrentPair(pair);
}

void BilingualView::setCurrentPair(int pair)
{
    m_currentPair = pair;
    m_gutter->setCurrentPair(pair);
    updateHighlights();
    updateActions();
}

void BilingualView::updateHighlights()
{
    if (!m_session)
        return;
    const Alignment &alignment = m_session->alignment();
    for (Side side : {Side::Source, Side::Target}) {
        MarkdownEditor *view = editor(side);
        QList<QTextEdit::ExtraSelection> selections;
        if (m_currentPair >= 0 && m_currentPair < alignment.pairs.size()) {
            const AlignedPair &p = alignment.pairs[m_currentPair];
            const LineRange &lines = p.lines(side);
            QColor colour = ConnectorGutter::statusColor(p.status);
            // The counterpart stands out more than the caret's own block.
            colour.setAlphaF(side == m_caretSide ? 0.10f : 0.22f);
            for (int line = lines.first; !lines.isEmpty() && line <= lines.last; ++line) {
                QTextEdit::ExtraSelection selection;
                selection.cursor = QTextCursor(view->document()->findBlockByNumber(line));
                // The whole block, every wrapped line of it.
                selection.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
                selection.format.setBackground(colour);
                selection.format.setProperty(QTextFormat::FullWidthSelection, true);
                selections.append(selection);
            }
        }
        view->setSelectionGroup(pairGroup, selections);
    }
    const bool has = m_currentPair >= 0 && m_currentPair < alignment.pairs.size();
    m_sentences->update(has ? &alignment.pairs[m_currentPair] : nullptr,
                        m_session->aligner() ? m_session->aligner()->options() : AlignOptions(), m_caretSide);
}

void BilingualView::setSentencesShown(bool on)
{
    if (m_sentencesAction->isChecked() != on)
        m_sentencesAction->setChecked(on);
    m_sentences->setEnabled(on);
    updateHighlights();
}

void BilingualView::addBar(QWidget *bar)
{
    m_layout->insertWidget(m_layout->count() - 1, bar);
}

void BilingualView::chooseSplit()
{
    if (!m_session || !m_session->aligner() || m_currentPair < 0 ||
        m_currentPair >= m_session->alignment().pairs.size())
        return;
    m_splitChooser->chooseFor(*m_session, m_currentPair, m_caretSide, editor(m_caretSide)->textCursor().blockNumber());
    // The bar takes height from the editors: keep the group in view.
    QTimer::singleShot(0, this, [this] { editor(m_caretSide)->ensureCursorVisible(); });
}

void BilingualView::updateActions()
{
    const bool has = m_session && m_currentPair >= 0 && m_currentPair < m_session->alignment().pairs.size();
    const AlignedPair pair = has ? m_session->alignment().pairs[m_currentPair] : AlignedPair();
    for (PairStatus status : allStatuses) {
        QAction *action = statusAction(status);
        action->setEnabled(has);
        action->setCheckable(true);
        action->setChecked(has && pair.status == status);
    }
    const int count = m_session ? int(m_session->alignment().pairs.size()) : 0;
    m_pin->setEnabled(has && !pair.pinned);
    m_unpin->setEnabled(has && pair.pinned);
    m_merge->setEnabled(has && m_currentPair + 1 < count && !pair.byId);
    m_split->setEnabled(has && !pair.byId && pair.sourceCount + pair.targetCount >= 2);
    m_undoDecision->setEnabled(m_session && m_session->canUndoDecision());
    m_redoDecision->setEnabled(m_session && m_session->canRedoDecision());
}

void BilingualView::goToPair(int pair)
{
    if (!m_session || pair < 0 || pair >= m_session->alignment().pairs.size())
        return;
    const AlignedPair &p = m_session->alignment().pairs[pair];
    const Side side = p.hasSource() ? Side::Source : Side::Target;
    MarkdownEditor *view = editor(side);
    m_caretSide = side;
    if (isInterleaved())
        setInterleaved(false);
    view->setTextCursor(QTextCursor(view->document()->findBlockByNumber(p.lines(side).first)));
    view->centerCursor();
    view->setFocus(Qt::OtherFocusReason);
    m_scroll->setLeader(side);
    m_scroll->follow(side);
    setCurrentPair(pair);
}

bool BilingualView::goToNextUnfinished()
{
    if (!m_session)
        return false;
    const int next = m_session->alignment().nextUnfinished(m_currentPair);
    if (next < 0)
        return false;
    goToPair(next);
    return true;
}

void BilingualView::setInterleaved(bool on)
{
    if (on && m_interleavedDirty)
        rebuildInterleaved();
    m_pages->setCurrentIndex(on ? 1 : 0);
}

bool BilingualView::isInterleaved() const
{
    return m_pages->currentIndex() == 1;
}

QString BilingualView::pairText(Side side, const AlignedPair &pair) const
{
    const LineRange &lines = pair.lines(side);
    if (lines.isEmpty())
        return {};
    const QTextDocument *document = editor(side)->document();
    QStringList out;
    for (int line = lines.first; line <= lines.last; ++line)
        out.append(document->findBlockByNumber(line).text());
    return out.join(u'\n');
}

void BilingualView::rebuildInterleaved()
{
    m_interleavedDirty = false;
    QTextDocument *document = m_interleaved->document();
    document->clear();
    document->setDocumentMargin(16);
    QTextCursor cursor(document);
    QTextCharFormat sourceFormat;
    sourceFormat.setForeground(palette().color(QPalette::Text));
    QTextBlockFormat sourceBlock;
    sourceBlock.setTopMargin(14);
    QTextBlockFormat targetBlock;
    targetBlock.setLeftMargin(22);
    targetBlock.setTopMargin(4);
    bool first = true;
    for (const AlignedPair &pair : m_session->alignment().pairs) {
        QTextCharFormat targetFormat;
        targetFormat.setForeground(ConnectorGutter::statusColor(pair.status).darker(150));
        const QString source = pair.hasSource() ? pairText(Side::Source, pair) : tr("(no source block)");
        const QString target = pair.hasTarget() ? pairText(Side::Target, pair) : tr("(not translated)");
        if (first)
            cursor.setBlockFormat(sourceBlock);
        else
            cursor.insertBlock(sourceBlock);
        first = false;
        cursor.insertText(source, sourceFormat);
        cursor.insertBlock(targetBlock);
        cursor.insertText(target, targetFormat);
    }
    m_interleaved->moveCursor(QTextCursor::Start);
}

void BilingualView::rebuildFindings()
{
    m_findings->clear();
    const QString targetPath = m_session->target() ? m_session->target()->filePath() : QString();
    for (const Diagnostic &d : m_session->findings()) {
        const bool inTarget = d.file == targetPath;
        const QString where = QFileInfo(d.file).fileName().section(u'.', -2, -2) + u':' + QString::number(d.line);
        auto *item = new QTreeWidgetItem(m_findings, {where, d.message});
        item->setToolTip(1, d.message + u"\n["_s + d.code + u']');
        item->setData(0, diagnosticLineRole, d.line - 1);
        item->setData(0, fileRole, inTarget ? 1 : 0);
    }
    m_findings->setHeaderLabels({tr("Where"), tr("Problem (%n)", nullptr, int(m_session->findings().size()))});
}

void BilingualView::activateFinding(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const Side side = item->data(0, fileRole).toInt() == 1 ? Side::Target : Side::Source;
    if (isInterleaved())
        setInterleaved(false);
    editor(side)->goToLine(item->data(0, diagnosticLineRole).toInt());
}

QString BilingualView::pairToolTip(int pair) const
{
    if (!m_session || pair < 0 || pair >= m_session->alignment().pairs.size())
        return {};
    const AlignedPair &p = m_session->alignment().pairs[pair];
    QStringList lines;
    lines.append(tr("Pair %1 (%2): %3, confidence %4%5")
                     .arg(pair + 1)
                     .arg(p.shape(), ConnectorGutter::statusTitle(p.status))
                     .arg(p.confidence, 0, 'f', 2)
                     .arg(p.pinned ? tr(", pinned") : QString()));
    if (p.status == PairStatus::NeedsReview && !p.sourceChange.isEmpty())
        lines.append(tr("The source was: %1").arg(p.sourceChange.left(200)));
    const QString targetPath = m_session->target() ? m_session->target()->filePath() : QString();
    for (const Diagnostic &d : m_session->findings()) {
        const LineRange &range = d.file == targetPath ? p.targetLines : p.sourceLines;
        if (range.contains(d.line - 1))
            lines.append(u"• "_s + d.message);
    }
    return lines.join(u'\n');
}

void BilingualView::showPairMenu(int pair, const QPoint &globalPosition)
{
    goToPair(pair);
    QMenu menu(this);
    menu.addActions(m_statusActions);
    menu.addSeparator();
    menu.addActions({m_pin, m_unpin, m_merge, m_split, m_undoDecision});
    menu.exec(globalPosition);
}

void BilingualView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Each side wraps at its own width (WrapWidthKeeper) once the events of the show have run: level the pairs then.
    QTimer::singleShot(0, this, [this] { m_scroll->follow(m_scroll->leader()); });
}

bool BilingualView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn && (watched == m_left || watched == m_right)) {
        auto *view = static_cast<MarkdownEditor *>(watched);
        m_scroll->setLeader(view == m_left ? Side::Source : Side::Target);
        onCaretMoved(view == m_left ? Side::Source : Side::Target);
        Q_EMIT editorFocused(view);
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace coinage::gui
