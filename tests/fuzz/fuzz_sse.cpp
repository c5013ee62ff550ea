// The SSE reader on any byte stream: the events do not depend on how the stream is cut into reads (one read, or
// pieces of 1 to 7 bytes, splitting CRLFs and UTF-8 characters anywhere).
#include "FuzzCheck.h"
#include "voices/SseReader.h"

#include <cstdint>

namespace {

bool same(const QList<coinage::SseReader::Event> &a, const QList<coinage::SseReader::Event> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).event != b.at(i).event || a.at(i).data != b.at(i).data || a.at(i).id != b.at(i).id)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    coinage::SseReader whole;
    QList<coinage::SseReader::Event> once = whole.feed(bytes);
    once += whole.finish();

    coinage::SseReader pieces;
    QList<coinage::SseReader::Event> split;
    qsizetype at = 0;
    for (int step = 0; at < bytes.size(); ++step) {
        const qsizetype length = std::min<qsizetype>(1 + (step * 3 + (size > 0 ? data[0] : 0)) % 7, bytes.size() - at);
        split += pieces.feed(bytes.sliced(at, length));
        at += length;
    }
    split += pieces.finish();
    FUZZ_CHECK(same(once, split));
    FUZZ_CHECK(whole.comments() == pieces.comments());
    return 0;
}
