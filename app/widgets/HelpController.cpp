#include "HelpController.h"

#include "FileCommands.h"
#include "MainWindow.h"
#include "ShortcutsDialog.h"
#include "i18n/UiLanguage.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QSettings>

namespace coinage::gui {
namespace {

const QString gettingStartedShownKey = QStringLiteral("help/gettingStartedShown");

} // namespace

HelpController::HelpController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_gettingStarted(new QAction(tr("&Getting Started"), window))
    , m_shortcuts(new QAction(tr("&Keyboard Shortcuts…"), window))
{
    m_gettingStarted->setObjectName(QStringLiteral("gettingStarted"));
    m_gettingStarted->setShortcuts(QKeySequence::keyBindings(QKeySequence::HelpContents));
    m_gettingStarted->setStatusTip(tr("Open a short guide to the editor, the panels and the command line"));
    m_shortcuts->setObjectName(QStringLiteral("keyboardShortcuts"));
    m_shortcuts->setStatusTip(tr("List every keyboard shortcut of the window"));
    connect(m_gettingStarted, &QAction::triggered, this, &HelpController::openGettingStarted);
    connect(m_shortcuts, &QAction::triggered, this, &HelpController::showShortcuts);
}

QString HelpController::gettingStartedPath(const QString &language)
{
    return language.startsWith(u"zh") ? QStringLiteral(":/help/getting-started.zh.md")
                                      : QStringLiteral(":/help/getting-started.en.md");
}

void HelpController::openGettingStarted()
{
    openGuide(FileCommands::Placement::Front);
}

void HelpController::openGuide(FileCommands::Placement placement)
{
    QFile file(gettingStartedPath(UiLanguage::current()));
    QString text;
    if (file.open(QIODevice::ReadOnly))
        text = QString::fromUtf8(file.readAll()).remove(u'\r');
    m_window->fileCommands()->openUntitled(tr("getting-started.md"), text, placement);
}

bool HelpController::openGettingStartedOnFirstLaunch(FileCommands::Placement placement)
{
    QSettings settings;
    if (settings.value(gettingStartedShownKey, false).toBool())
        return false;
    settings.setValue(gettingStartedShownKey, true);
    openGuide(placement);
    return true;
}

ShortcutsDialog *HelpController::showShortcuts()
{
    if (!m_dialog) {
        m_dialog = new ShortcutsDialog(m_window, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_dialog->refresh();
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    m_dialog->filterEdit()->setFocus(Qt::OtherFocusReason);
    return m_dialog;
}

} // namespace coinage::gui
