#pragma once

#include <QColor>
#include <QWidget>

namespace coinage::gui {

class MarkdownEditor;

// The strip left of an editor's text with the line numbers of the visible lines; the caret's line stands out.
class LineNumberGutter : public QWidget
{
    Q_OBJECT
public:
    explicit LineNumberGutter(MarkdownEditor *editor);

    int preferredWidth() const;
    void setColors(const QColor &background, const QColor &number, const QColor &currentNumber);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    MarkdownEditor *m_editor;
    QColor m_background;
    QColor m_number;
    QColor m_currentNumber;
};

} // namespace coinage::gui
