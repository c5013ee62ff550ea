#pragma once

#include "voices/Voice.h"
#include "voices/VoiceLearner.h"
#include "voices/VoiceWriter.h"

#include <QDialog>
#include <QTimer>

#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
namespace Ui {
class VoiceEditorDialog;
}

namespace coinage::gui {

class Prompts;
class VoiceBlockEditor;
class VoiceLearnPage;

// The voice editor (forms/voiceeditor.ui): id, names, descriptions, and per language the attributions, templates,
// lexicon, signatures and examples; a Learn from Samples tab; a live preview of the sentence at the caret in both
// languages through PasticheEngine, refreshed shortly after each change. Save validates with VoiceParser and writes
// the user's voice file (UserVoiceStore, atomic); a voice that does not validate is not written and the dialog stays
// open with every field as typed. A built-in voice is edited as a user copy with its id (which replaces it).
class VoiceEditorDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int previewDelayMs = 200;

    VoiceEditorDialog(UserVoiceStore store, Prompts *prompts, QWidget *parent = nullptr);
    ~VoiceEditorDialog() override;

    // The voice to edit; `isNew` for New Voice (a starter voice).
    void setVoice(const Voice &voice, bool isNew = false);
    // The voice as the fields describe it now.
    Voice voice() const;
    // The sentence the preview rewrites (the one at the caret of the post).
    void setPreviewText(const QString &text);
    // A valid voice to start from, with an id not in `takenIds`.
    static Voice starterVoice(const QStringList &takenIds);

    // Validates and writes; false (and the problems shown) when nothing was written.
    bool save();
    // Deletes the user voice after asking; false when kept.
    bool deleteVoice();
    QString savedPath() const { return m_savedPath; }

    QLabel *noticeLabel() const;
    QTabWidget *tabs() const;
    QLineEdit *idEdit() const;
    QLineEdit *nameZhEdit() const;
    QLineEdit *nameEnEdit() const;
    VoiceBlockEditor *blockEditor(VoiceLanguage language) const;
    VoiceLearnPage *learnPage() const;
    QPlainTextEdit *sentenceEdit() const;
    QLabel *previewLabel(VoiceLanguage language) const;
    QLabel *problemsLabel() const;
    QPushButton *saveButton() const;
    QPushButton *deleteButton() const;

Q_SIGNALS:
    // A voice file was written or removed: the library should be read again.
    void voicesChanged();
    // The preview shows the current fields.
    void previewUpdated();

private:
    void updatePreview();
    void addProposals(const QList<coinage::SignatureProposal> &proposals, const QString &lexiconList);
    void showProblems(const QStringList &problems, bool blocking);

    std::unique_ptr<Ui::VoiceEditorDialog> m_ui;
    UserVoiceStore m_store;
    Prompts *m_prompts;
    Voice m_original;
    QString m_userPath; // the user file being edited; empty for a new voice or a built-in's copy
    QString m_savedPath;
    QPushButton *m_delete = nullptr;
    QTimer m_previewTimer;
};

} // namespace coinage::gui
