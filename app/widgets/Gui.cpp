#include "Gui.h"

#include "BenchProbe.h"
#include "HelpController.h"
#include "MainWindow.h"
#include "MarkdownEditor.h"
#include "PostPreloader.h"
#include "ScreenshotScript.h"
#include "SingleInstance.h"
#include "i18n/UiLanguage.h"

#include <QApplication>
#include <QIcon>
#include <QKeyEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTimer>

namespace coinage::gui {

int run(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Coinage"));
    QApplication::setOrganizationName(QStringLiteral("Coinage"));
    QApplication::setApplicationVersion(QStringLiteral(COINAGE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.coinage.Coinage"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/coinage.svg")));

    // The UI language: the `ui/language` setting (system, en, zh_CN), else the system's languages, else English.
    UiLanguage::install(&app, UiLanguage::resolve(QSettings().value(UiLanguage::settingKey()).toString(),
                                                  QLocale::system().uiLanguages()));

    QStringList files;
    bool optionsEnded = false;
    bool newInstance = false;
    const QStringList arguments = QApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!optionsEnded && argument == u"--") {
            optionsEnded = true;
            continue;
        }
        if (!optionsEnded && argument == u"--new-instance") {
            newInstance = true;
            continue;
        }
        if (!optionsEnded && argument.startsWith(u'-'))
            continue; // Qt's own options (-style, -platform ...) are taken by QApplication already
        files.append(argument);
    }

    // A second `coinage FILE` opens FILE in the running window (screenshots always get a window of their own).
    const QString screenshot = qEnvironmentVariable("COINAGE_SCREENSHOT");
    SingleInstance instance(newInstance || !screenshot.isEmpty() ? QString() : SingleInstance::defaultName());
    if (instance.handOver(files))
        return 0;

    // The posts are read on a worker while the window is built.
    std::optional<PostPreloader> preloader(std::in_place, files);
    MainWindow window;
    window.show();
    if (instance.listen()) {
        QObject::connect(&instance, &SingleInstance::filesReceived, &window, [&window](const QStringList &received) {
            for (const QString &file : received)
                window.openFile(file);
            window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
            window.raise();
            window.activateWindow();
        });
    }
    // The very first launch opens the Getting Started guide (tests never get here: they make their own window), in a
    // tab behind the posts asked for, if any, so that they show (and can be typed into) at once.
    if (files.isEmpty()) {
        const bool firstLaunch = screenshot.isEmpty() && window.help()->openGettingStartedOnFirstLaunch();
        if (!firstLaunch)
            window.openSample();
    } else {
        for (const QString &file : std::as_const(files))
            window.openFile(file);
        if (screenshot.isEmpty())
            window.help()->openGettingStartedOnFirstLaunch(FileCommands::Placement::Behind);
    }
    preloader.reset();
    window.restoreEditorLayout();
    BenchProbe::install(&window);

    // COINAGE_TEST_TYPE=TEXT (the crash test, tests/widgets/tst_recovery.cpp): once the window is up, TEXT is typed
    // into the current post as key presses, one character each, as if by the user. Nothing else changes.
    const QString typed = qEnvironmentVariable("COINAGE_TEST_TYPE");
    if (!typed.isEmpty()) {
        QTimer::singleShot(200, &window, [&window, typed] {
            MarkdownEditor *editor = window.currentEditor();
            if (!editor)
                return;
            for (const char32_t c : typed.toUcs4()) {
                const QString key = QString::fromUcs4(&c, 1);
                QKeyEvent press(QEvent::KeyPress, c == U'\n' ? Qt::Key_Return : Qt::Key_unknown, Qt::NoModifier,
                                c == U'\n' ? QStringLiteral("\r") : key);
                QApplication::sendEvent(editor, &press);
            }
        });
    }

    // COINAGE_SCREENSHOT=FILE.png: save a picture of the window once it has settled (COINAGE_SCREENSHOT_DELAY ms,
    // 1500 by default), then quit (README, reviews). ScreenshotScript.h lists how scripts/screenshots sets the view.
    if (!screenshot.isEmpty()) {
        QTimer::singleShot(300, &window, [&window] {
            if (const QString problems = prepareScreenshot(window); !problems.isEmpty())
                qWarning("screenshot: %s", qPrintable(problems));
        });
        const int delay = qEnvironmentVariableIntValue("COINAGE_SCREENSHOT_DELAY");
        QTimer::singleShot(delay > 0 ? delay : 1500, &window, [&window, screenshot] {
            window.grab().save(screenshot);
            QApplication::quit();
        });
    }
    return QApplication::exec();
}

} // namespace coinage::gui
