#pragma once

#include "bilingual/Alignment.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QStackedWidget;
class QTextBrowser;
class QToolBar;
class QTreeWidget;
class QTreeWidgetItem;
class QVBoxLayout;

namespace coinage::gui {

class BilingualSession;
class ConnectorGutter;
class MarkdownEditor;
class PairScrollSync;
class PairSentenceHighlighter;
class SplitChooser;
class ThemeController;

// A post and its translation side by side: two MarkdownEditor views of the open Documents (source left, translation
// right; editing, undo and saving as in any view), the connector gutter between them, paired blocks kept level while
// scrolling, the caret's pair highlighted on both sides, a toolbar to set the current pair's status, pin, unpin, merge
// and split, an interleaved reading mode, and the parity findings below (click one to go there).
class BilingualView : public QWidget
{
    Q_OBJECT
public:
    BilingualView(BilingualSession *session, ThemeController *themes, QWidget *parent = nullptr);
    ~BilingualView() override;

    BilingualSession *session() const { return m_session; }
    MarkdownEditor *sourceEditor() const { return m_left; }
    MarkdownEditor *targetEditor() const { return m_right; }
    MarkdownEditor *editor(Side side) const { return side == Side::Source ? m_left : m_right; }
    ConnectorGutter *gutter() const { return m_gutter; }
    QTextBrowser *interleavedView() const { return m_interleaved; }
    QTreeWidget *findingsList() const { return m_findings; }
    QToolBar *toolBar() const { return m_toolBar; }
    // The second row: reading aids (sentences, interleaved, next unfinished) and translating.
    QToolBar *toolsBar() const { return m_toolsBar; }
    QAction *statusAction(PairStatus status) const;
    PairSentenceHighlighter *sentences() const { return m_sentences; }
    SplitChooser *splitChooser() const { return m_splitChooser; }
    // A bar shown under the toolbar (the split chooser, the translation progress).
    void addBar(QWidget *bar);

    // The pair of the caret (or the one last clicked in the gutter); -1 when none.
    int currentPair() const { return m_currentPair; }
    // Puts the caret at the start of a pair (in the source, or the translation for a 0-1 pair) and shows it.
    void goToPair(int pair);
    // Jumps to the next pair that is not translated or approved (wrapping); false when all are done.
    bool goToNextUnfinished();
    // Split…: the chooser for the current pair, preselected at the caret's block.
    void chooseSplit();
    // Sentences: the sentence alignment of the caret's pair, highlighted on both sides.
    void setSentencesShown(bool on);

    void setInterleaved(bool on);
    bool isInterleaved() const;

Q_SIGNALS:
    // One of the two editors got the focus (the window treats it as the current editor).
    void editorFocused(coinage::gui::MarkdownEditor *editor);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createToolBar();
    void onAlignmentChanged();
    void onCaretMoved(Side side);
    void setCurrentPair(int pair);
    void updateHighlights();
    void updateActions();
    void rebuildFindings();
    void rebuildInterleaved();
    void activateFinding(QTreeWidgetItem *item);
    void showPairMenu(int pair, const QPoint &globalPosition);
    QString pairToolTip(int pair) const;
    QString pairText(Side side, const AlignedPair &pair) const;
    void applyTheme();

    QPointer<BilingualSession> m_session;
    ThemeController *m_themes;
    MarkdownEditor *m_left;
    MarkdownEditor *m_right;
    ConnectorGutter *m_gutter;
    PairScrollSync *m_scroll;
    QStackedWidget *m_pages;
    QTextBrowser *m_interleaved;
    QTreeWidget *m_findings;
    QToolBar *m_toolBar = nullptr;
    QToolBar *m_toolsBar = nullptr;
    QLabel *m_leftTitle;
    QLabel *m_rightTitle;
    QList<QAction *> m_statusActions; // by PairStatus
    QAction *m_pin = nullptr;
    QAction *m_unpin = nullptr;
    QAction *m_merge = nullptr;
    QAction *m_split = nullptr;
    QAction *m_sentencesAction = nullptr;
    QAction *m_undoDecision = nullptr;
    QAction *m_redoDecision = nullptr;
    PairSentenceHighlighter *m_sentences;
    SplitChooser *m_splitChooser;
    QVBoxLayout *m_layout = nullptr;
    int m_currentPair = -1;
    Side m_caretSide = Side::Source;
    bool m_interleavedDirty = true;
};

} // namespace coinage::gui
