#include "VoiceWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace coinage {

namespace {

QJsonObject blockJson(const VoiceLanguageBlock &block, QJsonObject object)
{
    object.insert(u"attributions"_s, QJsonArray::fromStringList(block.attributions));
    QJsonArray templates;
    for (const VoiceTemplate &t : block.templates) {
        if (t.weight == 1.0 && t.shapes.isEmpty()) {
            templates.append(t.text);
            continue;
        }
        QJsonObject o{{u"text"_s, t.text}};
        if (t.weight != 1.0)
            o.insert(u"weight"_s, t.weight);
        if (!t.shapes.isEmpty())
            o.insert(u"shapes"_s, QJsonArray::fromStringList(t.shapes));
        templates.append(o);
    }
    object.insert(u"templates"_s, templates);
    QJsonObject lexicon;
    for (auto it = block.lexicon.cbegin(); it != block.lexicon.cend(); ++it)
        lexicon.insert(it.key(), QJsonArray::fromStringList(it.value()));
    object.insert(u"lexicon"_s, lexicon);
    object.insert(u"signatures"_s, QJsonArray::fromStringList(block.signatures));
    QJsonArray examples;
    for (const auto &example : block.examples)
        examples.append(QJsonObject{{u"input"_s, example.input}, {u"output"_s, example.output}});
    object.insert(u"examples"_s, examples);
    return object;
}

// The id in a voice file, or empty when it does not read as JSON.
QString idInFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(u"id"_s).toString();
}

QJsonObject objectInFile(const QString &path)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

QJsonObject VoiceWriter::toJson(const Voice &voice, const QJsonObject &base)
{
    QJsonObject object = base;
    object.insert(u"schema"_s, 1);
    object.insert(u"id"_s, voice.id);
    object.insert(u"names"_s, QJsonObject{{u"zh"_s, voice.nameZh}, {u"en"_s, voice.nameEn}});
    object.insert(u"description"_s, QJsonObject{{u"zh"_s, voice.descriptionZh}, {u"en"_s, voice.descriptionEn}});
    QJsonObject languages = base.value(u"languages"_s).toObject();
    languages.insert(u"zh"_s, blockJson(voice.zh, languages.value(u"zh"_s).toObject()));
    languages.insert(u"en"_s, blockJson(voice.en, languages.value(u"en"_s).toObject()));
    object.insert(u"languages"_s, languages);
    QJsonObject model = base.value(u"model"_s).toObject();
    auto setOptional = [&model](const QString &key, const auto &value) {
        if (value)
            model.insert(key, *value);
        else
            model.remove(key);
    };
    setOptional(u"temperature"_s, voice.model.temperature);
    setOptional(u"top_p"_s, voice.model.topP);
    setOptional(u"max_tokens"_s, voice.model.maxTokens);
    if (model.isEmpty())
        object.remove(u"model"_s);
    else
        object.insert(u"model"_s, model);
    return object;
}

QByteArray VoiceWriter::toBytes(const Voice &voice, const QJsonObject &base)
{
    return QJsonDocument(toJson(voice, base)).toJson(QJsonDocument::Indented);
}

UserVoiceStore::UserVoiceStore(QString directory)
    : m_directory(std::move(directory))
{}

QString UserVoiceStore::pathFor(const QString &id) const
{
    return QDir(m_directory).filePath(id + u".json"_s);
}

bool UserVoiceStore::owns(const QString &path) const
{
    if (path.isEmpty() || path.startsWith(u':'))
        return false;
    return QFileInfo(path).absoluteDir() == QDir(m_directory);
}

UserVoiceStore::Result UserVoiceStore::save(const Voice &voice, const QString &previousPath) const
{
    Result result;
    const QString previous = owns(previousPath) ? previousPath : QString();
    result.problems = VoiceParser::validate(voice);
    if (!result.problems.isEmpty())
        return result;
    const QByteArray bytes = VoiceWriter::toBytes(voice, objectInFile(previous));
    // The same loader the library uses must accept what is written.
    const VoiceParser::Result check = VoiceParser::parse(bytes, pathFor(voice.id));
    if (!check.voice) {
        result.problems.append(check.error);
        return result;
    }
    const bool sameId = !previous.isEmpty() && idInFile(previous) == voice.id;
    result.path = sameId ? previous : pathFor(voice.id);
    const QDir dir(m_directory);
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files)) {
        const QString path = dir.filePath(name);
        if (QFileInfo(path) == QFileInfo(previous))
            continue;
        if (QFileInfo(path) == QFileInfo(result.path)) {
            result.problems.append(tr("the file %1 already exists").arg(QDir::toNativeSeparators(path)));
            return result;
        }
        if (idInFile(path) == voice.id) {
            result.problems.append(tr("%1 already has the id '%2'").arg(QDir::toNativeSeparators(path), voice.id));
            return result;
        }
    }
    if (!QDir().mkpath(m_directory)) {
        result.problems.append(tr("cannot create the folder %1").arg(QDir::toNativeSeparators(m_directory)));
        return result;
    }
    QSaveFile file(result.path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        result.problems.append(
            tr("cannot write %1: %2").arg(QDir::toNativeSeparators(result.path), file.errorString()));
        return result;
    }
    if (!previous.isEmpty() && QFileInfo(previous) != QFileInfo(result.path))
        QFile::remove(previous); // the voice moved to the file of its new id
    result.ok = true;
    return result;
}

UserVoiceStore::Result UserVoiceStore::remove(const QString &path) const
{
    Result result;
    result.path = path;
    if (!owns(path)) {
        result.problems.append(tr("%1 is not a user voice").arg(QDir::toNativeSeparators(path)));
        return result;
    }
    QFile file(path);
    if (!file.remove()) {
        result.problems.append(tr("cannot remove %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace coinage
