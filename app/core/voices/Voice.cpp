#include "Voice.h"

#include "SlotTemplate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace coinage {

namespace {
struct VoiceText
{
    Q_DECLARE_TR_FUNCTIONS(coinage::VoiceParser)
};

constexpr int MinTemplates = 3;

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    if (value.isString())
        list.append(value.toString());
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

// Reads one language block; structural problems go to *problems with the language code as context.
VoiceLanguageBlock readBlock(const QJsonObject &object, const QString &code, QStringList *problems)
{
    VoiceLanguageBlock block;
    auto problem = [&](const QString &message) {
        problems->append(u"languages.%1: "_s.arg(code) + message);
    };
    const QJsonValue attributions = object.value(u"attributions"_s);
    if (!attributions.isArray())
        problem(VoiceText::tr("'attributions' must be an array of strings"));
    block.attributions = stringList(attributions);

    const QJsonValue templates = object.value(u"templates"_s);
    if (!templates.isArray())
        problem(VoiceText::tr("'templates' must be an array"));
    for (const QJsonValue &item : templates.toArray()) {
        VoiceTemplate t;
        if (item.isString()) {
            t.text = item.toString();
        } else if (item.isObject()) {
            const QJsonObject o = item.toObject();
            t.text = o.value(u"text"_s).toString();
            t.weight = o.value(u"weight"_s).toDouble(1.0);
            t.shapes = stringList(o.value(u"shapes"_s));
        } else {
            problem(VoiceText::tr("a template must be a string or an object with 'text'"));
            continue;
        }
        block.templates.append(t);
    }

    const QJsonValue lexicon = object.value(u"lexicon"_s);
    if (!lexicon.isUndefined() && !lexicon.isObject())
        problem(VoiceText::tr("'lexicon' must be an object of word lists"));
    const QJsonObject lexiconObject = lexicon.toObject();
    for (auto it = lexiconObject.begin(); it != lexiconObject.end(); ++it) {
        if (!it.value().isArray())
            problem(VoiceText::tr("lexicon entry '%1' must be an array of strings").arg(it.key()));
        block.lexicon.insert(it.key(), stringList(it.value()));
    }

    block.signatures = stringList(object.value(u"signatures"_s));
    for (const QJsonValue &item : object.value(u"examples"_s).toArray()) {
        const QJsonObject o = item.toObject();
        block.examples.append({o.value(u"input"_s).toString(), o.value(u"output"_s).toString()});
    }
    return block;
}

void validateBlock(const VoiceLanguageBlock &block, const QString &code, QStringList *problems)
{
    auto problem = [&](const QString &message) {
        problems->append(u"languages.%1: "_s.arg(code) + message);
    };
    if (block.attributions.isEmpty())
        problem(VoiceText::tr("no attribution formula"));
    for (const QString &attribution : block.attributions) {
        if (attribution.trimmed().isEmpty())
            problem(VoiceText::tr("an attribution formula is empty"));
    }
    if (block.templates.size() < MinTemplates)
        problem(VoiceText::tr("%1 templates, at least %2 needed").arg(block.templates.size()).arg(MinTemplates));
    bool universal = false;
    for (qsizetype i = 0; i < block.templates.size(); ++i) {
        const VoiceTemplate &t = block.templates.at(i);
        SlotTemplate parsed;
        QString error;
        if (!SlotTemplate::parse(t.text, &parsed, &error)) {
            problem(VoiceText::tr("template %1: %2").arg(i + 1).arg(error));
            continue;
        }
        if (!parsed.mentionsInput())
            problem(VoiceText::tr("template %1 uses none of {sentence}, {topic}, {claim}").arg(i + 1));
        for (const QString &name : parsed.lexiconNames()) {
            if (block.lexicon.value(name).isEmpty())
                problem(
                    VoiceText::tr("template %1 picks '{@%2}' but the lexicon has no such list").arg(i + 1).arg(name));
        }
        for (const QString &shape : t.shapes) {
            if (shape != u"statement" && shape != u"question" && shape != u"exclamation")
                problem(VoiceText::tr("template %1: unknown shape '%2'").arg(i + 1).arg(shape));
        }
        if (t.weight <= 0)
            problem(VoiceText::tr("template %1: weight must be positive").arg(i + 1));
        if (parsed.need() == SlotTemplate::Need::Nothing && parsed.mentionsInput() && t.shapes.isEmpty())
            universal = true;
    }
    if (!block.templates.isEmpty() && !universal)
        problem(VoiceText::tr("no template that fits any sentence (one using only {sentence}, {end} and lexicon "
                              "picks, for every shape)"));
    for (qsizetype i = 0; i < block.examples.size(); ++i) {
        const auto &example = block.examples.at(i);
        if (example.input.isEmpty() || example.output.isEmpty()) {
            problem(VoiceText::tr("example %1 needs 'input' and 'output'").arg(i + 1));
            continue;
        }
        const bool attributed = std::any_of(block.attributions.cbegin(), block.attributions.cend(),
                                            [&](const QString &a) { return example.output.startsWith(a); });
        if (!attributed)
            problem(VoiceText::tr("example %1 does not start with one of the attribution formulas").arg(i + 1));
    }
}

} // namespace

