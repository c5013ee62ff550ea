#pragma once

#include "stats/PostStatistics.h"

#include <QDialog>
#include <QHash>

class QLabel;

namespace coinage::gui {

// Tools > Statistics: words (each CJK character one), CJK characters, other words, characters with and without
// spaces, paragraphs and reading time, for the post (its body) and for the selection. Not modal: it follows the
// editor while open.
class StatisticsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StatisticsDialog(QWidget *parent = nullptr);

    void setPost(const PostStatistics &statistics);
    // std::nullopt-like: hasSelection false shows dashes.
    void setSelection(const PostStatistics &statistics, bool hasSelection);

    // The shown text of a figure: row "words", "cjk", "other", "characters", "noSpaces", "paragraphs", "reading";
    // column 0 post, 1 selection.
    QString figure(const QString &row, int column) const;

private:
    void fill(int column, const PostStatistics &statistics, bool present);

    QHash<QString, QLabel *> m_cells[2];
};

} // namespace coinage::gui
