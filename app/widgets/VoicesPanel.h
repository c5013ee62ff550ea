#pragma once

#include "voices/PasticheEngine.h"
#include "voices/SentenceAnalysis.h"
#include "voices/TextScope.h"
#include "voices/VoiceLibrary.h"

#include <QFutureWatcher>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
namespace Ui {
class VoicesPanel;
}

namespace coinage::gui {

class EditorArea;
class MarkdownEditor;
class ModelBackend;
class ModelLineUpgrader;
class VoiceCard;

// The Voices panel (forms/voicespanel.ui): the sentence at the caret (or its paragraph, or the selection) retold by
// every voice, one card each. Lines follow the caret: a change schedules a refresh after a short debounce, the
// lines are computed on a worker from a copy of the scope's text, and a result made for an older revision, caret or
// setting is dropped. Insert below, Replace and Symposium apply VoiceEdits through Document::applyEdits (one undo
// step each). Pinned cards keep their line; pinned and hidden voices are remembered in QSettings. With a model
// backend enabled (setModelBackend), each shown card's offline line is then upgraded by the model's as it streams
// (ModelLineUpgrader); the next keystroke or caret move aborts those requests, and failures show in one quiet line.
class VoicesPanel : public QWidget
{
    Q_OBJECT
public:
    enum class LanguageMode
    {
        Auto,
        Chinese,
        English,
        Both
    };
    static constexpr int debounceMs = 250;

    explicit VoicesPanel(EditorArea *area, QWidget *parent = nullptr);
    ~VoicesPanel() override;

    void setEditor(MarkdownEditor *editor);

    QList<VoiceCard *> cards() const { return m_cards; }
    VoiceCard *card(const QString &voiceId) const;
    // The cards of voices that are not hidden, in panel order.
    QList<VoiceCard *> shownCards() const;
    const VoiceLibrary &library() const { return m_library; }
    QComboBox *scopeBox() const;
    QComboBox *languageBox() const;
    QPushButton *symposiumButton() const;
    // The revision of the text the cards' lines were made from (0 before the first result).
    quint64 shownRevision() const { return m_shown.request.revision; }
    // Shows a hidden voice again.
    void unhide(const QString &voiceId);
    // What Preferences > Voices edits: the hidden voice ids, and the ids in panel order (voices not listed follow in
    // library order). reloadVoiceSettings() rereads both and rearranges the cards at once.
    static QString hiddenSettingKey();
    static QString orderSettingKey();
    void reloadVoiceSettings();
    // Reads the voices again (after the voice editor saved or deleted one) and rebuilds the cards.
    void reloadVoices();
    // Puts a widget (the voice editor's menu button) at the end of the controls row.
    void addControl(QWidget *widget);
    MarkdownEditor *editor() const;
    // The optional model backend (nullptr: offline only).
    void setModelBackend(ModelBackend *backend);
    ModelLineUpgrader *modelUpgrader() const { return m_model; }
    // The panel's one line about the model (asking, failures, consent).
    QLabel *modelStatusLabel() const;

Q_SIGNALS:
    // The cards show lines for a new request (after the debounce and the worker).
    void linesShown();
    // The cards were rebuilt by reloadVoices().
    void voicesReloaded();

private:
    struct Request
    {
        quint64 revision = 0;
        qsizetype caret = -1;
        qsizetype selectionStart = -1;
        qsizetype selectionEnd = -1;
        VoiceScope scope = VoiceScope::Sentence;
        LanguageMode language = LanguageMode::Auto;
        bool operator==(const Request &) const = default;
    };
    struct Result
    {
        Request request;
        ScopedText scope;
        SentenceAnalysis analysis;
        QHash<QString, QList<PasticheLine>> lines; // voice id -> lines (one, or two with both languages)
    };

    static Result compute(const Request &request, const QString &text, const QList<Voice> &voices,
                          const QHash<QString, int> &variants);
    static QList<VoiceLanguage> languages(LanguageMode mode, const SentenceAnalysis &analysis);
    Request currentRequest() const;
    ScopedText currentScope() const;
    void schedule();
    void start();
    void onFinished();
    void showResult(const Result &result);
    void insertBelow(const QString &voiceId);
    void replace(const QString &voiceId);
    void nextVariant(const QString &voiceId);
    void setPinned(const QString &voiceId, bool pinned);
    void hideVoice(const QString &voiceId);
    void insertSymposium();
    void updateHiddenMenu();
    void saveSettings() const;
    void buildCards();
    void requestModelLines();
    void onModelLine(const QString &voiceId, int index, const PasticheLine &line);

    std::unique_ptr<Ui::VoicesPanel> m_ui;
    VoiceLibrary m_library;
    QList<VoiceCard *> m_cards;
    QPointer<MarkdownEditor> m_editor;
    QList<QMetaObject::Connection> m_bindings;
    QTimer m_debounce;
    QFutureWatcher<Result> m_watcher;
    bool m_pending = false;
    Result m_shown;
    QHash<QString, int> m_variants;
    QSet<QString> m_pinned;
    QSet<QString> m_hidden;
    ModelLineUpgrader *m_model = nullptr;
};

} // namespace coinage::gui
