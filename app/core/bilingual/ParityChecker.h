#pragma once

#include "Aligner.h"
#include "Alignment.h"

#include "check/Diagnostic.h"

#include <QCoreApplication>

namespace coinage {

// Compares a post with its translation, pair by pair, and reports what does not carry over. Diagnostics point into
// the translation (a block missing from it points at the source block). Stable codes:
//   bilingual-missing-translation  a source block without counterpart (1-0)            warning, source file
//   bilingual-extra-block          a translation block without counterpart (0-1)       warning
//   bilingual-empty-translation    the translation is empty or a "translate me" marker warning
//   bilingual-copied-source        the translation is the source text unchanged        warning
//   bilingual-footnote-mismatch    footnote markers differ by id                       warning
//   bilingual-footnote-definition  a footnote definition without counterpart by id     warning
//   bilingual-link-mismatch        link targets differ                                 warning
//   bilingual-number-mismatch      a number on one side only (numerals and number words count)  warning
//   bilingual-heading-mismatch     a heading paired with a non-heading, or levels differ  warning
//   bilingual-emphasis-mismatch    counts of bold / italic spans differ                note
//   bilingual-code-mismatch        code spans differ (code is not translated)          warning
//   bilingual-source-language-text a run of source-language text left in the translation  warning
//   bilingual-punctuation-width    half-width punctuation in CJK text, full-width in Latin text  warning
//   bilingual-length-ratio         the translation is far longer or shorter than expected  note
//   bilingual-title-untranslated   the title equals the source's or still has its marker  warning
//   bilingual-lang-missing / bilingual-lang-same                                        note / warning
//   bilingual-link-key-missing / bilingual-link-key-mismatch                            note / warning
class ParityChecker
{
    Q_DECLARE_TR_FUNCTIONS(coinage::ParityChecker)
public:
    struct Input
    {
        QString sourceFile;
        QString targetFile;
        QString sourceText;
        QString targetText;
        QString linkKey = QStringLiteral("ref"); // "page_id" for jekyll-polyglot sites
    };
    // The aligner holds the segments of these texts (and their languages); the alignment is its result.
    static QList<Diagnostic> check(const Input &input, const Aligner &aligner, const Alignment &alignment);

    // A length deviation (Gale–Church delta) beyond this is reported as an outlier.
    static constexpr double lengthOutlier = 4.0;
};

} // namespace coinage
