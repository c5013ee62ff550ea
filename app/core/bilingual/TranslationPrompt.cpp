#include "TranslationPrompt.h"

#include "text/LineIndex.h"
#include "voices/ModelPrompt.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace coinage {

QString TranslationPrompt::languageName(const QString &code)
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return u"the other language"_s;
    const QLocale locale(trimmed);
    if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage)
        return trimmed;
    return u"%1 (%2)"_s.arg(QLocale::languageToString(locale.language()), trimmed);
}

QJsonObject TranslationPrompt::chatRequest(const QString &sourceMarkdown, const QString &sourceLanguage,
                                           const QString &targetLanguage, const ModelSettings &settings)
{
    const QString system =
        u"You are a careful literary translator. Translate the user's Markdown from %1 into %2.\n"
        "Keep the Markdown exactly as it is: headings, list markers, quotes, emphasis, inline code, footnote markers "
        "such as [^1] or [1], links and their URLs, numbers and HTML tags stay unchanged; translate only the prose.\n"
        "Answer with the translation only: no notes, no explanations, no quotes or code fences around it."_s.arg(
            languageName(sourceLanguage), languageName(targetLanguage));
    const QJsonArray messages{ModelPrompt::chatMessage(u"system"_s, system),
                              ModelPrompt::chatMessage(u"user"_s, sourceMarkdown)};
    const qsizetype wanted = std::min<qsizetype>(8192, sourceMarkdown.size() * 2 + 256);
    return QJsonObject{
        {u"model"_s, settings.model},
        {u"messages"_s, messages},
        {u"stream"_s, true},
        {u"n"_s, 1},
        {u"temperature"_s, std::min(settings.temperature, 0.3)},
        {u"max_tokens"_s, qint64(std::max<qsizetype>(settings.maxTokens, wanted))},
    };
}

QString TranslationPrompt::cleanReply(const QString &reply)
{
    static const QRegularExpression think(u"<think>.*?(</think>|$)"_s, QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression openFence(u"^```[\\w-]*[ \\t]*\\n"_s);
    static const QRegularExpression closeFence(u"\\n?```\\s*$"_s);
    static const QRegularExpression blankRun(u"\\n[ \\t]*\\n(?:[ \\t]*\\n)+"_s);
    QString text = reply;
    text.remove(think);
    text = text.trimmed();
    // A fence around the whole reply (an unfinished one while it streams).
    if (const QRegularExpressionMatch open = openFence.match(text); open.hasMatch()) {
        text.remove(0, open.capturedLength());
        text.remove(closeFence);
    } else if (text.startsWith(u"```") && !text.contains(u'\n')) {
        text.clear();
    }
    text.replace(blankRun, u"\n\n"_s);
    return text.trimmed();
}

TranslationPrompt::Placement TranslationPrompt::placement(const Alignment &alignment, int pair,
                                                          const QString &targetText)
{
    if (pair < 0 || pair >= alignment.pairs.size())
        return Placement{-1, 0, {}, {}};
    const LineIndex lines(targetText);
    auto clampLine = [&](int line) {
        return std::clamp(line, 0, lines.lineCount() - 1);
    };
    const AlignedPair &p = alignment.pairs[pair];
    if (p.hasTarget() && !p.targetLines.isEmpty()) {
        const qsizetype start = lines.lineStart(clampLine(p.targetLines.first));
        const qsizetype end = lines.lineEnd(clampLine(p.targetLines.last));
        return Placement{start, end - start, {}, {}};
    }
    for (int k = pair - 1; k >= 0; --k) {
        const AlignedPair &before = alignment.pairs[k];
        if (!before.byId && before.hasTarget() && !before.targetLines.isEmpty())
            return Placement{lines.lineEnd(clampLine(before.targetLines.last)), 0, u"\n\n"_s, {}};
    }
    for (int k = pair + 1; k < alignment.pairs.size(); ++k) {
        const AlignedPair &after = alignment.pairs[k];
        if (!after.byId && after.hasTarget() && !after.targetLines.isEmpty())
            return Placement{lines.lineStart(clampLine(after.targetLines.first)), 0, {}, u"\n\n"_s};
    }
    const bool endsWithNewline = targetText.endsWith(u'\n');
    return Placement{targetText.size(), 0, endsWithNewline ? u"\n"_s : u"\n\n"_s,
                     endsWithNewline ? u"\n"_s : QString()};
}

} // namespace coinage
