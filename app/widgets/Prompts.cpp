#include "Prompts.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace coinage::gui {

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

bool DialogPrompts::askConfirm(QWidget *parent, const QString &title, const QString &message)
{
    return QMessageBox::question(parent, title, message, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes) ==
           QMessageBox::Yes;
}

} // namespace coinage::gui
