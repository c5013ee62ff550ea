#include "TranslationCreator.h"

#include "Calibration.h"
#include "PostPairing.h"
#include "Segmenter.h"
#include "post/FrontMatter.h"
#include "post/FrontMatterData.h"
#include "text/LineIndex.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace coinage {
namespace {

using namespace Qt::StringLiterals;

// The lines of the YAML with one key's lines replaced (or the line appended when the key is missing).
void setKey(QStringList &yamlLines, int yamlFirstLine, const FrontMatterData &data, const QString &key,
            const QString &line)
{
    const FrontMatterEntry *entry = data.find(key);
    if (!entry) {
        yamlLines.append(line);
        return;
    }
    // The entry runs to the line before the next top-level entry (a block scalar or list spans several lines).
    int next = yamlFirstLine + int(yamlLines.size()) + 1; // 1-based, one past the YAML
    for (const FrontMatterEntry &e : data.entries()) {
        if (e.line > entry->line && e.line < next)
            next = e.line;
    }
    const int first = entry->line - 1 - yamlFirstLine; // index into yamlLines
    int last = next - 2 - yamlFirstLine;
    while (last > first && (yamlLines[last].trimmed().isEmpty() || yamlLines[last].trimmed().startsWith(u'#')))
        --last;
    if (first < 0 || first >= yamlLines.size())
        return;
    yamlLines.remove(first, last - first + 1);
    yamlLines.insert(first, line);
}

QString placeholderFor(const Segment &segment, QStringView firstLine, const QString &marker)
{
    static const QRegularExpression listOrQuote(
        u"^(\\s*(?:>\\s?)*(?:(?:[-*+]|\\d{1,9}[.)])\\s+(?:\\[[ xX]\\]\\s+)?)?\\^?)"_s);
    static const QRegularExpression definition(u"^(\\s{0,3}\\[\\^[^\\]]+\\]:\\s*)"_s);
    switch (segment.kind) {
    case Segment::Kind::Heading:
        return QString(segment.level, u'#') + u' ' + marker;
    case Segment::Kind::FootnoteDefinition: {
        const auto m = definition.matchView(firstLine);
        return (m.hasMatch() ? m.captured(1) : QString()) + marker;
    }
    case Segment::Kind::ListItem:
    case Segment::Kind::Quote: {
        const auto m = listOrQuote.matchView(firstLine);
        return (m.hasMatch() ? m.captured(1) : QString()) + marker;
    }
    case Segment::Kind::Table:
        return QString(); // tables are copied: their cells are overwritten in place
    default:
        return marker;
    }
}

} // namespace

QString TranslationCreator::marker(const QString &language)
{
    return Calibration::isCjkLanguage(language) ? u"【待译】"_s : u"[TODO]"_s;
}

QString TranslationCreator::suggestedPath(const QString &sourcePath, const QString &targetLanguage)
{
    const QFileInfo info(sourcePath);
    const auto [stem, language] = PostPairing::splitLanguageSuffix(info.fileName());
    const QString suffix = info.suffix().isEmpty() ? u"md"_s : info.suffix();
    return info.dir().filePath(stem + u'.' + targetLanguage + u'.' + suffix);
}

QString TranslationCreator::yamlQuoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return u'"' + escaped + u'"';
}

