#pragma once

#include "ModelSettings.h"
#include "PasticheEngine.h"
#include "SentenceAnalysis.h"
#include "Voice.h"

#include <QJsonObject>
#include <QString>

namespace coinage {

// The chat request for one voice: the voice's persona (description) and rules as the system message, its few-shot
// examples as user/assistant turns, the user's text last. And the clean-up of what a model answers.
class ModelPrompt
{
public:
    // The body of POST /chat/completions (stream true, n 1).
    static QJsonObject chatRequest(const Voice &voice, const SentenceAnalysis &analysis, VoiceLanguage language,
                                   const ModelSettings &settings);
    // A model's answer -> one line: reasoning blocks (<think>…</think>), surrounding quotes and everything after the
    // first paragraph removed.
    static QString cleanAnswer(const QString &answer);
    // One chat message: {"role": role, "content": content}.
    static QJsonObject chatMessage(const QString &role, const QString &content);
};

} // namespace coinage
