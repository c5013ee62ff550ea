#include "ParityChecker.h"

#include "Calibration.h"
#include "InlineFacts.h"
#include "post/FrontMatter.h"
#include "post/FrontMatterData.h"
#include "text/Cjk.h"
#include "text/LineIndex.h"

#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace coinage {
namespace {

using namespace Qt::StringLiterals;

struct Side_
{
    QString file;
    const QString *text = nullptr;
    const Segments *segments = nullptr;
    LineIndex lines;
    QString language;
    bool cjk = false;
};

struct Group
{
    QString markdown; // the blocks' Markdown joined by blank lines
    InlineFacts facts;
    qsizetype start = 0; // offset of the first block in the file
    int firstLine = -1;  // 0-based
    double length = 0;
    bool headings = false;
    int level = 0;
};

Group groupOf(const Side_ &side, int index, int count)
{
    Group g;
    QStringList parts;
    for (int k = index; k < index + count && k < side.segments->size(); ++k) {
        const Segment &s = side.segments->at(k);
        parts.append(side.text->mid(s.start, s.end - s.start));
        g.length += Calibration::englishLength(s.characters, s.cjkCharacters, side.language);
        g.headings = g.headings || s.kind == Segment::Kind::Heading;
        g.level = s.kind == Segment::Kind::Heading ? s.level : g.level;
    }
    if (count > 0 && index < side.segments->size()) {
        g.start = side.segments->at(index).start;
        g.firstLine = side.segments->at(index).firstLine;
    }
    // Only the first block's offsets map to the file exactly; later blocks are close enough for a column.
    g.markdown = parts.join(u"\n\n"_s);
    g.facts = InlineFacts::of(g.markdown);
    return g;
}

template <typename T>
QList<T> minus(const QList<T> &a, const QList<T> &b)
{
    QList<T> rest = b, out;
    for (const T &x : a) {
        const qsizetype i = rest.indexOf(x);
        if (i >= 0)
            rest.removeAt(i);
        else
            out.append(x);
    }
    return out;
}

QString quoted(const QStringList &items)
{
    QStringList out;
    for (const QString &s : items)
        out.append(u'"' + s + u'"');
    return out.join(u", "_s);
}

bool numberWrittenOut(const QString &number, const Group &other, bool otherCjk)
{
    bool ok = false;
    const qint64 value = number.toLongLong(&ok);
    if (!ok)
        return false;
    const QList<qint64> values =
        otherCjk ? cjkNumeralValues(other.facts.masked) : englishNumberValues(other.facts.masked);
    return values.contains(value);
}

class Checker
{
public:
    Side_ source, target;
    QList<Diagnostic> out;

    void add(const Side_ &side, qsizetype offset, Severity severity, const char *code, const QString &message)
    {
        const TextPosition p = side.lines.position(offset);
        out.append(Diagnostic{side.file, p.line, p.column, severity, QString::fromLatin1(code), message});
    }
    void addLine(const Side_ &side, int line, Severity severity, const char *code, const QString &message)
    {
        out.append(Diagnostic{side.file, std::max(line, 1), 1, severity, QString::fromLatin1(code), message});
    }