CreatedTranslation TranslationCreator::create(const QString &sourcePath, const QString &sourceText,
                                              const TranslationOptions &options)
{
    CreatedTranslation result;
    if (options.targetLanguage.trimmed().isEmpty()) {
        result.error = tr("no language given for the translation");
        return result;
    }
    const QString targetLanguage = options.targetLanguage.trimmed();
    const QString sourceLanguage =
        options.sourceLanguage.isEmpty() ? Calibration::languageOfPost(sourceText) : options.sourceLanguage;
    if (sourceLanguage.compare(targetLanguage, Qt::CaseInsensitive) == 0) {
        result.error = tr("the post is already in %1").arg(targetLanguage);
        return result;
    }
    const FrontMatterSplit split = splitFrontMatter(sourceText);
    if (split.present && !split.closed) {
        result.error = tr("the source's front matter is never closed");
        return result;
    }
    const FrontMatterData data = FrontMatterData::parse(sourceText, split);
    if (split.hasFrontMatter() && (!data.isValid() || !data.isMapping())) {
        result.error = tr("fix the source's front matter first (coinage check shows the problem)");
        return result;
    }

    // The link key: the source's, or a new one from its file name without date and language.
    QString linkValue = data.string(options.linkKeyName).trimmed();
    const bool sourceHasKey = !linkValue.isEmpty();
    if (!sourceHasKey) {
        QString stem = PostPairing::splitLanguageSuffix(QFileInfo(sourcePath).fileName()).first;
        static const QRegularExpression datePrefix(u"^\\d{4}-\\d{2}-\\d{2}-"_s);
        stem.remove(datePrefix);
        linkValue = stem.isEmpty() ? u"post"_s : stem;
    }
    const QString linkLine = options.linkKeyName + u": "_s + yamlQuoted(linkValue);
    const bool sourceHasLang = !data.string(u"lang").trimmed().isEmpty();

    QStringList yaml;
    if (split.hasFrontMatter()) {
        yaml = split.yaml(sourceText).toString().split(u'\n');
        if (!yaml.isEmpty() && yaml.last().isEmpty())
            yaml.removeLast();
    }
    QString title = data.string(u"title").trimmed();
    const QString mark = marker(targetLanguage);
    setKey(yaml, split.yamlFirstLine, data, u"title"_s,
           u"title: "_s + yamlQuoted(mark + (Calibration::isCjkLanguage(targetLanguage) ? u""_s : u" "_s) + title));
    // setKey may shift lines after title; reparse positions by rebuilding the data from the edited YAML each time.
    auto reparse = [&yaml](FrontMatterSplit &s) {
        const QString text = u"---\n"_s + yaml.join(u'\n') + u"\n---\n"_s;
        s = splitFrontMatter(text);
        return FrontMatterData::parse(text, s);
    };
    FrontMatterSplit edited;
    FrontMatterData current = reparse(edited);
    setKey(yaml, edited.yamlFirstLine, current, u"lang"_s, u"lang: "_s + targetLanguage);
    current = reparse(edited);
    if (!sourceHasKey)
        setKey(yaml, edited.yamlFirstLine, current, options.linkKeyName, linkLine);

    // The body: each block replaced by a placeholder, everything else (code, HTML, blank lines) kept.
    QString body;
    const QString sourceBody = split.hasFrontMatter() ? sourceText.mid(split.bodyStart) : sourceText;
    if (options.body == TranslationOptions::Body::CopySource) {
        body = sourceBody;
    } else {
        const Segments segments = Segmenter::segment(sourceText);
        const LineIndex lines(sourceText);
        qsizetype at = split.hasFrontMatter() ? split.bodyStart : 0;
        for (const Segment &s : segments) {
            if (s.start < at)
                continue;
            body += QStringView(sourceText).sliced(at, s.start - at);
            const QStringView firstLine = QStringView(sourceText).sliced(s.start, lines.lineEnd(s.firstLine) - s.start);
            const QString placeholder = placeholderFor(s, firstLine, mark);
            body += placeholder.isEmpty() ? QStringView(sourceText).sliced(s.start, s.end - s.start).toString()
                                          : placeholder;
            at = s.end;
        }
        body += QStringView(sourceText).sliced(at);
    }
    result.text = u"---\n"_s + yaml.join(u'\n') + (yaml.isEmpty() ? u""_s : u"\n"_s) + u"---\n"_s + body;

    // The source gets what links it: its language and the link key.
    QString additions;
    if (!sourceHasLang && !sourceLanguage.isEmpty())
        additions += u"lang: "_s + sourceLanguage + u'\n';
    if (!sourceHasKey)
        additions += linkLine + u'\n';
    if (!additions.isEmpty()) {
        if (split.hasFrontMatter())
            result.sourceEdits.append(TextEdit{split.yamlEnd, 0, additions});
        else
            result.sourceEdits.append(TextEdit{0, 0, u"---\n"_s + additions + u"---\n"_s});
    }
    result.path = suggestedPath(sourcePath, targetLanguage);
    result.ok = true;
    return result;
}

} // namespace coinage
