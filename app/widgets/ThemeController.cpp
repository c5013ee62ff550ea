#include "ThemeController.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QSettings>

namespace coinage::gui {
namespace {
const QString themeKey = QStringLiteral("editor/theme");
}

ThemeController::ThemeController(QObject *parent)
    : QObject(parent)
    , m_markdown(m_repository.definitionForName(QStringLiteral("Markdown")))
    , m_yaml(m_repository.definitionForName(QStringLiteral("YAML")))
    , m_chosen(QSettings().value(themeKey).toString())
{
    if (!m_chosen.isEmpty() && !m_repository.theme(m_chosen).isValid())
        m_chosen.clear();
    update();
}

ThemeController::~ThemeController() = default;

void ThemeController::chooseTheme(const QString &name)
{
    m_chosen = m_repository.theme(name).isValid() ? name : QString();
    QSettings().setValue(themeKey, m_chosen);
    if (m_group) {
        for (QAction *action : m_group->actions())
            action->setChecked(action->data().toString() == m_chosen);
    }
    update();
}

void ThemeController::paletteChanged()
{
    if (m_chosen.isEmpty())
        update();
}

void ThemeController::update()
{
    const KSyntaxHighlighting::Theme theme =
        m_chosen.isEmpty() ? m_repository.themeForPalette(QApplication::palette()) : m_repository.theme(m_chosen);
    if (theme.name() == m_theme.name() && m_theme.isValid())
        return;
    m_theme = theme;
    Q_EMIT themeChanged(m_theme);
}

QMenu *ThemeController::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("&Theme"), parent);
    m_group = new QActionGroup(menu);
    m_group->setExclusive(true);
    auto addChoice = [this, menu](const QString &text, const QString &name) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setData(name);
        action->setChecked(name == m_chosen);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, name] { chooseTheme(name); });
    };
    addChoice(tr("&Follow System Colors"), QString());
    menu->addSeparator();
    for (const KSyntaxHighlighting::Theme &theme : m_repository.themes())
        addChoice(QString(theme.translatedName()).replace(u'&', QStringLiteral("&&")), theme.name());
    return menu;
}

} // namespace coinage::gui
