#pragma once

#include "bilingual/Alignment.h"

#include <QFrame>
#include <QStringList>

class QComboBox;
class QLabel;
class QPushButton;

namespace coinage::gui {

class BilingualSession;

// Where to split a group of the alignment, chosen in a bar under the bilingual view's toolbar (no dialog: the texts
// stay in view): for each side, the block after which the first part ends ("none": that side's blocks all go to the
// second part), listed with the start of each block's text. Split applies (Return), Cancel or Escape closes.
class SplitChooser : public QFrame
{
    Q_OBJECT
public:
    explicit SplitChooser(QWidget *parent = nullptr);

    // Shows the chooser for a pair whose blocks read sourceBlocks and targetBlocks, with the split preselected.
    void choose(int pair, const AlignedPair &group, const QStringList &sourceBlocks, const QStringList &targetBlocks,
                int sourceCount, int targetCount);
    // The same for a pair of the session's alignment, preselected at the caret (a 0-based line on caretSide).
    void chooseFor(const BilingualSession &session, int pair, Side caretSide, int caretLine);
    int pair() const { return m_pair; }
    int sourceCount() const;
    int targetCount() const;
    QComboBox *sourceBox() const { return m_source; }
    QComboBox *targetBox() const { return m_target; }
    QPushButton *splitButton() const { return m_split; }
    QPushButton *cancelButton() const { return m_cancel; }

    // The preselected split for the caret in block `caretBlock` (0-based, of the group's blocks on caretSide): the
    // first part ends before that block (after it when it is the first), the other side is cut at the same share.
    static std::pair<int, int> suggestedSplit(const AlignedPair &group, Side caretSide, int caretBlock);

Q_SIGNALS:
    void splitRequested(int pair, int sourceCount, int targetCount);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void fill(QComboBox *box, const QStringList &blocks, int selected);
    void updateButton();

    AlignedPair m_group;
    int m_pair = -1;
    QLabel *m_title;
    QComboBox *m_source;
    QComboBox *m_target;
    QPushButton *m_split;
    QPushButton *m_cancel;
};

} // namespace coinage::gui
