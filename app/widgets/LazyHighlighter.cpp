#include "LazyHighlighter.h"

#include <KSyntaxHighlighting/Theme>

#include <QTextDocument>
#include <QTextLayout>

namespace coinage::gui {
namespace {

// As Jekyll (and core's splitFrontMatter) sees it: the delimiter, then only spaces or tabs.
bool isDelimiterLine(QStringView line, QStringView delimiter)
{
    if (!line.startsWith(delimiter))
        return false;
    for (QChar c : line.sliced(delimiter.size())) {
        if (c != u' ' && c != u'\t')
            return false;
    }
    return true;
}

HighlightBlockData *dataOf(const QTextBlock &block)
{
    return static_cast<HighlightBlockData *>(block.userData());
}

} // namespace

LazyHighlighter::LazyHighlighter(QTextDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    m_slices.setInterval(0);
    connect(&m_slices, &QTimer::timeout, this, &LazyHighlighter::continueSlice);
    m_warmUp.setSingleShot(true);
    m_warmUp.setInterval(0);
    connect(&m_warmUp, &QTimer::timeout, this, [this] {
        m_warmedUp = true;
        refresh();
    });
    connect(m_document, &QTextDocument::contentsChange, this, &LazyHighlighter::onContentsChange);
}

LazyHighlighter::~LazyHighlighter() = default;

LazyHighlighter::Busy::Busy(LazyHighlighter *highlighter)
    : m_highlighter(highlighter)
    , m_outermost(!highlighter->m_busy)
{
    m_highlighter->m_busy = true;
}

LazyHighlighter::Busy::~Busy()
{
    if (!m_outermost)
        return;
    // Views that reported while we worked: serve them now, a bounded number of rounds (a relayout may move them).
    for (int round = 0; round < 3 && m_highlighter->m_again; ++round) {
        m_highlighter->m_again = false;
        m_highlighter->refreshOnce();
    }
    m_highlighter->m_again = false;
    m_highlighter->m_busy = false;
}

void LazyHighlighter::setDefinitions(const KSyntaxHighlighting::Definition &markdown,
                                     const KSyntaxHighlighting::Definition &yaml)
{
    m_markdown.setDefinition(markdown);
    m_yaml.setDefinition(yaml);
    ++m_generation;
    m_correct = 0;
    refresh();
}

void LazyHighlighter::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    m_markdown.setTheme(theme);
    m_yaml.setTheme(theme);
    ++m_generation;
    m_correct = 0;
    refresh();
}

void LazyHighlighter::setVisibleBlocks(const QObject *view, int first, int last)
{
    if (!m_views.contains(view))
        connect(view, &QObject::destroyed, this, [this, view] { m_views.remove(view); });
    m_views.insert(view, {first, last});
    if (m_busy) {
        // Reported while we repaint (markContentsDirty relays out synchronously): handled when we are done.
        m_again = true;
        return;
    }
    refresh();
}

void LazyHighlighter::viewPainted()
{
    if (m_putOff && !m_warmUp.isActive())
        m_warmUp.start(); // after this paint is flushed
}

void LazyHighlighter::removeView(const QObject *view)
{
    m_views.remove(view);
}

bool LazyHighlighter::isCorrect(const QTextBlock &block) const
{
    return block.isValid() && block.blockNumber() < m_correct;
}

bool LazyHighlighter::isCorrect(const HighlightBlockData *data, const LineState &start) const
{
    return data && data->valid && data->generation == m_generation && data->start == start;
}

int LazyHighlighter::target() const
{
    int last = -1;
    for (const auto &[first, end] : m_views)
        last = qMax(last, end);
    if (last < 0)
        return -1;
    return qMin(last + marginBlocks, m_document->blockCount() - 1);
}

void LazyHighlighter::refresh()
{
    const Busy busy(this);
    refreshOnce();
}

void LazyHighlighter::refreshOnce()
{
    if (!m_markdown.definition().isValid() || !m_markdown.theme().isValid())
        return;
    if (!m_warmedUp && m_document->isEmpty()) {
        // An empty post has nothing to colour, yet its first line would load the definitions (Markdown and the
        // languages its code blocks include: ~60 ms the first time). That waits until a view has painted, so a
        // window opened on a new post shows first. Text typed or loaded before then is highlighted as usual.
        m_putOff = true;
        return;
    }
    m_warmedUp = true;
    m_putOff = false;
    const int goal = target();
    if (goal < m_correct) {
        m_slices.stop();
        return;
    }
    if (!advanceTo(goal, QDeadlineTimer(syncMilliseconds))) {
        // Too far to walk now: show the visible blocks highlighted from a guess, and fix them up in slices.
        for (const auto &[first, last] : m_views) {
            if (last >= m_correct)
                highlightProvisionally(qMax(first, m_correct), qMin(last + marginBlocks, goal));
        }
        m_slices.start();
    }
    flushDirty();
}

void LazyHighlighter::continueSlice()
{
    const Busy busy(this);
    const int goal = target();
    if (goal < 0 || advanceTo(goal, QDeadlineTimer(sliceMilliseconds)))
        m_slices.stop();
    flushDirty();
}

