#include "SeedReferenceConverter.h"

#include "FootnoteIndex.h"
#include "FootnoteText.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace coinage {

std::optional<SeedReferenceConverter::ReferenceList> SeedReferenceConverter::findList(QStringView text)
{
    static const QRegularExpression title(
        u"^ {0,3}(?:#{1,6}[ \\t]+)?(?:\\*\\*|__)?[ \\t]*(?:references?|notes|sources|bibliography|参考|参考文献|"
        "参考资料|注释|注解|注)[ \\t]*[:：]?[ \\t]*(?:\\*\\*|__)?[ \\t]*#*[ \\t]*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression item(u"^ {0,3}(?:(\\d{1,4})[.)]|\\[(\\d{1,4})\\]:?)[ \\t]+\\^?[ \\t]*(.*)$"_s);

    // Lines with their offsets.
    QList<std::pair<qsizetype, QStringView>> lines;
    for (qsizetype start = 0; start <= text.size();) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        lines.append({start, text.sliced(start, end - start)});
        start = end + 1;
    }
    for (qsizetype t = lines.size() - 1; t >= 0; --t) {
        if (!title.matchView(lines[t].second).hasMatch())
            continue;
        ReferenceList list;
        list.start = lines[t].first;
        bool blankSince = false;
        for (qsizetype i = t + 1; i < lines.size(); ++i) {
            const QStringView line = lines[i].second;
            if (line.trimmed().isEmpty()) {
                blankSince = true;
                continue;
            }
            const QRegularExpressionMatch m = item.matchView(line);
            if (m.hasMatch()) {
                const QString number = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
                list.items.append({QString::number(number.toInt()), m.captured(3).trimmed()});
            } else if (!list.items.isEmpty() && (!blankSince || line.startsWith(u"  ") || line.startsWith(u'\t'))) {
                list.items.last().text += (blankSince ? u"\n\n"_s : u"\n"_s) + line.trimmed().toString();
            } else {
                break;
            }
            blankSince = false;
            list.end = lines[i].first + line.size();
        }
        if (list.items.isEmpty())
            continue;
        return list;
    }
    return std::nullopt;
}

FootnoteEditResult SeedReferenceConverter::convert(const QString &text)
{
    FootnoteEditResult r;
    const std::optional<ReferenceList> list = findList(text);
    if (!list) {
        r.error = tr("no reference list found (a \"References\" or \"参考\" title over a list of \"1. ^text\" items)");
        return r;
    }
    const FootnoteIndex index = FootnoteIndex::build(text);
    if (list->start < index.bodyStart()) {
        r.error = tr("the reference list is inside the front matter");
        return r;
    }
    QStringList numbers;
    QStringList definitions;
    for (const Item &item : list->items) {
        if (index.find(item.number)) {
            r.error = tr("the post already has a footnote [^%1]; rename it first").arg(item.number);
            return r;
        }
        numbers.append(item.number);
        definitions.append(FootnoteText::definition(item.number, item.text));
    }
    for (const LooseMarker &marker : index.numberMarkers()) {
        if (marker.range.start < list->start && numbers.contains(QString::number(marker.label.toInt())))
            r.edits.append(
                {marker.range.start, marker.range.length, u"[^%1]"_s.arg(QString::number(marker.label.toInt()))});
    }
    const bool blankBefore = list->start <= index.bodyStart() || (list->start >= 2 && text[list->start - 2] == u'\n');
    r.edits.append(
        {list->start, list->end - list->start, (blankBefore ? QString() : u"\n"_s) + definitions.join(u'\n')});
    r.labels = numbers;
    normalizeEdits(r.edits, text.size());
    return r;
}

} // namespace coinage