QString languageCode(VoiceLanguage language)
{
    switch (language) {
    case VoiceLanguage::Chinese:
        return u"zh"_s;
    case VoiceLanguage::English:
        return u"en"_s;
    case VoiceLanguage::Auto:
        break;
    }
    return u"auto"_s;
}

std::optional<VoiceLanguage> languageFromCode(QStringView code)
{
    if (code.compare(u"zh", Qt::CaseInsensitive) == 0)
        return VoiceLanguage::Chinese;
    if (code.compare(u"en", Qt::CaseInsensitive) == 0)
        return VoiceLanguage::English;
    if (code.compare(u"auto", Qt::CaseInsensitive) == 0)
        return VoiceLanguage::Auto;
    return std::nullopt;
}

VoiceParser::Result VoiceParser::parse(const QByteArray &json, const QString &origin)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Report the line, which is what an editor shows.
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        return {std::nullopt, VoiceText::tr("not valid JSON at line %1: %2").arg(line).arg(parseError.errorString())};
    }
    if (!document.isObject())
        return {std::nullopt, VoiceText::tr("the file must hold one JSON object")};
    return parse(document.object(), origin);
}

VoiceParser::Result VoiceParser::parse(const QJsonObject &object, const QString &origin)
{
    QStringList problems;
    Voice voice;
    voice.origin = origin;
    const int schema = object.value(u"schema"_s).toInt(1);
    if (schema != 1)
        problems.append(VoiceText::tr("unsupported schema %1 (this version reads schema 1)").arg(schema));
    voice.id = object.value(u"id"_s).toString();
    const QJsonObject names = object.value(u"names"_s).toObject();
    voice.nameZh = names.value(u"zh"_s).toString();
    voice.nameEn = names.value(u"en"_s).toString();
    const QJsonValue description = object.value(u"description"_s);
    if (description.isString()) {
        voice.descriptionZh = voice.descriptionEn = description.toString();
    } else {
        voice.descriptionZh = description.toObject().value(u"zh"_s).toString();
        voice.descriptionEn = description.toObject().value(u"en"_s).toString();
    }
    const QJsonValue languages = object.value(u"languages"_s);
    if (!languages.isObject()) {
        problems.append(VoiceText::tr("'languages' must be an object with 'zh' and 'en'"));
    } else {
        const QJsonObject o = languages.toObject();
        if (o.contains(u"zh"_s))
            voice.zh = readBlock(o.value(u"zh"_s).toObject(), u"zh"_s, &problems);
        if (o.contains(u"en"_s))
            voice.en = readBlock(o.value(u"en"_s).toObject(), u"en"_s, &problems);
    }
    const QJsonObject model = object.value(u"model"_s).toObject();
    if (model.contains(u"temperature"_s))
        voice.model.temperature = model.value(u"temperature"_s).toDouble();
    if (model.contains(u"top_p"_s))
        voice.model.topP = model.value(u"top_p"_s).toDouble();
    if (model.contains(u"max_tokens"_s))
        voice.model.maxTokens = model.value(u"max_tokens"_s).toInt();

    problems += validate(voice);
    if (!problems.isEmpty())
        return {std::nullopt, problems.join(u"; "_s)};
    return {std::move(voice), {}};
}

QStringList VoiceParser::validate(const Voice &voice)
{
    QStringList problems;
    static const QRegularExpression idPattern(u"^[a-z0-9][a-z0-9-]{0,63}$"_s);
    if (voice.id.isEmpty())
        problems.append(VoiceText::tr("'id' is missing"));
    else if (!idPattern.match(voice.id).hasMatch())
        problems.append(VoiceText::tr("'id' must be lowercase letters, digits and '-' (got '%1')").arg(voice.id));
    if (voice.nameZh.isEmpty() || voice.nameEn.isEmpty())
        problems.append(VoiceText::tr("'names' needs both 'zh' and 'en'"));
    if (voice.descriptionZh.isEmpty() && voice.descriptionEn.isEmpty())
        problems.append(VoiceText::tr("'description' is missing"));
    if (voice.zh.isEmpty() && voice.en.isEmpty())
        problems.append(VoiceText::tr("'languages' needs 'zh' and 'en'"));
    if (voice.zh.isEmpty())
        problems.append(VoiceText::tr("languages.zh is missing"));
    else
        validateBlock(voice.zh, u"zh"_s, &problems);
    if (voice.en.isEmpty())
        problems.append(VoiceText::tr("languages.en is missing"));
    else
        validateBlock(voice.en, u"en"_s, &problems);
    if (voice.model.temperature && (*voice.model.temperature < 0 || *voice.model.temperature > 2))
        problems.append(VoiceText::tr("model.temperature must be between 0 and 2"));
    if (voice.model.maxTokens && *voice.model.maxTokens <= 0)
        problems.append(VoiceText::tr("model.max_tokens must be positive"));
    return problems;
}

} // namespace coinage
