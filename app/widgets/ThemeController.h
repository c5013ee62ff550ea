#pragma once

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QObject>
#include <QPointer>

class QActionGroup;
class QMenu;
class QWidget;

namespace coinage::gui {

// The syntax repository and the editor theme: by default the theme that suits the application palette (light or
// dark, following palette changes), or one the user picked in View > Theme (remembered in the settings).
class ThemeController : public QObject
{
    Q_OBJECT
public:
    explicit ThemeController(QObject *parent = nullptr);
    ~ThemeController() override;

    KSyntaxHighlighting::Theme theme() const { return m_theme; }
    KSyntaxHighlighting::Definition markdown() const { return m_markdown; }
    KSyntaxHighlighting::Definition yaml() const { return m_yaml; }

    QList<KSyntaxHighlighting::Theme> themes() const { return m_repository.themes(); }
    // The themes Preferences offers as "Light" and "Dark".
    static QString lightThemeName() { return QStringLiteral("Breeze Light"); }
    static QString darkThemeName() { return QStringLiteral("Breeze Dark"); }

    // Empty when following the palette.
    QString chosenThemeName() const { return m_chosen; }
    void chooseTheme(const QString &name);

    // A menu with "Follow System Colors" and every theme of the repository, checkable and exclusive.
    QMenu *createMenu(QWidget *parent);

    // Call when the application palette changed; re-picks the theme when following the palette.
    void paletteChanged();

Q_SIGNALS:
    void themeChanged(const KSyntaxHighlighting::Theme &theme);

private:
    void update();

    KSyntaxHighlighting::Repository m_repository;
    KSyntaxHighlighting::Definition m_markdown;
    KSyntaxHighlighting::Definition m_yaml;
    KSyntaxHighlighting::Theme m_theme;
    QString m_chosen;
    QPointer<QActionGroup> m_group;
};

} // namespace coinage::gui
