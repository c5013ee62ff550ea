// bench-footnotes [--megabytes N] [--footnotes N] [--seed N] [--runs N] [--write FILE]
// Generates a post (seeded, so every run sees the same text) of about N MB of UTF-8 with N footnotes among English
// and Chinese paragraphs, lists, quotes, code blocks and code spans, then times FootnoteIndex::build (the full
// footnote scan a worker runs after each pause in typing). Budget (DESIGN.md): under 100 ms for 10 MB.
#include "footnotes/FootnoteIndex.h"
#include "footnotes/FootnoteScanner.h"
#include "markdown/MarkdownScanner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace coinage;

namespace {

const QStringList english = {
    u"Large models are the way of minting coins, and the mint never sleeps."_s,
    u"Credit is earned through use and maintained by the faith of users."_s,
    u"The believers copy coins already minted by others, one by one."_s,
    u"Benchmarks bring no credit whatsoever to a model in this era."_s,
};
const QStringList chinese = {
    u"大模型就是铸币之道，造币厂的机器日夜轰鸣。"_s,
    u"真正的信用是用出来的，靠用户的信仰维系。"_s,
    u"信徒们照着别人铸好的钱币，一枚一枚地描摹。"_s,
    u"在这个以针对测试集优化为潜规则的时代，榜单不会给模型带来任何信用。"_s,
};

QString generate(qsizetype bytes, int footnotes, quint32 seed)
{
    QRandomGenerator random(seed);
    QString text = u"---\nlayout: post\ntitle: Benchmark\n---\n\n"_s;
    const qsizetype perFootnote = std::max<qsizetype>(1, bytes / std::max(footnotes, 1));
    qsizetype size = 0; // UTF-8 bytes, approximately
    int next = 1;
    while (size < bytes - footnotes * 40) {
        QString paragraph;
        const int kind = random.bounded(20);
        if (kind == 0) {
            paragraph = u"```\nlet x = \"[^999999]\"; // not a footnote\n```\n\n"_s;
        } else if (kind == 1) {
            paragraph = u"> A quoted line with `[^1]` in code.\n> And more.\n\n"_s;
        } else {
            const bool zh = random.bounded(2) == 0;
            const QStringList &pool = zh ? chinese : english;
            const int sentences = 3 + random.bounded(6);
            if (kind == 2)
                paragraph += u"- "_s;
            for (int s = 0; s < sentences; ++s) {
                paragraph += pool[random.bounded(pool.size())];
                if (!zh)
                    paragraph += u' ';
            }
            paragraph += u"\n\n"_s;
        }
        const qsizetype utf8 = paragraph.toUtf8().size();
        // A marker every perFootnote bytes, after the paragraph's last punctuation.
        if (kind >= 2 && next <= footnotes && (size + utf8) / perFootnote >= next) {
            const qsizetype end = paragraph.size() - 2;
            paragraph.insert(end, u"[^%1]"_s.arg(next++));
        }
        text += paragraph;
        size += utf8;
    }
    while (next <= footnotes)
        text += u"Trailing note.[^%1]\n\n"_s.arg(next++);
    for (int i = 1; i <= footnotes; ++i) {
        text += u"[^%1]: Note %1: %2\n"_s.arg(i).arg(english[i % english.size()]);
        if (i % 10 == 0)
            text += u"\n    A second paragraph of note %1, with `code [^%1]`.\n\n"_s.arg(i);
    }
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times the footnote index of a generated post."_s);
    parser.addHelpOption();
    const QCommandLineOption megabytes(u"megabytes"_s, u"Post size in MB of UTF-8 (default 10)."_s, u"N"_s, u"10"_s);
    const QCommandLineOption count(u"footnotes"_s, u"Number of footnotes (default 5000)."_s, u"N"_s, u"5000"_s);
    const QCommandLineOption seed(u"seed"_s, u"Random seed (default 42)."_s, u"N"_s, u"42"_s);
    const QCommandLineOption runs(u"runs"_s, u"Timed runs (default 15)."_s, u"N"_s, u"15"_s);
    const QCommandLineOption write(u"write"_s, u"Also write the generated post to FILE."_s, u"FILE"_s);
    parser.addOptions({megabytes, count, seed, runs, write});
    parser.process(app);
    QTextStream out(stdout);

    const QString text = generate(qsizetype(parser.value(megabytes).toDouble() * 1024 * 1024),
                                  parser.value(count).toInt(), parser.value(seed).toUInt());
    if (parser.isSet(write)) {
        QFile file(parser.value(write));
        if (file.open(QIODevice::WriteOnly))
            file.write(text.toUtf8());
    }
    const FootnoteIndex check = FootnoteIndex::build(text);
    out << "post: " << text.toUtf8().size() << " bytes UTF-8, " << text.size() << " UTF-16 units, "
        << check.footnotes().size() << " footnotes, " << check.references().size() << " markers, "
        << check.problems().size() << " problems\n";

    static volatile qsizetype sink = 0;
    auto time = [&](const char *name, auto &&function) {
        QList<double> ms;
        for (int i = 0; i < parser.value(runs).toInt(); ++i) {
            QElapsedTimer timer;
            timer.start();
            function();
            ms.append(double(timer.nsecsElapsed()) / 1e6);
        }
        std::sort(ms.begin(), ms.end());
        out << name << ": min " << ms.first() << " ms, median " << ms[ms.size() / 2] << " ms, max " << ms.last()
            << " ms over " << ms.size() << " runs\n";
        out.flush();
    };
    time("FootnoteIndex::build", [&] { (void)FootnoteIndex::build(text).footnotes().size(); });
    time("  of which FootnoteScanner::scan", [&] { (void)FootnoteScanner::scan(text).references.size(); });
    time("  a plain pass over the text (the floor)", [&] {
        const char16_t *data = reinterpret_cast<const char16_t *>(text.constData());
        qsizetype special = 0;
        for (qsizetype i = 0; i < text.size(); ++i)
            special += data[i] == u'[' || data[i] == u'\n';
        sink = special;
    });
    out << "  (" << sink << " brackets and newlines)\n";
    time("MarkdownScanner::scan (cmark-gfm, for comparison)", [&] { (void)MarkdownScanner::scan(text).blocks.size(); });
    return 0;
}
