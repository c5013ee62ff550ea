// Recovery entries read back from damaged bytes never crash; a decoded entry re-encodes to the same bytes.
#include "FuzzCheck.h"
#include "storage/RecoveryJournal.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    coinage::RecoveryJournal::Entry entry;
    QString error;
    if (coinage::RecoveryJournal::decode(bytes, entry, &error)) {
        coinage::RecoveryJournal::Entry again;
        FUZZ_CHECK(coinage::RecoveryJournal::decode(coinage::RecoveryJournal::encode(entry), again, &error));
        FUZZ_CHECK(again.text == entry.text && again.path == entry.path);
    } else {
        FUZZ_CHECK(!error.isEmpty());
    }
    return 0;
}
