#include "footnotes/FootnoteEditResult.h"
#include "footnotes/FootnoteEdits.h"
#include "footnotes/FootnoteLanguage.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace coinage;

class TestFootnoteLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void languageAtCaret_data();
    void languageAtCaret();
    void styleFollowsLanguage();
};

void TestFootnoteLanguage::languageAtCaret_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    // `|` marks the caret.
    QTest::newRow("english") << u"It was late.| Then"_s << u"en"_s;
    QTest::newRow("chinese") << u"天色已晚。|然后"_s << u"zh"_s;
    QTest::newRow("chinese before digits") << u"他说了 42| 遍"_s << u"zh"_s;
    QTest::newRow("english word in chinese") << u"我用 Jekyll| 写作"_s << u"en"_s;
    QTest::newRow("start looks ahead") << u"|中文段落"_s << u"zh"_s;
    QTest::newRow("blank line stops") << u"中文。\n\n|English here"_s << u"en"_s;
    QTest::newRow("ellipsis is not chinese") << u"Wait…|"_s << u"en"_s;
    QTest::newRow("empty") << u"|"_s << u"en"_s;
    QTest::newRow("front matter lang wins") << u"---\nlang: zh-CN\n---\nEnglish words.|"_s << u"zh-CN"_s;
    QTest::newRow("front matter without lang") << u"---\ntitle: T\n---\n中文。|"_s << u"zh"_s;
    QTest::newRow("astral ideograph") << u"𠀀|"_s << u"zh"_s;
}

void TestFootnoteLanguage::languageAtCaret()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const qsizetype caret = text.indexOf(u'|');
    text.remove(caret, 1);
    QCOMPARE(footnoteLanguageAt(text, caret), expected);
}

void TestFootnoteLanguage::styleFollowsLanguage()
{
    FootnoteStyle style;
    style.byLanguage.insert(u"zh"_s, MarkerPlacement::BeforePunctuation);
    style.byLanguage.insert(u"en"_s, MarkerPlacement::AfterPunctuation);
    const QString text = u"天色已晚。\n\nIt was late."_s;
    const qsizetype zhCaret = text.indexOf(u"晚") + 1;
    const qsizetype enCaret = text.indexOf(u"late") + 4;
    const FootnoteEditResult zh =
        FootnoteEdits::insert(text, zhCaret, u"n"_s, style.placementFor(footnoteLanguageAt(text, zhCaret)));
    QVERIFY(applyEdits(text, zh.edits).startsWith(u"天色已晚[^1]。"));
    const FootnoteEditResult en =
        FootnoteEdits::insert(text, enCaret, u"n"_s, style.placementFor(footnoteLanguageAt(text, enCaret)));
    QVERIFY(applyEdits(text, en.edits).contains(u"It was late.[^1]"));
}

QTEST_APPLESS_MAIN(TestFootnoteLanguage)
#include "tst_footnotelanguage.moc"
