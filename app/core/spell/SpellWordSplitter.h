#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace coinage {

// One word to give the spell checker: where it is in its line and its text.
struct SpellWord
{
    qsizetype start = 0; // offset in the line
    qsizetype length = 0;
    QString text;
    bool operator==(const SpellWord &other) const = default;
};

// What a line of a post is, for spell checking (SpellScanContext works it out from the scan).
enum class SpellLineKind
{
    Prose,            // Markdown text: checked, minus code spans, URLs, tags...
    Skip,             // code blocks, front matter fences, front matter keys whose values are not prose
    FrontMatterValue, // a line of a prose value in the front matter (title, description...): the "key:" is skipped
};

// Splits one line of a post into the words a spell checker should see. Markdown aware: inline code spans, bare URLs,
// e-mail addresses, autolinks, HTML tags and comments, link targets and reference labels, footnote labels [^label],
// Jekyll/Liquid tags {% %} and {{ }}, kramdown attribute lists {: } and $$math$$ are skipped. CJK runs are never
// words (an English dictionary must not flag Chinese). A word is a run of letters with inner apostrophes; tokens with
// digits or underscores (identifiers), all-capital acronyms, mixed-case names (iPhone) and single letters are
// skipped. Qt Core only.
class SpellWordSplitter
{
public:
    struct Range
    {
        qsizetype start = 0;
        qsizetype end = 0; // one past
    };

    static QList<SpellWord> words(QStringView line, SpellLineKind kind = SpellLineKind::Prose);
    // The parts of a prose line that are never checked, sorted by start (they may overlap).
    static QList<Range> skippedRanges(QStringView line);
    // Front matter keys whose values are prose and checked.
    static const QStringList &checkedFrontMatterKeys();
    // The key a front matter line starts ("title: x" -> "title"), empty for continuation lines.
    static QString frontMatterKey(QStringView line);
};

} // namespace coinage
