#pragma once

#include "voices/VoiceLearner.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QWidget>

#include <memory>

class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
namespace Ui {
class VoiceLearnPage;
}

namespace coinage::gui {

class Prompts;

// Learn from samples (forms/voicelearnpage.ui), a tab of the voice editor: sample texts from files or pasted, kept in
// memory only; Analyse runs VoiceLearner on a worker (Cancel stops it); the proposals are listed with their
// evidence (z-score, counts in the samples and the background, a sample context) and a checkbox each. Add Selected
// hands the checked ones to the editor: phrases become signature phrases, single words go to a lexicon list.
class VoiceLearnPage : public QWidget
{
    Q_OBJECT
public:
    struct Proposal
    {
        SignatureProposal evidence;
        QString context;
    };

    explicit VoiceLearnPage(QWidget *parent = nullptr);
    ~VoiceLearnPage() override;

    void setPrompts(Prompts *prompts) { m_prompts = prompts; }
    void addSample(const QString &title, const QString &text);
    QStringList samples() const;
    void analyse();
    void cancel();
    bool isAnalysing() const { return m_watcher.isRunning() && !m_cancelled; }
    // The worker is still busy (after a cancel, only until it next checks for the request).
    bool isWorkerRunning() const { return m_watcher.isRunning(); }
    QList<Proposal> proposals() const { return m_proposals; }
    // Checks or unchecks the proposal with this term; false when there is none.
    bool setChecked(const QString &term, bool checked);

    QListWidget *samplesList() const;
    QPlainTextEdit *pasteEdit() const;
    QPushButton *addPastedButton() const;
    QPushButton *analyseButton() const;
    QPushButton *addSelectedButton() const;
    QTreeWidget *proposalsTree() const;

Q_SIGNALS:
    // Analysis done and shown (not after a cancel).
    void analysed();
    // Add Selected: the checked proposals; words go to `lexiconList`.
    void proposalsAccepted(const QList<coinage::SignatureProposal> &proposals, const QString &lexiconList);

private:
    static void run(QPromise<QList<Proposal>> &promise, const QStringList &samples);
    void openFiles();
    void addPasted();
    void onFinished();
    void updateButtons();
    void acceptSelected();

    std::unique_ptr<Ui::VoiceLearnPage> m_ui;
    Prompts *m_prompts = nullptr;
    QFutureWatcher<QList<Proposal>> m_watcher;
    bool m_cancelled = false;
    QList<Proposal> m_proposals;
};

} // namespace coinage::gui
