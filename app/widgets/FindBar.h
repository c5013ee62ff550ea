#pragma once

#include "find/TextFinder.h"

#include <QWidget>

#include <memory>

namespace Ui {
class FindBar;
}

namespace coinage::gui {

// The find and replace bar under the editor (forms/findbar.ui): the pattern, the replacement, the options (regular
// expression, match case, whole words, in selection), the match count, Previous/Next, Replace and Replace All.
// A view only: FindController does the finding. Escape closes it; Enter finds the next match, Shift+Enter the
// previous one.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QWidget *parent = nullptr);
    ~FindBar() override;

    FindQuery query() const;
    bool inSelection() const;
    void setInSelection(bool on);
    QString replacement() const;
    // Shows the replace row or not.
    void setReplaceShown(bool shown);
    bool isReplaceShown() const;
    void setPattern(const QString &pattern);
    // Focuses the pattern (Ctrl+F) or the replacement (Ctrl+H) with its text selected.
    void focusFind();
    void focusReplace();
    // "3 of 12", "No matches", an error.
    void setStatus(const QString &text, bool error = false);
    QString status() const;

Q_SIGNALS:
    void queryChanged();
    void nextRequested();
    void previousRequested();
    void replaceRequested();
    void replaceAllRequested();
    void closeRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::unique_ptr<Ui::FindBar> m_ui;
};

} // namespace coinage::gui
