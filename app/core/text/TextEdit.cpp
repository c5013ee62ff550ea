#include "TextEdit.h"

#include <algorithm>

namespace coinage {

bool normalizeEdits(TextEdits &edits, qsizetype textSize)
{
    std::stable_sort(edits.begin(), edits.end(),
                     [](const TextEdit &a, const TextEdit &b) { return a.start < b.start; });
    qsizetype previousEnd = 0;
    for (const TextEdit &edit : edits) {
        if (edit.start < previousEnd || edit.length < 0 || edit.end() > textSize)
            return false;
        previousEnd = edit.end();
    }
    return true;
}

QString applyEdits(const QString &text, TextEdits edits)
{
    if (!normalizeEdits(edits, text.size()))
        return text;
    QString out;
    qsizetype grow = 0;
    for (const TextEdit &edit : edits)
        grow += edit.replacement.size() - edit.length;
    out.reserve(text.size() + std::max<qsizetype>(grow, 0));
    qsizetype from = 0;
    for (const TextEdit &edit : edits) {
        out.append(QStringView(text).sliced(from, edit.start - from));
        out.append(edit.replacement);
        from = edit.end();
    }
    out.append(QStringView(text).sliced(from));
    return out;
}

} // namespace coinage
