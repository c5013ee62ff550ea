#include "AutosaveController.h"

#include "Document.h"
#include "EditorArea.h"
#include "FileCommands.h"
#include "MarkdownEditor.h"

#include <QSettings>
#include <QStatusBar>

namespace coinage::gui {
namespace {
constexpr int autosaveMessageMs = 10000;
}

AutosaveController::AutosaveController(EditorArea *area, FileCommands *files, QStatusBar *statusBar, QObject *parent)
    : QObject(parent)
    , m_area(area)
    , m_files(files)
    , m_statusBar(statusBar)
{
    setObjectName(QStringLiteral("AutosaveController"));
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AutosaveController::saveNow);
    connect(area, &EditorArea::documentAdded, this, &AutosaveController::watch);
    const QList<Document *> open = area->documents();
    for (Document *document : open)
        watch(document);
    reloadSettings();
}

void AutosaveController::reloadSettings()
{
    const QSettings settings;
    m_enabled = settings.value(enabledKey(), false).toBool();
    const int seconds =
        std::clamp(settings.value(intervalKey(), defaultSeconds).toInt(), minimumSeconds, maximumSeconds);
    m_timer.setInterval(m_overrideMs > 0 ? m_overrideMs : seconds * 1000);
    if (!m_enabled)
        m_timer.stop();
    else if (!m_timer.isActive())
        onEdited(); // changes made before autosave was turned on count too
}

void AutosaveController::setIntervalOverride(int ms)
{
    m_overrideMs = ms;
    reloadSettings();
}

void AutosaveController::watch(Document *document)
{
    connect(document, &Document::revisionChanged, this, &AutosaveController::onEdited);
}

void AutosaveController::onEdited()
{
    if (m_enabled)
        m_timer.start(); // restarts: the interval counts from the last change
}

int AutosaveController::saveNow()
{
    if (!m_enabled)
        return 0;
    int saved = 0;
    int failed = 0;
    const QList<Document *> documents = m_area->documents();
    for (Document *document : documents) {
        if (document->isUntitled() || !document->isModified())
            continue;
        const SaveResult result = m_files->saveInPlace(document);
        if (result.ok) {
            ++saved;
            continue;
        }
        ++failed;
        if (m_statusBar) {
            m_statusBar->showMessage(tr("Autosave of %1 failed: %2").arg(document->displayName(), result.error.message),
                                     autosaveMessageMs);
        }
    }
    Q_EMIT autosaved(saved, failed);
    return saved;
}

} // namespace coinage::gui
