#pragma once

#include <QString>

#include <functional>

namespace coinage::bench {

// What every benchmark can use: the generated posts, as text and as files on disk.
struct BenchContext
{
    QString post1mb;
    QString post10mb;
    QString file1mb; // the same posts written as UTF-8 files
    QString file10mb;
    QString siteFolder; // a minimal Jekyll site (_config.yml, layouts) for the export
};

// One benchmark: prepare() runs once, untimed, and returns the function that is timed (run N times; the median is
// reported against the budget; 0: no budget, a reference figure). Budgets come from DESIGN.md ("Performance budget")
// where it has one.
struct Benchmark
{
    QString name;
    double budgetMs = 0;
    std::function<std::function<void()>(const BenchContext &)> prepare;
};

// Adding a benchmark is one function in any file of tests/bench listed in its CMakeLists.txt:
//     COINAGE_BENCHMARK(voicesTen, "offline voices, ten voices", 20) { ...untimed set-up...; return [=] { ... }; }
#define COINAGE_BENCHMARK(id, title, budget)                                                                           \
    static std::function<void()> coinageBenchmark_##id(const ::coinage::bench::BenchContext &context);                 \
    static const bool coinageBenchmarkRegistered_##id =                                                                \
        ::coinage::bench::registerBenchmark({QStringLiteral(title), (budget), &coinageBenchmark_##id});                \
    static std::function<void()> coinageBenchmark_##id([[maybe_unused]] const ::coinage::bench::BenchContext &context)

bool registerBenchmark(Benchmark benchmark);
QList<Benchmark> &benchmarks();

} // namespace coinage::bench
