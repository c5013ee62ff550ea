#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace coinage {

// The two languages a voice writes in. Auto only appears in requests ("detect from the text").
enum class VoiceLanguage
{
    Auto,
    Chinese,
    English
};

QString languageCode(VoiceLanguage language);                    // "zh", "en", "auto"
std::optional<VoiceLanguage> languageFromCode(QStringView code); // "zh"/"en"/"auto", case-insensitive

// One template line: text with typed slots, e.g. "{topic}者，{claim}之道也。". See README.md ("Voice files").
struct VoiceTemplate
{
    QString text;
    double weight = 1.0;
    QStringList shapes; // empty: every shape; else some of "statement", "question", "exclamation"
};

// What a voice says in one language.
struct VoiceLanguageBlock
{
    QStringList attributions; // "子曰：", "Confucius said:"; the line starts with one of them
    QList<VoiceTemplate> templates;
    QHash<QString, QStringList> lexicon; // name -> words, picked by {@name}
    QStringList signatures;              // phrases typical of the voice, used for ranking
    struct Example
    {
        QString input;
        QString output;
    };
    QList<Example> examples;

    bool isEmpty() const { return attributions.isEmpty() && templates.isEmpty(); }
};

// Settings for the optional model backend; absent values fall back to the backend's settings.
struct VoiceModelSettings
{
    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<int> maxTokens;
};

// A pastiche voice: a writer's attribution formulas, templates, lexicon and persona, in Chinese and English.
struct Voice
{
    QString id;
    QString nameZh;
    QString nameEn;
    QString descriptionZh; // the persona given to a model
    QString descriptionEn;
    VoiceLanguageBlock zh;
    VoiceLanguageBlock en;
    VoiceModelSettings model;
    QString origin; // where it was loaded from (resource path or file)
    bool builtIn = false;

    const VoiceLanguageBlock &block(VoiceLanguage language) const
    {
        return language == VoiceLanguage::Chinese ? zh : en;
    }
    QString name(VoiceLanguage language) const { return language == VoiceLanguage::Chinese ? nameZh : nameEn; }
    QString description(VoiceLanguage language) const
    {
        return language == VoiceLanguage::Chinese ? descriptionZh : descriptionEn;
    }
};

// Reads and validates a voice file. Every problem is reported as a sentence naming the field.
class VoiceParser
{
public:
    struct Result
    {
        std::optional<Voice> voice;
        QString error; // set when voice is empty
    };
    static Result parse(const QByteArray &json, const QString &origin);
    static Result parse(const QJsonObject &object, const QString &origin);
    // Problems of a parsed voice (empty when valid): the validation behind parse().
    static QStringList validate(const Voice &voice);
};

} // namespace coinage
