#pragma once

#include "SpellWordSplitter.h"

#include <QList>
#include <QString>

namespace coinage {

class FrontMatterData;
struct ScanSnapshot;

// What each line of a post is for spell checking, from a scan snapshot (code blocks, front matter) and the parsed
// front matter (which key owns a line): code blocks and front matter fences are skipped, front matter lines are
// checked only under the prose keys of SpellWordSplitter::checkedFrontMatterKeys(), the rest is prose. Also carries
// the post's `lang`. Default-constructed (no scan yet): every line is prose.
class SpellScanContext
{
public:
    SpellScanContext() = default;
    SpellScanContext(const ScanSnapshot &scan, const FrontMatterData &frontMatter);

    // 0-based line of the document.
    SpellLineKind kind(int line) const;
    // The front matter's `lang` value, empty when there is none.
    QString language() const { return m_language; }

private:
    struct LineRange
    {
        int first = 0;
        int last = 0; // inclusive
    };
    struct Owner
    {
        int line = 0; // 0-based line of the key
        bool checked = false;
    };

    QList<LineRange> m_code;     // sorted
    QList<Owner> m_owners;       // sorted by line
    int m_frontMatterFirst = -1; // the opening fence, -1 without front matter
    int m_bodyFirst = 0;
    QString m_language;
};

} // namespace coinage
