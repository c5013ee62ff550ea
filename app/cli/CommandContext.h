#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

namespace coinage::cli {

enum ExitCode
{
    Success = 0,
    ProblemsFound = 1,
    UsageError = 2
};

// What every verb shares: its argument parser with --help, output streams, and the usage-error convention
// (message on stderr, exit 2).
class CommandContext
{
    Q_DECLARE_TR_FUNCTIONS(coinage::cli::CommandContext)
public:
    CommandContext(QString verb, QStringList arguments);

    QCommandLineParser &parser() { return m_parser; }
    // Parses the arguments. Returns -1 to go on, or the exit code to return now (--help printed, usage error).
    int parse(const QString &description, const QString &positionalSyntax);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    int usageError(const QString &message);
    // "coinage VERB: error: message" on stderr.
    void error(const QString &message);
    void printJson(const QJsonValue &value);

private:
    QString m_verb;
    QStringList m_arguments;
    QCommandLineParser m_parser;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace coinage::cli
