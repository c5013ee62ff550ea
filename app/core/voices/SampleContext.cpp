#include "SampleContext.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace coinage {

QString SampleContext::find(const QStringList &samples, const QString &term, int radius)
{
    if (term.isEmpty())
        return {};
    QString pattern;
    const QStringList words = term.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!pattern.isEmpty())
            pattern += u"\\s+"_s;
        pattern += QRegularExpression::escape(word);
    }
    const bool latin = term.front().isLetterOrNumber() && term.front().unicode() < 0x2e80;
    if (latin)
        pattern = u"(?<![\\w'’-])"_s + pattern + u"(?![\\w'’-])"_s; // whole words: "rain", not "rainbow"
    const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption |
                                             QRegularExpression::UseUnicodePropertiesOption);
    for (const QString &sample : samples) {
        const QRegularExpressionMatch match = re.match(sample);
        if (!match.hasMatch())
            continue;
        const qsizetype start = std::max<qsizetype>(0, match.capturedStart() - radius);
        const qsizetype end = std::min<qsizetype>(sample.size(), match.capturedEnd() + radius);
        QString context = sample.mid(start, end - start).simplified();
        if (start > 0)
            context.prepend(u'…');
        if (end < sample.size())
            context.append(u'…');
        return context;
    }
    return {};
}

} // namespace coinage
