#include "Gui.h"

#include "BenchProbe.h"
#include "MainWindow.h"
#include "SingleInstance.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

namespace coinage::gui {

int run(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Coinage"));
    QApplication::setOrganizationName(QStringLiteral("Coinage"));
    QApplication::setApplicationVersion(QStringLiteral(COINAGE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.coinage.Coinage"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/coinage.svg")));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale::system(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(QLocale::system(), QStringLiteral("coinage"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

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
    if (files.isEmpty()) {
        window.openSample();
    } else {
        for (const QString &file : std::as_const(files))
            window.openFile(file);
    }
    window.restoreEditorLayout();
    BenchProbe::install(&window);

    // COINAGE_SCREENSHOT=FILE.png: save a picture of the window once it has settled, then quit (README, reviews).
    if (!screenshot.isEmpty()) {
        QTimer::singleShot(1500, &window, [&window, screenshot] {
            window.grab().save(screenshot);
            QApplication::quit();
        });
    }
    return QApplication::exec();
}

} // namespace coinage::gui
