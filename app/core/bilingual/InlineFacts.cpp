#include "InlineFacts.h"

#include <QHash>
#include <QRegularExpression>

namespace coinage {
namespace {

using namespace Qt::StringLiterals;

// Replaces a range with spaces so later patterns do not see it, keeping every offset valid.
void mask(QString &text, qsizetype start, qsizetype length)
{
    for (qsizetype i = start; i < start + length && i < text.size(); ++i) {
        if (text[i] != u'\n')
            text[i] = u' ';
    }
}

QString foldNumber(QStringView digits)
{
    QString out;
    out.reserve(digits.size());
    for (qsizetype i = 0; i < digits.size(); ++i) {
        const QChar c = digits[i];
        if (c.isDigit()) {
            out.append(QChar(u'0' + c.digitValue()));
        } else if (c == u',' || c == u'，') {
            // A thousands separator only when exactly three digits follow.
            qsizetype k = i + 1;
            while (k < digits.size() && digits[k].isDigit())
                ++k;
            if (k - i - 1 != 3)
                out.append(u',');
        } else {
            out.append(u'.');
        }
    }
    return out;
}

const QRegularExpression &codeSpanPattern()
{
    static const QRegularExpression re(u"(`+)(.+?)(?<!`)\\1(?!`)"_s, QRegularExpression::DotMatchesEverythingOption);
    return re;
}

} // namespace

InlineFacts InlineFacts::of(QStringView markdown)
{
    InlineFacts facts;
    QString text = markdown.toString();

    for (auto it = codeSpanPattern().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        facts.codeSpans.append(m.captured(2).trimmed());
        mask(text, m.capturedStart(), m.capturedLength());
    }

    // Block markers that look like references or numbers: a footnote definition's label, an ordered list marker.
    static const QRegularExpression blockMarkers(u"^[ \\t>]*(?:\\[\\^[^\\]\\s]+\\]:|\\d{1,9}[.)](?=\\s))"_s,
                                                 QRegularExpression::MultilineOption);
    for (auto it = blockMarkers.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        mask(text, m.capturedStart(), m.capturedLength());
    }

    static const QRegularExpression urls(
        u"\\]\\(\\s*<?([^)\\s>]+)[^)]*\\)|<((?:https?|ftp|mailto):[^>\\s]+)>|((?:https?://|www\\.)[^\\s<>()\\[\\]"
        u"，。！？、；：“”‘’（）]+)"_s);
    for (auto it = urls.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        int group = 1;
        while (group < 3 && !m.hasCaptured(group))
            ++group;
        QString url = m.captured(group);
        if (group == 3) {
            while (!url.isEmpty() && QStringView(u".,;:!?'\"").contains(url.back()))
                url.chop(1);
        }
        facts.urls.append(url);
        facts.urlOffsets.append(m.capturedStart(group));
        // Keep the link text of [text](url): mask from "(" on.
        const qsizetype from = group == 1 ? m.capturedStart() + 1 : m.capturedStart();
        mask(text, from, m.capturedEnd() - from);
    }

    // Reference-style links [text][label]: the label is neither a footnote nor a number.
    static const QRegularExpression referenceLabels(u"\\]\\[[^\\]\\n]*\\]"_s);
    for (auto it = referenceLabels.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        mask(text, m.capturedStart() + 1, m.capturedLength() - 1);
    }
    static const QRegularExpression refs(u"\\[\\^([^\\]\\s]+)\\](?!:)|(?<!\\])\\[(\\d{1,4})\\](?![:(\\[])"_s);
    for (auto it = refs.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int group = m.hasCaptured(1) ? 1 : 2;
        facts.footnoteRefs.append(m.captured(group));
        facts.footnoteRefOffsets.append(m.capturedStart());
        mask(text, m.capturedStart(), m.capturedLength());
    }

    static const QRegularExpression strong(u"(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1"_s,
                                           QRegularExpression::DotMatchesEverythingOption);
    for (auto it = strong.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        ++facts.strong;
        mask(text, m.capturedStart(), 2);
        mask(text, m.capturedEnd() - 2, 2);
    }
    static const QRegularExpression emphasis(
        u"(?<!\\*)\\*(?=[^\\s*])([^*]+?)(?<=[^\\s*])\\*(?!\\*)|(?<![\\w])_(?=[^\\s_])([^_]+?)(?<=[^\\s_])_(?!\\w)"_s);
    for (auto it = emphasis.globalMatch(text); it.hasNext();) {
        it.next();
        ++facts.emphasis;
    }

    facts.masked = text;
    static const QRegularExpression numbers(u"[0-9\\x{FF10}-\\x{FF19}]+(?:[.,，][0-9\\x{FF10}-\\x{FF19}]+)*"_s);
    for (auto it = numbers.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        facts.numbers.append(foldNumber(m.capturedView()));
        facts.numberOffsets.append(m.capturedStart());
    }
    return facts;
}

QList<qint64> cjkNumeralValues(QStringView text)
{
    static const QHash<QChar, int> digits{{u'零', 0}, {u'〇', 0}, {u'一', 1}, {u'二', 2}, {u'两', 2}, {u'三', 3},
                                          {u'四', 4}, {u'五', 5}, {u'六', 6}, {u'七', 7}, {u'八', 8}, {u'九', 9}};
    static const QHash<QChar, qint64> units{{u'十', 10}, {u'百', 100}, {u'千', 1000}};
    static const QHash<QChar, qint64> bigUnits{{u'万', 10000}, {u'亿', 100000000}};
    QList<qint64> values;
    qint64 total = 0, section = 0, number = 0;
    bool inRun = false, lastWasDigit = false;
    auto flush = [&] {
        if (inRun)
            values.append(total + section + number);
        total = section = number = 0;
        inRun = lastWasDigit = false;
    };
    for (const QChar c : text) {
        if (const auto d = digits.constFind(c); d != digits.cend()) {
            // "一九九八": digits without units read positionally.
            number = lastWasDigit ? number * 10 + *d : *d;
            inRun = lastWasDigit = true;
        } else if (const auto u = units.constFind(c); u != units.cend()) {
            section += (number == 0 && !lastWasDigit ? 1 : number) * *u;
            number = 0;
            inRun = true;
            lastWasDigit = false;
        } else if (const auto b = bigUnits.constFind(c); b != bigUnits.cend() && inRun) {
            total = (total + section + number) * *b;
            section = number = 0;
            lastWasDigit = false;
        } else {
            flush();
        }
    }
    flush();
    return values;
}

QList<qint64> englishNumberValues(QStringView text)
{
    static const QHash<QString, qint64> words{
        {u"zero"_s, 0},          {u"one"_s, 1},      {u"two"_s, 2},        {u"three"_s, 3},     {u"four"_s, 4},
        {u"five"_s, 5},          {u"six"_s, 6},      {u"seven"_s, 7},      {u"eight"_s, 8},     {u"nine"_s, 9},
        {u"ten"_s, 10},          {u"eleven"_s, 11},  {u"twelve"_s, 12},    {u"thirteen"_s, 13}, {u"fourteen"_s, 14},
        {u"fifteen"_s, 15},      {u"sixteen"_s, 16}, {u"seventeen"_s, 17}, {u"eighteen"_s, 18}, {u"nineteen"_s, 19},
        {u"twenty"_s, 20},       {u"thirty"_s, 30},  {u"forty"_s, 40},     {u"fifty"_s, 50},    {u"sixty"_s, 60},
        {u"seventy"_s, 70},      {u"eighty"_s, 80},  {u"ninety"_s, 90},    {u"hundred"_s, 100}, {u"thousand"_s, 1000},
        {u"million"_s, 1000000}, {u"first"_s, 1},    {u"second"_s, 2},     {u"third"_s, 3}};
    static const QRegularExpression tokens(u"[A-Za-z]+(?:-[A-Za-z]+)*"_s);
    QList<qint64> values;
    for (auto it = tokens.globalMatchView(text); it.hasNext();) {
        const auto m = it.next();
        qint64 sum = 0;
        bool any = false, all = true;
        for (const QStringView part : m.capturedView().split(u'-')) {
            const auto w = words.constFind(part.toString().toLower());
            if (w == words.cend()) {
                all = false;
                break;
            }
            sum += *w;
            any = true;
        }
        if (any && all)
            values.append(sum);
    }
    return values;
}

} // namespace coinage
