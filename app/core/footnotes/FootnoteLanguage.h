#pragma once

#include <QString>

namespace coinage {

// The language whose footnote style applies at `caret` (FootnoteStyle::placementFor): the post's `lang` front
// matter value when it has one, else the script next to the caret — "zh" when the nearest letter before it (or,
// at the start of a paragraph, after it) is CJK, "en" otherwise.
QString footnoteLanguageAt(const QString &text, qsizetype caret);

} // namespace coinage
