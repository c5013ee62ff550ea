#include "VoiceLearner.h"

#include "VoiceLibrary.h"
#include "text/Cjk.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTextBoundaryFinder>

#include <cmath>

using namespace Qt::StringLiterals;

namespace coinage {

namespace {

constexpr double ZipfTop = 1000; // weight of rank 1 in the common-word lists

void addCjkRun(const QString &run, QStringList &units)
{
    if (run.size() == 1)
        units.append(run);
    for (qsizetype n = 2; n <= 3; ++n) {
        for (qsizetype i = 0; i + n <= run.size(); ++i)
            units.append(run.mid(i, n));
    }
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'\'' || c == u'’' || c == u'-';
}

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
    const QString s = text.toString();
    QString cjkRun;
    QString previousWord;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, s);
    qsizetype start = 0;
    auto flushCjk = [&] {
        if (!cjkRun.isEmpty())
            addCjkRun(cjkRun, units);
        cjkRun.clear();
    };
    for (qsizetype end = finder.toNextBoundary(); end >= 0; end = finder.toNextBoundary()) {
        const QString segment = s.mid(start, end - start);
        start = end;
        if (segment.isEmpty())
            continue;
        if (std::all_of(segment.cbegin(), segment.cend(), [](QChar c) { return isCjk(c.unicode()); })) {
            cjkRun += segment;
            previousWord.clear();
            continue;
        }
        flushCjk();
        if (segment.trimmed().isEmpty())
            continue; // spaces keep the word pair together
        if (!std::all_of(segment.cbegin(), segment.cend(), isWordChar) || !segment.front().isLetterOrNumber()) {
            previousWord.clear(); // punctuation ends a pair
            continue;
        }
        const QString word = segment.toLower();
        units.append(word);
        if (!previousWord.isEmpty())
            units.append(previousWord + u' ' + word);
        previousWord = word;
    }
    flushCjk();
    return units;
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

QList<SignatureProposal> VoiceLearner::learn(const QStringList &samples, const Options &options) const
{
    QHash<QString, int> counts;
    double sampleTotal = 0;
    for (const QString &sample : samples) {
        for (const QString &unit : VoiceTokenizer::units(sample)) {
            ++counts[unit];
            ++sampleTotal;
        }
    }
    const double backgroundTotal = m_background.total();
    const double pooledTotal = sampleTotal + backgroundTotal;
    if (sampleTotal == 0 || pooledTotal == 0)
        return {};
    const double a0 = options.priorStrength;
    QList<SignatureProposal> proposals;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
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
        p.phrase = it.key().contains(u' ') || (it.key().size() >= 3 && isCjk(it.key().front().unicode()));
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
