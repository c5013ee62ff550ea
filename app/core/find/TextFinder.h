#pragma once

#include "text/TextEdit.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace coinage {

// What to look for: plain text or a regular expression (PCRE, Unicode-aware, ^ and $ at line ends), case-sensitive
// or not, whole words only (not preceded or followed by a word character: letters, digits, '_' of any script).
struct FindQuery
{
    QString pattern;
    bool regularExpression = false;
    bool caseSensitive = false;
    bool wholeWord = false;
};

struct TextMatch
{
    qsizetype start = 0;
    qsizetype length = 0;
    QStringList captures; // the whole match first, then the groups (regular expressions only)
    qsizetype end() const { return start + length; }
    friend bool operator==(const TextMatch &a, const TextMatch &b)
    {
        return a.start == b.start && a.length == b.length;
    }
};

// Finds the matches of a query in a text and computes the edits that replace them. Empty matches (a regular
// expression like `^` or `x*`) are skipped: every match found can be seen and replaced.
class TextFinder
{
    Q_DECLARE_TR_FUNCTIONS(coinage::TextFinder)
public:
    explicit TextFinder(const FindQuery &query);

    // False for an empty pattern or an invalid regular expression (see errorString()).
    bool isValid() const;
    QString errorString() const;

    // The non-empty matches that lie entirely within [from, to) (to = -1: the end of the text), in order.
    QList<TextMatch> findAll(const QString &text, qsizetype from = 0, qsizetype to = -1) const;

    // The replacement text for a match. For regular expressions \0..\9 or $0..$9 insert a group (0: the whole
    // match), \n a newline, \t a tab, \\ one backslash; plain text is inserted as it is.
    QString replacementFor(const TextMatch &match, const QString &replacement) const;

    // The edits that replace every match within [from, to): one list, applied as one undo step.
    TextEdits replaceAll(const QString &text, const QString &replacement, qsizetype from = 0, qsizetype to = -1) const;

private:
    FindQuery m_query;
    QRegularExpression m_expression;
};

} // namespace coinage
