#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QtTest>

// Runs the real `coinage` executable (COINAGE_BIN, set by CTest) as a process.
namespace coinage::test {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliResult runCoinage(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.setProgram(qEnvironmentVariable("COINAGE_BIN"));
    process.setArguments(arguments);
    process.start();
    if (!process.waitForStarted(10000))
        return {};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        return {};
    }
    CliResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace coinage::test
