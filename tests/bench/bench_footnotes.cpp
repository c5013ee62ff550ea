// bench-footnotes [--megabytes N] [--footnotes N] [--seed N] [--runs N] [--write FILE]
// Generates the benchmark post (PostGenerator.h: seeded, so every run sees the same text) of about N MB of UTF-8 with
// N footnotes, then times FootnoteIndex::build (the full
// footnote scan a worker runs after each pause in typing). Budget (DESIGN.md): under 100 ms for 10 MB.
#include "PostGenerator.h"
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

    const QString text = bench::generatePost({qsizetype(parser.value(megabytes).toDouble() * 1024 * 1024),
                                              parser.value(count).toInt(), parser.value(seed).toUInt()});
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
    time("MarkdownScanner::scan (for comparison)", [&] { (void)MarkdownScanner::scan(text).blocks.size(); });
    return 0;
}
