#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace coinage::gui {

// The bar above the preview of a post with remote images while they are not allowed: "This post has N remote
// images." with Load Them (this post, this session) and Always Load (the preference).
class RemoteImagesBar : public QFrame
{
    Q_OBJECT
public:
    explicit RemoteImagesBar(QWidget *parent = nullptr);

    void setCount(int count);
    QPushButton *loadButton() const { return m_load; }
    QPushButton *alwaysButton() const { return m_always; }

Q_SIGNALS:
    void loadRequested();
    void alwaysRequested();

private:
    QLabel *m_label;
    QPushButton *m_load;
    QPushButton *m_always;
};

} // namespace coinage::gui
