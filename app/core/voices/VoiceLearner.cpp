#include "VoiceLearner.h"

#include "VoiceLibrary.h"
#include "text/Cjk.h"
#include "text/WordSegmenter.h"

#include <QDir>
#include <QFile>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace coinage {

namespace {

constexpr double ZipfTop = 1000;              // weight of rank 1 in the common-word lists
constexpr qsizetype SliceLength = 16 * 1024;  // characters of a sample tokenized between stop checks
constexpr qsizetype StopCheckInterval = 4096; // units scored between stop checks

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

QStringList VoiceTokenizer::units(QStringView text)
{
    QStringList units;
    QStringView previous; // the word before, while a pair with it is still possible
    const QChar *previousEnd = nullptr;
    for (const QStringView word : WordSegmenter::words(text)) {
        const bool chinese = isCjk(word.front().unicode());
        if (!chinese && !word.front().isLetterOrNumber()) {
            previous = {};
            continue;
        }
        const QString unit = chinese ? word.toString() : word.toString().toLower();
        units.append(unit);
        // Chinese words pair when they touch, English words across spaces only; punctuation ends a pair.
        const QStringView gap(previousEnd, previous.isEmpty() ? previousEnd : word.data());
        const bool samePair = !previous.isEmpty() && isCjk(previous.front().unicode()) == chinese &&
                              (chinese ? gap.isEmpty() : !gap.isEmpty() && gap.trimmed().isEmpty());
        if (samePair) {
            const QString first = chinese ? previous.toString() : previous.toString().toLower();
            units.append(chinese ? QString(first + unit) : QString(first + u' ' + unit));
        }
        previous = word;
        previousEnd = word.data() + word.size();
    }
    return units;
}

bool VoiceTokenizer::isPhrase(const QString &unit)
{
    return unit.contains(u' ') || (isCjk(unit.front().unicode()) && WordSegmenter::words(unit).size() > 1);
}

void BackgroundCorpus::addText(QStringView text)
{
    for (const QString &unit : VoiceTokenizer::units(text))
        addCount(unit, 1);
}

void BackgroundCorpus::addCount(const QString &unit, double count)
{
    m_counts[unit] += count;
    m_total += count;
}

BackgroundCorpus BackgroundCorpus::builtIn()
{
    BackgroundCorpus corpus;
    const QDir dir(u":/voices/background"_s);
    for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
        const QString text = readResource(dir.filePath(name));
        if (!name.startsWith(u"common.")) {
            corpus.addText(text);
            continue;
        }
        int rank = 0;
        for (const QString &line : text.split(u'\n')) {
            const QString word = line.trimmed();
            if (word.isEmpty() || word.startsWith(u'#'))
                continue;
            corpus.addCount(word.toLower(), ZipfTop / ++rank);
        }
    }
    const VoiceLibrary library = VoiceLibrary::builtIn();
    for (const Voice &voice : library.voices()) {
        for (const VoiceLanguageBlock *block : {&voice.zh, &voice.en}) {
            for (const auto &example : block->examples)
                corpus.addText(example.output);
        }
    }
    return corpus;
}

VoiceLearner::VoiceLearner(BackgroundCorpus background)
    : m_background(std::move(background))
{}

QList<SignatureProposal> VoiceLearner::learn(const QStringList &samples, const Options &options,
                                             const StopRequested &stopRequested) const
{
    const auto stopped = [&stopRequested] {
        return stopRequested && stopRequested();
    };
    QHash<QString, int> counts;
    double sampleTotal = 0;
    for (const QString &sample : samples) {
        // Long samples are read a slice at a time (cut at a line break) so a stop request is heard soon.
        for (qsizetype from = 0; from < sample.size();) {
            if (stopped())
                return {};
            qsizetype to = std::min(sample.size(), from + SliceLength);
            if (to < sample.size()) {
                const qsizetype lineEnd = sample.indexOf(u'\n', to);
                to = lineEnd < 0 ? sample.size() : lineEnd + 1;
            }
            for (const QString &unit : VoiceTokenizer::units(QStringView(sample).sliced(from, to - from))) {
                ++counts[unit];
                ++sampleTotal;
            }
            from = to;
        }
    }
    const double backgroundTotal = m_background.total();
    const double pooledTotal = sampleTotal + backgroundTotal;
    if (sampleTotal == 0 || pooledTotal == 0)
        return {};
    const double a0 = options.priorStrength;
    QList<SignatureProposal> proposals;
    qsizetype scored = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (++scored % StopCheckInterval == 0 && stopped())
            return {};
        const double yi = it.value();
        if (yi < options.minCount)
            continue;
        const double yj = m_background.count(it.key());
        const double alpha = std::max(a0 * (yi + yj) / pooledTotal, 1e-3);
        const double delta = std::log((yi + alpha) / (sampleTotal + a0 - yi - alpha)) -
                             std::log((yj + alpha) / (backgroundTotal + a0 - yj - alpha));
        const double variance = 1.0 / (yi + alpha) + 1.0 / (yj + alpha);
        const double z = delta / std::sqrt(variance);
        if (z < options.minZScore)
            continue;
        SignatureProposal p;
        p.term = it.key();
        p.phrase = VoiceTokenizer::isPhrase(it.key());
        p.sampleCount = int(yi);
        p.backgroundCount = yj;
        p.logOddsRatio = delta;
        p.zScore = z;
        proposals.append(p);
    }
    std::sort(proposals.begin(), proposals.end(), [](const SignatureProposal &a, const SignatureProposal &b) {
        return a.zScore != b.zScore ? a.zScore > b.zScore : a.term < b.term;
    });
    // A unit inside a longer proposal that occurs as often adds nothing ("不过" beside "不过是").
    QList<SignatureProposal> kept;
    for (const SignatureProposal &p : proposals) {
        if (stopped())
            return {};
        const bool covered = std::any_of(proposals.cbegin(), proposals.cend(), [&](const SignatureProposal &q) {
            return q.term.size() > p.term.size() && q.term.contains(p.term) && q.sampleCount >= p.sampleCount &&
                   !p.term.contains(u' ') == !q.term.contains(u' ');
        });
        if (!covered)
            kept.append(p);
        if (kept.size() >= options.maxProposals)
            break;
    }
    return kept;
}

} // namespace coinage
