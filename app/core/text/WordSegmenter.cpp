#include "WordSegmenter.h"

#include "Cjk.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <limits>
#include <memory>

namespace coinage {

namespace {

icu::BreakIterator *threadIterator()
{
    thread_local const std::unique_ptr<icu::BreakIterator> iterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> created(
            icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
        return U_SUCCESS(status) ? std::move(created) : nullptr;
    }();
    return iterator.get();
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// Without ICU data: CJK characters one by one, other letters in runs.
QList<QStringView> fallbackWords(QStringView text)
{
    QList<QStringView> words;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (isCjk(c.unicode())) {
            words.append(text.mid(i, 1));
            ++i;
        } else if (isWordChar(c)) {
            qsizetype end = i + 1;
            while (end < text.size() && isWordChar(text.at(end)) && !isCjk(text.at(end).unicode()))
                ++end;
            words.append(text.mid(i, end - i));
            i = end;
        } else {
            ++i;
        }
    }
    return words;
}

} // namespace

QList<QStringView> WordSegmenter::words(QStringView text)
{
    icu::BreakIterator *iterator = threadIterator();
    if (!iterator || text.size() > std::numeric_limits<int32_t>::max())
        return fallbackWords(text);
    // An alias of the caller's UTF-16, no copy; the iterator lets go of it before returning.
    const icu::UnicodeString alias(false, reinterpret_cast<const char16_t *>(text.utf16()), int32_t(text.size()));
    iterator->setText(alias);
    QList<QStringView> words;
    int32_t start = iterator->first();
    for (int32_t end = iterator->next(); end != icu::BreakIterator::DONE; start = end, end = iterator->next()) {
        if (iterator->getRuleStatus() >= UBRK_WORD_NONE_LIMIT)
            words.append(text.mid(start, end - start));
    }
    iterator->setText(icu::UnicodeString());
    return words;
}

} // namespace coinage
