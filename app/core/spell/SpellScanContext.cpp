#include "SpellScanContext.h"

#include "markdown/ScanSnapshot.h"
#include "post/FrontMatterData.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coinage {

SpellScanContext::SpellScanContext(const ScanSnapshot &scan, const FrontMatterData &frontMatter)
{
    for (const ScanBlock &block : scan.blocks) {
        if (block.type == ScanBlock::Type::CodeBlock)
            m_code.append({block.firstLine, block.lastLine});
    }
    std::sort(m_code.begin(), m_code.end(), [](const LineRange &a, const LineRange &b) { return a.first < b.first; });
    if (scan.frontMatter.hasFrontMatter()) {
        m_frontMatterFirst = scan.frontMatter.yamlFirstLine - 1;
        m_bodyFirst = scan.frontMatter.bodyFirstLine;
        for (const FrontMatterEntry &entry : frontMatter.entries()) {
            const bool checked = SpellWordSplitter::checkedFrontMatterKeys().contains(entry.key);
            m_owners.append({entry.line - 1, checked});
        }
        std::sort(m_owners.begin(), m_owners.end(), [](const Owner &a, const Owner &b) { return a.line < b.line; });
        m_language = frontMatter.string(u"lang").trimmed();
    }
}

SpellLineKind SpellScanContext::kind(int line) const
{
    if (m_frontMatterFirst >= 0 && line >= m_frontMatterFirst && line < m_bodyFirst) {
        if (line == m_frontMatterFirst || line == m_bodyFirst - 1)
            return SpellLineKind::Skip; // the fences
        auto owner = std::upper_bound(m_owners.cbegin(), m_owners.cend(), line,
                                      [](int l, const Owner &o) { return l < o.line; });
        if (owner == m_owners.cbegin())
            return SpellLineKind::Skip;
        --owner;
        return owner->checked ? SpellLineKind::FrontMatterValue : SpellLineKind::Skip;
    }
    auto code =
        std::upper_bound(m_code.cbegin(), m_code.cend(), line, [](int l, const LineRange &r) { return l < r.first; });
    if (code != m_code.cbegin() && line <= std::prev(code)->last)
        return SpellLineKind::Skip;
    return SpellLineKind::Prose;
}

} // namespace coinage
