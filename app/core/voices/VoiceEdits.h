#pragma once

#include "PasticheEngine.h"
#include "TextScope.h"
#include "text/TextEdit.h"

#include <QList>
#include <QString>

namespace coinage {

// The edits the voices panel applies (each as one undo step): replace the scope with a line, insert a line as a
// new paragraph below the scope's paragraph, or insert a "symposium" (the chosen lines, one paragraph each,
// attribution first, as in the seed post) below it.
class VoiceEdits
{
public:
    static TextEdit replace(const ScopedText &scope, const QString &line);
    static TextEdit insertBelow(const QString &text, const ScopedText &scope, const QString &line);
    static QString symposium(const QList<PasticheLine> &lines);
    static TextEdit insertSymposiumBelow(const QString &text, const ScopedText &scope,
                                         const QList<PasticheLine> &lines);
};

} // namespace coinage