    void pair(const AlignedPair &p, const Aligner &aligner)
    {
        const Group s = groupOf(source, p.sourceIndex, p.sourceCount);
        const Group t = groupOf(target, p.targetIndex, p.targetCount);
        if (!p.hasTarget()) {
            if (p.byId)
                addLine(source, s.firstLine + 1, Severity::Warning, "bilingual-footnote-definition",
                        ParityChecker::tr("the footnote definition [^%1] has no definition with the same label in "
                                          "the translation")
                            .arg(source.segments->at(p.sourceIndex).footnoteId));
            else
                addLine(source, s.firstLine + 1, Severity::Warning, "bilingual-missing-translation",
                        ParityChecker::tr("this block has no translation in %1").arg(target.file));
            return;
        }
        if (!p.hasSource()) {
            if (p.byId)
                addLine(target, t.firstLine + 1, Severity::Warning, "bilingual-footnote-definition",
                        ParityChecker::tr("the footnote definition [^%1] has no definition with the same label in "
                                          "the source")
                            .arg(target.segments->at(p.targetIndex).footnoteId));
            else
                addLine(target, t.firstLine + 1, Severity::Warning, "bilingual-extra-block",
                        ParityChecker::tr("this block has no counterpart in %1").arg(source.file));
            return;
        }
        bool placeholders = true;
        for (int k = p.targetIndex; k < p.targetIndex + p.targetCount; ++k)
            placeholders = placeholders && target.segments->at(k).placeholder;
        if (placeholders) {
            addLine(target, t.firstLine + 1, Severity::Warning, "bilingual-empty-translation",
                    ParityChecker::tr("not translated yet"));
            return;
        }
        if (aligner.text(Side::Source, p) == aligner.text(Side::Target, p)) {
            addLine(target, t.firstLine + 1, Severity::Warning, "bilingual-copied-source",
                    ParityChecker::tr("still the source text: translate it"));
            return;
        }
        compareFacts(s, t);
        if (s.headings != t.headings || (s.headings && s.level != t.level)) {
            addLine(target, t.firstLine + 1, Severity::Warning, "bilingual-heading-mismatch",
                    s.headings && t.headings
                        ? ParityChecker::tr("a heading of level %1 translated as level %2").arg(s.level).arg(t.level)
                        : (s.headings ? ParityChecker::tr("a heading translated as a block that is not a heading")
                                      : ParityChecker::tr("a block translated as a heading")));
        }
        languageLeftovers(t);
        punctuation(t);
        if (s.length >= 40 && t.length >= 1) {
            const double delta = (t.length - s.length) / std::sqrt(Calibration::variance * (s.length + t.length) / 2);
            if (std::abs(delta) > ParityChecker::lengthOutlier)
                addLine(target, t.firstLine + 1, Severity::Note, "bilingual-length-ratio",
                        ParityChecker::tr("the translation is %1 than expected (%2% of the source's length)")
                            .arg(delta > 0 ? ParityChecker::tr("much longer") : ParityChecker::tr("much shorter"))
                            .arg(qRound(100 * t.length / s.length)));
        }
    }

