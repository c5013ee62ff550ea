#pragma once

// Shared by the bilingual view's widget tests: the seed pair in a temporary folder, waiting for the alignment and the
// highlighting to settle, and the tool bar button of an action.
#include "support/Seed.h"

#include "BilingualSession.h"
#include "BilingualView.h"
#include "Document.h"
#include "LazyHighlighter.h"
#include "MarkdownEditor.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

namespace coinage::test {

// Copies the seed posts (the English translation and the Chinese original) into `folder`, writable.
inline bool copySeedPair(const QString &folder, QString &en, QString &zh)
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh")}) {
        const QString from = seedPath(language);
        const QString to = QDir(folder).filePath(QFileInfo(from).fileName());
        if (!QFile::copy(from, to))
            return false;
        QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        (language == u"en" ? en : zh) = to;
    }
    return true;
}

// The alignment matches both texts and nothing is pending.
inline bool waitForAlignment(gui::BilingualSession *session)
{
    return QTest::qWaitFor([session] { return session->hasResult() && session->isCurrent() && session->isIdle(); },
                           10000);
}

// Both sides are highlighted (which can change line heights) and the layout has settled.
inline bool waitForHighlighting(gui::BilingualView *view)
{
    const bool idle = QTest::qWaitFor(
        [view] {
            return !view->sourceEditor()->postDocument()->highlighter()->isCatchingUp() &&
                   !view->targetEditor()->postDocument()->highlighter()->isCatchingUp();
        },
        10000);
    QTest::qWait(50);
    return idle;
}

// The button of a named action in either of the view's tool bars, once the bar has laid it out.
inline QWidget *toolButton(gui::BilingualView *view, const QString &actionName)
{
    QWidget *button = nullptr;
    for (QToolBar *bar : {view->toolBar(), view->toolsBar()}) {
        for (QAction *action : bar->actions()) { // some are the window's (View menu), not the view's
            if (!button && action->objectName() == actionName)
                button = bar->widgetForAction(action);
        }
    }
    (void)QTest::qWaitFor([button] { return button && button->isVisible(); }, 3000);
    return button;
}

} // namespace coinage::test
