#include "SitePanel.h"

#include "jekyll/SiteListing.h"
#include "ui_sitepanel.h"

#include <QAction>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>
#include <QToolBar>

namespace coinage::gui {

namespace {
constexpr int pathRole = Qt::UserRole + 1;
}

SitePanel::SitePanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SitePanel>())
    , m_toolbar(new QToolBar(this))
{
    m_ui->setupUi(this);
    m_toolbar->setIconSize(QSize(16, 16));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // The toolbar never makes the dock wider than the tree needs.
    m_toolbar->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_ui->toolbarLayout->addWidget(m_toolbar);
    m_ui->stateFilter->addItem(tr("All"), QString());
    for (const PostState state : {PostState::Draft, PostState::Published, PostState::Unpublished, PostState::Future})
        m_ui->stateFilter->addItem(SiteListing::stateLabel(state), Site::stateName(state));
    QHeaderView *header = m_ui->tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_ui->tree->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_ui->search, &QLineEdit::textChanged, this, &SitePanel::rebuild);
    connect(m_ui->stateFilter, &QComboBox::currentIndexChanged, this, &SitePanel::rebuild);
    connect(m_ui->tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const QString path = item->data(0, pathRole).toString(); !path.isEmpty())
            Q_EMIT postActivated(path);
    });
    connect(m_ui->tree, &QTreeWidget::itemSelectionChanged, this, &SitePanel::selectionChanged);
    m_ui->otherSiteBar->setBackgroundRole(QPalette::ToolTipBase);
    m_ui->otherSiteLabel->setForegroundRole(QPalette::ToolTipText);
    m_ui->otherSiteBar->hide();
    connect(m_ui->switchSiteButton, &QPushButton::clicked, this, [this] {
        const QString root = std::exchange(m_offeredSite, QString());
        m_ui->otherSiteBar->hide();
        Q_EMIT switchSiteRequested(root);
    });
    connect(m_ui->dismissSiteButton, &QPushButton::clicked, this, [this] {
        const QString root = std::exchange(m_offeredSite, QString());
        m_ui->otherSiteBar->hide();
        Q_EMIT siteOfferDismissed(root);
    });
}

void SitePanel::offerSite(const QString &root, const QString &message)
{
    m_offeredSite = root;
    m_ui->otherSiteLabel->setText(message);
    m_ui->otherSiteBar->setToolTip(root);
    m_ui->otherSiteBar->show();
}

void SitePanel::hideSiteOffer()
{
    m_offeredSite.clear();
    m_ui->otherSiteBar->hide();
}

QWidget *SitePanel::siteOfferBar() const
{
    return m_ui->otherSiteBar;
}

QPushButton *SitePanel::switchSiteButton() const
{
    return m_ui->switchSiteButton;
}

QPushButton *SitePanel::dismissSiteButton() const
{
    return m_ui->dismissSiteButton;
}

SitePanel::~SitePanel() = default;

void SitePanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateColumns();
}

// A narrow panel (the first start docks it at about 220 px) has no room for three columns: the title takes the row;
// the date and state are in the tooltip, future posts in italics, unpublished ones greyed (drafts have their group).
void SitePanel::updateColumns()
{
    const bool compact = m_ui->tree->width() < compactWidth;
    m_ui->tree->setColumnHidden(1, compact);
    m_ui->tree->setColumnHidden(2, compact);
}

QSize SitePanel::sizeHint() const
{
    return {340, 480};
}

QTreeWidget *SitePanel::tree() const
{
    return m_ui->tree;
}

QLineEdit *SitePanel::searchEdit() const
{
    return m_ui->search;
}

QComboBox *SitePanel::stateFilter() const
{
    return m_ui->stateFilter;
}

QLabel *SitePanel::siteLabel() const
{
    return m_ui->siteLabel;
}

void SitePanel::setSiteDescription(const QString &text)
{
    m_ui->siteLabel->setText(text);
}

void SitePanel::setActions(const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        if (!action) {
            m_toolbar->addSeparator();
            auto *separator = new QAction(m_ui->tree);
            separator->setSeparator(true);
            m_ui->tree->addAction(separator);
            continue;
        }
        m_toolbar->addAction(action);
        m_ui->tree->addAction(action);
    }
}

void SitePanel::addMenuActions(const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        if (!action) {
            action = new QAction(m_ui->tree);
            action->setSeparator(true);
        }
        m_ui->tree->addAction(action);
    }
}

void SitePanel::setPosts(const QList<SitePost> &posts)
{
    m_posts = posts;
    rebuild();
}

std::optional<SitePost> SitePanel::selectedPost() const
{
    const QList<QTreeWidgetItem *> selected = m_ui->tree->selectedItems();
    if (selected.isEmpty())
        return std::nullopt;
    const QString path = selected.first()->data(0, pathRole).toString();
    for (const SitePost &post : m_posts) {
        if (post.path == path)
            return post;
    }
    return std::nullopt;
}

bool SitePanel::selectPath(const QString &path)
{
    for (int g = 0; g < m_ui->tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_ui->tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->data(0, pathRole).toString() == path) {
                m_ui->tree->setCurrentItem(group->child(i));
                return true;
            }
        }
    }
    return false;
}

void SitePanel::rebuild()
{
    const std::optional<SitePost> selected = selectedPost();
    const QString stateName = m_ui->stateFilter->currentData().toString();
    const QList<SiteListing::Group> groups = SiteListing::group(
        m_posts, stateName.isEmpty() ? std::nullopt : SiteListing::stateFromName(stateName), m_ui->search->text());
    m_ui->tree->setUpdatesEnabled(false);
    m_ui->tree->clear();
    for (const SiteListing::Group &group : groups) {
        auto *groupItem = new QTreeWidgetItem(m_ui->tree);
        groupItem->setText(0, tr("%1 (%2)").arg(SiteListing::groupLabel(group.name)).arg(group.posts.size()));
        groupItem->setData(0, Qt::UserRole, group.name);
        groupItem->setFlags(Qt::ItemIsEnabled);
        QFont bold = groupItem->font(0);
        bold.setBold(true);
        groupItem->setFont(0, bold);
        groupItem->setFirstColumnSpanned(true);
        QList<QTreeWidgetItem *> children;
        children.reserve(group.posts.size());
        for (const SitePost &post : group.posts) {
            auto *item = new QTreeWidgetItem;
            item->setText(0, post.title);
            item->setText(1, post.date.isValid() ? post.date.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString());
            item->setText(2, SiteListing::stateLabel(post.state));
            item->setData(0, pathRole, post.path);
            item->setData(2, Qt::UserRole, Site::stateName(post.state));
            QString tip = item->text(1).isEmpty() ? item->text(2) : tr("%1 · %2").arg(item->text(1), item->text(2));
            tip += u'\n' + post.relativePath;
            if (!post.problem.isEmpty()) {
                tip += u'\n' + post.problem;
                item->setForeground(2, palette().brush(QPalette::PlaceholderText));
            }
            if (post.state == PostState::Future) {
                QFont italic = item->font(0);
                italic.setItalic(true);
                item->setFont(0, italic);
            } else if (post.state == PostState::Unpublished) {
                item->setForeground(0, palette().brush(QPalette::PlaceholderText));
            }
            item->setToolTip(0, tip);
            children.append(item);
        }
        groupItem->addChildren(children);
        groupItem->setExpanded(true);
    }
    m_ui->tree->setUpdatesEnabled(true);
    if (selected)
        selectPath(selected->path);
    Q_EMIT selectionChanged();
}

} // namespace coinage::gui
