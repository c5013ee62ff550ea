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

} // namespace coinage::gui
