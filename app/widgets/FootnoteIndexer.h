#pragma once

#include "footnotes/FootnoteIndex.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace coinage::gui {

class Document;

// Keeps a FootnoteIndex of one document current: built on a worker (QtConcurrent) a moment after the text stops
// changing, one build at a time, results older than the document's revision dropped (and built again).
class FootnoteIndexer : public QObject
{
    Q_OBJECT
public:
    explicit FootnoteIndexer(QObject *parent = nullptr);
    ~FootnoteIndexer() override;

    // Follows this document (null: none); builds its index right away.
    void setDocument(Document *document);
    Document *document() const { return m_document; }
    const FootnoteIndex &index() const { return m_index; }
    // True when index() was built from the document's current text.
    bool isCurrent() const;
    // The index of the current text, built here on this thread when the worker's is not there yet (for an explicit
    // user action such as Ctrl+click, never while typing).
    const FootnoteIndex &currentIndex();

    static constexpr int debounceMs = 200;

Q_SIGNALS:
    void indexReady(const coinage::FootnoteIndex &index);

private:
    void start();
    void onFinished();

    QPointer<Document> m_document;
    QPointer<Document> m_building;
    bool m_valid = false;
    QMetaObject::Connection m_connection;
    QTimer m_debounce;
    QFutureWatcher<FootnoteIndex> m_watcher;
    FootnoteIndex m_index;
};

} // namespace coinage::gui
