#pragma once

#include "jekyll/Site.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolBar;
class QTreeWidget;
class QTreeWidgetItem;
namespace Ui {
class SitePanel;
}

namespace coinage::gui {

// The Site panel (forms/sitepanel.ui): the open site's drafts and posts as a tree grouped Drafts / Posts, newest
// first, with title, date and state; a search (title and file name) and a state filter; a toolbar and context menu
// with the workflow actions it is given. Shows; never changes files (SiteController does).
class SitePanel : public QWidget
{
    Q_OBJECT
public:
    explicit SitePanel(QWidget *parent = nullptr);
    ~SitePanel() override;
    QSize sizeHint() const override;
    // Narrower than this, the tree shows titles only: date and state go to the tooltip and the title's style.
    static constexpr int compactWidth = 300;

    // The site's description ("name — zone") or the hint when none is open.
    void setSiteDescription(const QString &text);
    void setPosts(const QList<SitePost> &posts);
    const QList<SitePost> &posts() const { return m_posts; }
    // Toolbar buttons and context menu entries (null = separator).
    void setActions(const QList<QAction *> &actions);
    // Context menu entries only (null = separator).
    void addMenuActions(const QList<QAction *> &actions);

    // The selected post, nullopt for none or a group row.
    std::optional<SitePost> selectedPost() const;
    // Selects the post with this path, if listed; true when found.
    bool selectPath(const QString &path);

    QTreeWidget *tree() const;
    QLineEdit *searchEdit() const;
    QComboBox *stateFilter() const;
    QLabel *siteLabel() const;

    // The info bar offering to switch to another site (the one the post in front belongs to); hidden otherwise.
    void offerSite(const QString &root, const QString &message);
    void hideSiteOffer();
    QString offeredSite() const { return m_offeredSite; }
    QWidget *siteOfferBar() const;
    QPushButton *switchSiteButton() const;
    QPushButton *dismissSiteButton() const;

Q_SIGNALS:
    void postActivated(const QString &path);
    void selectionChanged();
    // The info bar's buttons.
    void switchSiteRequested(const QString &root);
    void siteOfferDismissed(const QString &root);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void updateColumns();

    std::unique_ptr<Ui::SitePanel> m_ui;
    QToolBar *m_toolbar;
    QList<SitePost> m_posts;
    QString m_offeredSite;
};

} // namespace coinage::gui
