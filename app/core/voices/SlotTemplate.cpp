#include "SlotTemplate.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace coinage {

namespace {
struct SlotTemplateText
{
    Q_DECLARE_TR_FUNCTIONS(coinage::SlotTemplate)
};

SlotTemplate::Need needOf(const QString &slot)
{
    if (slot == u"claim" || slot == u"claim_bare" || slot == u"copula")
        return SlotTemplate::Need::Claim;
    if (slot == u"topic" || slot == u"topic_bare" || slot == u"be" || slot == u"this" || slot == u"that")
        return SlotTemplate::Need::Topic;
    return SlotTemplate::Need::Nothing;
}
} // namespace

bool SlotTemplate::isKnownSlot(const QString &name)
{
    static const QStringList known = {u"sentence"_s, u"topic"_s, u"topic_bare"_s, u"claim"_s, u"claim_bare"_s,
                                      u"copula"_s,   u"be"_s,    u"this"_s,       u"that"_s,  u"end"_s};
    return known.contains(name) || (name.size() > 1 && name.startsWith(u'@'));
}

bool SlotTemplate::isKnownTransform(const QString &name)
{
    static const QStringList known = {u"cap"_s, u"lower"_s, u"a"_s, u"the"_s, u"bare"_s, u"quote"_s};
    return known.contains(name);
}

bool SlotTemplate::parse(const QString &text, SlotTemplate *result, QString *error)
{
    SlotTemplate parsed;
    QString literal;
    auto flushLiteral = [&] {
        if (!literal.isEmpty())
            parsed.parts.append({false, literal, {}});
        literal.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'{' && i + 1 < text.size() && text.at(i + 1) == u'{') {
            literal += u'{';
            ++i;
            continue;
        }
        if (c == u'}' && i + 1 < text.size() && text.at(i + 1) == u'}') {
            literal += u'}';
            ++i;
            continue;
        }
        if (c == u'}') {
            *error = SlotTemplateText::tr("unmatched '}' at character %1").arg(i + 1);
            return false;
        }
        if (c != u'{') {
            literal += c;
            continue;
        }
        const qsizetype close = text.indexOf(u'}', i + 1);
        if (close < 0) {
            *error = SlotTemplateText::tr("unclosed '{' at character %1").arg(i + 1);
            return false;
        }
        const QStringList pieces = text.mid(i + 1, close - i - 1).split(u'|');
        const QString name = pieces.first().trimmed();
        if (!isKnownSlot(name)) {
            *error = SlotTemplateText::tr("unknown slot '{%1}'").arg(name);
            return false;
        }
        QStringList transforms;
        for (qsizetype k = 1; k < pieces.size(); ++k) {
            const QString transform = pieces.at(k).trimmed();
            if (!isKnownTransform(transform)) {
                *error = SlotTemplateText::tr("unknown transform '%1' in '{%2}'").arg(transform, name);
                return false;
            }
            transforms.append(transform);
        }
        flushLiteral();
        parsed.parts.append({true, name, transforms});
        i = close;
    }
    flushLiteral();
    *result = std::move(parsed);
    return true;
}

SlotTemplate::Need SlotTemplate::need() const
{
    Need need = Need::Nothing;
    for (const Part &part : parts) {
        if (part.isSlot)
            need = std::max(need, needOf(part.text));
    }
    return need;
}

bool SlotTemplate::mentionsInput() const
{
    return std::any_of(parts.cbegin(), parts.cend(), [](const Part &part) {
        return part.isSlot && (part.text == u"sentence" || part.text == u"topic" || part.text == u"topic_bare" ||
                               part.text == u"claim" || part.text == u"claim_bare");
    });
}

QStringList SlotTemplate::lexiconNames() const
{
    QStringList names;
    for (const Part &part : parts) {
        if (part.isSlot && part.text.startsWith(u'@'))
            names.append(part.text.mid(1));
    }
    return names;
}

} // namespace coinage
