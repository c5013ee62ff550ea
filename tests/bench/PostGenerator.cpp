#include "PostGenerator.h"

#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coinage::bench {
namespace {

const QStringList english = {
    u"Large models are the way of minting coins, and the mint never sleeps."_s,
    u"Credit is earned through use and maintained by the faith of users."_s,
    u"The believers copy coins already minted by others, one by one."_s,
    u"Benchmarks bring no credit whatsoever to a model in this era."_s,
    u"It's just that now, in the mid-21st century, they've likely got the direction wrong."_s,
    u"Looking at Sonnet relative to 4o, or Qwen relative to Llama, 2,000 users agree."_s,
};
const QStringList chinese = {
    u"大模型就是铸币之道，造币厂的机器日夜轰鸣。"_s,
    u"真正的信用是用出来的，靠用户的信仰维系。"_s,
    u"信徒们照着别人铸好的钱币，一枚一枚地描摹。"_s,
    u"在这个以针对测试集优化为潜规则的时代，榜单不会给模型带来任何信用。"_s,
    u"看看 Sonnet 之于 4o，Qwen 之于 Llama，能满足用户需求的大模型才能铸币。"_s,
};
const QStringList headings = {u"The mint"_s, u"Credit and faith"_s, u"铸币之道"_s, u"信用是用出来的"_s,
                              u"Benchmarks, *again*"_s};

// One sentence, sometimes dressed with emphasis, a link or a code span.
QString sentence(QRandomGenerator &random, bool zh)
{
    const QStringList &pool = zh ? chinese : english;
    QString s = pool[random.bounded(int(pool.size()))];
    switch (random.bounded(12)) {
    case 0:
        return u"*"_s + s + u"*"_s;
    case 1:
        return u"**"_s + s + u"**"_s;
    case 2:
        return u"[%1](https://example.com/posts/%2.html)"_s.arg(s).arg(random.bounded(1000));
    case 3:
        return s + u" `code [^1] span`"_s;
    default:
        return s;
    }
}

QString block(QRandomGenerator &random, int &headingCount)
{
    const bool zh = random.bounded(2) == 0;
    const int kind = random.bounded(40);
    if (kind == 0)
        return u"```js\nlet x = \"[^999999]\"; // not a footnote\n# not a heading\n```\n\n"_s;
    if (kind == 1)
        return u"> A quoted line with `[^1]` in code.\n> 子曰：学而时习之。\n\n"_s;
    if (kind == 2 || kind == 3) {
        QString list;
        const int items = 2 + random.bounded(4);
        for (int i = 0; i < items; ++i)
            list += (kind == 2 ? u"- "_s : u"%1. "_s.arg(i + 1)) + sentence(random, zh) + u'\n';
        return list + u'\n';
    }
    if (kind == 4)
        return u"| Model | Score |\n| --- | ---: |\n| Sonnet | 4o |\n| Qwen | Llama |\n\n"_s;
    if (kind == 5 || kind == 6) {
        const QString title = headings[(headingCount++) % headings.size()];
        if (kind == 6)
            return title + u'\n' + QString(title.size() + 2, u'-') + u"\n\n"_s;
        return QString(2 + random.bounded(3), u'#') + u' ' + title + u"\n\n"_s;
    }
    QString paragraph;
    const int sentences = 3 + random.bounded(6);
    for (int s = 0; s < sentences; ++s) {
        paragraph += sentence(random, zh);
        if (!zh)
            paragraph += u' ';
    }
    if (!zh)
        paragraph.chop(1);
    return paragraph + u"\n\n"_s;
}

} // namespace

QString generatePost(const PostShape &shape)
{
    QRandomGenerator random(shape.seed);
    const int footnotes = shape.footnotes >= 0 ? shape.footnotes : int(shape.bytes / 2048);
    QString text = u"---\nlayout: post\ntitle: \"Large Models and Coin Minting: a benchmark\"\n"
                   u"date: 2025-01-05 22:05:00 +0800\ntags: [misc, 铸币]\nlang: en\n---\n\n"_s;
    text.reserve(shape.bytes); // UTF-16 units: fewer than UTF-8 bytes for Chinese
    const qsizetype perFootnote = std::max<qsizetype>(1, shape.bytes / std::max(footnotes, 1));
    const qsizetype definitions = qsizetype(footnotes) * 60;
    qsizetype size = text.size();
    int next = 1;
    int headingCount = 0;
    text += u"# Large Models and Coin Minting\n\n"_s;
    while (size < shape.bytes - definitions) {
        QString b = block(random, headingCount);
        const qsizetype utf8 = b.toUtf8().size();
        // A marker every perFootnote bytes, at the end of a paragraph's last sentence.
        if (next <= footnotes && (size + utf8) / perFootnote >= next && b.endsWith(u"\n\n"_s) && !b.startsWith(u'#') &&
            !b.startsWith(u'`') && !b.startsWith(u'|'))
            b.insert(b.size() - 2, u"[^%1]"_s.arg(next++));
        text += b;
        size += utf8;
    }
    while (next <= footnotes)
        text += u"Trailing note.[^%1]\n\n"_s.arg(next++);
    for (int i = 1; i <= footnotes; ++i) {
        text += u"[^%1]: Note %1: %2\n"_s.arg(i).arg(i % 3 == 0 ? chinese[i % chinese.size()]
                                                                : english[i % english.size()]);
        if (i % 10 == 0)
            text += u"\n    A second paragraph of note %1, with `code [^%1]`.\n\n"_s.arg(i);
    }
    return text;
}

} // namespace coinage::bench
