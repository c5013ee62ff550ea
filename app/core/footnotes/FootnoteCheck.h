#pragma once

#include "check/PostChecker.h"

namespace coinage {

// `coinage check`: every footnote problem (footnote-undefined, -unused, -duplicate, -bad-label, -glued, -swallowed,
// -empty) at the start of its range.
void checkFootnotes(const CheckInput &input, QList<Diagnostic> &out);

} // namespace coinage
