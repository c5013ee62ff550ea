#include "SplitChooser.h"

#include "BilingualSession.h"
#include "Document.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>

#include <cmath>

namespace coinage::gui {

using namespace Qt::StringLiterals;

SplitChooser::SplitChooser(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_source(new QComboBox(this))
    , m_target(new QComboBox(this))
    , m_split(new QPushButton(tr("Split"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(u"splitChooser"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_source->setObjectName(u"splitSource"_s);
    m_target->setObjectName(u"splitTarget"_s);
    m_split->setObjectName(u"splitApply"_s);
    m_cancel->setObjectName(u"splitCancel"_s);
    m_split->setDefault(true);
    for (QComboBox *box : {m_source, m_target}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(18);
        connect(box, &QComboBox::currentIndexChanged, this, &SplitChooser::updateButton);
    }
    auto *sourceLabel = new QLabel(tr("Original: first part ends after"), this);
    sourceLabel->setBuddy(m_source);
    auto *targetLabel = new QLabel(tr("Translation: after"), this);
    targetLabel->setBuddy(m_target);
    m_source->setAccessibleName(sourceLabel->text());
    m_target->setAccessibleName(tr("Translation: first part ends after"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_title);
    layout->addWidget(sourceLabel);
    layout->addWidget(m_source, 1);
    layout->addWidget(targetLabel);
    layout->addWidget(m_target, 1);
    layout->addWidget(m_split);
    layout->addWidget(m_cancel);
    connect(m_split, &QPushButton::clicked, this, [this] {
        if (!BilingualSession::isValidSplit(m_group, sourceCount(), targetCount()))
            return;
        hide();
        Q_EMIT splitRequested(m_pair, sourceCount(), targetCount());
    });
    connect(m_cancel, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

std::pair<int, int> SplitChooser::suggestedSplit(const AlignedPair &group, Side caretSide, int caretBlock)
{
    const Side other = caretSide == Side::Source ? Side::Target : Side::Source;
    const int here = group.count(caretSide);
    int first = std::clamp(caretBlock > 0 ? caretBlock : 1, 0, here);
    int second = here > 0 ? int(std::lround(double(first) * group.count(other) / here)) : 0;
    second = std::clamp(second, 0, group.count(other));
    // Each part keeps a block.
    if (first + second == 0)
        (here > 0 ? first : second) = 1;
    if (first + second == group.sourceCount + group.targetCount)
        (second > 0 ? second : first) -= 1;
    return caretSide == Side::Source ? std::pair{first, second} : std::pair{second, first};
}

void SplitChooser::fill(QComboBox *box, const QStringList &blocks, int selected)
{
    box->clear();
    box->addItem(tr("none (all to the second part)"), 0);
    for (int i = 0; i < blocks.size(); ++i) {
        QString text = blocks[i].simplified();
        if (text.size() > 48)
            text = text.left(47) + u'…';
        box->addItem(tr("¶%1: %2").arg(i + 1).arg(text), i + 1);
        box->setItemData(i + 1, blocks[i], Qt::ToolTipRole);
    }
    box->setCurrentIndex(std::clamp(selected, 0, int(blocks.size())));
}

void SplitChooser::choose(int pair, const AlignedPair &group, const QStringList &sourceBlocks,
                          const QStringList &targetBlocks, int sourceCount, int targetCount)
{
    m_pair = pair;
    m_group = group;
    m_title->setText(tr("Split pair %1 (%2):").arg(pair + 1).arg(group.shape()));
    fill(m_source, sourceBlocks, sourceCount);
    fill(m_target, targetBlocks, targetCount);
    m_source->setEnabled(!sourceBlocks.isEmpty());
    m_target->setEnabled(!targetBlocks.isEmpty());
    updateButton();
    show();
    (m_source->isEnabled() ? m_source : m_target)->setFocus(Qt::OtherFocusReason);
}

void SplitChooser::chooseFor(const BilingualSession &session, int pair, Side caretSide, int caretLine)
{
    if (!session.aligner() || pair < 0 || pair >= session.alignment().pairs.size())
        return;
    const AlignedPair &group = session.alignment().pairs[pair];
    QStringList blocks[2];
    int caretBlock = 0;
    for (Side side : {Side::Source, Side::Target}) {
        const Segments &segments = side == Side::Source ? session.aligner()->source() : session.aligner()->target();
        for (int k = 0; k < group.count(side); ++k) {
            const Segment segment = segments.value(group.index(side) + k);
            blocks[int(side)].append(segment.prose);
            if (side == caretSide && caretLine >= segment.firstLine)
                caretBlock = k;
        }
    }
    const auto [sourceCount, targetCount] = suggestedSplit(group, caretSide, caretBlock);
    choose(pair, group, blocks[0], blocks[1], sourceCount, targetCount);
}

int SplitChooser::sourceCount() const
{
    return m_source->currentData().toInt();
}

int SplitChooser::targetCount() const
{
    return m_target->currentData().toInt();
}

void SplitChooser::updateButton()
{
    m_split->setEnabled(BilingualSession::isValidSplit(m_group, sourceCount(), targetCount()));
}

void SplitChooser::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        m_split->click();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace coinage::gui
