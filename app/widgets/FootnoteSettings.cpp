#include "FootnoteSettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace coinage::gui {
namespace {
const QString after = u"after"_s;
const QString before = u"before"_s;
} // namespace

QStringList FootnoteSettings::languages()
{
    return {u"zh"_s, u"en"_s};
}

MarkerPlacement FootnoteSettings::placement(const QString &language)
{
    const QString value = QSettings().value(placementKey(language)).toString();
    if (value == before)
        return MarkerPlacement::BeforePunctuation;
    if (value == after)
        return MarkerPlacement::AfterPunctuation;
    return defaultPlacement();
}

void FootnoteSettings::setPlacement(const QString &language, MarkerPlacement placement)
{
    QSettings().setValue(placementKey(language), placement == MarkerPlacement::BeforePunctuation ? before : after);
}

FootnoteStyle FootnoteSettings::style()
{
    FootnoteStyle style;
    style.placement = defaultPlacement();
    const QStringList all = languages();
    for (const QString &language : all)
        style.byLanguage.insert(language, placement(language));
    return style;
}

} // namespace coinage::gui
