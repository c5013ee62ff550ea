#include "ScreenshotScript.h"

#include "MainWindow.h"
#include "MarkdownEditor.h"

#include <QAction>
#include <QDockWidget>
#include <QKeySequence>
#include <QRegularExpression>
#include <QString>

using namespace Qt::StringLiterals;

namespace coinage::gui {

namespace {

QAction *actionFor(const MainWindow &window, const QKeySequence &sequence)
{
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->isEnabled() && action->shortcuts().contains(sequence))
            return action;
    }
    return nullptr;
}

} // namespace

QString prepareScreenshot(MainWindow &window)
{
    QStringList problems;
    static const QRegularExpression sizePattern(u"^(\\d+)x(\\d+)$"_s);
    if (const QRegularExpressionMatch size = sizePattern.match(qEnvironmentVariable("COINAGE_SCREENSHOT_SIZE"));
        size.hasMatch())
        window.resize(size.captured(1).toInt(), size.captured(2).toInt());

    bool lineOk = false;
    const int line = qEnvironmentVariable("COINAGE_SCREENSHOT_LINE").toInt(&lineOk);
    if (lineOk && line > 0) {
        if (MarkdownEditor *editor = window.currentEditor())
            editor->goToLine(line - 1); // the editor counts from 0
        else
            problems.append(u"no post is open, so the caret cannot go to line %1"_s.arg(line));
    }

    const QStringList panels = qEnvironmentVariable("COINAGE_SCREENSHOT_PANELS").split(u',', Qt::SkipEmptyParts);
    for (const QString &entry : panels) {
        const bool hide = entry.trimmed().startsWith(u'-');
        const QString name = entry.trimmed().mid(hide ? 1 : 0);
        auto *dock = window.findChild<QDockWidget *>(name);
        if (!dock) {
            problems.append(u"no dock named %1"_s.arg(name));
            continue;
        }
        if (hide) {
            dock->hide();
            continue;
        }
        dock->show();
        dock->raise();
    }

    const QStringList keys = qEnvironmentVariable("COINAGE_SCREENSHOT_KEYS").split(u';', Qt::SkipEmptyParts);
    for (const QString &key : keys) {
        const QKeySequence sequence = QKeySequence::fromString(key.trimmed(), QKeySequence::PortableText);
        if (QAction *action = actionFor(window, sequence))
            action->trigger();
        else
            problems.append(u"no enabled action has the shortcut %1"_s.arg(key));
    }
    return problems.join(u'\n');
}

} // namespace coinage::gui
