#include "WrappingLabel.h"

#include <QEvent>

namespace coinage::gui {

namespace {
constexpr qsizetype rememberedWidths = 8;
}

WrappingLabel::WrappingLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

int WrappingLabel::heightForWidth(int width) const
{
    // setText, setMargin and the like are not virtual: a change is noticed here.
    if (Shape now = shape(); !(now == m_measured)) {
        m_heights.clear();
        m_measured = std::move(now);
    }
    for (const QPair<int, int> &known : std::as_const(m_heights)) {
        if (known.first == width)
            return known.second;
    }
    const int height = QLabel::heightForWidth(width);
    if (m_heights.size() == rememberedWidths)
        m_heights.removeFirst();
    m_heights.append({width, height});
    return height;
}

WrappingLabel::Shape WrappingLabel::shape() const
{
    return {text(), margin(), indent(), alignment(), textFormat(), wordWrap()};
}

void WrappingLabel::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
    case QEvent::LayoutDirectionChange:
        m_heights.clear();
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

} // namespace coinage::gui
