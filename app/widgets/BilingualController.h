#pragma once

#include "PairTranslator.h"

#include <QObject>
#include <QPointer>

#include <utility>

class QAction;
class QLabel;
class QStackedWidget;

namespace coinage::gui {

class BilingualSession;
class BilingualView;
class Document;
class MainWindow;
class MarkdownEditor;
class PairTranslator;

// The bilingual view's place in the window: File > Open Translation Pair… and Create Translation…, View > Bilingual
// View (Ctrl+Alt+B), Next Unfinished Pair (Ctrl+Alt+N), Interleaved Reading (Ctrl+Alt+I), Translate Selected Pair
// (Ctrl+Alt+R), Translate Untranslated Pairs (Ctrl+Alt+Shift+R) and Cancel Translation (Escape); the pair's status
// counts in the status bar. It finds the current post's counterpart (PostPairing: the same link key, another `lang`; or
// the NAME.LANG.md convention), or asks for the file, opens both posts as documents of the editor area and shows the
// BilingualView in the window's centre in place of the editor area (switching back on toggle). The view's editors
// count as the window's current editor while focused, so Save, Undo and the status bar work as usual.
class BilingualController : public QObject
{
    Q_OBJECT
public:
    explicit BilingualController(MainWindow *window);
    ~BilingualController() override;

    // Opens two posts as a pair (which one is the original is decided by pairOrder) and shows the view.
    bool openPair(const QString &first, const QString &second);
    // The view for the current post and its counterpart (asking for it when none is found).
    bool showForCurrent();
    void closeView();
    // Create Translation… on the current post.
    bool createTranslation();

    BilingualView *view() const;
    BilingualSession *session() const;
    // Translate with the language model (Voices > Language Model…), while the view is open.
    PairTranslator *translator() const;
    QLabel *countsLabel() const { return m_counts; }
    QString countsText() const;

    // (original, translation) of two posts: the one with a sidecar (kept next to the translation), else the one
    // whose title says it is a translation (a "translated" note or a "translate me" marker), else `first` first.
    static std::pair<QString, QString> pairOrder(const QString &first, const QString &second);

private:
    void createActions();
    void addToMenus();
    void updateActions();
    void updateCounts();
    Document *currentDocument() const;
    QString askForFile(const QString &title);
    void onEditorFocused(MarkdownEditor *editor);
    void onDocumentDestroyed();
    QStackedWidget *stack();

    MainWindow *m_window;
    QPointer<QStackedWidget> m_stack;
    QWidget *m_blank = nullptr; // shown while the view goes when the area may be gone
    QPointer<BilingualView> m_view;
    QPointer<BilingualSession> m_session;
    QPointer<PairTranslator> m_translator;
    QLabel *m_counts;
    QAction *m_openPair = nullptr;
    QAction *m_createTranslation = nullptr;
    QAction *m_toggle = nullptr;
    QAction *m_nextUnfinished = nullptr;
    QAction *m_interleaved = nullptr;
    PairTranslator::Actions m_translateActions; // in View, on the view's toolbar; PairTranslator acts on them
};

} // namespace coinage::gui
