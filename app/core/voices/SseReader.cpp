#include "SseReader.h"

using namespace Qt::StringLiterals;

namespace coinage {

QList<SseReader::Event> SseReader::feed(QByteArrayView bytes)
{
    QList<Event> events;
    for (const char byte : bytes) {
        if (byte == '\n' && m_afterCr) {
            m_afterCr = false; // the LF of a CRLF
            continue;
        }
        m_afterCr = byte == '\r';
        if (byte == '\r' || byte == '\n') {
            processLine(m_line, events);
            m_line.clear();
        } else {
            m_line.append(byte);
        }
    }
    return events;
}

QList<SseReader::Event> SseReader::finish()
{
    QList<Event> events;
    if (!m_line.isEmpty()) {
        processLine(m_line, events);
        m_line.clear();
    }
    dispatch(events);
    return events;
}

void SseReader::reset()
{
    *this = SseReader();
}

void SseReader::processLine(const QByteArray &raw, QList<Event> &events)
{
    QByteArray line = raw;
    if (!m_started) {
        m_started = true;
        if (line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3);
    }
    if (line.isEmpty()) {
        dispatch(events);
        return;
    }
    if (line.startsWith(':')) {
        ++m_comments;
        return;
    }
    const qsizetype colon = line.indexOf(':');
    const QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (field == "data") {
        if (m_hasData)
            m_data += u'\n';
        m_data += QString::fromUtf8(value);
        m_hasData = true;
    } else if (field == "event") {
        m_event = QString::fromUtf8(value);
    } else if (field == "id") {
        m_id = QString::fromUtf8(value);
    } // "retry" and unknown fields are ignored
}

void SseReader::dispatch(QList<Event> &events)
{
    if (m_hasData)
        events.append({m_event.isEmpty() ? u"message"_s : m_event, m_data, m_id});
    m_data.clear();
    m_hasData = false;
    m_event.clear();
}

} // namespace coinage
