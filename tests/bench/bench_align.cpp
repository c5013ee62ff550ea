#include "bilingual/Aligner.h"
#include "bilingual/Segmenter.h"
#include "markdown/MarkdownScanner.h"
#include "support/Seed.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QtTest>

#include <algorithm>

using namespace coinage;
using namespace Qt::StringLiterals;

// Aligning 2,000 x 2,000 paragraphs (DESIGN.md budget: under 200 ms). The posts are built from the seed's ten prose
// paragraphs, English and Chinese, repeated with a footnote marker every 50 paragraphs; the translation drops,
// adds, splits and merges about 1% of its paragraphs each, so the band has drift to follow.
class BenchAlign : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void align2000();
    void realignOneEdit();

private:
    static QStringList paragraphs(const QString &language);
    QString m_source, m_target;
    QList<int> m_expectedTarget; // for each source paragraph, the target paragraph it should pair with (-1: none)
    Segments m_sourceSegments, m_targetSegments;
};

QStringList BenchAlign::paragraphs(const QString &language)
{
    const QString text = QString::fromUtf8(test::readAll(test::seedPath(language)));
    QStringList lines = text.split(u'\n');
    QStringList out;
    for (int line = 10; line <= 28; line += 2)
        out.append(lines[line].remove(u"[1]"_s).remove(u"[2]"_s));
    return out;
}

void BenchAlign::initTestCase()
{
    const QStringList en = paragraphs(u"en"_s), zh = paragraphs(u"zh"_s);
    QVERIFY(en.size() == 10 && zh.size() == 10);
    QRandomGenerator random(2025);
    QStringList source, target;
    const int n = 2000;
    for (int i = 0; i < n; ++i) {
        const int k = int(random.bounded(10));
        QString s = en[k], t = zh[k];
        if (i % 50 == 25) {
            s += u"[^n%1]"_s.arg(i);
            t += u"[^n%1]"_s.arg(i);
        }
        source.append(s);
        const int dice = int(random.bounded(100));
        if (dice == 0) { // dropped
            m_expectedTarget.append(-1);
        } else if (dice == 1) { // split in two
            const qsizetype cut = t.indexOf(u'。') + 1;
            m_expectedTarget.append(int(target.size()));
            if (cut > 0 && cut < t.size()) {
                target.append(t.left(cut));
                target.append(t.mid(cut));
            } else {
                target.append(t);
            }
        } else {
            m_expectedTarget.append(int(target.size()));
            target.append(t);
        }
        if (dice == 2) // an added translator's note
            target.append(
                u"译者注：此处原文另有说明，为便于读者理解，这里补充一句背景，并请读者自行参阅原文的相关章节与脚注。"_s);
    }
    m_source = u"---\nlang: en\n---\n\n"_s + source.join(u"\n\n"_s) + u'\n';
    m_target = u"---\nlang: zh\n---\n\n"_s + target.join(u"\n\n"_s) + u'\n';

    QElapsedTimer timer;
    timer.start();
    const ScanSnapshot ss = MarkdownScanner::scan(m_source), ts = MarkdownScanner::scan(m_target);
    const qint64 scan = timer.restart();
    m_sourceSegments = Segmenter::segment(m_source, ss);
    m_targetSegments = Segmenter::segment(m_target, ts);
    const qint64 segment = timer.elapsed();
    qInfo("posts: %lld + %lld characters, %lld x %lld blocks; scan %lld ms, segmentation %lld ms (both sides)",
          qlonglong(m_source.size()), qlonglong(m_target.size()), qlonglong(m_sourceSegments.size()),
          qlonglong(m_targetSegments.size()), scan, segment);
}

void BenchAlign::align2000()
{
    QList<qint64> times;
    Alignment alignment;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer timer;
        timer.start();
        const Aligner aligner(m_sourceSegments, m_targetSegments, {u"en"_s, u"zh"_s});
        alignment = aligner.align();
        times.append(timer.nsecsElapsed() / 1000);
    }
    std::sort(times.begin(), times.end());
    qInfo("align 2000 x %lld blocks (model + anchors + banded DP): median %.1f ms, min %.1f ms, max %.1f ms",
          qlonglong(m_targetSegments.size()), times[3] / 1000.0, times.first() / 1000.0, times.last() / 1000.0);

    // Right answers: each source paragraph's pair starts at the expected target paragraph.
    int right = 0;
    for (const AlignedPair &p : alignment.pairs) {
        if (p.sourceCount == 1) {
            const int expected = m_expectedTarget[p.sourceIndex];
            right += expected < 0 ? !p.hasTarget() : (p.hasTarget() && p.targetIndex == expected);
        }
    }
    qInfo("correct pairs: %d of %d source paragraphs", right, int(m_sourceSegments.size()));
    QVERIFY(right >= int(m_sourceSegments.size()) * 97 / 100);
}

void BenchAlign::realignOneEdit()
{
    const AlignOptions options{u"en"_s, u"zh"_s};
    const Alignment old = Aligner(m_sourceSegments, m_targetSegments, options).align();
    // Touch one paragraph in the middle of the translation.
    const Segment &s = m_targetSegments[1000];
    QString edited = m_target;
    edited.insert(s.end, u"又补一句。"_s);
    const Segments after = Segmenter::segment(edited);
    QList<qint64> times;
    Aligner::Realigned re;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer timer;
        timer.start();
        const Aligner aligner(m_sourceSegments, after, options);
        re = aligner.realign(old, {Side::Target, s.firstLine, s.lastLine, s.lastLine});
        times.append(timer.nsecsElapsed() / 1000);
    }
    std::sort(times.begin(), times.end());
    qInfo("re-align after one edit: median %.1f ms (of which the DP covered pairs %d..%d)", times[3] / 1000.0,
          re.firstPair, re.lastPair);
    QVERIFY(!re.full);
    QVERIFY(re.lastPair - re.firstPair < 20);
}

QTEST_GUILESS_MAIN(BenchAlign)
#include "bench_align.moc"
