// The References converter ("[1]" markers and a References list -> kramdown footnotes) on any text: the list it
// finds lies in the text, its edits are valid and touch nothing outside their ranges, and a converted post has no
// list left to convert.
#include "EditCheck.h"
#include "footnotes/SeedReferenceConverter.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace coinage;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const auto list = SeedReferenceConverter::findList(text)) {
        FUZZ_CHECK(list->start >= 0 && list->start <= list->end && list->end <= text.size());
        FUZZ_CHECK(!list->items.isEmpty());
    }
    const FootnoteEditResult result = SeedReferenceConverter::convert(text);
    if (!result.ok()) {
        FUZZ_CHECK(result.edits.isEmpty());
        return 0;
    }
    checkEdits(text, result.edits);
    return 0;
}
