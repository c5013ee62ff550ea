#include "SpellController.h"

#include "EditorArea.h"
#include "MainWindow.h"
#include "MarkdownEditor.h"
#include "SpellChecker.h"
#include "SpellSettings.h"
#include "WindowMenus.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace coinage::gui {

SpellController::SpellController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_toggle(new QAction(tr("Check &Spelling"), this))
{
    setObjectName(u"SpellController"_s);
    SpellSettings *settings = SpellSettings::instance();
    m_toggle->setObjectName(u"checkSpelling"_s);
    m_toggle->setCheckable(true);
    m_toggle->setChecked(settings->isEnabled());
    m_toggle->setShortcut(QKeySequence(Qt::Key_F7)); // Ctrl+Alt+S is Save All
    m_toggle->setToolTip(tr("Underline misspelled words as you write"));
    window->addAction(m_toggle);
    ensureWindowMenu(window, u"toolsMenu"_s, tr("&Tools"))->addAction(m_toggle);
    connect(m_toggle, &QAction::toggled, settings, &SpellSettings::setEnabled);
    connect(settings, &SpellSettings::changed, this, [this, settings] { m_toggle->setChecked(settings->isEnabled()); });
    connect(window->editorArea(), &EditorArea::currentEditorChanged, this, &SpellController::adoptEditors);
    adoptEditors();
}

void SpellController::adoptEditors()
{
    const QList<MarkdownEditor *> editors = m_window->editorArea()->editors();
    for (MarkdownEditor *editor : editors) {
        if (SpellChecker::of(editor))
            continue;
        auto *checker = new SpellChecker(editor);
        connect(checker, &SpellChecker::dictionaryMissing, this, [this](const QString &language) {
            if (m_reported.contains(language))
                return;
            m_reported.insert(language);
            m_window->statusBar()->showMessage(
                tr("No spelling dictionary for “%1” is installed; this post is not spell checked.").arg(language),
                8000);
        });
        checker->start();
    }
}

} // namespace coinage::gui
