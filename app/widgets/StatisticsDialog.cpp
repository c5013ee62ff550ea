#include "StatisticsDialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coinage::gui {

StatisticsDialog::StatisticsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"statisticsDialog"_s);
    setWindowTitle(tr("Statistics"));
    auto *layout = new QVBoxLayout(this);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(6);
    auto *postHeader = new QLabel(u"<b>"_s + tr("Post") + u"</b>"_s);
    auto *selectionHeader = new QLabel(u"<b>"_s + tr("Selection") + u"</b>"_s);
    postHeader->setAlignment(Qt::AlignRight);
    selectionHeader->setAlignment(Qt::AlignRight);
    grid->addWidget(postHeader, 0, 1);
    grid->addWidget(selectionHeader, 0, 2);
    const QList<std::pair<QString, QString>> rows{
        {u"words"_s, tr("Words")},
        {u"cjk"_s, tr("CJK characters")},
        {u"other"_s, tr("Other words")},
        {u"characters"_s, tr("Characters")},
        {u"noSpaces"_s, tr("Characters without spaces")},
        {u"paragraphs"_s, tr("Paragraphs")},
        {u"reading"_s, tr("Reading time")},
    };
    int row = 1;
    for (const auto &[key, title] : rows) {
        grid->addWidget(new QLabel(title), row, 0);
        for (int column = 0; column < 2; ++column) {
            auto *cell = new QLabel(u"–"_s);
            cell->setObjectName(key + (column == 0 ? u"Post"_s : u"Selection"_s));
            cell->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            cell->setTextInteractionFlags(Qt::TextSelectableByMouse);
            grid->addWidget(cell, row, column + 1);
            m_cells[column].insert(key, cell);
        }
        ++row;
    }
    layout->addLayout(grid);
    auto *note = new QLabel(tr("Each CJK character counts as a word. Reading time: %1 CJK characters or %2 other "
                               "words a minute. The front matter and Markdown syntax are not counted.")
                                .arg(int(cjkCharactersPerMinute))
                                .arg(int(otherWordsPerMinute)));
    note->setWordWrap(true);
    note->setEnabled(false);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void StatisticsDialog::setPost(const PostStatistics &statistics)
{
    fill(0, statistics, true);
}

void StatisticsDialog::setSelection(const PostStatistics &statistics, bool hasSelection)
{
    fill(1, statistics, hasSelection);
}

void StatisticsDialog::fill(int column, const PostStatistics &statistics, bool present)
{
    const QLocale locale;
    const TextCounts &c = statistics.counts;
    auto set = [&](const QString &key, const QString &text) {
        m_cells[column].value(key)->setText(present ? text : u"–"_s);
    };
    set(u"words"_s, locale.toString(c.words));
    set(u"cjk"_s, locale.toString(c.cjkCharacters));
    set(u"other"_s, locale.toString(c.otherWords));
    set(u"characters"_s, locale.toString(c.characters));
    set(u"noSpaces"_s, locale.toString(c.charactersNoSpaces));
    set(u"paragraphs"_s, locale.toString(c.paragraphs));
    set(u"reading"_s, StatisticsText::readingTime(statistics));
}

QString StatisticsDialog::figure(const QString &row, int column) const
{
    const QLabel *cell = m_cells[qBound(0, column, 1)].value(row);
    return cell ? cell->text() : QString();
}

} // namespace coinage::gui
