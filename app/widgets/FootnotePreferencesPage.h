#pragma once

#include "PreferencesPage.h"

#include <memory>

namespace Ui {
class FootnotePreferencesPage;
}

namespace coinage::gui {

// Preferences > Footnotes (forms/footnotepreferencespage.ui): where Insert Footnote puts the marker next to closing
// punctuation, in Chinese and in English (FootnoteSettings).
class FootnotePreferencesPage : public PreferencesPage
{
    Q_OBJECT
public:
    explicit FootnotePreferencesPage(QWidget *parent = nullptr);
    ~FootnotePreferencesPage() override;

    QString title() const override;
    QIcon icon() const override;
    void load() override;
    bool apply() override;
    void restoreDefaults() override;

private:
    std::unique_ptr<Ui::FootnotePreferencesPage> m_ui;
};

} // namespace coinage::gui
