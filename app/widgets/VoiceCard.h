#pragma once

#include "voices/PasticheEngine.h"

#include <QFrame>
#include <QList>

class QLabel;
class QToolButton;
class QHBoxLayout;

namespace coinage::gui {

// One voice in the Voices panel: its name, its line (two side by side when both languages are shown), where the
// line came from ("template" or "model"), and the actions on it. The card only shows and asks; the panel decides.
class VoiceCard : public QFrame
{
    Q_OBJECT
public:
    explicit VoiceCard(const QString &voiceId, const QString &name, QWidget *parent = nullptr);

    QString voiceId() const { return m_voiceId; }
    // The lines to show, one per language (empty: "no line for this text").
    void setLines(const QList<PasticheLine> &lines);
    const QList<PasticheLine> &lines() const { return m_lines; }
    // A model's line as it streams in for line `index` (the offline line stays the one the actions use until the
    // model's is final and set with setLines).
    void showPartial(int index, const QString &partial, const QString &model);
    // The model whose lines this card shows as "model: NAME".
    void setModelName(const QString &model) { m_modelName = model; }
    // "template", or "model: NAME".
    QString sourceText() const;
    // The line the actions use: the first one.
    QString text() const { return m_lines.isEmpty() ? QString() : m_lines.first().text; }

    void setPinned(bool pinned);
    bool isPinned() const;

    QToolButton *insertBelowButton() const { return m_insertBelow; }
    QToolButton *replaceButton() const { return m_replace; }
    QToolButton *copyButton() const { return m_copy; }
    QToolButton *nextVariantButton() const { return m_next; }
    QToolButton *pinButton() const { return m_pin; }
    QToolButton *hideButton() const { return m_hide; }
    QList<QLabel *> lineLabels() const { return m_lineLabels; }

Q_SIGNALS:
    void insertBelowRequested(const QString &voiceId);
    void replaceRequested(const QString &voiceId);
    void nextVariantRequested(const QString &voiceId);
    void pinToggled(const QString &voiceId, bool pinned);
    void hideRequested(const QString &voiceId);

private:
    QToolButton *makeButton(QHBoxLayout *row, const QString &text, const QString &toolTip);

    QString m_voiceId;
    QString m_modelName;
    QList<PasticheLine> m_lines;
    QLabel *m_name;
    QLabel *m_source;
    QHBoxLayout *m_lineRow;
    QList<QLabel *> m_lineLabels;
    QToolButton *m_insertBelow, *m_replace, *m_copy, *m_next, *m_pin, *m_hide;
};

} // namespace coinage::gui
