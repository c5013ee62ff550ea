#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
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

    // One unsaved post found in the recovery journal at start.
    struct RecoveryItem
    {
        QString title;
        QString path;      // empty for an untitled post
        QDateTime written; // when its text was journaled
        int added = 0;     // lines, against the file on disk (all lines when the file is gone)
        int removed = 0;
        QString diff; // unified diff against the file on disk
        bool fileMissing = false;
    };
    enum class RecoveryChoice
    {
        Restore,
        Discard,
        Later
    };
    enum class ExternalChangeChoice
    {
        KeepMine,
        TakeTheirs,
        Compare
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

    // The questions of recovery and of changes on disk. The defaults decide without asking (keep everything: Later,
    // KeepMine, no save) so that implementations written before them keep working.
    // One choice per item, in order.
    virtual QList<RecoveryChoice> askRecovery(QWidget *parent, const QList<RecoveryItem> &items);
    // The post changed on disk while it has unsaved edits here.
    virtual ExternalChangeChoice askExternalChange(QWidget *parent, const QString &documentName);
    // The differences between the text here and the file on disk (after Compare).
    virtual void showDiff(QWidget *parent, const QString &title, const QString &diff);
    // The post's file was deleted or moved away: true to save the text to it again now.
    virtual bool askSaveDeleted(QWidget *parent, const QString &documentName);
    // Create Translation: the language of the new post and whether its body copies the source (else empty blocks).
    // False when cancelled (the default, for prompts that do not ask).
    virtual bool askNewTranslation(QWidget *, const QString & /*sourceLanguage*/, QString & /*language*/,
                                   bool & /*copySource*/)
    {
        return false;
    }
    // A folder (File > Open Site); empty when cancelled.
    virtual QString askFolder(QWidget *parent, const QString &title, const QString &folder) = 0;
    // One line of text (a title, a slug); a null string when cancelled.
    virtual QString askText(QWidget *parent, const QString &title, const QString &label, const QString &text) = 0;
    // One of several items (a heading to gather footnotes under): its index, -1 when cancelled (the default, for
    // prompts that do not ask).
    virtual int askItem(QWidget *, const QString & /*title*/, const QString & /*label*/, const QStringList & /*items*/,
                        int /*current*/)
    {
        return -1;
    }
    // A yes/no question before an action; true to go ahead.
    virtual bool askConfirm(QWidget *parent, const QString &title, const QString &message) = 0;
    // Before the first request to a model on another machine: true when the user agrees that `host` receives the
    // text the voices retell (and the API key). The default declines: nothing leaves the machine unasked.
    virtual bool askSendToHost(QWidget *, const QString & /*host*/) { return false; }
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
    QList<RecoveryChoice> askRecovery(QWidget *parent, const QList<RecoveryItem> &items) override;
    ExternalChangeChoice askExternalChange(QWidget *parent, const QString &documentName) override;
    void showDiff(QWidget *parent, const QString &title, const QString &diff) override;
    bool askSaveDeleted(QWidget *parent, const QString &documentName) override;
    bool askNewTranslation(QWidget *parent, const QString &sourceLanguage, QString &language,
                           bool &copySource) override;
    QString askFolder(QWidget *parent, const QString &title, const QString &folder) override;
    QString askText(QWidget *parent, const QString &title, const QString &label, const QString &text) override;
    int askItem(QWidget *parent, const QString &title, const QString &label, const QStringList &items,
                int current) override;
    bool askConfirm(QWidget *parent, const QString &title, const QString &message) override;
    bool askSendToHost(QWidget *parent, const QString &host) override;

    static QString fileFilter();
};

} // namespace coinage::gui
