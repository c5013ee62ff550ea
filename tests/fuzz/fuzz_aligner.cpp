// The bilingual aligner on any pair of texts (the input split at its first NUL byte, else in the middle): every
// block of each side is covered exactly once by the pairs of the alignment (footnotes pair by label, so not
// necessarily in order).
#include "FuzzCheck.h"
#include "bilingual/Aligner.h"
#include "bilingual/Segmenter.h"

#include <cstdint>

namespace {

void checkCoverage(const coinage::Alignment &alignment, coinage::Side side, qsizetype blocks)
{
    QList<int> covered(blocks, 0);
    for (const coinage::AlignedPair &pair : alignment.pairs) {
        FUZZ_CHECK(pair.count(side) >= 0);
        for (int i = pair.index(side); i < pair.index(side) + pair.count(side); ++i) {
            FUZZ_CHECK(i >= 0 && i < blocks);
            ++covered[i];
        }
    }
    for (const int times : std::as_const(covered))
        FUZZ_CHECK(times == 1);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace coinage;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    qsizetype cut = bytes.indexOf('\0');
    if (cut < 0)
        cut = bytes.size() / 2;
    const QString source = QString::fromUtf8(bytes.left(cut));
    const QString target = QString::fromUtf8(bytes.mid(cut + 1));
    const Aligner aligner(Segmenter::segment(source), Segmenter::segment(target));
    const Alignment alignment = aligner.align();
    checkCoverage(alignment, Side::Source, aligner.source().size());
    checkCoverage(alignment, Side::Target, aligner.target().size());
    return 0;
}
