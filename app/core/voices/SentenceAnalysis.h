#pragma once

#include "Voice.h"

#include <QString>
#include <QStringView>

namespace coinage {

// The user's words, ready for templates: the lead sentence of the scope without markup, its shape, and a
// topic/claim split on a copula when there is one ("Large models are the way of minting coins" -> topic "large
// models", copula "are", claim "the way of minting coins"; "大模型就是铸币" -> "大模型" / "就是" / "铸币").
struct SentenceAnalysis
{
    enum class Shape
    {
        Statement,
        Question,
        Exclamation
    };

    QString source;   // the scope's text after MarkupCleaner (all sentences)
    QString sentence; // the lead sentence, final punctuation removed
    QString endMark;  // the final punctuation as written ("." "?" "!" "。" "？" "！" or empty)
    Shape shape = Shape::Statement;
    VoiceLanguage language = VoiceLanguage::English; // detected from source
    double chineseRatio = 0;

    QString topic;        // short noun phrase the sentence is about; empty when there is none
    QString copula;       // as written, with a following hedge ("are merely", "不过是"); empty without a split
    QString claim;        // what follows the copula; empty without a split
    bool negated = false; // "is not" / "不是": no claim split is offered
    bool plural = false;  // English topic number

    bool isEmpty() const { return sentence.isEmpty(); }
    bool hasTopic() const { return !topic.isEmpty(); }
    bool hasClaim() const { return !claim.isEmpty() && !topic.isEmpty(); }
};

class SentenceAnalyzer
{
public:
    // Markdown of a scope (sentence, paragraph or selection) -> analysis. The lead sentence is the first one with a
    // copula split, else the first sentence.
    static SentenceAnalysis analyze(QStringView markdown);
    // One plain sentence (no markup) -> analysis.
    static SentenceAnalysis analyzeSentence(const QString &plain);
};

} // namespace coinage
