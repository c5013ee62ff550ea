#include "CommandContext.h"
#include "Commands.h"
#include "voices/LanguageDetector.h"
#include "voices/PasticheEngine.h"
#include "voices/SentenceAnalysis.h"
#include "voices/VoiceLibrary.h"

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

QJsonObject lineJson(const PasticheLine &line, const Voice &voice)
{
    return QJsonObject{
        {u"voice"_s, line.voiceId},
        {u"name"_s, voice.name(line.language)},
        {u"lang"_s, languageCode(line.language)},
        {u"text"_s, line.text},
        {u"source"_s, line.source},
        {u"variant"_s, line.variant},
        {u"template"_s, line.templateIndex},
    };
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
    const QCommandLineOption json(u"json"_s, VoicesCommand::tr("Print JSON: an array of {voice, name, lang, text, "
                                                               "source, variant, template}."));
    const QCommandLineOption voicesDir(
        u"voices-dir"_s,
        VoicesCommand::tr("Read user voices from DIR (default: %1).").arg(VoiceLibrary::userDirectory()), u"DIR"_s);
    parser.addOptions({lang, voiceOption, variant, list, json, voicesDir});
    parser.addPositionalArgument(u"TEXT"_s, VoicesCommand::tr("The sentence to retell (read from standard input when "
                                                              "absent). Markdown is cleaned."));
    if (const int code = context.parse(VoicesCommand::tr("Retell a sentence in pastiche voices (offline templates).\n"
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
    QJsonArray array;
    for (const Voice *voice : voices) {
        const PasticheLine line = PasticheEngine::line(*voice, analysis, target, variantNumber);
        if (parser.isSet(json))
            array.append(lineJson(line, *voice));
        else
            context.out() << line.text << Qt::endl;
    }
    if (parser.isSet(json))
        context.printJson(array);
    return Success;
}

} // namespace coinage::cli
