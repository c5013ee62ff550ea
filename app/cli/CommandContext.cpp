#include "CommandContext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace coinage::cli {

CommandContext::CommandContext(QString verb, QStringList arguments)
    : m_verb(std::move(verb))
    , m_arguments(std::move(arguments))
    , m_out(stdout)
    , m_err(stderr)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
}

int CommandContext::parse(const QString &description, const QString &positionalSyntax)
{
    m_parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit."));
    m_parser.addOption(help);
    if (!m_parser.parse(QStringList{QStringLiteral("coinage")} + m_arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(help)) {
        // QCommandLineParser's first line names the program only; name the verb too.
        QString text = m_parser.helpText();
        text = text.mid(text.indexOf(u'\n') + 1);
        m_out << tr("Usage: coinage %1 [options] %2").arg(m_verb, positionalSyntax).trimmed() << '\n' << text;
        m_out.flush();
        return Success;
    }
    return -1;
}

int CommandContext::usageError(const QString &message)
{
    error(message);
    m_err << tr("Try 'coinage %1 --help'.").arg(m_verb) << Qt::endl;
    return UsageError;
}

void CommandContext::error(const QString &message)
{
    m_err << QStringLiteral("coinage %1: ").arg(m_verb) << tr("error: %1").arg(message) << Qt::endl;
}

void CommandContext::printJson(const QJsonValue &value)
{
    QJsonDocument document;
    if (value.isArray())
        document.setArray(value.toArray());
    else
        document.setObject(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

} // namespace coinage::cli
