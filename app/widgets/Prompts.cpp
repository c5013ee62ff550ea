#include "Prompts.h"

#include "RecoveryDialog.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QInputDialog>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace coinage::gui {

QList<Prompts::RecoveryChoice> Prompts::askRecovery(QWidget *, const QList<RecoveryItem> &items)
{
    return QList<RecoveryChoice>(items.size(), RecoveryChoice::Later);
}

Prompts::ExternalChangeChoice Prompts::askExternalChange(QWidget *, const QString &)
{
    return ExternalChangeChoice::KeepMine;
}

void Prompts::showDiff(QWidget *, const QString &, const QString &) {}

bool Prompts::askSaveDeleted(QWidget *, const QString &)
{
    return false;
}

QString DialogPrompts::fileFilter()
{
    return tr("Markdown posts (*.md *.markdown);;All files (*)");
}

void DialogPrompts::showError(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Critical, title, message, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("coinage-error"));
    box.exec();
}

Prompts::Choice DialogPrompts::askSaveChanges(QWidget *parent, const QString &documentName)
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("Save the changes to “%1” before closing?").arg(documentName),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setInformativeText(tr("If you don't save, your changes will be lost."));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save:
        return Choice::Save;
    case QMessageBox::Discard:
        return Choice::Discard;
    default:
        return Choice::Cancel;
    }
}

bool DialogPrompts::askSaveElsewhere(QWidget *parent, const QString &message)
{
    QMessageBox box(QMessageBox::Critical, tr("Could Not Save"), message, QMessageBox::Cancel, parent);
    box.setInformativeText(tr("Your text is still open and unchanged. Save it under another name?"));
    QPushButton *saveAs = box.addButton(tr("Save &As…"), QMessageBox::AcceptRole);
    box.setDefaultButton(saveAs);
    box.exec();
    return box.clickedButton() == saveAs;
}

QString DialogPrompts::askSavePath(QWidget *parent, const QString &suggestedPath)
{
    return QFileDialog::getSaveFileName(parent, tr("Save Post As"), suggestedPath, fileFilter());
}

QStringList DialogPrompts::askOpenPaths(QWidget *parent, const QString &folder)
{
    return QFileDialog::getOpenFileNames(parent, tr("Open Posts"), folder, fileFilter());
}

QList<Prompts::RecoveryChoice> DialogPrompts::askRecovery(QWidget *parent, const QList<RecoveryItem> &items)
{
    RecoveryDialog dialog(items, parent);
    dialog.exec();
    return dialog.choices();
}

Prompts::ExternalChangeChoice DialogPrompts::askExternalChange(QWidget *parent, const QString &documentName)
{
    QMessageBox box(QMessageBox::Warning, tr("Changed on Disk"),
                    tr("“%1” was changed by another program, and you have unsaved changes here.").arg(documentName),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(tr("Keep your text (saving will replace the file), take the version on disk (your "
                              "changes stay in Undo), or compare them first?"));
    QPushButton *mine = box.addButton(tr("&Keep Mine"), QMessageBox::RejectRole);
    QPushButton *theirs = box.addButton(tr("&Take Theirs"), QMessageBox::DestructiveRole);
    QPushButton *compare = box.addButton(tr("&Compare…"), QMessageBox::ActionRole);
    box.setDefaultButton(mine);
    box.setEscapeButton(mine);
    box.exec();
    if (box.clickedButton() == theirs)
        return ExternalChangeChoice::TakeTheirs;
    if (box.clickedButton() == compare)
        return ExternalChangeChoice::Compare;
    return ExternalChangeChoice::KeepMine;
}

void DialogPrompts::showDiff(QWidget *parent, const QString &title, const QString &diff)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("coinage-diff"));
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    auto *view = new QPlainTextEdit(diff.isEmpty() ? tr("The texts have the same lines.") : diff, &dialog);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(760, 480);
    dialog.exec();
}

bool DialogPrompts::askSaveDeleted(QWidget *parent, const QString &documentName)
{
    QMessageBox box(QMessageBox::Warning, tr("Deleted on Disk"),
                    tr("The file of “%1” was deleted or moved by another program.").arg(documentName),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(tr("Your text is still open. Save it to the same place again?"));
    QPushButton *save = box.addButton(tr("&Save"), QMessageBox::AcceptRole);
    box.addButton(tr("&Not Now"), QMessageBox::RejectRole);
    box.setDefaultButton(save);
    box.exec();
    return box.clickedButton() == save;
}

bool DialogPrompts::askNewTranslation(QWidget *parent, const QString &sourceLanguage, QString &language,
                                      bool &copySource)
{
    QStringList languages{QStringLiteral("en"), QStringLiteral("zh"), QStringLiteral("ja"), QStringLiteral("ko"),
                          QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("es")};
    languages.removeAll(sourceLanguage);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, tr("Create Translation"),
                                                 tr("Language of the translation (the original is “%1”):")
                                                     .arg(sourceLanguage.isEmpty() ? tr("unknown") : sourceLanguage),
                                                 languages, 0, true, &ok)
                               .trimmed();
    if (!ok || chosen.isEmpty())
        return false;
    QMessageBox box(QMessageBox::Question, tr("Create Translation"), tr("How should the translation start?"),
                    QMessageBox::Cancel, parent);
    QPushButton *empty = box.addButton(tr("&Empty Blocks"), QMessageBox::AcceptRole);
    QPushButton *copy = box.addButton(tr("&Copy the Original"), QMessageBox::AcceptRole);
    box.setDefaultButton(empty);
    box.exec();
    if (box.clickedButton() != empty && box.clickedButton() != copy)
        return false;
    language = chosen;
    copySource = box.clickedButton() == copy;
    return true;
}

QString DialogPrompts::askFolder(QWidget *parent, const QString &title, const QString &folder)
{
    return QFileDialog::getExistingDirectory(parent, title, folder);
}

QString DialogPrompts::askText(QWidget *parent, const QString &title, const QString &label, const QString &text)
{
    bool ok = false;
    const QString answer = QInputDialog::getText(parent, title, label, QLineEdit::Normal, text, &ok);
    return ok ? answer : QString();
}

int DialogPrompts::askItem(QWidget *parent, const QString &title, const QString &label, const QStringList &items,
                           int current)
{
    bool ok = false;
    const QString answer = QInputDialog::getItem(parent, title, label, items, qMax(0, current), false, &ok);
    return ok ? int(items.indexOf(answer)) : -1;
}

bool DialogPrompts::askConfirm(QWidget *parent, const QString &title, const QString &message)
{
    return QMessageBox::question(parent, title, message, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes) ==
           QMessageBox::Yes;
}

bool DialogPrompts::askSendToHost(QWidget *parent, const QString &host)
{
    QMessageBox box(QMessageBox::Question, tr("Send Text to Another Machine?"),
                    tr("The language model is on %1, not on this computer.").arg(host), QMessageBox::NoButton, parent);
    box.setInformativeText(tr("To write model lines, Coinage sends the sentence at the caret (or the selection), the "
                              "voice's description and examples, and your API key to %1. Nothing is sent unless you "
                              "agree; you can withdraw this in Voices > Language Model.")
                               .arg(host));
    QPushButton *send = box.addButton(tr("Send to %1").arg(host), QMessageBox::AcceptRole);
    QPushButton *offline = box.addButton(tr("Stay Offline"), QMessageBox::RejectRole);
    box.setDefaultButton(offline);
    box.exec();
    return box.clickedButton() == send;
}

} // namespace coinage::gui
