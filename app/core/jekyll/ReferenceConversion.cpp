#include "ReferenceConversion.h"

#include "CodeRanges.h"
#include "post/FrontMatter.h"
#include "text/LineIndex.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>

namespace coinage {

ReferenceConversion::Result ReferenceConversion::convert(const QString &text)
{
    Result result;
    const FrontMatterSplit split = splitFrontMatter(text);
    const qsizetype bodyStart = split.hasFrontMatter() ? split.bodyStart : 0;
    const LineIndex lines(text);
    const CodeRanges code(text);
    const int firstLine = split.hasFrontMatter() ? split.bodyFirstLine : 0;
    auto lineText = [&](int l) {
        return QStringView(text).sliced(lines.lineStart(l), lines.lineEnd(l) - lines.lineStart(l));
    };

    // 1. The last "References" heading followed by a list of "N. ^text".
    static const QRegularExpression heading(
        QStringLiteral(
            R"(^\s{0,3}(?:#{1,6}\s*)?(?:\*\*|__)?\s*(References?|Notes|参考|参考文献|参考资料|注释|注)\s*[:：]?\s*(?:\*\*|__)?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression item(QStringLiteral(R"(^\s{0,3}(\d+)[.)]\s+\^\s*(.*)$)"));
    QMap<int, QString> references;
    qsizetype sectionStart = -1, sectionEnd = -1;
    for (int l = lines.lineCount() - 1; l >= firstLine && sectionStart < 0; --l) {
        if (code.contains(lines.lineStart(l)) || !heading.matchView(lineText(l)).hasMatch())
            continue;
        QMap<int, QString> found;
        int lastItemLine = -1;
        int current = -1;
        for (int k = l + 1; k < lines.lineCount(); ++k) {
            const QStringView t = lineText(k);
            if (const auto m = item.matchView(t); m.hasMatch()) {
                current = m.capturedView(1).toInt();
                found[current] = m.captured(2).trimmed();
                lastItemLine = k;
            } else if (t.trimmed().isEmpty()) {
                continue;
            } else if (current >= 0 && (t.startsWith(u' ') || t.startsWith(u'\t'))) {
                found[current] += u"\n    " + t.trimmed().toString();
                lastItemLine = k;
            } else {
                break;
            }
        }
        if (!found.isEmpty()) {
            references = found;
            sectionStart = lines.lineStart(l);
            sectionEnd = lines.lineEnd(lastItemLine);
        }
    }

    // Labels in use, so that inline notes get fresh ones.
    QSet<QString> used;
    static const QRegularExpression existing(QStringLiteral(R"(\[\^([\w-]+)\])"));
    for (auto it = existing.globalMatch(text); it.hasNext();)
        used.insert(it.next().captured(1));
    for (auto it = references.cbegin(); it != references.cend(); ++it)
        used.insert(QString::number(it.key()));

    // 2. "[N]" markers outside code and outside the list; not links ("[1](x)", "[1][x]", "[1]:") or images.
    if (sectionStart >= 0) {
        static const QRegularExpression marker(QStringLiteral(R"((?<![\]!^\\])\[(\d+)\](?![(\[:]))"));
        for (auto it = marker.globalMatch(text, bodyStart); it.hasNext();) {
            const auto m = it.next();
            const qsizetype at = m.capturedStart(0);
            if (at >= sectionStart || code.contains(at) || !references.contains(m.captured(1).toInt()))
                continue;
            result.edits.append({at, m.capturedLength(0), u"[^" + m.captured(1) + u']'});
            ++result.referencesConverted;
        }
        QStringList definitions;
        for (auto it = references.cbegin(); it != references.cend(); ++it)
            definitions.append(QStringLiteral("[^%1]: %2").arg(it.key()).arg(it.value()));
        result.edits.append({sectionStart, sectionEnd - sectionStart, definitions.join(u'\n')});
    }

    // 3. Inline notes "^[...]" (brackets nest; a note stays within its paragraph).
    QStringList inlineDefinitions;
    int next = 1;
    for (qsizetype i = text.indexOf(u"^[", bodyStart); i >= 0; i = text.indexOf(u"^[", i + 1)) {
        if (code.contains(i) || (i > 0 && text.at(i - 1) == u'\\') || (i > 0 && text.at(i - 1) == u'['))
            continue;
        if (sectionStart >= 0 && i >= sectionStart && i < sectionEnd)
            continue;
        int depth = 0;
        qsizetype end = -1;
        for (qsizetype j = i + 1; j < text.size(); ++j) {
            const QChar c = text.at(j);
            if (c == u'\\') {
                ++j;
            } else if (c == u'[') {
                ++depth;
            } else if (c == u']' && --depth == 0) {
                end = j;
                break;
            } else if (c == u'\n' && j + 1 < text.size() && text.at(j + 1) == u'\n') {
                break;
            }
        }
        if (end < 0)
            continue;
        while (used.contains(QString::number(next)))
            ++next;
        const QString label = QString::number(next);
        used.insert(label);
        const QString note = text.sliced(i + 2, end - i - 2).simplified();
        result.edits.append({i, end + 1 - i, u"[^" + label + u']'});
        inlineDefinitions.append(QStringLiteral("[^%1]: %2").arg(label, note));
        ++result.inlineConverted;
        i = end;
    }
    if (!inlineDefinitions.isEmpty()) {
        QString tail = text.endsWith(u'\n') ? QStringLiteral("\n") : QStringLiteral("\n\n");
        result.edits.append({text.size(), 0, tail + inlineDefinitions.join(u'\n') + u'\n'});
    }
    normalizeEdits(result.edits, text.size());
    return result;
}

} // namespace coinage
