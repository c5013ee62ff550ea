#include "PairAlignment.h"

#include "Calibration.h"
#include "ParityChecker.h"
#include "Segmenter.h"

namespace coinage {

PairAlignment PairAlignment::compute(const PairAlignmentInput &input)
{
    AlignOptions options;
    options.sourceLanguage = Calibration::languageOfPost(input.sourceText);
    options.targetLanguage = Calibration::languageOfPost(input.targetText);
    PairAlignment result;
    auto aligner = std::make_shared<const Aligner>(Segmenter::segment(input.sourceText),
                                                   Segmenter::segment(input.targetText), options);
    result.alignment = aligner->align(input.sidecar.resolvePins(aligner->source(), aligner->target()));
    input.sidecar.applyStatuses(result.alignment, *aligner);
    result.alignment.sourceRevision = input.sourceRevision;
    result.alignment.targetRevision = input.targetRevision;
    ParityChecker::Input check{input.sourceFile, input.targetFile, input.sourceText, input.targetText,
                               input.linkKeyName};
    result.findings = ParityChecker::check(check, *aligner, result.alignment);
    result.aligner = std::move(aligner);
    return result;
}

} // namespace coinage
