#pragma once

#include <QObject>
#include <QTimer>

class QStatusBar;

namespace coinage::gui {

class Document;
class EditorArea;
class FileCommands;

// Autosave (off by default, Preferences > Editor): once the writing has rested for the interval, every titled post
// with unsaved changes is saved through FileCommands::saveInPlace — the same atomic save and backup as File > Save.
// Untitled posts are never autosaved. A failure is shown in the status bar, never in a dialog, and is not retried
// until the text changes again.
class AutosaveController : public QObject
{
    Q_OBJECT
public:
    static QString enabledKey() { return QStringLiteral("files/autosave"); }
    static QString intervalKey() { return QStringLiteral("files/autosaveSeconds"); } // seconds of rest
    static constexpr int defaultSeconds = 30;
    static constexpr int minimumSeconds = 5;
    static constexpr int maximumSeconds = 3600;

    AutosaveController(EditorArea *area, FileCommands *files, QStatusBar *statusBar, QObject *parent = nullptr);

    // Rereads the settings (Preferences calls it on Apply).
    void reloadSettings();
    bool isEnabled() const { return m_enabled; }
    int intervalMs() const { return m_timer.interval(); }
    // Tests: the interval in milliseconds instead of the setting's seconds (0 goes back to the setting).
    void setIntervalOverride(int ms);

    // Saves the titled, modified posts now; returns how many were saved.
    int saveNow();

Q_SIGNALS:
    // After each autosave round: how many posts were saved and how many failed.
    void autosaved(int saved, int failed);

private:
    void watch(Document *document);
    void onEdited();

    EditorArea *m_area;
    FileCommands *m_files;
    QStatusBar *m_statusBar;
    QTimer m_timer;
    bool m_enabled = false;
    int m_overrideMs = 0;
};

} // namespace coinage::gui
