#pragma once

#include "bilingual/Alignment.h"
#include "bilingual/SentenceAligner.h"

#include <QObject>
#include <QString>

namespace coinage::gui {

class MarkdownEditor;

// Sentence level inside the caret's pair (the bilingual view's Sentences toggle): the pair's text on both sides is
// aligned sentence by sentence (SentenceAligner, the block model at sentence scale), every sentence group gets a pale
// tint shared by its sentences on both sides, the group of the caret's sentence a strong one, and a sentence with no
// counterpart a wavy underline. One pair holds a handful of sentences, so this runs on the UI thread (not measured
// separately); the last result is kept until the pair's text changes.
class PairSentenceHighlighter : public QObject
{
    Q_OBJECT
public:
    PairSentenceHighlighter(MarkdownEditor *source, MarkdownEditor *target, QObject *parent = nullptr);

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    // Shows the sentences of a pair (nullptr: none) for the caret on `caretSide`.
    void update(const AlignedPair *pair, const AlignOptions &options, Side caretSide);

    const SentenceAligner::Result &result() const { return m_result; }
    // The sentence group (index into result().pairs) of the caret's sentence; -1 when none.
    int currentGroup() const { return m_current; }
    // Document positions [first, second) of a sentence of the shown pair.
    std::pair<int, int> span(Side side, int sentence) const;

    static inline const QString SelectionGroup = QStringLiteral("bilingual-sentence");

private:
    void clear();
    MarkdownEditor *editor(Side side) const { return side == Side::Source ? m_source : m_target; }

    MarkdownEditor *m_source;
    MarkdownEditor *m_target;
    bool m_enabled = false;
    int m_start[2] = {0, 0}; // document position of each side's text
    QString m_text[2];
    QString m_languages;
    SentenceAligner::Result m_result;
    int m_current = -1;
};

} // namespace coinage::gui
