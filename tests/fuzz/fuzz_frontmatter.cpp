// The front matter split and its YAML view: offsets stay inside the text, positions inside the file, no crash.
#include "FuzzCheck.h"
#include "post/FrontMatter.h"
#include "post/FrontMatterData.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const coinage::FrontMatterSplit split = coinage::splitFrontMatter(text);
    FUZZ_CHECK(split.yamlStart <= split.yamlEnd && split.yamlEnd <= text.size());
    FUZZ_CHECK(split.bodyStart <= text.size());
    if (split.hasFrontMatter()) {
        FUZZ_CHECK(split.bodyStart >= split.yamlEnd);
        const qsizetype lines = text.count(u'\n') + 1;
        const coinage::FrontMatterData values = coinage::FrontMatterData::parse(text, split);
        if (values.error())
            FUZZ_CHECK(values.error()->line >= 1 && values.error()->line <= lines);
        for (const auto &entry : values.entries())
            FUZZ_CHECK(entry.line >= 2 && entry.line <= lines);
    }
    return 0;
}
