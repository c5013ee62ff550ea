#pragma once

#include <QFont>
#include <QString>

namespace coinage::gui {

// The font of every post editor: the system's fixed-width font (at least 11 pt) unless the user picked a family and
// size in Preferences > Editor. New editors take it when they are made; apply() changes the open ones at once.
class EditorFont
{
public:
    static QString familyKey() { return QStringLiteral("editor/fontFamily"); }
    static QString sizeKey() { return QStringLiteral("editor/fontSize"); }

    static QFont defaultFont();
    // The settings over the default.
    static QFont current();
    // Stores `font` (or, when it equals the default, forgets the choice) and sets it on every open editor.
    static void apply(const QFont &font);
};

} // namespace coinage::gui
