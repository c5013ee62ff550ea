// Offline suggestions for ten voices (budget: under 20 ms). Not part of the normal test run: build with
// -DCOINAGE_BUILD_BENCH=ON and run build/.../tests/bench/bench-voices.
#include "voices/PasticheEngine.h"
#include "voices/SentenceAnalysis.h"
#include "voices/VoiceLibrary.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace coinage;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const VoiceLibrary library = VoiceLibrary::builtIn();
    const QStringList inputs = {
        u"Large models are the way of minting coins."_s, u"大模型就是铸币。"_s,
        u"True credit is earned through use, maintained by user faith.[^2]"_s, u"- coin minting"_s,
        u"只是信徒们根本做不到这一点。于是，他们只好采取人海战术，一枚一枚地照着别人铸好的钱币精心仿制。"_s};
    constexpr int Rounds = 200;
    for (const QString &input : inputs) {
        QList<double> times;
        for (int round = 0; round < Rounds; ++round) {
            QElapsedTimer timer;
            timer.start();
            // What the panel does per caret move: analyse once, one line per voice.
            const SentenceAnalysis analysis = SentenceAnalyzer::analyze(input);
            int lines = 0;
            for (qsizetype i = 0; i < 10; ++i)
                lines +=
                    PasticheEngine::line(library.voices().at(i), analysis, VoiceLanguage::Auto, round % 4).isEmpty()
                        ? 0
                        : 1;
            times.append(timer.nsecsElapsed() / 1e6);
            if (lines != 10)
                return 1;
        }
        std::sort(times.begin(), times.end());
        out << QStringLiteral("ten voices: median %1 ms, p95 %2 ms, max %3 ms  (%4)")
                   .arg(times.at(Rounds / 2), 0, 'f', 3)
                   .arg(times.at(Rounds * 95 / 100), 0, 'f', 3)
                   .arg(times.last(), 0, 'f', 3)
                   .arg(input.left(30))
            << Qt::endl;
    }
    return 0;
}
