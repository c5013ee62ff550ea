#include "PairScrollSync.h"

#include "ConnectorGutter.h"
#include "MarkdownEditor.h"

#include <QScrollBar>

namespace coinage::gui {

PairScrollSync::PairScrollSync(MarkdownEditor *left, MarkdownEditor *right, QObject *parent)
    : QObject(parent)
    , m_left(left)
    , m_right(right)
{
    connect(left->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { onScrolled(Side::Source); });
    connect(right->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { onScrolled(Side::Target); });
    // Arrows, page clicks, dragging and the wheel are the user's own scrolling: that side leads.
    connect(left->verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] { m_leader = Side::Source; });
    connect(right->verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] { m_leader = Side::Target; });
}

void PairScrollSync::onScrolled(Side side)
{
    if (m_busy)
        return;
    follow(side == m_leader ? side : m_leader);
}

MarkdownEditor *PairScrollSync::editor(Side side) const
{
    return side == Side::Source ? m_left.data() : m_right.data();
}

int PairScrollSync::topPair(Side side) const
{
    const MarkdownEditor *view = editor(side);
    const int top = view->firstVisibleBlockNumber();
    int best = -1;
    for (int i = 0; i < m_alignment.pairs.size(); ++i) {
        const AlignedPair &p = m_alignment.pairs[i];
        if (!p.hasSource() || !p.hasTarget() || p.lines(side).last < top)
            continue;
        if (best < 0 || p.lines(side).first < m_alignment.pairs[best].lines(side).first)
            best = i;
    }
    return best;
}

void PairScrollSync::follow(Side leader)
{
    if (!m_enabled || m_busy || !m_left || !m_right)
        return;
    const Side other = leader == Side::Source ? Side::Target : Side::Source;
    MarkdownEditor *lead = editor(leader);
    MarkdownEditor *follower = editor(other);
    QScrollBar *bar = follower->verticalScrollBar();
    m_busy = true;
    const int leadValue = lead->verticalScrollBar()->value();
    const int pair = topPair(leader);
    if (leadValue == 0 || pair < 0) {
        // At the very top (front matter) the other side goes to the top too; with nothing paired below, it stays.
        if (leadValue == 0)
            bar->setValue(0);
        m_busy = false;
        return;
    }
    const AlignedPair &p = m_alignment.pairs[pair];
    const QRectF from = ConnectorGutter::rangeRect(lead, p.lines(leader));
    // How far down its pair the top of the leading view is (0 when the pair starts below the top).
    const qreal fraction = from.height() > 0 ? std::clamp(-from.top() / from.height(), 0.0, 1.0) : 0.0;
    const qreal wanted = from.top() + fraction * from.height();
    auto error = [&](int value) {
        bar->setValue(value);
        const QRectF to = ConnectorGutter::rangeRect(follower, p.lines(other));
        return to.top() + fraction * to.height() - wanted;
    };
    const int lineHeight = std::max(1, follower->fontMetrics().lineSpacing());
    int value = bar->value();
    for (int round = 0; round < 3; ++round) {
        const qreal delta = error(value);
        const int step = int(std::lround(delta / lineHeight));
        if (step == 0)
            break;
        value = std::clamp(value + step, bar->minimum(), bar->maximum());
    }
    // Settle on the best of the neighbouring lines (line heights differ between scripts).
    int best = value;
    qreal bestError = std::abs(error(value));
    for (int candidate : {value - 1, value + 1}) {
        if (candidate < bar->minimum() || candidate > bar->maximum())
            continue;
        const qreal e = std::abs(error(candidate));
        if (e < bestError) {
            bestError = e;
            best = candidate;
        }
    }
    bar->setValue(best);
    m_busy = false;
}

} // namespace coinage::gui
