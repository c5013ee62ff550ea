// Bytes -> text -> bytes: whatever decodes must encode back to the identical bytes.
#include "FuzzCheck.h"
#include "post/TextCodec.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    coinage::DecodedText decoded;
    coinage::DecodeError error;
    if (coinage::TextCodec::decode(bytes, decoded, error)) {
        FUZZ_CHECK(!decoded.text.contains(u'\r'));
        FUZZ_CHECK(coinage::TextCodec::encode(decoded.text, decoded.format) == bytes);
    } else {
        FUZZ_CHECK(error.byteOffset >= 0 && error.byteOffset <= bytes.size());
        FUZZ_CHECK(error.line >= 1 && error.column >= 1);
    }
    return 0;
}
