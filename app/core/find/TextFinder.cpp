#include "TextFinder.h"

namespace coinage {

TextFinder::TextFinder(const FindQuery &query)
    : m_query(query)
{
    QString pattern = query.regularExpression ? query.pattern : QRegularExpression::escape(query.pattern);
    if (query.wholeWord)
        pattern = QStringLiteral("(?<!\\w)(?:") + pattern + QStringLiteral(")(?!\\w)");
    QRegularExpression::PatternOptions options =
        QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::MultilineOption;
    if (!query.caseSensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    m_expression = QRegularExpression(pattern, options);
}

bool TextFinder::isValid() const
{
    return !m_query.pattern.isEmpty() && m_expression.isValid();
}

QString TextFinder::errorString() const
{
    if (m_query.pattern.isEmpty())
        return {};
    if (!m_expression.isValid())
        return tr("Invalid regular expression: %1").arg(m_expression.errorString());
    return {};
}

QList<TextMatch> TextFinder::findAll(const QString &text, qsizetype from, qsizetype to) const
{
    QList<TextMatch> matches;
    if (!isValid())
        return matches;
    if (to < 0 || to > text.size())
        to = text.size();
    from = qBound<qsizetype>(0, from, to);
    // Matching on the range alone keeps lookarounds and ^/$ honest at its edges only when the range is whole lines;
    // match in the whole text and keep the matches inside instead.
    QRegularExpressionMatchIterator it = m_expression.globalMatch(text, from);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedStart() >= to || match.capturedEnd() > to)
            break;
        if (match.capturedLength() == 0)
            continue;
        TextMatch found{match.capturedStart(), match.capturedLength(), {}};
        if (m_query.regularExpression)
            found.captures = match.capturedTexts();
        matches.append(found);
    }
    return matches;
}

QString TextFinder::replacementFor(const TextMatch &match, const QString &replacement) const
{
    if (!m_query.regularExpression)
        return replacement;
    QString out;
    out.reserve(replacement.size());
    for (qsizetype i = 0; i < replacement.size(); ++i) {
        const QChar c = replacement.at(i);
        const bool marker = c == u'\\' || c == u'$';
        if (marker && i + 1 < replacement.size()) {
            const QChar next = replacement.at(i + 1);
            if (next.isDigit() && next.unicode() < 0x80) {
                const int group = next.digitValue();
                if (group < match.captures.size())
                    out += match.captures.at(group);
                ++i;
                continue;
            }
            if (c == u'\\' && next == u'\\') {
                out += u'\\';
                ++i;
                continue;
            }
            if (c == u'\\' && next == u'n') {
                out += u'\n';
                ++i;
                continue;
            }
            if (c == u'\\' && next == u't') {
                out += u'\t';
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

TextEdits TextFinder::replaceAll(const QString &text, const QString &replacement, qsizetype from, qsizetype to) const
{
    TextEdits edits;
    const QList<TextMatch> matches = findAll(text, from, to);
    edits.reserve(matches.size());
    for (const TextMatch &match : matches) {
        const QString with = replacementFor(match, replacement);
        if (with != QStringView(text).sliced(match.start, match.length))
            edits.append({match.start, match.length, with});
    }
    return edits;
}

} // namespace coinage
