#include "VoiceEdits.h"

using namespace Qt::StringLiterals;

namespace coinage {

TextEdit VoiceEdits::replace(const ScopedText &scope, const QString &line)
{
    return {scope.start, scope.length, line};
}

TextEdit VoiceEdits::insertBelow(const QString &text, const ScopedText &scope, const QString &line)
{
    // After the paragraph holding the scope's end: "…paragraph\n\nLINE" keeping what follows.
    const ScopedText paragraph = TextScope::paragraphAt(text, std::max<qsizetype>(scope.end() - 1, scope.start));
    const qsizetype at = paragraph.length > 0 ? paragraph.end() : scope.end();
    const bool followed = at < text.size();
    return {at, 0, u"\n\n"_s + line + (followed ? QString() : u"\n"_s)};
}

QString VoiceEdits::symposium(const QList<PasticheLine> &lines)
{
    QStringList paragraphs;
    for (const PasticheLine &line : lines) {
        if (!line.text.trimmed().isEmpty())
            paragraphs.append(line.text.trimmed());
    }
    return paragraphs.join(u"\n\n"_s);
}

TextEdit VoiceEdits::insertSymposiumBelow(const QString &text, const ScopedText &scope,
                                          const QList<PasticheLine> &lines)
{
    return insertBelow(text, scope, symposium(lines));
}

} // namespace coinage
