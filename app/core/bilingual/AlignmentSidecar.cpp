#include "AlignmentSidecar.h"

#include "Segmenter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace coinage {
namespace {

using namespace Qt::StringLiterals;

QStringList toStrings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

QJsonObject blocksToJson(const AlignmentSidecar::Blocks &b)
{
    return QJsonObject{{u"source"_s, QJsonArray::fromStringList(b.sourceHashes)},
                       {u"target"_s, QJsonArray::fromStringList(b.targetHashes)},
                       {u"sourceIndex"_s, b.sourceIndex},
                       {u"targetIndex"_s, b.targetIndex}};
}

AlignmentSidecar::Blocks blocksFromJson(const QJsonObject &o)
{
    return {toStrings(o.value(u"source"_s)), toStrings(o.value(u"target"_s)), o.value(u"sourceIndex"_s).toInt(),
            o.value(u"targetIndex"_s).toInt()};
}

// The start of the run of segments with these hashes nearest to `near`, or -1.
int findRun(const Segments &segments, const QStringList &hashes, int near)
{
    if (hashes.isEmpty())
        return -1;
    int best = -1;
    for (int i = 0; i + hashes.size() <= segments.size(); ++i) {
        bool match = true;
        for (int k = 0; k < hashes.size() && match; ++k)
            match = segments[i + k].hash == hashes[k];
        if (match && (best < 0 || std::abs(i - near) < std::abs(best - near)))
            best = i;
    }
    return best;
}

QStringList hashesOf(const Segments &segments, int first, int count)
{
    QStringList out;
    for (int k = first; k < first + count && k < segments.size(); ++k)
        out.append(segments[k].hash);
    return out;
}

bool sameBlocks(const AlignmentSidecar::Blocks &b, const Aligner &aligner, const AlignedPair &pair)
{
    return b.sourceHashes == hashesOf(aligner.source(), pair.sourceIndex, pair.sourceCount) &&
           b.targetHashes == hashesOf(aligner.target(), pair.targetIndex, pair.targetCount);
}

} // namespace

QString AlignmentSidecar::pathFor(const QString &translationPath)
{
    const QFileInfo info(translationPath);
    return info.dir().filePath(u".coinage/"_s + info.fileName() + u".align.json"_s);
}

AlignmentSidecar::LoadResult AlignmentSidecar::load(const QString &path)
{
    *this = AlignmentSidecar();
    LoadResult result;
    QFile file(path);
    if (!file.exists()) {
        result.missing = true;
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.ok = false;
        result.error = tr("cannot read the alignment file %1: %2").arg(path, file.errorString());
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        result.ok = false;
        result.error = tr("the alignment file %1 is damaged (%2); starting from an automatic alignment")
                           .arg(path, parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                                   : tr("not a JSON object"));
        return result;
    }
    QString error;
    if (!fromJson(document.object(), &error)) {
        *this = AlignmentSidecar();
        result.ok = false;
        result.error =
            tr("the alignment file %1 is damaged (%2); starting from an automatic alignment").arg(path, error);
    }
    return result;
}

WriteResult AlignmentSidecar::save(const QString &path) const
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    return writeFileAtomically(path, QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
}

QJsonObject AlignmentSidecar::toJson() const
{
    QJsonArray pinArray, statusArray;
    for (const PinRecord &p : pins)
        pinArray.append(blocksToJson(p.blocks));
    for (const StatusRecord &s : statuses) {
        QJsonObject o = blocksToJson(s.blocks);
        o.insert(u"status"_s, pairStatusName(s.status));
        o.insert(u"sourceHash"_s, s.sourceHash);
        o.insert(u"sourceText"_s, s.sourceText);
        statusArray.append(o);
    }
    return QJsonObject{{u"coinage-alignment"_s, 1},
                       {u"sourceFile"_s, sourceFile},
                       {u"targetFile"_s, targetFile},
                       {u"pins"_s, pinArray},
                       {u"statuses"_s, statusArray}};
}

bool AlignmentSidecar::fromJson(const QJsonObject &object, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (object.value(u"coinage-alignment"_s).toInt() != 1)
        return fail(tr("not a Coinage alignment file of version 1"));
    sourceFile = object.value(u"sourceFile"_s).toString();
    targetFile = object.value(u"targetFile"_s).toString();
    pins.clear();
    statuses.clear();
    for (const QJsonValue &v : object.value(u"pins"_s).toArray()) {
        if (!v.isObject())
            return fail(tr("a pin is not an object"));
        pins.append(PinRecord{blocksFromJson(v.toObject())});
    }
    for (const QJsonValue &v : object.value(u"statuses"_s).toArray()) {
        const QJsonObject o = v.toObject();
        StatusRecord record;
        record.blocks = blocksFromJson(o);
        if (!pairStatusFromName(o.value(u"status"_s).toString(), record.status))
            return fail(tr("unknown status \"%1\"").arg(o.value(u"status"_s).toString()));
        record.sourceHash = o.value(u"sourceHash"_s).toString();
        record.sourceText = o.value(u"sourceText"_s).toString();
        statuses.append(record);
    }
    return true;
}

