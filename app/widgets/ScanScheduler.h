#pragma once

#include "markdown/ScanSnapshot.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace coinage::gui {

class Document;

// Keeps a document's scan snapshot (outline, counts) up to date without work on the UI thread per keystroke: after a
// pause in typing that grows with the document (150 ms + 1 ms per 10 KB, at most 1 s) it runs MarkdownScanner on a
// worker. Only one scan runs at a time; edits made while it runs start the next one as soon as it ends. A snapshot
// older than the document when it arrives is dropped: panels keep showing the previous one until a current one
// exists (so an outline click never jumps by stale line numbers for long).
class ScanScheduler : public QObject
{
    Q_OBJECT
public:
    explicit ScanScheduler(Document *document, QObject *parent = nullptr);
    ~ScanScheduler() override;

    // The last snapshot that matched the document when it arrived (empty before the first scan).
    const ScanSnapshot &latest() const { return m_latest; }
    bool hasSnapshot() const { return m_hasSnapshot; }
    // Scans as soon as possible, without the debounce (after opening a file).
    void scanNow();
    bool isIdle() const;

    static int debounceMilliseconds(qsizetype characters);

Q_SIGNALS:
    void snapshotReady(const coinage::ScanSnapshot &snapshot);

private:
    void onRevisionChanged();
    void start();
    void onFinished();

    Document *m_document;
    QTimer m_debounce;
    QFutureWatcher<ScanSnapshot> m_watcher;
    bool m_running = false;
    bool m_pending = false;
    ScanSnapshot m_latest;
    bool m_hasSnapshot = false;
};

} // namespace coinage::gui
