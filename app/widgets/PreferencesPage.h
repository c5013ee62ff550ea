#pragma once

#include <QIcon>
#include <QWidget>

namespace coinage::gui {

// One page of the Preferences dialog. Each feature owns its page: it reads its settings into the controls in load(),
// writes them back in apply() and emits changed() when the user edits a control, so the dialog can enable Apply.
// Settings live in QSettings under keys the owning feature defines; secrets never go there (see ModelSettings).
class PreferencesPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual QIcon icon() const { return {}; }
    // Settings -> controls.
    virtual void load() = 0;
    // Controls -> settings, taking effect at once. Returns false (and says why on the page) when a value is invalid;
    // the dialog then stays open on this page.
    virtual bool apply() = 0;
    // Controls -> the defaults (Restore Defaults in the dialog); nothing is stored until apply().
    virtual void restoreDefaults() {}

Q_SIGNALS:
    void changed();
};

} // namespace coinage::gui
