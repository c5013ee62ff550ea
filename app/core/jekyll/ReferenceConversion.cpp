#include "ReferenceConversion.h"

#include "footnotes/FootnoteEdits.h"
#include "footnotes/SeedReferenceConverter.h"

namespace coinage {

ReferenceConversion::Result ReferenceConversion::convert(const QString &text)
{
    Result result;
    result.text = text;
    const FootnoteEditResult seed = SeedReferenceConverter::convert(result.text);
    if (seed.ok() && !seed.edits.isEmpty()) {
        result.text = applyEdits(result.text, seed.edits);
        result.referencesConverted = int(seed.labels.size());
    }
    const FootnoteEditResult inlineNotes = FootnoteEdits::inlineToReferences(result.text);
    if (inlineNotes.ok() && !inlineNotes.edits.isEmpty()) {
        result.text = applyEdits(result.text, inlineNotes.edits);
        result.inlineConverted = int(inlineNotes.labels.size());
    }
    return result;
}

} // namespace coinage
