#include "EditorFont.h"

#include "MarkdownEditor.h"

#include <QApplication>
#include <QFontDatabase>
#include <QSettings>

namespace coinage::gui {

QFont EditorFont::defaultFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(qMax<qreal>(font.pointSizeF(), 11));
    return font;
}

QFont EditorFont::current()
{
    QFont font = defaultFont();
    const QSettings settings;
    if (const QString family = settings.value(familyKey()).toString(); !family.isEmpty())
        font.setFamilies({family});
    if (const qreal size = settings.value(sizeKey()).toReal(); size >= 4 && size <= 200)
        font.setPointSizeF(size);
    return font;
}

void EditorFont::apply(const QFont &font)
{
    QSettings settings;
    const QFont fallback = defaultFont();
    if (font.family() == fallback.family())
        settings.remove(familyKey());
    else
        settings.setValue(familyKey(), font.family());
    if (qFuzzyCompare(font.pointSizeF(), fallback.pointSizeF()))
        settings.remove(sizeKey());
    else
        settings.setValue(sizeKey(), font.pointSizeF());
    const QFont chosen = current();
    const QList<QWidget *> widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets) {
        if (auto *editor = qobject_cast<MarkdownEditor *>(widget))
            editor->setEditorFont(chosen);
    }
}

} // namespace coinage::gui