    void compareFacts(const Group &s, const Group &t)
    {
        const auto &sf = s.facts, &tf = t.facts;
        const QStringList lostRefs = minus(sf.footnoteRefs, tf.footnoteRefs);
        const QStringList extraRefs = minus(tf.footnoteRefs, sf.footnoteRefs);
        if (!lostRefs.isEmpty() || !extraRefs.isEmpty()) {
            QStringList parts;
            if (!lostRefs.isEmpty())
                parts.append(ParityChecker::tr("missing %1").arg(quoted(lostRefs)));
            if (!extraRefs.isEmpty())
                parts.append(ParityChecker::tr("not in the source %1").arg(quoted(extraRefs)));
            const qsizetype at =
                extraRefs.isEmpty() ? 0 : tf.footnoteRefOffsets.value(tf.footnoteRefs.indexOf(extraRefs.first()));
            add(target, t.start + at, Severity::Warning, "bilingual-footnote-mismatch",
                ParityChecker::tr("footnote markers differ: %1").arg(parts.join(u"; "_s)));
        }
        const QStringList lostUrls = minus(sf.urls, tf.urls), extraUrls = minus(tf.urls, sf.urls);
        if (!lostUrls.isEmpty() || !extraUrls.isEmpty()) {
            QStringList parts;
            if (!lostUrls.isEmpty())
                parts.append(ParityChecker::tr("missing %1").arg(quoted(lostUrls)));
            if (!extraUrls.isEmpty())
                parts.append(ParityChecker::tr("not in the source %1").arg(quoted(extraUrls)));
            add(target, t.start, Severity::Warning, "bilingual-link-mismatch",
                ParityChecker::tr("links differ: %1").arg(parts.join(u"; "_s)));
        }
        QStringList lostNumbers, extraNumbers;
        for (const QString &n : minus(sf.numbers, tf.numbers)) {
            if (!numberWrittenOut(n, t, target.cjk))
                lostNumbers.append(n);
        }
        for (const QString &n : minus(tf.numbers, sf.numbers)) {
            if (!numberWrittenOut(n, s, source.cjk))
                extraNumbers.append(n);
        }
        if (!lostNumbers.isEmpty() || !extraNumbers.isEmpty()) {
            QStringList parts;
            if (!lostNumbers.isEmpty())
                parts.append(ParityChecker::tr("missing %1").arg(quoted(lostNumbers)));
            if (!extraNumbers.isEmpty())
                parts.append(ParityChecker::tr("not in the source %1").arg(quoted(extraNumbers)));
            const qsizetype at =
                extraNumbers.isEmpty() ? 0 : tf.numberOffsets.value(tf.numbers.indexOf(extraNumbers.first()));
            add(target, t.start + at, Severity::Warning, "bilingual-number-mismatch",
                ParityChecker::tr("numbers differ: %1").arg(parts.join(u"; "_s)));
        }
        if (sf.strong != tf.strong || sf.emphasis != tf.emphasis) {
            add(target, t.start, Severity::Note, "bilingual-emphasis-mismatch",
                ParityChecker::tr("emphasis differs: %1 bold and %2 italic in the source, %3 and %4 here")
                    .arg(sf.strong)
                    .arg(sf.emphasis)
                    .arg(tf.strong)
                    .arg(tf.emphasis));
        }
        if (!minus(sf.codeSpans, tf.codeSpans).isEmpty() || !minus(tf.codeSpans, sf.codeSpans).isEmpty()) {
            add(target, t.start, Severity::Warning, "bilingual-code-mismatch",
                ParityChecker::tr("code spans differ (code stays as it is): source %1, here %2")
                    .arg(quoted(sf.codeSpans), quoted(tf.codeSpans)));
        }
    }

    void languageLeftovers(const Group &t)
    {
        if (target.cjk == source.cjk)
            return;
        static const QRegularExpression latinRun(u"[A-Za-z][A-Za-z'’-]*(?:[ \\t,;:.]+[A-Za-z][A-Za-z'’-]*){5,}"_s);
        static const QRegularExpression cjkRun(
            u"[\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{3040}-\\x{30FF}\\x{AC00}-\\x{D7AF}]{2,}"_s);
        const auto m = (target.cjk ? latinRun : cjkRun).matchView(t.facts.masked);
        if (m.hasMatch()) {
            add(target, t.start + m.capturedStart(), Severity::Warning, "bilingual-source-language-text",
                ParityChecker::tr("source-language text left in the translation: \"%1\"")
                    .arg(m.capturedView().left(40).toString()));
        }
    }

    void punctuation(const Group &t)
    {
        const QString &m = t.facts.masked;
        if (target.cjk) {
            // Half-width , ; : ! ? right after a CJK character.
            for (qsizetype i = 1; i < m.size(); ++i) {
                const QChar c = m[i];
                if (!(c == u',' || c == u';' || c == u':' || c == u'!' || c == u'?'))
                    continue;
                if (!isCjk(m[i - 1].unicode()))
                    continue;
                add(target, t.start + i, Severity::Warning, "bilingual-punctuation-width",
                    ParityChecker::tr("half-width \"%1\" in Chinese text; use the full-width form").arg(c));
                return;
            }
        } else {
            for (qsizetype i = 0; i < m.size(); ++i) {
                const char32_t c = m[i].unicode();
                if (c == u'，' || c == u'。' || c == u'；' || c == u'：' || c == u'！' || c == u'？' || c == u'、' ||
                    c == u'（' || c == u'）') {
                    add(target, t.start + i, Severity::Warning, "bilingual-punctuation-width",
                        ParityChecker::tr("full-width \"%1\" in %2 text; use the half-width form")
                            .arg(m[i], target.language));
                    return;
                }
            }
        }
    }

