#include "OutlinePanel.h"

#include "ui_outlinepanel.h"

#include <QKeyEvent>
#include <QTreeWidgetItemIterator>

#include <algorithm>
#include <functional>

namespace coinage::gui {
namespace {
constexpr int lineRole = Qt::UserRole;

bool sameStructure(const QList<ScanHeading> &a, const QList<ScanHeading> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const ScanHeading &x, const ScanHeading &y) {
        return x.level == y.level && x.text == y.text;
    });
}

} // namespace

OutlinePanel::OutlinePanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OutlinePanel>())
{
    m_ui->setupUi(this);
    setFocusProxy(m_ui->tree);
    auto activate = [this](QTreeWidgetItem *item) {
        if (item)
            Q_EMIT headingActivated(item->data(0, lineRole).toInt());
    };
    connect(m_ui->tree, &QTreeWidget::itemClicked, this, activate);
    connect(m_ui->tree, &QTreeWidget::itemActivated, this, activate);
    connect(m_ui->filter, &QLineEdit::textChanged, this, &OutlinePanel::applyFilter);
    connect(m_ui->filter, &QLineEdit::returnPressed, this, &OutlinePanel::activateFirstMatch);
    m_ui->tree->installEventFilter(this);
    m_ui->filter->installEventFilter(this);
    rebuild();
}

OutlinePanel::~OutlinePanel() = default;

bool OutlinePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape &&
        static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
        Q_EMIT dismissed();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void OutlinePanel::activateFirstMatch()
{
    for (QTreeWidgetItemIterator it(m_ui->tree, QTreeWidgetItemIterator::NotHidden); *it; ++it) {
        if ((*it)->text(0).contains(m_ui->filter->text().trimmed(), Qt::CaseInsensitive)) {
            Q_EMIT headingActivated((*it)->data(0, lineRole).toInt());
            return;
        }
    }
}

QTreeWidget *OutlinePanel::tree() const
{
    return m_ui->tree;
}

QLineEdit *OutlinePanel::filterEdit() const
{
    return m_ui->filter;
}

void OutlinePanel::setHeadings(const QList<ScanHeading> &headings)
{
    if (sameStructure(headings, m_headings)) {
        // Only lines moved (text typed above a heading): keep the tree, its expansion and scroll position.
        m_headings = headings;
        for (qsizetype i = 0; i < m_items.size(); ++i) {
            m_items.at(i)->setData(0, lineRole, m_headings.at(i).line);
            m_items.at(i)->setToolTip(0, tr("Line %1").arg(m_headings.at(i).line + 1));
        }
        markCurrent();
        return;
    }
    m_headings = headings;
    rebuild();
}

void OutlinePanel::rebuild()
{
    m_ui->tree->clear();
    m_items.clear();
    m_marked = nullptr;
    QList<std::pair<int, QTreeWidgetItem *>> parents; // level, item
    for (const ScanHeading &heading : std::as_const(m_headings)) {
        while (!parents.isEmpty() && parents.last().first >= heading.level)
            parents.removeLast();
        auto *item = parents.isEmpty() ? new QTreeWidgetItem(m_ui->tree) : new QTreeWidgetItem(parents.last().second);
        item->setText(0, heading.text.isEmpty() ? tr("(untitled section)") : heading.text);
        item->setData(0, lineRole, heading.line);
        item->setToolTip(0, tr("Line %1").arg(heading.line + 1));
        parents.append({heading.level, item});
        m_items.append(item);
    }
    m_ui->tree->expandAll();
    const bool empty = m_headings.isEmpty();
    m_ui->tree->setVisible(!empty);
    m_ui->empty->setVisible(empty);
    applyFilter();
    markCurrent();
}

void OutlinePanel::applyFilter()
{
    const QString needle = m_ui->filter->text().trimmed();
    std::function<bool(QTreeWidgetItem *)> visit = [&](QTreeWidgetItem *item) {
        bool anyChild = false;
        for (int i = 0; i < item->childCount(); ++i)
            anyChild = visit(item->child(i)) || anyChild;
        const bool matches = needle.isEmpty() || item->text(0).contains(needle, Qt::CaseInsensitive);
        item->setHidden(!matches && !anyChild);
        return matches || anyChild;
    };
    for (int i = 0; i < m_ui->tree->topLevelItemCount(); ++i)
        visit(m_ui->tree->topLevelItem(i));
}

void OutlinePanel::setCurrentLine(int line)
{
    m_caretLine = line;
    markCurrent();
}

int OutlinePanel::currentHeadingLine() const
{
    return m_marked ? m_marked->data(0, lineRole).toInt() : -1;
}

QTreeWidgetItem *OutlinePanel::itemForLine(int line) const
{
    // The last heading at or above the line: headings are in document order.
    const auto after = std::upper_bound(m_headings.begin(), m_headings.end(), line,
                                        [](int value, const ScanHeading &heading) { return value < heading.line; });
    const qsizetype index = (after - m_headings.begin()) - 1;
    return index >= 0 && index < m_items.size() ? m_items.at(index) : nullptr;
}

void OutlinePanel::markCurrent()
{
    QTreeWidgetItem *item = itemForLine(m_caretLine);
    if (item == m_marked)
        return;
    if (m_marked) {
        QFont font = m_marked->font(0);
        font.setBold(false);
        m_marked->setFont(0, font);
    }
    m_marked = item;
    if (!item) {
        m_ui->tree->setCurrentItem(nullptr);
        return;
    }
    QFont font = item->font(0);
    font.setBold(true);
    item->setFont(0, font);
    m_ui->tree->setCurrentItem(item);
    m_ui->tree->scrollToItem(item);
}

} // namespace coinage::gui
