#pragma once

#include <QObject>
#include <QPointer>

class QMenu;
class QPoint;
class QPushButton;

namespace coinage::gui {

class MainWindow;
class VoiceCard;
class VoiceEditorDialog;
class VoicesPanel;

// Custom voices in the window: a "Voices" menu button on the Voices panel (New Voice…, Edit Voice, Delete Voice) and
// the same actions on each card's context menu. Opens VoiceEditorDialog with the sentence at the caret for its
// preview; after a save or delete the panel reads the voices again.
class VoiceEditorController : public QObject
{
    Q_OBJECT
public:
    explicit VoiceEditorController(MainWindow *window);

    // Opens the editor (window-modal, deleted on close) for a voice of the panel, or a new voice when voiceId is
    // empty. Returns the dialog, shown.
    VoiceEditorDialog *openEditor(const QString &voiceId = {});
    // Asks, then deletes the user voice with this id; false when kept or not a user voice.
    bool deleteVoice(const QString &voiceId);
    QPushButton *menuButton() const { return m_button; }
    // The actions offered for one voice (its card's context menu).
    QMenu *cardMenu(const QString &voiceId, QWidget *parent);

private:
    void hookCards();
    void fillMenu();
    QString previewText() const;
    bool isUserVoice(const QString &voiceId) const;

    MainWindow *m_window;
    QPointer<VoicesPanel> m_panel;
    QPushButton *m_button = nullptr;
};

} // namespace coinage::gui