    void frontMatter(const ParityChecker::Input &input)
    {
        const FrontMatterSplit ss = splitFrontMatter(input.sourceText), ts = splitFrontMatter(input.targetText);
        if (!ss.hasFrontMatter() || !ts.hasFrontMatter())
            return;
        const FrontMatterData sd = FrontMatterData::parse(input.sourceText, ss);
        const FrontMatterData td = FrontMatterData::parse(input.targetText, ts);
        if (!sd.isValid() || !td.isValid())
            return; // `coinage check` reports the YAML
        auto lineOf = [&td, &ts](QStringView key) {
            const FrontMatterEntry *e = td.find(key);
            return e ? e->line : ts.yamlFirstLine + 1;
        };
        const QString sourceTitle = sd.string(u"title").trimmed(), targetTitle = td.string(u"title").trimmed();
        if (!targetTitle.isEmpty() && (targetTitle == sourceTitle || targetTitle.startsWith(u"[TODO]"_s) ||
                                       targetTitle.startsWith(u"【待译】"_s)))
            addLine(target, lineOf(u"title"), Severity::Warning, "bilingual-title-untranslated",
                    ParityChecker::tr("the title is not translated yet"));
        const QString sourceLang = sd.string(u"lang").trimmed(), targetLang = td.string(u"lang").trimmed();
        if (sourceLang.isEmpty() || targetLang.isEmpty())
            addLine(sourceLang.isEmpty() ? source : target, 1, Severity::Note, "bilingual-lang-missing",
                    ParityChecker::tr("no \"lang\" in the front matter: set it so the site and Coinage know the "
                                      "language (detected: %1)")
                        .arg(sourceLang.isEmpty() ? source.language : target.language));
        else if (sourceLang.compare(targetLang, Qt::CaseInsensitive) == 0)
            addLine(target, lineOf(u"lang"), Severity::Warning, "bilingual-lang-same",
                    ParityChecker::tr("both posts have lang \"%1\"").arg(targetLang));
        const QString sourceKey = sd.string(input.linkKey).trimmed(), targetKey = td.string(input.linkKey).trimmed();
        if (sourceKey.isEmpty() && targetKey.isEmpty())
            addLine(target, 1, Severity::Note, "bilingual-link-key-missing",
                    ParityChecker::tr("neither post has \"%1\" to link it to its translation").arg(input.linkKey));
        else if (sourceKey != targetKey)
            addLine(target, lineOf(input.linkKey), Severity::Warning, "bilingual-link-key-mismatch",
                    ParityChecker::tr("\"%1\" differs: \"%2\" in the source, \"%3\" here")
                        .arg(input.linkKey, sourceKey, targetKey));
    }
};

} // namespace

QList<Diagnostic> ParityChecker::check(const Input &input, const Aligner &aligner, const Alignment &alignment)
{
    Checker c;
    // Script checks follow the text itself, not what `lang` claims (a wrong `lang` is reported on its own).
    auto cjkText = [](const QString &text) {
        const FrontMatterSplit split = splitFrontMatter(text);
        return Calibration::isCjkLanguage(
            Calibration::detectLanguage(split.hasFrontMatter() ? split.body(text) : QStringView(text)));
    };
    c.source = {input.sourceFile,
                &input.sourceText,
                &aligner.source(),
                LineIndex(input.sourceText),
                aligner.options().sourceLanguage,
                cjkText(input.sourceText)};
    c.target = {input.targetFile,
                &input.targetText,
                &aligner.target(),
                LineIndex(input.targetText),
                aligner.options().targetLanguage,
                cjkText(input.targetText)};
    c.frontMatter(input);
    for (const AlignedPair &p : alignment.pairs)
        c.pair(p, aligner);
    std::stable_sort(c.out.begin(), c.out.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
    });
    return c.out;
}

} // namespace coinage
