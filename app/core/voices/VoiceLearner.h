#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>

namespace coinage {

// Units counted for voice learning: words (English lowercased; Chinese segmented by ICU's dictionary, see
// WordSegmenter) and pairs of neighbouring words ("large models", 不过是 = 不过 + 是). Pairs never cross punctuation
// or a change of script.
class VoiceTokenizer
{
public:
    static QStringList units(QStringView text);
    // A pair of words (a signature phrase) rather than one word (a lexicon entry).
    static bool isPhrase(const QString &unit);
};

// Reference frequencies to compare samples against: the seed posts, the built-in voices' examples and a small list
// of common words in each language (weighted 1/rank), all shipped in :/voices/background.
class BackgroundCorpus
{
public:
    static BackgroundCorpus builtIn();
    void addText(QStringView text);
    void addCount(const QString &unit, double count);
    double count(const QString &unit) const { return m_counts.value(unit); }
    double total() const { return m_total; }
    qsizetype size() const { return m_counts.size(); }

private:
    QHash<QString, double> m_counts;
    double m_total = 0;
};

// A word or phrase typical of the samples, with its evidence.
struct SignatureProposal
{
    QString term;
    bool phrase = false; // several words: a signature phrase; one word: a lexicon entry
    int sampleCount = 0; // occurrences in the samples
    double backgroundCount = 0;
    double logOddsRatio = 0; // delta: how much more the samples use it than the background
    double zScore = 0;       // delta / its standard deviation
};

// Finds what sets sample texts apart from the background: weighted log-odds ratios with an informative Dirichlet
// prior (Monroe, Colaresi & Quinn 2008), the prior being the pooled frequencies scaled to priorStrength.
// Runs locally; samples never leave the machine.
class VoiceLearner
{
public:
    struct Options
    {
        int maxProposals = 30;
        double minZScore = 1.96; // ~95% two-sided
        int minCount = 2;
        double priorStrength = 500;
    };

    // Asked between units of work; once it returns true, learn() stops within a few milliseconds and returns nothing.
    using StopRequested = std::function<bool()>;

    explicit VoiceLearner(BackgroundCorpus background);
    QList<SignatureProposal> learn(const QStringList &samples, const Options &options,
                                   const StopRequested &stopRequested = {}) const;
    QList<SignatureProposal> learn(const QStringList &samples) const { return learn(samples, Options()); }

private:
    BackgroundCorpus m_background;
};

} // namespace coinage
