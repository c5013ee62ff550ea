#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace coinage {

// Server-sent events (text/event-stream) from a byte stream that arrives in arbitrary pieces: lines end in CR, LF or
// CRLF (a CRLF split across two reads counts once), ':' lines are comments (keep-alive pings), "data:" lines of one
// event are joined with '\n', an empty line dispatches the event. Bytes are decoded per complete line, so a UTF-8
// character split across reads is never broken.
class SseReader
{
public:
    struct Event
    {
        QString event; // "message" unless the stream named it
        QString data;
        QString id;
    };

    // Feeds bytes; returns the events completed by them.
    QList<Event> feed(QByteArrayView bytes);
    // End of stream: a last event without its blank line is dispatched (servers that close right after "data:").
    QList<Event> finish();
    void reset();
    int comments() const { return m_comments; }

private:
    void processLine(const QByteArray &line, QList<Event> &events);
    void dispatch(QList<Event> &events);

    QByteArray m_line;
    bool m_afterCr = false;
    bool m_started = false;
    QString m_data;
    bool m_hasData = false;
    QString m_event;
    QString m_id;
    int m_comments = 0;
};

} // namespace coinage
