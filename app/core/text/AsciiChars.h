#pragma once

#include <QChar>

namespace coinage {

// ASCII character classes for Markdown syntax, where CommonMark means ASCII only (not QChar::isDigit/isSpace).
constexpr bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

constexpr bool isSpaceOrTab(QChar c)
{
    return c.unicode() == u' ' || c.unicode() == u'\t';
}

} // namespace coinage
