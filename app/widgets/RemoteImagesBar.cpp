#include "RemoteImagesBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace coinage::gui {

RemoteImagesBar::RemoteImagesBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_load(new QPushButton(tr("&Load Them"), this))
    , m_always(new QPushButton(tr("Al&ways Load"), this))
{
    setObjectName(u"remoteImagesBar"_s);
    setAccessibleName(tr("Remote images"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette colors = palette();
    colors.setColor(QPalette::Window, colors.color(QPalette::AlternateBase));
    setPalette(colors);
    m_label->setObjectName(u"remoteImagesText"_s);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_load->setObjectName(u"loadRemoteImages"_s);
    m_load->setAccessibleDescription(tr("Fetches this post's images from the network, for this session"));
    m_always->setObjectName(u"alwaysLoadRemoteImages"_s);
    m_always->setAccessibleDescription(
        tr("Fetches remote images in every post from now on; Preferences > Preview and Focus turns it off"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_load);
    layout->addWidget(m_always);
    connect(m_load, &QPushButton::clicked, this, &RemoteImagesBar::loadRequested);
    connect(m_always, &QPushButton::clicked, this, &RemoteImagesBar::alwaysRequested);
}

void RemoteImagesBar::setCount(int count)
{
    m_label->setText(tr("This post has %n remote image(s). Nothing is fetched from the network until you allow it.",
                        nullptr, count));
    m_label->setAccessibleName(m_label->text());
}

} // namespace coinage::gui
