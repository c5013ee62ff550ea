#include "CommandContext.h"
#include "Commands.h"
#include "voices/LanguageDetector.h"
#include "voices/ModelClient.h"
#include "voices/ModelEndpoint.h"
#include "voices/PasticheEngine.h"
#include "voices/SentenceAnalysis.h"
#include "voices/VoiceLibrary.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace coinage::cli {

namespace {
struct VoicesCommand
{
    Q_DECLARE_TR_FUNCTIONS(coinage::cli::VoicesCommand)
};

QJsonObject voiceJson(const Voice &voice)
{
    return QJsonObject{
        {u"id"_s, voice.id},
        {u"names"_s, QJsonObject{{u"zh"_s, voice.nameZh}, {u"en"_s, voice.nameEn}}},
        {u"builtIn"_s, voice.builtIn},
        {u"origin"_s, voice.origin},
        {u"attributions"_s, QJsonObject{{u"zh"_s, QJsonArray::fromStringList(voice.zh.attributions)},
                                        {u"en"_s, QJsonArray::fromStringList(voice.en.attributions)}}},
    };
}

QJsonObject lineJson(const PasticheLine &line, const Voice &voice, const QString &model)
{
    QJsonObject object{
        {u"voice"_s, line.voiceId},
        {u"name"_s, voice.name(line.language)},
        {u"lang"_s, languageCode(line.language)},
        {u"text"_s, line.text},
        {u"source"_s, line.source},
        {u"variant"_s, line.variant},
        {u"template"_s, line.templateIndex},
    };
    if (line.source == PasticheEngine::ModelSource)
        object.insert(u"model"_s, model);
    return object;
}

// Asks the model for every line at once (ModelClient limits how many run together) and waits for all of them. A
// line the model fails on stays the offline one, with a warning.
void upgradeWithModel(QList<PasticheLine> &lines, const QList<const Voice *> &voices, const SentenceAnalysis &analysis,
                      const ModelSettings &settings, QTextStream &err)
{
    ModelClient client;
    client.setSettings(settings);
    QHash<quint64, qsizetype> index;
    QEventLoop loop;
    QObject::connect(&client, &ModelClient::lineReady, &loop, [&](quint64 id, const PasticheLine &line) {
        const qsizetype i = index.take(id);
        lines[i] = line;
        if (line.source != PasticheEngine::ModelSource)
            err << VoicesCommand::tr("coinage voices: warning: %1: the model's line was not used (%2); printing the "
                                     "offline line")
                       .arg(line.voiceId, line.note)
                << Qt::endl;
        if (index.isEmpty())
            loop.quit();
    });
    for (qsizetype i = 0; i < lines.size(); ++i)
        index.insert(client.requestLine(*voices.at(i), analysis, lines.at(i).language, lines.at(i)), i);
    if (!index.isEmpty())
        loop.exec();
}
} // namespace

