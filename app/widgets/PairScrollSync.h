#pragma once

#include "bilingual/Alignment.h"

#include <QObject>
#include <QPointer>

namespace coinage::gui {

class MarkdownEditor;

// Keeps paired blocks level in the bilingual view: when one editor scrolls, the other follows so that the pair at the
// top of the leading editor sits at the same height on both sides (a point part-way down a pair lines up with the
// same fraction of its counterpart, so groups of different heights glide past each other).
class PairScrollSync : public QObject
{
    Q_OBJECT
public:
    PairScrollSync(MarkdownEditor *left, MarkdownEditor *right, QObject *parent = nullptr);

    void setAlignment(const Alignment &alignment) { m_alignment = alignment; }
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

    // Scrolls the other editor to follow this side now.
    void follow(Side leader);
    // The side the user scrolls or types in: it leads; when the other side moves by itself (a re-layout, a
    // re-highlight), it is levelled again from the leader rather than dragging the leader along.
    void setLeader(Side side) { m_leader = side; }
    Side leader() const { return m_leader; }

private:
    MarkdownEditor *editor(Side side) const;
    // The pair at the top of an editor, paired on both sides; -1 when none.
    int topPair(Side side) const;

    QPointer<MarkdownEditor> m_left;
    QPointer<MarkdownEditor> m_right;
    Alignment m_alignment;
    bool m_enabled = true;
    bool m_busy = false;
    Side m_leader = Side::Source;
    void onScrolled(Side side);
};

} // namespace coinage::gui
