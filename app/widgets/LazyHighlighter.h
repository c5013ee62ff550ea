#pragma once

#include "LineHighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/State>

#include <QDeadlineTimer>
#include <QHash>
#include <QObject>
#include <QTextBlock>
#include <QTimer>

class QTextDocument;

namespace coinage::gui {

// The highlighting state at the end of a line: where in the post we are (the front matter is YAML, the body Markdown;
// KSyntaxHighlighting's Markdown definition only knows "metadata" lines) and the engine's own state.
struct LineState
{
    enum class Phase : quint8
    {
        Start,
        FrontMatter,
        Body
    };
    Phase phase = Phase::Start;
    KSyntaxHighlighting::State state;
    bool operator==(const LineState &other) const { return phase == other.phase && state == other.state; }
};

// Carried by each highlighted block: the state it was highlighted from and the one it ends in. "valid" is cleared when
// the block's text changes; the theme generation when the theme does.
class HighlightBlockData : public QTextBlockUserData
{
public:
    LineState start;
    LineState end;
    quint32 generation = 0;
    bool valid = false;
};

// Highlights a QTextDocument lazily: only the blocks its views show (plus a margin) are highlighted, unlike
// QSyntaxHighlighter, which highlights the whole document when attached and so takes seconds on a large post.
//
// Invariant: blocks [0, correctBlockCount()) are correct - highlighted from the end state of the block above, with
// the current theme. Making a block below correct walks down from there, re-highlighting only blocks whose stored
// start state differs (so an edit that leaves the state unchanged costs one line). When the views show blocks far
// below the correct part, they are highlighted provisionally at once (from the nearest known state) and the walk
// continues in time slices of a few milliseconds on a timer, fixing whatever the guess got wrong.
//
// Formats go to each block's QTextLayout (setFormats) followed by QTextDocument::markContentsDirty, which lays the
// block out again and repaints every view of the document.
class LazyHighlighter : public QObject
{
    Q_OBJECT
public:
    static constexpr int marginBlocks = 50; // highlighted beyond the last visible block
    static constexpr int sliceMilliseconds = 4;
    static constexpr int syncMilliseconds = 8; // at most this long on the UI thread before switching to slices

    explicit LazyHighlighter(QTextDocument *document, QObject *parent = nullptr);
    ~LazyHighlighter() override;

    void setDefinitions(const KSyntaxHighlighting::Definition &markdown, const KSyntaxHighlighting::Definition &yaml);
    void setTheme(const KSyntaxHighlighting::Theme &theme);

    // A view reports the blocks it shows (0-based block numbers, inclusive); they are highlighted before it paints.
    void setVisibleBlocks(const QObject *view, int first, int last);
    void removeView(const QObject *view);
    // A view painted. An empty post's first line waits for this (see refreshOnce).
    void viewPainted();

    int correctBlockCount() const { return m_correct; }
    bool isCatchingUp() const { return m_slices.isActive(); }
    // How many times a line has been run through the syntax engine so far (tests and benchmarks).
    quint64 highlightedLineCount() const { return m_highlightedLines; }
    // Whether the block carries highlighting that is known to be right.
    bool isCorrect(const QTextBlock &block) const;

private:
    // Marks the highlighter busy for a scope: views reporting meanwhile (markContentsDirty repaints synchronously)
    // are served when the outermost scope ends, instead of recursing.
    class Busy
    {
    public:
        explicit Busy(LazyHighlighter *highlighter);
        ~Busy();
        Q_DISABLE_COPY_MOVE(Busy)

    private:
        LazyHighlighter *m_highlighter;
        bool m_outermost;
    };

    void onContentsChange(int position, int removed, int added);
    void refresh();
    void refreshOnce();
    void continueSlice();
    int target() const;
    // Walks the correct part down to target; false when the deadline ran out first.
    bool advanceTo(int target, const QDeadlineTimer &deadline);
    // Past the target, re-highlights already highlighted blocks while their start state is stale (bounded).
    void converge(int maxBlocks);
    void highlightProvisionally(int first, int last);
    LineState highlightBlock(QTextBlock &block, const LineState &start);
    LineState endStateBefore(const QTextBlock &block) const;
    bool isCorrect(const HighlightBlockData *data, const LineState &start) const;
    void markDirty(const QTextBlock &block);
    void flushDirty();

    QTextDocument *m_document;
    LineHighlighter m_markdown;
    LineHighlighter m_yaml;
    QHash<const QObject *, std::pair<int, int>> m_views;
    int m_correct = 0; // blocks [0, m_correct) are correct
    quint32 m_generation = 1;
    QTimer m_slices;
    QTimer m_warmUp; // started by the first paint after an empty post's first line was put off (see refreshOnce)
    bool m_putOff = false;
    bool m_warmedUp = false;
    int m_dirtyFrom = -1; // character range waiting for markContentsDirty
    int m_dirtyTo = -1;
    bool m_marking = false;
    bool m_busy = false;
    bool m_again = false;
    quint64 m_highlightedLines = 0;
};

} // namespace coinage::gui
