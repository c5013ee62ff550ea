#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace coinage {

// What the voices rewrite: the sentence at the caret, its paragraph, or the selection.
enum class VoiceScope
{
    Sentence,
    Paragraph,
    Selection
};

// A range of the editor text and the text in it.
struct ScopedText
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString text;

    qsizetype end() const { return start + length; }
    bool isEmpty() const { return text.trimmed().isEmpty(); }
};

class TextScope
{
public:
    // The range for a scope. Selection: [selectionStart, selectionEnd) (falls back to the sentence when empty).
    // Paragraph: the lines around the caret up to blank lines. Sentence: within the paragraph, the sentence whose
    // range holds the caret (a caret right after a sentence's last character picks that sentence).
    static ScopedText find(const QString &text, VoiceScope scope, qsizetype caret, qsizetype selectionStart = -1,
                           qsizetype selectionEnd = -1);
    // Sentence ranges [start, end) of a text (SentenceSplitter).
    static QList<std::pair<qsizetype, qsizetype>> sentences(QStringView text);
    static ScopedText paragraphAt(const QString &text, qsizetype caret);
};

} // namespace coinage
