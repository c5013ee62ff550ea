#pragma once

#include "Alignment.h"
#include "text/TextEdit.h"
#include "voices/ModelSettings.h"

#include <QJsonObject>
#include <QString>

namespace coinage {

// Translating one pair with the optional model backend (any OpenAI-compatible server, see voices/ModelSettings.h):
// the chat request for a source block, the clean-up of the model's reply, and where the reply goes in the translation.
class TranslationPrompt
{
public:
    // The body of POST /chat/completions (stream true, n 1): a system message asking for a translation from
    // sourceLanguage to targetLanguage (BCP 47 codes from `lang`, named in English for the model) that keeps the
    // Markdown, footnote markers ([^1]), links with their URLs, code and numbers unchanged and answers with the
    // translation only; the source block as the user message. max_tokens grows with the block (at least the
    // settings' value, about two tokens per source character plus 256, at most 8192).
    static QJsonObject chatRequest(const QString &sourceMarkdown, const QString &sourceLanguage,
                                   const QString &targetLanguage, const ModelSettings &settings);
    // "zh-CN" -> "Chinese (zh-CN)"; an unknown code stays as it is.
    static QString languageName(const QString &code);
    // A reply (or the part streamed so far) -> the text for the translation: reasoning blocks (<think>…</think>, an
    // unfinished one removed to the end), a fence wrapping the whole reply (```markdown … ```) and blank lines around
    // it removed; runs of blank lines inside kept as one (the block stays Markdown blocks).
    static QString cleanReply(const QString &reply);

    // Where the translation of a pair goes in the translation's text: the pair's translation lines (whole lines,
    // replaced), or for a pair without translation (1-0) an insertion after the translation of the nearest pair
    // before it that has one (prefix "\n\n"), else before the first translated block after it (suffix "\n\n"), else at
    // the end of the text.
    struct Placement
    {
        qsizetype start = 0;
        qsizetype length = 0; // of the text replaced
        QString prefix;       // put before the translation
        QString suffix;       // and after it
        bool isValid() const { return start >= 0; }
        // The edit that puts `translation` there (length: what is there now, which changes as a reply streams in).
        TextEdit edit(const QString &translation, qsizetype currentLength) const
        {
            return TextEdit{start, currentLength, prefix + translation + suffix};
        }
    };
    static Placement placement(const Alignment &alignment, int pair, const QString &targetText);
};

} // namespace coinage
