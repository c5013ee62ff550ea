#include "ModelPrompt.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace coinage {

namespace {

QString rules(const Voice &voice, const SentenceAnalysis &analysis, VoiceLanguage language)
{
    const bool zh = language == VoiceLanguage::Chinese;
    QStringList quoted;
    for (const QString &a : voice.block(language).attributions)
        quoted.append(u"\""_s + a + u"\""_s);
    const QString keep = analysis.hasTopic() ? analysis.topic : analysis.sentence;
    // The model reads these rules; they are not user-visible text.
    if (zh)
        return u"规则：用中文写一段仿作（pastiche，不是真实引文），只写一段，不要解释，不要加引号。必须以下列说法之一开头："_s +
               quoted.join(u"、"_s) + u"。保留用户的话题“"_s + keep + u"”。"_s;
    return u"Rules: write one paragraph of pastiche in English (an imitation, not a real quotation); no preamble, no "
           "explanation, no surrounding quotes. Begin with exactly one of: "_s +
           quoted.join(u", "_s) + u". Keep the user's topic \""_s + keep + u"\"."_s;
}

} // namespace

QJsonObject ModelPrompt::chatRequest(const Voice &voice, const SentenceAnalysis &analysis, VoiceLanguage language,
                                     const ModelSettings &settings)
{
    if (language == VoiceLanguage::Auto)
        language = analysis.language;
    QJsonArray messages;
    QString persona = voice.description(language);
    if (persona.isEmpty())
        persona =
            voice.description(language == VoiceLanguage::Chinese ? VoiceLanguage::English : VoiceLanguage::Chinese);
    messages.append(chatMessage(u"system"_s, persona + u"\n\n"_s + rules(voice, analysis, language)));
    for (const auto &example : voice.block(language).examples) {
        messages.append(chatMessage(u"user"_s, example.input));
        messages.append(chatMessage(u"assistant"_s, example.output));
    }
    messages.append(chatMessage(u"user"_s, analysis.source));
    QJsonObject body{
        {u"model"_s, settings.model},
        {u"messages"_s, messages},
        {u"stream"_s, true},
        {u"n"_s, 1},
        {u"temperature"_s, voice.model.temperature.value_or(settings.temperature)},
        {u"max_tokens"_s, voice.model.maxTokens.value_or(settings.maxTokens)},
    };
    if (voice.model.topP)
        body.insert(u"top_p"_s, *voice.model.topP);
    return body;
}

QJsonObject ModelPrompt::chatMessage(const QString &role, const QString &content)
{
    return QJsonObject{{u"role"_s, role}, {u"content"_s, content}};
}

QString ModelPrompt::cleanAnswer(const QString &answer)
{
    static const QRegularExpression think(u"<think>.*?(</think>|$)"_s, QRegularExpression::DotMatchesEverythingOption);
    QString text = answer;
    text.remove(think);
    text = text.trimmed();
    const qsizetype paragraphEnd = text.indexOf(u"\n\n"_s);
    if (paragraphEnd > 0)
        text = text.left(paragraphEnd);
    text.replace(u'\n', u' ');
    text = text.trimmed();
    static const QList<std::pair<QChar, QChar>> quotes = {{u'"', u'"'}, {u'“', u'”'}, {u'「', u'」'}};
    for (const auto &[open, close] : quotes) {
        if (text.size() > 2 && text.front() == open && text.back() == close &&
            text.count(open) + (open == close ? 0 : text.count(close)) == 2)
            text = text.mid(1, text.size() - 2).trimmed();
    }
    return text;
}

} // namespace coinage
