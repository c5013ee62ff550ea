#pragma once

#include "bilingual/TranslationPrompt.h"
#include "voices/ChatStream.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTextCursor>

#include <functional>

class QAction;
class QFrame;
class QLabel;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;

namespace coinage::gui {

class BilingualView;
class ModelBackend;

// Translate Selected Pair and Translate Untranslated Pairs in the bilingual view, with the optional model backend
// (Voices > Language Model…; ModelBackend: settings, API key, consent before a non-loopback host).
//
// Pairs are translated one after another: each pair's source blocks go out with TranslationPrompt's request, the reply
// streams into the translation side in place of the pair's translation blocks (or as a new block for a 1-0 pair), all
// of it one undo step of the translation's Document, and once the alignment has caught up the pair is marked draft in
// the sidecar. A bar under the toolbar shows "pair n of m" with a progress bar and Cancel (Escape): cancelling aborts
// the request and takes back the unfinished pair's partial text, keeping the pairs finished before. An error stops
// the run the same way and stays in the bar. Without a configured model the bar says how to set one up and offers the
// settings. The translation side is read-only while a run goes on.
class PairTranslator : public QObject
{
    Q_OBJECT
public:
    // The commands, made once for the window (View menu) and put on each view's toolbar: Translate Selected Pair
    // (Ctrl+Alt+R), Translate Untranslated Pairs (Ctrl+Alt+Shift+R), Cancel Translation (Escape, within the view).
    struct Actions
    {
        QAction *translatePair = nullptr;
        QAction *translateUntranslated = nullptr;
        QAction *cancel = nullptr;
    };
    static Actions createActions(QObject *owner);

    PairTranslator(BilingualView *view, ModelBackend *backend, const Actions &actions,
                   std::function<void()> showModelSettings);
    ~PairTranslator() override;

    QAction *translatePairAction() const { return m_translatePair; }
    QAction *translateUntranslatedAction() const { return m_translateUntranslated; }
    QAction *cancelAction() const { return m_cancelAction; }
    QFrame *bar() const { return m_bar; }
    QLabel *messageLabel() const { return m_message; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *settingsButton() const { return m_settingsButton; }

    // Translates these pairs of the current alignment (in document order); false when nothing was started (the bar
    // says why).
    bool translate(const QList<int> &pairs);
    bool isRunning() const { return m_running; }
    int finishedCount() const { return m_done; }
    int totalCount() const { return m_total; }
    void cancel();

Q_SIGNALS:
    // A run ended (done, cancelled or failed); `finished` pairs were translated.
    void runFinished(int finished, int total);

private:
    void showMessage(const QString &text, bool problem, bool offerSettings = false);
    void updateActions();
    void next();
    void proceed();
    void startJob();
    void onPartial(const QString &reply);
    void onDone(const QString &reply);
    void stop(const QString &message, bool problem);
    void takeBackPartial();
    void finishRun();

    QPointer<BilingualView> m_view;
    ModelBackend *m_backend;
    std::function<void()> m_showModelSettings;
    QNetworkAccessManager *m_network;
    QAction *m_translatePair;
    QAction *m_translateUntranslated;
    QAction *m_cancelAction;
    QFrame *m_bar;
    QLabel *m_message;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_settingsButton;
    QPushButton *m_close;

    QList<QTextCursor> m_jobs;   // the source blocks still to translate
    QList<QTextCursor> m_drafts; // in the translation: where finished translations start, to mark draft
    QPointer<ChatStream> m_stream;
    ModelSettings m_settings;
    TranslationPrompt::Placement m_place;
    qsizetype m_currentLength = 0; // of the text now standing at m_place
    bool m_applied = false;        // the current pair has put text into the translation
    bool m_running = false;
    bool m_waiting = false; // for the alignment to catch up with the texts
    bool m_stopping = false;
    QString m_stopMessage;
    bool m_stopProblem = false;
    int m_done = 0;
    int m_total = 0;
    quint64 m_run = 0; // counts runs, so a key read for a cancelled one starts nothing
};

} // namespace coinage::gui
