#include "SpellChecker.h"

#include "Document.h"
#include "MarkdownEditor.h"
#include "ScanScheduler.h"
#include "SpellSettings.h"
#include "post/FrontMatterData.h"
#include "spell/SpellLanguage.h"
#include "spell/SpellWordSplitter.h"

#include <QAction>
#include <QElapsedTimer>
#include <QFont>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>
#include <QWindow>

using namespace Qt::StringLiterals;

namespace coinage::gui {
namespace {

constexpr int maxBlockLength = 100000; // longer blocks (a pasted data dump) are not checked

constexpr qreal waveStep = 2;
// How far a wave reaches above and below its y, with its antialiased pen of width 1 (see drawWave).
constexpr qreal waveAbove = waveStep / 2 + 1;
constexpr qreal waveBelow = waveStep / 2 + 0.5;

void drawWave(QPainter &painter, qreal left, qreal right, qreal y)
{
    constexpr qreal step = waveStep;
    QPainterPath path;
    path.moveTo(left, y);
    bool up = true;
    for (qreal x = left + step; x < right + step; x += step) {
        path.lineTo(std::min(x, right), up ? y - step / 2 - 0.5 : y + step / 2);
        up = !up;
    }
    painter.drawPath(path);
}

} // namespace

SpellChecker::SpellChecker(MarkdownEditor *editor)
    : QObject(editor)
    , m_editor(editor)
{
    setObjectName(u"SpellChecker"_s);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SpellChecker::checkVisibleNow);

    Document *document = editor->postDocument();
    connect(document->scans(), &ScanScheduler::snapshotReady, this, &SpellChecker::onSnapshot);
    connect(document->textDocument(), &QTextDocument::contentsChange, this, [this](int, int removed, int added) {
        if (removed != 0 || added != 0)
            schedule(editDebounceMilliseconds);
    });
    connect(editor, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        // Scrolled, resized or relaid out: new blocks may show. (Not the caret's blink: a small rect, no scroll.)
        if ((dy != 0 || rect.contains(m_editor->viewport()->rect())) && !m_timer.isActive())
            schedule(0);
    });
    connect(SpellSettings::instance(), &SpellSettings::changed, this, &SpellChecker::onSettingsChanged);
    editor->setPaintOverlay(this, [this](QPainter &painter) { paint(painter); });
    connect(editor, &MarkdownEditor::contextMenuAboutToShow, this, &SpellChecker::addContextActions);
}

void SpellChecker::start()
{
    const ScanScheduler *scans = m_editor->postDocument()->scans();
    if (scans->hasSnapshot())
        onSnapshot(scans->latest());
    else
        updateDictionary();
    // The first check loads the dictionary (~30 ms) before it checks anything: in a window that has not painted yet it
    // waits for the post's first paint, so the post shows without waiting for it.
    const QWindow *window = m_editor->window()->windowHandle();
    if (window && window->isExposed()) {
        checkVisibleNow();
        return;
    }
    m_waitingForPaint = true;
    m_editor->viewport()->installEventFilter(this);
}

bool SpellChecker::eventFilter(QObject *watched, QEvent *event)
{
    if (m_waitingForPaint && event->type() == QEvent::Paint && watched == m_editor->viewport()) {
        m_waitingForPaint = false;
        m_editor->viewport()->removeEventFilter(this);
        schedule(0); // after this paint is flushed
    }
    return QObject::eventFilter(watched, event);
}

SpellChecker::~SpellChecker() = default;

