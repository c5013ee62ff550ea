// The footnote index and edits on any text: every range the index reports lies in the text, and every edit list
// (insert, from a selection, rename, remove, set text, separate glued, inline <-> references, merge duplicates,
// gather at the end or under a heading)
// is valid and changes nothing outside its ranges; a refused edit says why and changes nothing.
#include "EditCheck.h"
#include "footnotes/FootnoteEdits.h"
#include "footnotes/FootnoteIndex.h"
#include "footnotes/FootnoteReorder.h"

#include <cstdint>

namespace {

bool inside(const coinage::TextRange &range, qsizetype size)
{
    return range.start >= 0 && range.length >= 0 && range.end() <= size;
}

void checkResult(const QString &text, const coinage::FootnoteEditResult &result)
{
    if (!result.ok()) {
        FUZZ_CHECK(result.edits.isEmpty());
        return;
    }
    checkEdits(text, result.edits);
    const QString after = coinage::applyEdits(text, result.edits);
    FUZZ_CHECK(result.markerOffset >= -1 && result.markerOffset <= after.size());
    FUZZ_CHECK(result.definitionOffset >= -1 && result.definitionOffset <= after.size());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace coinage;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const FootnoteIndex index = FootnoteIndex::build(text);
    FUZZ_CHECK(index.bodyStart() >= 0 && index.bodyStart() <= text.size());
    for (const FootnoteReference &reference : index.references())
        FUZZ_CHECK(inside(reference.range, text.size()));
    for (const FootnoteDefinition &definition : index.definitions()) {
        FUZZ_CHECK(inside(definition.range, text.size()));
        FUZZ_CHECK(inside(definition.content, text.size()));
    }
    for (const InlineNote &note : index.inlineNotes())
        FUZZ_CHECK(inside(note.range, text.size()));
    for (const FootnoteProblem &problem : index.problems())
        FUZZ_CHECK(inside(problem.range, text.size()));

    const qsizetype caret = text.isEmpty() ? 0 : qsizetype(size * 7919 % size_t(text.size() + 1));
    checkResult(text, FootnoteEdits::insert(text, caret, QStringLiteral("a note")));
    checkResult(text, FootnoteEdits::fromSelection(text, caret / 2, caret));
    checkResult(text, FootnoteEdits::separateGlued(text));
    checkResult(text, FootnoteEdits::inlineToReferences(text));
    checkResult(text, FootnoteEdits::referencesToInline(text));
    checkResult(text, FootnoteEdits::mergeDuplicates(text));
    checkResult(text, FootnoteReorder::gatherAtEnd(text));
    checkResult(text, FootnoteReorder::gatherUnderHeadingText(text, QStringLiteral("Notes")));
    if (!index.footnotes().isEmpty()) {
        const QString label = index.footnotes().constFirst().label;
        checkResult(text, FootnoteEdits::rename(text, label, QStringLiteral("renamed")));
        checkResult(text, FootnoteEdits::setText(text, label, QStringLiteral("新的注释\nsecond line")));
        checkResult(text, FootnoteEdits::remove(text, label));
    }
    return 0;
}