void LazyHighlighter::onContentsChange(int position, int removed, int added)
{
    Q_UNUSED(removed);
    if (m_marking) // our own markContentsDirty; it does not emit this today, but never recurse if it does
        return;
    QTextBlock block = m_document->findBlock(position);
    if (!block.isValid())
        return;
    QTextBlock last = m_document->findBlock(position + added);
    if (!last.isValid())
        last = m_document->lastBlock();
    const int firstNumber = block.blockNumber();
    for (; block.isValid(); block = block.next()) {
        if (HighlightBlockData *data = dataOf(block))
            data->valid = false;
        if (block == last)
            break;
    }
    if (firstNumber >= m_correct) {
        // Not known to be correct yet. If a view shows it (while the walk catches up), show the edit highlighted from
        // a guess now; the walk checks it when it gets there.
        const int lastNumber = last.blockNumber();
        for (const auto &[first, end] : m_views) {
            if (firstNumber <= end + marginBlocks && lastNumber >= first) {
                const Busy busy(this);
                highlightProvisionally(firstNumber, lastNumber);
                flushDirty();
                break;
            }
        }
        return;
    }
    m_correct = firstNumber;
    if (!m_markdown.definition().isValid() || !m_markdown.theme().isValid())
        return;
    const Busy busy(this);
    const int goal = qMax(target(), last.blockNumber());
    if (advanceTo(goal, QDeadlineTimer(syncMilliseconds)))
        converge(200);
    else
        m_slices.start();
    flushDirty();
}

bool LazyHighlighter::advanceTo(int goal, const QDeadlineTimer &deadline)
{
    if (m_correct > goal)
        return true;
    QTextBlock block = m_document->findBlockByNumber(m_correct);
    LineState previous = endStateBefore(block);
    int steps = 0;
    while (block.isValid() && m_correct <= goal) {
        const HighlightBlockData *data = dataOf(block);
        previous = isCorrect(data, previous) ? data->end : highlightBlock(block, previous);
        ++m_correct;
        block = block.next();
        if ((++steps & 15) == 0 && deadline.hasExpired())
            break;
    }
    return m_correct > goal || !block.isValid();
}

void LazyHighlighter::converge(int maxBlocks)
{
    QTextBlock block = m_document->findBlockByNumber(m_correct);
    LineState previous = endStateBefore(block);
    for (int i = 0; i < maxBlocks && block.isValid(); ++i, block = block.next()) {
        const HighlightBlockData *data = dataOf(block);
        if (!data || !data->valid || data->generation != m_generation)
            return; // never highlighted, or changed: it waits until a view shows it
        if (data->start == previous)
            return; // the rest of the highlighted run follows from unchanged states
        previous = highlightBlock(block, previous);
        ++m_correct;
    }
}

void LazyHighlighter::highlightProvisionally(int first, int last)
{
    QTextBlock block = m_document->findBlockByNumber(first);
    LineState guess = endStateBefore(block);
    for (int number = first; block.isValid() && number <= last; ++number, block = block.next()) {
        const HighlightBlockData *data = dataOf(block);
        if (data && data->valid && data->generation == m_generation)
            guess = data->end; // already shown with some highlighting; the walk will check it
        else
            guess = highlightBlock(block, guess);
    }
}

LineState LazyHighlighter::endStateBefore(const QTextBlock &block) const
{
    if (!block.isValid() || !block.previous().isValid())
        return {};
    const HighlightBlockData *data = dataOf(block.previous());
    if (data && data->valid && data->generation == m_generation)
        return data->end;
    return {LineState::Phase::Body, {}}; // a guess: most lines of a post are body lines
}

LineState LazyHighlighter::highlightBlock(QTextBlock &block, const LineState &start)
{
    ++m_highlightedLines;
    const QString text = block.text();
    QList<QTextLayout::FormatRange> ranges;
    LineState end;
    switch (start.phase) {
    case LineState::Phase::Start:
        if (!block.previous().isValid() && isDelimiterLine(text, u"---")) {
            end.phase = LineState::Phase::FrontMatter;
            end.state = m_yaml.highlight(text, {}, ranges);
        } else {
            end.phase = LineState::Phase::Body;
            end.state = m_markdown.highlight(text, {}, ranges);
        }
        break;
    case LineState::Phase::FrontMatter:
        if (isDelimiterLine(text, u"---") || isDelimiterLine(text, u"...")) {
            m_yaml.highlight(text, start.state, ranges);
            end.phase = LineState::Phase::Body; // the body starts in Markdown's initial state
        } else {
            end.phase = LineState::Phase::FrontMatter;
            end.state = m_yaml.highlight(text, start.state, ranges);
        }
        break;
    case LineState::Phase::Body:
        end.phase = LineState::Phase::Body;
        end.state = m_markdown.highlight(text, start.state, ranges);
        break;
    }

    auto *data = dataOf(block);
    if (!data) {
        data = new HighlightBlockData;
        block.setUserData(data);
    }
    data->start = start;
    data->end = end;
    data->generation = m_generation;
    data->valid = true;

    QTextLayout *layout = block.layout();
    if (layout->formats() != ranges) {
        layout->setFormats(ranges);
        markDirty(block);
    }
    return end;
}

void LazyHighlighter::markDirty(const QTextBlock &block)
{
    const int from = block.position();
    const int to = from + block.length();
    if (m_dirtyFrom >= 0 && from == m_dirtyTo) {
        m_dirtyTo = to;
        return;
    }
    flushDirty();
    m_dirtyFrom = from;
    m_dirtyTo = to;
}

void LazyHighlighter::flushDirty()
{
    if (m_dirtyFrom < 0)
        return;
    m_marking = true;
    // Clamp: the last block's length counts the document's final paragraph separator.
    const int end = qMin(m_dirtyTo, m_document->characterCount());
    m_document->markContentsDirty(m_dirtyFrom, end - m_dirtyFrom);
    m_marking = false;
    m_dirtyFrom = m_dirtyTo = -1;
}

} // namespace coinage::gui
