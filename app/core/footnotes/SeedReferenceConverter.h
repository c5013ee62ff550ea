#pragma once

#include "FootnoteEditResult.h"

#include <QCoreApplication>
#include <optional>

namespace coinage {

// The seed posts' own note style: "[1]" markers in the text and, at the end, a "References" / "参考" / "参考文献" /
// "注释" title (a bold line or a heading) over a list of "1. ^text" items. Jekyll shows none of it as footnotes
// (and a "[2]: text" line even vanishes as a link definition). This turns it into kramdown footnotes: "[^1]"
// markers and "[^1]: text" definitions in the list's place, keeping the texts.
class SeedReferenceConverter
{
    Q_DECLARE_TR_FUNCTIONS(coinage::SeedReferenceConverter)
public:
    struct Item
    {
        QString number;
        QString text; // several lines when the item continues
    };
    struct ReferenceList
    {
        qsizetype start = 0; // the title line's start
        qsizetype end = 0;   // the end of the last item's last line
        QList<Item> items;
    };

    // The last reference list of the post, if there is one.
    static std::optional<ReferenceList> findList(QStringView text);
    static FootnoteEditResult convert(const QString &text);
};

} // namespace coinage
