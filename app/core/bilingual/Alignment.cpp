#include "Alignment.h"

namespace coinage {

using namespace Qt::StringLiterals;

QString pairStatusName(PairStatus status)
{
    switch (status) {
    case PairStatus::Untranslated:
        return u"untranslated"_s;
    case PairStatus::Draft:
        return u"draft"_s;
    case PairStatus::Translated:
        return u"translated"_s;
    case PairStatus::NeedsReview:
        return u"needs-review"_s;
    case PairStatus::Approved:
        return u"approved"_s;
    }
    return {};
}

bool pairStatusFromName(QStringView name, PairStatus &status)
{
    for (PairStatus s : {PairStatus::Untranslated, PairStatus::Draft, PairStatus::Translated, PairStatus::NeedsReview,
                         PairStatus::Approved}) {
        if (name == pairStatusName(s)) {
            status = s;
            return true;
        }
    }
    return false;
}

QString AlignedPair::shape() const
{
    return QString::number(sourceCount) + u'-' + QString::number(targetCount);
}

int Alignment::pairAt(Side side, int line) const
{
    for (int i = 0; i < pairs.size(); ++i) {
        if (pairs[i].lines(side).contains(line))
            return i;
    }
    return -1;
}

LineRange Alignment::counterpart(Side side, int line) const
{
    const int i = pairAt(side, line);
    if (i < 0)
        return {};
    return pairs[i].lines(side == Side::Source ? Side::Target : Side::Source);
}

int Alignment::count(PairStatus status) const
{
    return int(
        std::count_if(pairs.cbegin(), pairs.cend(), [status](const AlignedPair &p) { return p.status == status; }));
}

int Alignment::nextUnfinished(int from) const
{
    const int n = int(pairs.size());
    for (int k = 1; k <= n; ++k) {
        const int i = ((from < 0 ? -1 : from) + k) % n;
        if (pairs[i].status != PairStatus::Translated && pairs[i].status != PairStatus::Approved)
            return i;
    }
    return -1;
}

} // namespace coinage