SpellChecker *SpellChecker::of(const MarkdownEditor *editor)
{
    return editor ? editor->findChild<SpellChecker *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

bool SpellChecker::isActive() const
{
    return SpellSettings::instance()->isEnabled() && !m_dictionary.isEmpty() && m_speller.isValid();
}

void SpellChecker::onSnapshot(const ScanSnapshot &snapshot)
{
    const QString text = m_editor->postDocument()->text();
    m_context = SpellScanContext(snapshot, FrontMatterData::parse(text, snapshot.frontMatter));
    updateDictionary();
    schedule(0);
}

void SpellChecker::onSettingsChanged()
{
    m_cache.clear();
    updateDictionary();
    m_editor->viewport()->update();
    schedule(0);
}

void SpellChecker::updateDictionary()
{
    SpellSettings *settings = SpellSettings::instance();
    const SpellLanguageChoice choice =
        resolveSpellLanguage(m_context.language(), SpellSettings::availableLanguages(), settings->defaultLanguage());
    if (choice.dictionary != m_dictionary) {
        m_dictionary = choice.dictionary;
        m_cache.clear();
        if (!m_dictionary.isEmpty())
            m_speller.setLanguage(m_dictionary);
        m_editor->viewport()->update();
    }
    if (choice.missing && settings->isEnabled()) {
        const QString language = m_context.language().isEmpty() ? settings->defaultLanguage() : m_context.language();
        if (language != m_reportedMissing) {
            m_reportedMissing = language;
            Q_EMIT dictionaryMissing(language);
        }
    }
}

void SpellChecker::schedule(int milliseconds)
{
    // Whether spelling is active is asked when the timer fires: the first answer loads the dictionary.
    if (!m_waitingForPaint)
        m_timer.start(milliseconds);
}

QString SpellChecker::cacheKey(const QTextBlock &block) const
{
    return QChar(u'0' + int(m_context.kind(block.blockNumber()))) + block.text();
}

QList<SpellChecker::Flag> SpellChecker::check(const QString &text, SpellLineKind kind) const
{
    QList<Flag> flags;
    if (text.size() > maxBlockLength)
        return flags;
    const SpellSettings *settings = SpellSettings::instance();
    for (const SpellWord &word : SpellWordSplitter::words(text, kind)) {
        QString asTyped = word.text; // hunspell dictionaries know the ASCII apostrophe, not the typographic one
        asTyped.replace(u'\u2019', u'\'');
        if (!settings->isIgnored(word.text) && m_speller.isMisspelled(asTyped))
            flags.append({int(word.start), int(word.length), word.text});
    }
    return flags;
}

double SpellChecker::checkVisibleNow()
{
    m_timer.stop();
    if (!m_editor->isVisible() || !isActive())
        return 0;
    QElapsedTimer clock;
    clock.start();
    if (m_cache.size() > maxCachedBlocks)
        m_cache.clear();
    QTextDocument *document = m_editor->document();
    const int first = std::max(0, m_editor->firstVisibleBlockNumber() - marginBlocks);
    const int last = std::min(document->blockCount() - 1, m_editor->lastVisibleBlockNumber() + marginBlocks);
    bool found = false;
    for (QTextBlock block = document->findBlockByNumber(first); block.isValid() && block.blockNumber() <= last;
         block = block.next()) {
        const QString key = cacheKey(block);
        if (m_cache.contains(key))
            continue;
        const QList<Flag> flags = check(block.text(), m_context.kind(block.blockNumber()));
        found = found || !flags.isEmpty();
        m_cache.insert(key, flags);
    }
    m_lastCheckMilliseconds = double(clock.nsecsElapsed()) / 1e6;
    if (found)
        m_editor->viewport()->update();
    Q_EMIT checked();
    return m_lastCheckMilliseconds;
}

QList<SpellChecker::Misspelling> SpellChecker::flagged() const
{
    QList<Misspelling> out;
    if (!isActive())
        return out;
    m_editor->forEachVisibleBlock([&](const QTextBlock &block, const QRectF &) {
        const auto it = m_cache.constFind(cacheKey(block));
        if (it == m_cache.cend())
            return;
        for (const Flag &flag : *it)
            out.append({block.position() + flag.start, flag.length, flag.word});
    });
    return out;
}

std::optional<SpellChecker::Misspelling> SpellChecker::misspellingAt(int position) const
{
    if (!isActive())
        return std::nullopt;
    const QTextBlock block = m_editor->document()->findBlock(position);
    const auto it = m_cache.constFind(cacheKey(block));
    if (!block.isValid() || it == m_cache.cend())
        return std::nullopt;
    const int inBlock = position - block.position();
    for (const Flag &flag : *it) {
        if (inBlock >= flag.start && inBlock <= flag.start + flag.length)
            return Misspelling{block.position() + flag.start, flag.length, flag.word};
    }
    return std::nullopt;
}

QStringList SpellChecker::suggestions(const QString &word) const
{
    return m_speller.suggest(word).mid(0, maxSuggestions);
}

void SpellChecker::paint(QPainter &painter) const
{
    if (m_cache.isEmpty() || !isActive())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0xe0, 0x32, 0x1e), 1));
    painter.setBrush(Qt::NoBrush);
    // Only the waves that reach into the repainted area: a key repaints a strip of its own lines, and placing the waves
    // of every line of the blocks overlapping it (the one above reaches in by a pixel) shaped those lines again.
    const QRectF clip = painter.hasClipping() ? painter.clipBoundingRect() : QRectF();
    m_editor->forEachVisibleBlock([&](const QTextBlock &block, const QRectF &rect) {
        if (!clip.isNull() && !clip.intersects(rect))
            return;
        const auto it = m_cache.constFind(cacheKey(block));
        if (it == m_cache.cend() || it->isEmpty())
            return;
        const QTextLayout *layout = block.layout();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const qreal y = rect.top() + line.y() + line.ascent() + std::max<qreal>(2, line.descent() / 2);
            if (!clip.isNull() && (y + waveBelow < clip.top() || y - waveAbove > clip.bottom()))
                continue;
            for (const Flag &flag : *it) {
                const int start = std::max(flag.start, line.textStart());
                const int end = std::min(flag.start + flag.length, line.textStart() + line.textLength());
                if (start >= end)
                    continue;
                drawWave(painter, rect.left() + line.cursorToX(start), rect.left() + line.cursorToX(end), y);
                ++m_wavesPlaced;
            }
        }
    });
    painter.restore();
}

