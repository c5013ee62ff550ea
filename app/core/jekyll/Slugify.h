#pragma once

#include <QString>

#include <optional>

namespace coinage {

// Jekyll's Utils.slugify (jekyll 4.3, lib/jekyll/utils.rb), mode by mode:
// - raw:     runs of whitespace become "-"
// - default: runs of characters that are not marks, letters or decimal digits (\p{M}\p{L}\p{Nd}) become "-";
//            Chinese and other letters stay
// - pretty:  like default, but also keeps ._~!$&'()+,;=@
// - ascii:   runs of anything but A-Za-z0-9 become "-"
// - latin:   accented Latin letters lose their accents (I18n.transliterate; other non-ASCII becomes "?"), then
//            default
// - none (or any unknown mode): the string unchanged
// Then one leading and one trailing "-" are removed, and the result is lowercased unless `cased`.
enum class SlugMode
{
    Raw,
    Default,
    Pretty,
    Ascii,
    Latin,
    None
};

QString slugify(QStringView text, SlugMode mode = SlugMode::Default, bool cased = false);
std::optional<SlugMode> slugModeFromName(QStringView name);
QString slugModeName(SlugMode mode);

// A slug that can stand in a URL and a filename as it is: not empty, and unchanged by the pretty mode (cased).
bool isValidSlug(QStringView slug);

} // namespace coinage
