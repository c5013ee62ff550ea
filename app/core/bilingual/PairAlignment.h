#pragma once

#include "Aligner.h"
#include "AlignmentSidecar.h"

#include "check/Diagnostic.h"

#include <memory>

namespace coinage {

// Everything the bilingual view and `coinage align` compute for a post and its translation, in one pure call that
// is safe on a worker thread: segments, the alignment with the sidecar's pins and statuses, and the parity checks.
struct PairAlignmentInput
{
    QString sourceFile; // for messages
    QString sourceText;
    QString targetFile;
    QString targetText;
    QString linkKeyName = QStringLiteral("ref");
    AlignmentSidecar sidecar; // empty when there is none
    quint64 sourceRevision = 0;
    quint64 targetRevision = 0;
};

struct PairAlignment
{
    std::shared_ptr<const Aligner> aligner; // the segments of both sides and the model, for re-alignment
    Alignment alignment;
    QList<Diagnostic> findings;

    static PairAlignment compute(const PairAlignmentInput &input);
};

} // namespace coinage
