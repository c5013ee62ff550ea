#include "FootnoteCheck.h"

#include "FootnoteIndex.h"

namespace coinage {

void checkFootnotes(const CheckInput &input, QList<Diagnostic> &out)
{
    const FootnoteIndex index = FootnoteIndex::build(input.text);
    for (const FootnoteProblem &problem : index.problems())
        out.append(
            input.diagnostic(problem.range.start, problem.severity, problem.code, FootnoteIndex::message(problem)));
}

} // namespace coinage
