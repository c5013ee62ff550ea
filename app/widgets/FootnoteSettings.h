#pragma once

#include "footnotes/FootnoteEditResult.h"

#include <QString>

namespace coinage::gui {

// Where Insert Footnote puts the marker next to closing punctuation, per language (Preferences > Footnotes):
// "after" ("word.[^1]", the default, as in the seed posts) or "before" ("word[^1].").
class FootnoteSettings
{
public:
    // The languages with a setting of their own: "zh" and "en".
    static QStringList languages();
    static QString placementKey(const QString &language) { return QStringLiteral("footnotes/placement/") + language; }
    static MarkerPlacement defaultPlacement() { return MarkerPlacement::AfterPunctuation; }

    static MarkerPlacement placement(const QString &language);
    static void setPlacement(const QString &language, MarkerPlacement placement);
    // The style Insert Footnote uses (read from the settings each time, so a change applies at once).
    static FootnoteStyle style();
};

} // namespace coinage::gui