void SpellChecker::addContextActions(QMenu *menu, int position)
{
    const std::optional<Misspelling> misspelling = misspellingAt(position);
    if (!misspelling)
        return;
    QAction *before = menu->actions().value(0);
    QList<QAction *> actions;
    const QStringList words = suggestions(misspelling->word);
    for (const QString &suggestion : words) {
        auto *action = new QAction(suggestion, menu);
        action->setObjectName(u"spellSuggestion"_s);
        QFont bold = action->font();
        bold.setBold(true);
        action->setFont(bold);
        connect(action, &QAction::triggered, this, [this, m = *misspelling, suggestion] { replace(m, suggestion); });
        actions.append(action);
    }
    if (words.isEmpty()) {
        auto *none = new QAction(tr("No Suggestions"), menu);
        none->setEnabled(false);
        actions.append(none);
    }
    auto *add = new QAction(tr("Add “%1” to Dictionary").arg(misspelling->word), menu);
    add->setObjectName(u"spellAddToDictionary"_s);
    connect(add, &QAction::triggered, this,
            [this, word = misspelling->word] { SpellSettings::instance()->addToPersonal(word, m_dictionary); });
    auto *ignore = new QAction(tr("Ignore “%1”").arg(misspelling->word), menu);
    ignore->setObjectName(u"spellIgnore"_s);
    ignore->setToolTip(tr("Stop marking this word until Coinage quits"));
    connect(ignore, &QAction::triggered, this, [word = misspelling->word] { SpellSettings::instance()->ignore(word); });
    actions << add << ignore;
    menu->insertActions(before, actions);
    if (before)
        menu->insertSeparator(before);
}

void SpellChecker::replace(const Misspelling &misspelling, const QString &replacement)
{
    const QTextBlock block = m_editor->document()->findBlock(misspelling.position);
    // The text may have changed since the menu opened: replace only the word that was flagged.
    if (block.text().mid(misspelling.position - block.position(), misspelling.length) != misspelling.word)
        return;
    m_editor->postDocument()->applyEdits({TextEdit{misspelling.position, misspelling.length, replacement}});
}

} // namespace coinage::gui