int runVoices(const QStringList &arguments)
{
    CommandContext context(u"voices"_s, arguments);
    QCommandLineParser &parser = context.parser();
    const QCommandLineOption lang(u"lang"_s,
                                  VoicesCommand::tr("Language of the lines: auto (from the text), zh or en."),
                                  u"auto|zh|en"_s, u"auto"_s);
    const QCommandLineOption voiceOption(u"voice"_s, VoicesCommand::tr("Only this voice (repeatable); see --list."),
                                         u"ID"_s);
    const QCommandLineOption variant(u"variant"_s, VoicesCommand::tr("Variant number (0 = the best line)."), u"N"_s,
                                     u"0"_s);
    const QCommandLineOption list(u"list"_s, VoicesCommand::tr("List the voices instead of writing lines."));
    const QCommandLineOption json(u"json"_s,
                                  VoicesCommand::tr("Print JSON: an array of {voice, name, lang, text, "
                                                    "source (template or model), variant, template, model}."));
    const QCommandLineOption voicesDir(
        u"voices-dir"_s,
        VoicesCommand::tr("Read user voices from DIR (default: %1).").arg(VoiceLibrary::userDirectory()), u"DIR"_s);
    const QCommandLineOption model(
        u"model"_s,
        VoicesCommand::tr("Ask this model of an OpenAI-compatible server for each line (the API key, if any, from "
                          "COINAGE_API_KEY); a failed request prints the offline line with a warning."),
        u"NAME"_s);
    const QCommandLineOption endpoint(
        u"endpoint"_s,
        VoicesCommand::tr("The model server's base URL (default %1).").arg(ModelSettings().baseUrl.toString()),
        u"URL"_s);
    const QCommandLineOption allowRemote(
        u"allow-remote"_s,
        VoicesCommand::tr("Allow sending the text to an endpoint on another machine (not localhost/127.0.0.1/::1)."));
    parser.addOptions({lang, voiceOption, variant, list, json, voicesDir, model, endpoint, allowRemote});
    parser.addPositionalArgument(u"TEXT"_s, VoicesCommand::tr("The sentence to retell (read from standard input when "
                                                              "absent). Markdown is cleaned."));
    if (const int code =
            context.parse(VoicesCommand::tr("Retell a sentence in pastiche voices (offline templates, or a "
                                            "language model with --model).\n"
                                            "Exit status: 0 ok, 1 when the text is empty, 2 on usage "
                                            "errors."),
                          u"[TEXT]"_s);
        code >= 0)
        return code;

    const std::optional<VoiceLanguage> language = languageFromCode(parser.value(lang));
    if (!language)
        return context.usageError(
            VoicesCommand::tr("--lang must be auto, zh or en (got '%1')").arg(parser.value(lang)));
    bool numberOk = false;
    const int variantNumber = parser.value(variant).toInt(&numberOk);
    if (!numberOk || variantNumber < 0)
        return context.usageError(
            VoicesCommand::tr("--variant must be a number 0 or more (got '%1')").arg(parser.value(variant)));
    ModelSettings modelSettings;
    const bool useModel = parser.isSet(model);
    if (useModel) {
        modelSettings.enabled = true;
        modelSettings.model = parser.value(model).trimmed();
        if (modelSettings.model.isEmpty())
            return context.usageError(VoicesCommand::tr("--model needs a model name"));
        if (parser.isSet(endpoint))
            modelSettings.baseUrl = QUrl(parser.value(endpoint).trimmed(), QUrl::StrictMode);
        QString problem;
        if (!ModelEndpoint::isValid(modelSettings.baseUrl, &problem))
            return context.usageError(VoicesCommand::tr("--endpoint '%1': %2").arg(parser.value(endpoint), problem));
        const QString host = ModelEndpoint::host(modelSettings.baseUrl);
        if (!ModelEndpoint::isLoopback(modelSettings.baseUrl) && !parser.isSet(allowRemote))
            return context.usageError(VoicesCommand::tr("the endpoint is on another machine (%1): your text would be "
                                                        "sent there; add --allow-remote if that is what you want")
                                          .arg(host));
    } else if (parser.isSet(endpoint) || parser.isSet(allowRemote)) {
        return context.usageError(VoicesCommand::tr("--endpoint and --allow-remote need --model"));
    }

    const VoiceLibrary library =
        VoiceLibrary::load(parser.isSet(voicesDir) ? parser.value(voicesDir) : VoiceLibrary::userDirectory());
    for (const VoiceLibrary::Problem &problem : library.problems())
        context.err()
            << VoicesCommand::tr("coinage voices: warning: %1: %2 (skipped)").arg(problem.file, problem.reason)
            << Qt::endl;

    QList<const Voice *> voices;
    for (const QString &id : parser.values(voiceOption)) {
        const Voice *voice = library.find(id);
        if (!voice) {
            QStringList ids;
            for (const Voice &v : library.voices())
                ids.append(v.id);
            return context.usageError(VoicesCommand::tr("no voice '%1' (voices: %2)").arg(id, ids.join(u", "_s)));
        }
        voices.append(voice);
    }
    if (voices.isEmpty()) {
        for (const Voice &voice : library.voices())
            voices.append(&voice);
    }

    if (parser.isSet(list)) {
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const Voice *voice : voices)
                array.append(voiceJson(*voice));
            context.printJson(array);
        } else {
            for (const Voice *voice : voices)
                context.out() << voice->id << '\t' << voice->nameEn << '\t' << voice->nameZh << '\t'
                              << (voice->builtIn ? VoicesCommand::tr("built-in") : voice->origin) << Qt::endl;
        }
        return Success;
    }

    QString text = parser.positionalArguments().join(u' ');
    if (parser.positionalArguments().isEmpty()) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            context.error(VoicesCommand::tr("cannot read standard input"));
            return ProblemsFound;
        }
        text = QString::fromUtf8(in.readAll());
    }
    const SentenceAnalysis analysis = SentenceAnalyzer::analyze(text);
    if (analysis.isEmpty()) {
        context.error(VoicesCommand::tr("the text is empty (after removing Markdown): nothing to retell"));
        return ProblemsFound;
    }
    const VoiceLanguage target = *language == VoiceLanguage::Auto ? analysis.language : *language;
    QList<PasticheLine> lines;
    for (const Voice *voice : voices)
        lines.append(PasticheEngine::line(*voice, analysis, target, variantNumber));
    if (useModel)
        upgradeWithModel(lines, voices, analysis, modelSettings, context.err());
    QJsonArray array;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (parser.isSet(json))
            array.append(lineJson(lines.at(i), *voices.at(i), modelSettings.model));
        else
            context.out() << lines.at(i).text << Qt::endl;
    }
    if (parser.isSet(json))
        context.printJson(array);
    return Success;
}

} // namespace coinage::cli
