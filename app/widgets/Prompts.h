#pragma once

#include <QCoreApplication>
#include <QStringList>

class QWidget;

namespace coinage::gui {

// Every question and error message the window puts to the user, in one replaceable place: the window decides what to
// ask, a Prompts implementation asks it. DialogPrompts uses message boxes and file dialogs; tests substitute their own.
class Prompts
{
public:
    enum class Choice
    {
        Save,
        Discard,
        Cancel
    };

    virtual ~Prompts() = default;
    virtual void showError(QWidget *parent, const QString &title, const QString &message) = 0;
    // The document has unsaved changes and is about to close.
    virtual Choice askSaveChanges(QWidget *parent, const QString &documentName) = 0;
    // Saving failed: offer to save under another name instead. True to try Save As.
    virtual bool askSaveElsewhere(QWidget *parent, const QString &message) = 0;
    // Empty when cancelled.
    virtual QString askSavePath(QWidget *parent, const QString &suggestedPath) = 0;
    virtual QStringList askOpenPaths(QWidget *parent, const QString &folder) = 0;
    // A folder (File > Open Site); empty when cancelled.
    virtual QString askFolder(QWidget *parent, const QString &title, const QString &folder) = 0;
    // One line of text (a title, a slug); a null string when cancelled.
    virtual QString askText(QWidget *parent, const QString &title, const QString &label, const QString &text) = 0;
    // A yes/no question before an action; true to go ahead.
    virtual bool askConfirm(QWidget *parent, const QString &title, const QString &message) = 0;
};

class DialogPrompts : public Prompts
{
    Q_DECLARE_TR_FUNCTIONS(coinage::gui::DialogPrompts)
public:
    void showError(QWidget *parent, const QString &title, const QString &message) override;
    Choice askSaveChanges(QWidget *parent, const QString &documentName) override;
    bool askSaveElsewhere(QWidget *parent, const QString &message) override;
    QString askSavePath(QWidget *parent, const QString &suggestedPath) override;
    QStringList askOpenPaths(QWidget *parent, const QString &folder) override;
    QString askFolder(QWidget *parent, const QString &title, const QString &folder) override;
    QString askText(QWidget *parent, const QString &title, const QString &label, const QString &text) override;
    bool askConfirm(QWidget *parent, const QString &title, const QString &message) override;

    static QString fileFilter();
};

} // namespace coinage::gui
