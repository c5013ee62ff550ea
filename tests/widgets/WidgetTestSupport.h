#pragma once

#include "MainWindow.h"
#include "Prompts.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

// Shared by the widget tests: prompts that answer from a script and record what was asked, settings kept in a
// temporary folder, and a shown main window.
namespace coinage::test {

class FakePrompts : public gui::Prompts
{
public:
    struct Log
    {
        QStringList errors;
        QStringList saveQuestions;
        QStringList saveElsewhereMessages;
        Choice saveChoice = Choice::Discard;
        QString savePath;
        QStringList openPaths;
        // Recovery and changes on disk.
        QList<QList<gui::Prompts::RecoveryItem>> recoveryOffers;
        RecoveryChoice recoveryChoice = RecoveryChoice::Later;
        QStringList externalChanges;
        QList<ExternalChangeChoice> externalChoices; // taken in order; KeepMine when used up
        QStringList diffs;
        QStringList deletedQuestions;
        bool saveDeleted = false;
        bool saveElsewhere = false;
        QString folder;               // askFolder's answer
        QStringList textAnswers;      // askText answers, first first; a null string (cancel) when none is left
        QStringList textQuestions;    // "title|label|text" asked
        QList<int> itemAnswers;       // askItem answers, first first; -1 (cancel) when none is left
        QStringList itemQuestions;    // "title|item;item;...|current" asked
        bool confirm = true;          // askConfirm's answer
        QStringList confirmQuestions; // the messages asked

        // Sending text to a model on another machine.
        bool sendToHost = false;         // askSendToHost's answer
        QStringList sendToHostQuestions; // the hosts asked about
    };

    explicit FakePrompts(std::shared_ptr<Log> log)
        : m_log(std::move(log))
    {}

    void showError(QWidget *, const QString &title, const QString &message) override
    {
        m_log->errors.append(title + u'\n' + message);
    }
    Choice askSaveChanges(QWidget *, const QString &documentName) override
    {
        m_log->saveQuestions.append(documentName);
        return m_log->saveChoice;
    }
    bool askSaveElsewhere(QWidget *, const QString &message) override
    {
        m_log->saveElsewhereMessages.append(message);
        return m_log->saveElsewhere;
    }
    QString askSavePath(QWidget *, const QString &) override { return m_log->savePath; }
    QStringList askOpenPaths(QWidget *, const QString &) override { return m_log->openPaths; }
    QList<RecoveryChoice> askRecovery(QWidget *, const QList<RecoveryItem> &items) override
    {
        m_log->recoveryOffers.append(items);
        return QList<RecoveryChoice>(items.size(), m_log->recoveryChoice);
    }
    ExternalChangeChoice askExternalChange(QWidget *, const QString &documentName) override
    {
        m_log->externalChanges.append(documentName);
        return m_log->externalChoices.isEmpty() ? ExternalChangeChoice::KeepMine : m_log->externalChoices.takeFirst();
    }
    void showDiff(QWidget *, const QString &, const QString &diff) override { m_log->diffs.append(diff); }
    bool askSaveDeleted(QWidget *, const QString &documentName) override
    {
        m_log->deletedQuestions.append(documentName);
        return m_log->saveDeleted;
    }
    QString askFolder(QWidget *, const QString &, const QString &) override { return m_log->folder; }
    QString askText(QWidget *, const QString &title, const QString &label, const QString &text) override
    {
        m_log->textQuestions.append(title + u'|' + label + u'|' + text);
        return m_log->textAnswers.isEmpty() ? QString() : m_log->textAnswers.takeFirst();
    }
    int askItem(QWidget *, const QString &title, const QString &, const QStringList &items, int current) override
    {
        m_log->itemQuestions.append(title + u'|' + items.join(u';') + u'|' + QString::number(current));
        return m_log->itemAnswers.isEmpty() ? -1 : m_log->itemAnswers.takeFirst();
    }
    bool askConfirm(QWidget *, const QString &, const QString &message) override
    {
        m_log->confirmQuestions.append(message);
        return m_log->confirm;
    }
    bool askSendToHost(QWidget *, const QString &host) override
    {
        m_log->sendToHostQuestions.append(host);
        return m_log->sendToHost;
    }

private:
    std::shared_ptr<Log> m_log;
};

// Settings (window layout, recent files, theme) and data (the recovery journal) go to a temporary folder, never to
// the user's.
inline void isolateSettings(const QTemporaryDir &dir)
{
    qputenv("XDG_DATA_HOME", QDir(dir.path()).filePath(QStringLiteral("data")).toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("CoinageTest"));
    QCoreApplication::setApplicationName(QStringLiteral("CoinageTest"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
}

// With COINAGE_TEST_SCREENSHOTS=FOLDER, tests leave pictures of what they drove there (for reviewing the look).
inline void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("COINAGE_TEST_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QTest::qWait(50); // let layouts settle, as the event loop would
    widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

struct ShownWindow
{
    std::unique_ptr<gui::MainWindow> window = std::make_unique<gui::MainWindow>();
    std::shared_ptr<FakePrompts::Log> prompts = std::make_shared<FakePrompts::Log>();

    ShownWindow()
    {
        window->setPrompts(std::make_unique<FakePrompts>(prompts));
        window->resize(1000, 700);
        window->show();
        window->activateWindow();
    }
    ~ShownWindow()
    {
        // Leave without questions.
        prompts->saveChoice = gui::Prompts::Choice::Discard;
        window->close();
    }
    bool waitUntilShown() const
    {
        return QTest::qWaitForWindowExposed(window.get()) && QTest::qWaitForWindowActive(window.get());
    }
};

} // namespace coinage::test
