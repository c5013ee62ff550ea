#include "VoiceCard.h"

#include "WrappingLabel.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coinage::gui {

VoiceCard::VoiceCard(const QString &voiceId, const QString &name, QWidget *parent)
    : QFrame(parent)
    , m_voiceId(voiceId)
    , m_name(new QLabel(name))
    , m_source(new QLabel)
    , m_lineRow(new QHBoxLayout)
{
    setObjectName(u"voiceCard"_s);
    setProperty("voiceId", voiceId);
    setAccessibleName(tr("Voice: %1").arg(name));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(u"QFrame#voiceCard { background: palette(base); border: 1px solid palette(midlight);"
                  " border-radius: 6px; }"
                  "QLabel#voiceSource { color: palette(mid); border: 1px solid palette(midlight);"
                  " border-radius: 3px; padding: 0px 4px; }"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 6);
    layout->setSpacing(6);

    auto *header = new QHBoxLayout;
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_source->setObjectName(u"voiceSource"_s);
    QFont small = m_source->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_source->setFont(small);
    m_source->setToolTip(tr("Where the line came from: the offline templates or a model"));
    header->addWidget(m_name);
    header->addStretch();
    header->addWidget(m_source);
    layout->addLayout(header);

    m_lineRow->setSpacing(12);
    layout->addLayout(m_lineRow);

    auto *actions = new QHBoxLayout;
    actions->setSpacing(0);
    m_insertBelow = makeButton(actions, tr("Insert"), tr("Insert the line as a new paragraph below"));
    m_replace = makeButton(actions, tr("Replace"), tr("Replace the sentence (or scope) with the line"));
    m_copy = makeButton(actions, tr("Copy"), tr("Copy the line"));
    m_next = makeButton(actions, tr("Next"), tr("Another variant of this voice"));
    actions->addStretch();
    m_pin = makeButton(actions, tr("Pin"), tr("Keep this line while the caret moves"));
    m_pin->setCheckable(true);
    m_hide = makeButton(actions, tr("Hide"), tr("Hide this voice (show it again from the panel's Hidden menu)"));
    layout->addLayout(actions);

    connect(m_insertBelow, &QToolButton::clicked, this, [this] { Q_EMIT insertBelowRequested(m_voiceId); });
    connect(m_replace, &QToolButton::clicked, this, [this] { Q_EMIT replaceRequested(m_voiceId); });
    connect(m_copy, &QToolButton::clicked, this, [this] {
        if (!text().isEmpty())
            QApplication::clipboard()->setText(text());
    });
    connect(m_next, &QToolButton::clicked, this, [this] { Q_EMIT nextVariantRequested(m_voiceId); });
    connect(m_pin, &QToolButton::toggled, this, [this](bool pinned) {
        m_pin->setText(pinned ? tr("Pinned") : tr("Pin"));
        m_next->setEnabled(!m_lines.isEmpty() && !pinned);
        Q_EMIT pinToggled(m_voiceId, pinned);
    });
    connect(m_hide, &QToolButton::clicked, this, [this] { Q_EMIT hideRequested(m_voiceId); });
    setLines({});
}

QToolButton *VoiceCard::makeButton(QHBoxLayout *row, const QString &text, const QString &toolTip)
{
    auto *button = new QToolButton;
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAccessibleName(text);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::TabFocus);
    QFont small = button->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    button->setFont(small);
    row->addWidget(button);
    return button;
}

void VoiceCard::setLines(const QList<PasticheLine> &lines)
{
    m_lines = lines;
    while (m_lineLabels.size() < std::max<qsizetype>(lines.size(), 1)) {
        auto *label = new WrappingLabel;
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        // A fresh QSizePolicy would drop the height-for-width flag setWordWrap gave the label: without it a short
        // dock squeezes every line to one row.
        QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Minimum);
        policy.setHeightForWidth(true);
        label->setSizePolicy(policy);
        QFont font = label->font();
        font.setPointSizeF(font.pointSizeF() * 1.08);
        label->setFont(font);
        m_lineRow->addWidget(label, 1);
        m_lineLabels.append(label);
    }
    for (qsizetype i = 0; i < m_lineLabels.size(); ++i) {
        QLabel *label = m_lineLabels.at(i);
        label->setVisible(i < std::max<qsizetype>(lines.size(), 1));
        if (i < lines.size()) {
            label->setText(lines.at(i).text);
            label->setEnabled(true);
        } else if (i == 0) {
            label->setText(tr("No line for this text."));
            label->setEnabled(false);
        }
    }
    QStringList sources;
    QStringList notes;
    for (const PasticheLine &line : lines) {
        const QString source = line.source == PasticheEngine::ModelSource
                                   ? tr("model: %1").arg(m_modelName.isEmpty() ? tr("unnamed") : m_modelName)
                                   : tr("template");
        if (!sources.contains(source))
            sources.append(source);
        if (!line.note.isEmpty())
            notes.append(line.note);
    }
    m_source->setText(sources.join(u" · "_s));
    m_source->setVisible(!sources.isEmpty());
    m_source->setToolTip(notes.isEmpty() ? tr("Where the line came from: the offline templates or a model")
                                         : tr("The offline line is shown: %1").arg(notes.join(u"; "_s)));
    const bool hasLine = !lines.isEmpty();
    m_insertBelow->setEnabled(hasLine);
    m_replace->setEnabled(hasLine);
    m_copy->setEnabled(hasLine);
    m_next->setEnabled(hasLine && !isPinned());
}

void VoiceCard::setPinned(bool pinned)
{
    m_pin->setChecked(pinned);
}

bool VoiceCard::isPinned() const
{
    return m_pin->isChecked();
}

void VoiceCard::showPartial(int index, const QString &partial, const QString &model)
{
    if (index < 0 || index >= m_lineLabels.size() || index >= m_lines.size() || partial.trimmed().isEmpty())
        return;
    m_lineLabels.at(index)->setText(partial.trimmed() + u'…');
    m_source->setText(tr("model: %1 …").arg(model));
    m_source->setVisible(true);
}

QString VoiceCard::sourceText() const
{
    return m_source->text();
}

} // namespace coinage::gui