QList<Pin> AlignmentSidecar::resolvePins(const Segments &source, const Segments &target) const
{
    QList<Pin> out;
    for (const PinRecord &p : pins) {
        const Blocks &b = p.blocks;
        const int si = b.sourceHashes.isEmpty() ? b.sourceIndex : findRun(source, b.sourceHashes, b.sourceIndex);
        const int ti = b.targetHashes.isEmpty() ? b.targetIndex : findRun(target, b.targetHashes, b.targetIndex);
        if (si < 0 || ti < 0)
            continue;
        out.append(Pin{si, int(b.sourceHashes.size()), ti, int(b.targetHashes.size())});
    }
    return out;
}

void AlignmentSidecar::applyStatuses(Alignment &alignment, const Aligner &aligner) const
{
    for (AlignedPair &pair : alignment.pairs) {
        const PairStatus inferred = aligner.inferredStatus(pair);
        if (inferred == PairStatus::Untranslated) {
            pair.status = inferred;
            continue;
        }
        const QStringList targetHashes = hashesOf(aligner.target(), pair.targetIndex, pair.targetCount);
        const QStringList sourceHashes = hashesOf(aligner.source(), pair.sourceIndex, pair.sourceCount);
        const StatusRecord *record = nullptr;
        for (const StatusRecord &r : statuses) {
            if (r.blocks.targetHashes == targetHashes && (!record || r.blocks.sourceHashes == sourceHashes))
                record = &r;
        }
        for (const StatusRecord &r : statuses) {
            if (!record && !sourceHashes.isEmpty() && r.blocks.sourceHashes == sourceHashes)
                record = &r;
        }
        if (!record) {
            pair.status = inferred;
            continue;
        }
        pair.status = record->status;
        const bool sourceChanged = record->sourceHash != Segmenter::hashOf(aligner.text(Side::Source, pair));
        if (sourceChanged && record->status != PairStatus::Untranslated) {
            pair.status = PairStatus::NeedsReview;
            pair.sourceChange = record->sourceText;
        }
    }
}

AlignmentSidecar::Blocks AlignmentSidecar::blocksOf(const Aligner &aligner, int si, int sc, int ti, int tc) const
{
    return {hashesOf(aligner.source(), si, sc), hashesOf(aligner.target(), ti, tc), si, ti};
}

void AlignmentSidecar::setStatus(const Aligner &aligner, const AlignedPair &pair, PairStatus status)
{
    statuses.removeIf([&](const StatusRecord &r) { return sameBlocks(r.blocks, aligner, pair); });
    StatusRecord record;
    record.blocks = blocksOf(aligner, pair.sourceIndex, pair.sourceCount, pair.targetIndex, pair.targetCount);
    record.status = status;
    record.sourceText = aligner.text(Side::Source, pair);
    record.sourceHash = Segmenter::hashOf(record.sourceText);
    statuses.append(record);
}

void AlignmentSidecar::pin(const Aligner &aligner, const Pin &p)
{
    pins.append(PinRecord{blocksOf(aligner, p.sourceIndex, p.sourceCount, p.targetIndex, p.targetCount)});
}

bool AlignmentSidecar::unpin(const Aligner &aligner, const AlignedPair &pair)
{
    return pins.removeIf([&](const PinRecord &r) { return sameBlocks(r.blocks, aligner, pair); }) > 0;
}

void AlignmentSidecar::merge(const Aligner &aligner, const Alignment &alignment, int first, int last)
{
    if (first < 0 || last >= alignment.pairs.size() || first > last)
        return;
    int si = -1, se = -1, ti = -1, te = -1;
    for (int k = first; k <= last; ++k) {
        const AlignedPair &p = alignment.pairs[k];
        unpin(aligner, p);
        if (p.hasSource()) {
            si = si < 0 ? p.sourceIndex : std::min(si, p.sourceIndex);
            se = std::max(se, p.sourceIndex + p.sourceCount);
        }
        if (p.hasTarget()) {
            ti = ti < 0 ? p.targetIndex : std::min(ti, p.targetIndex);
            te = std::max(te, p.targetIndex + p.targetCount);
        }
    }
    if (si < 0)
        si = se = alignment.pairs[first].sourceIndex;
    if (ti < 0)
        ti = te = alignment.pairs[first].targetIndex;
    pin(aligner, Pin{si, se - si, ti, te - ti});
}

void AlignmentSidecar::split(const Aligner &aligner, const AlignedPair &pair, int sourceCount, int targetCount)
{
    sourceCount = std::clamp(sourceCount, 0, pair.sourceCount);
    targetCount = std::clamp(targetCount, 0, pair.targetCount);
    unpin(aligner, pair);
    pin(aligner, Pin{pair.sourceIndex, sourceCount, pair.targetIndex, targetCount});
    pin(aligner, Pin{pair.sourceIndex + sourceCount, pair.sourceCount - sourceCount, pair.targetIndex + targetCount,
                     pair.targetCount - targetCount});
}

} // namespace coinage
