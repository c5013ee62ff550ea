#include "VoiceEditorController.h"

#include "Document.h"
#include "FileCommands.h"
#include "MainWindow.h"
#include "MarkdownEditor.h"
#include "Prompts.h"
#include "VoiceCard.h"
#include "VoiceEditorDialog.h"
#include "VoicesPanel.h"
#include "voices/TextScope.h"
#include "voices/VoiceLibrary.h"
#include "voices/VoiceWriter.h"

#include <QMenu>
#include <QPushButton>
#include <QTextCursor>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace coinage::gui {

VoiceEditorController::VoiceEditorController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_panel(window->findChild<VoicesPanel *>())
{
    if (!m_panel)
        return;
    // A push button with a menu: the style draws the menu arrow beside the text and makes room for it.
    m_button = new QPushButton(tr("Edit"), m_panel);
    m_button->setObjectName(u"voiceEditorMenu"_s);
    m_button->setToolTip(tr("New, edit and delete voices of your own"));
    m_button->setAccessibleName(tr("Edit voices"));
    m_button->setAccessibleDescription(tr("A menu to create a voice, or edit or delete one of your own"));
    auto *menu = new QMenu(m_button);
    m_button->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, &VoiceEditorController::fillMenu);
    m_panel->addControl(m_button);
    connect(m_panel, &VoicesPanel::voicesReloaded, this, &VoiceEditorController::hookCards);
    hookCards();
}

void VoiceEditorController::hookCards()
{
    for (VoiceCard *card : m_panel->cards()) {
        card->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(card, &QWidget::customContextMenuRequested, this, [this, card](const QPoint &at) {
            QMenu *menu = cardMenu(card->voiceId(), card);
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->popup(card->mapToGlobal(at));
        });
    }
}

QMenu *VoiceEditorController::cardMenu(const QString &voiceId, QWidget *parent)
{
    // The actions run once the menu is gone: a save or delete rebuilds the cards, the menu's parent among them.
    auto later = [this](auto action) {
        return [this, action] {
            QTimer::singleShot(0, this, action);
        };
    };
    auto *menu = new QMenu(parent);
    menu->addAction(tr("Edit Voice…"), this, later([this, voiceId] { openEditor(voiceId); }));
    if (isUserVoice(voiceId))
        menu->addAction(tr("Delete Voice…"), this, later([this, voiceId] { deleteVoice(voiceId); }));
    menu->addSeparator();
    menu->addAction(tr("New Voice…"), this, later([this] { openEditor(); }));
    return menu;
}

void VoiceEditorController::fillMenu()
{
    QMenu *menu = m_button->menu();
    menu->clear();
    menu->addAction(tr("New Voice…"), this, [this] { openEditor(); });
    QMenu *edit = menu->addMenu(tr("Edit Voice"));
    QMenu *remove = menu->addMenu(tr("Delete Voice"));
    const bool chinese = QLocale().language() == QLocale::Chinese;
    for (const Voice &voice : m_panel->library().voices()) {
        const QString name = chinese ? voice.nameZh : voice.nameEn;
        const QString id = voice.id;
        edit->addAction(voice.builtIn ? name : tr("%1 (yours)").arg(name), this, [this, id] { openEditor(id); });
        if (!voice.builtIn)
            remove->addAction(name, this, [this, id] { deleteVoice(id); });
    }
    remove->setEnabled(!remove->isEmpty());
}

bool VoiceEditorController::isUserVoice(const QString &voiceId) const
{
    const Voice *voice = m_panel ? m_panel->library().find(voiceId) : nullptr;
    return voice && !voice->builtIn;
}

QString VoiceEditorController::previewText() const
{
    const MarkdownEditor *editor = m_panel ? m_panel->editor() : nullptr;
    if (!editor)
        return {};
    const QTextCursor cursor = editor->textCursor();
    return TextScope::find(editor->postDocument()->text(), VoiceScope::Sentence, cursor.position()).text;
}

VoiceEditorDialog *VoiceEditorController::openEditor(const QString &voiceId)
{
    if (!m_panel)
        return nullptr;
    auto *dialog = new VoiceEditorDialog(UserVoiceStore(VoiceLibrary::userDirectory()),
                                         m_window->fileCommands()->prompts(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Voice *voice = voiceId.isEmpty() ? nullptr : m_panel->library().find(voiceId);
    if (voice) {
        dialog->setVoice(*voice);
    } else {
        QStringList ids;
        for (const Voice &v : m_panel->library().voices())
            ids.append(v.id);
        dialog->setVoice(VoiceEditorDialog::starterVoice(ids), true);
    }
    dialog->setPreviewText(previewText());
    connect(dialog, &VoiceEditorDialog::voicesChanged, m_panel.data(), &VoicesPanel::reloadVoices);
    dialog->open();
    return dialog;
}

bool VoiceEditorController::deleteVoice(const QString &voiceId)
{
    const Voice *voice = m_panel ? m_panel->library().find(voiceId) : nullptr;
    if (!voice || voice->builtIn)
        return false;
    VoiceEditorDialog dialog(UserVoiceStore(VoiceLibrary::userDirectory()), m_window->fileCommands()->prompts(),
                             m_window);
    dialog.setVoice(*voice);
    const bool deleted = dialog.deleteVoice(); // asks first
    if (deleted)
        m_panel->reloadVoices();
    return deleted;
}

} // namespace coinage::gui
