#pragma once

#include <QLabel>
#include <QList>
#include <QPair>

namespace coinage::gui {

// A word-wrapped QLabel that remembers its height for each width it was asked about, until its text, font, style,
// margins, indent, alignment or text format changes.
//
// QLabel recomputes heightForWidth on every call, and for selectable text that means laying out a QTextDocument.
// Nested box layouts ask each label several times per pass (minimum, preferred, total size hints), so refreshing the
// Voices cards after a typing pause cost ~100 ms of UI thread on the layouts alone.
class WrappingLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrappingLabel(QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Shape
    {
        QString text;
        int margin = 0;
        int indent = 0;
        Qt::Alignment alignment;
        Qt::TextFormat format = Qt::AutoText;
        bool wordWrap = false;
        bool operator==(const Shape &) const = default;
    };
    Shape shape() const;

    mutable Shape m_measured;
    mutable QList<QPair<int, int>> m_heights; // (width, height), the newest last
};

} // namespace coinage::gui
