// bench-core [--runs N] [--filter TEXT] [--json]: times the core benchmarks (every COINAGE_BENCHMARK linked in) on the
// generated 1 MB and 10 MB posts and prints a table: name, median CPU ms of the thread over N runs (and the median
// wall time), budget ms, within budget (a budget of 0: a reference figure, no budget).
// Exit 0 when all are within budget, 1 otherwise. scripts/bench builds and runs it.
#include "Benchmark.h"
#include "PostGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace Qt::StringLiterals;

namespace coinage::bench {

QList<Benchmark> &benchmarks()
{
    static QList<Benchmark> all;
    return all;
}

bool registerBenchmark(Benchmark benchmark)
{
    benchmarks().append(std::move(benchmark));
    return true;
}

} // namespace coinage::bench

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// CPU time of this thread: on a shared machine, wall time also counts the time spent waiting for a core.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    using namespace coinage::bench;
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times Coinage's core on generated 1 MB and 10 MB posts."_s);
    parser.addHelpOption();
    const QCommandLineOption runs(u"runs"_s, u"Timed runs per benchmark (default 11)."_s, u"N"_s, u"11"_s);
    const QCommandLineOption filter(u"filter"_s, u"Only benchmarks whose name contains TEXT."_s, u"TEXT"_s);
    const QCommandLineOption json(u"json"_s, u"Print the results as JSON."_s);
    const QCommandLineOption write(u"write"_s, u"Also keep the generated posts in FOLDER."_s, u"FOLDER"_s);
    parser.addOptions({runs, filter, json, write});
    parser.process(app);
    QTextStream out(stdout);

    QTemporaryDir temporary;
    const QString folder = parser.isSet(write) ? parser.value(write) : temporary.path();
    BenchContext context;
    context.post1mb = generatePost({1024 * 1024, -1, 42});
    context.post10mb = generatePost({10 * 1024 * 1024, -1, 42});
    context.file1mb = folder + u"/bench-1mb.md"_s;
    context.file10mb = folder + u"/bench-10mb.md"_s;
    context.siteFolder = folder + u"/site"_s;
    if (!writeFile(context.file1mb, context.post1mb.toUtf8()) ||
        !writeFile(context.file10mb, context.post10mb.toUtf8()) ||
        !writeFile(context.siteFolder + u"/_config.yml"_s, "title: Bench\ntimezone: Asia/Shanghai\n") ||
        !writeFile(context.siteFolder + u"/_layouts/post.html"_s, "{{ content }}")) {
        QTextStream(stderr) << "bench-core: cannot write the posts in " << folder << '\n';
        return 2;
    }

    const int count = std::max(1, parser.value(runs).toInt());
    QJsonArray results;
    bool allWithin = true;
    if (!parser.isSet(json))
        out << u"%1 %2 %3 %4 %5\n"_s.arg(u"benchmark"_s, -50)
                   .arg(u"median ms"_s, 10)
                   .arg(u"(wall)"_s, 9)
                   .arg(u"budget ms"_s, 10)
                   .arg(u"within"_s);
    for (const Benchmark &benchmark : benchmarks()) {
        if (parser.isSet(filter) && !benchmark.name.contains(parser.value(filter), Qt::CaseInsensitive))
            continue;
        const std::function<void()> function = benchmark.prepare(context);
        function();         // warm-up
        QList<double> ms;   // CPU time of the thread
        QList<double> wall; // elapsed
        for (int i = 0; i < count; ++i) {
            QElapsedTimer timer;
            timer.start();
            const double cpu = threadCpuMs();
            function();
            ms.append(threadCpuMs() - cpu);
            wall.append(double(timer.nsecsElapsed()) / 1e6);
        }
        std::sort(ms.begin(), ms.end());
        std::sort(wall.begin(), wall.end());
        const double median = ms[ms.size() / 2];
        const bool hasBudget = benchmark.budgetMs > 0;
        const bool within = !hasBudget || median <= benchmark.budgetMs;
        allWithin = allWithin && within;
        if (parser.isSet(json)) {
            results.append(QJsonObject{{u"name"_s, benchmark.name},
                                       {u"medianMs"_s, median},
                                       {u"minMs"_s, ms.first()},
                                       {u"maxMs"_s, ms.last()},
                                       {u"medianWallMs"_s, wall[wall.size() / 2]},
                                       {u"runs"_s, count},
                                       {u"budgetMs"_s, benchmark.budgetMs},
                                       {u"withinBudget"_s, within}});
        } else {
            out << u"%1 %2 %3 %4 %5\n"_s.arg(benchmark.name, -50)
                       .arg(median, 10, 'f', 2)
                       .arg(wall[wall.size() / 2], 9, 'f', 2)
                       .arg(hasBudget ? QString::number(benchmark.budgetMs) : u"-"_s, 10)
                       .arg(hasBudget ? (within ? u"yes"_s : u"NO"_s) : u"-"_s);
            out.flush();
        }
    }
    if (parser.isSet(json))
        out << QJsonDocument(results).toJson();
    return allWithin ? 0 : 1;
}
