#include "i18n/UiLanguage.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using coinage::UiLanguage;

class TestUiLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolve_data();
    void resolve();
};

void TestUiLanguage::resolve_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QStringList>("system");
    QTest::addColumn<QString>("expected");

    QTest::newRow("system Chinese") << u"system"_s << QStringList{u"zh-Hans-CN"_s, u"zh-CN"_s} << u"zh_CN"_s;
    QTest::newRow("no setting, Chinese") << QString() << QStringList{u"zh-CN"_s} << u"zh_CN"_s;
    QTest::newRow("Taiwan reads Simplified") << QString() << QStringList{u"zh-Hant-TW"_s} << u"zh_CN"_s;
    QTest::newRow("British English") << QString() << QStringList{u"en-GB"_s} << u"en"_s;
    QTest::newRow("first spoken wins") << QString() << QStringList{u"fr-FR"_s, u"zh_CN"_s, u"en"_s} << u"zh_CN"_s;
    QTest::newRow("unknown falls back to English") << QString() << QStringList{u"fr-FR"_s, u"de"_s} << u"en"_s;
    QTest::newRow("C locale") << QString() << QStringList{u"C"_s} << u"en"_s;
    QTest::newRow("nothing") << QString() << QStringList() << u"en"_s;
    QTest::newRow("setting en beats Chinese system") << u"en"_s << QStringList{u"zh-CN"_s} << u"en"_s;
    QTest::newRow("setting zh_CN beats English system") << u"zh_CN"_s << QStringList{u"en-US"_s} << u"zh_CN"_s;
    QTest::newRow("unknown setting follows system") << u"klingon"_s << QStringList{u"zh-CN"_s} << u"zh_CN"_s;
}

void TestUiLanguage::resolve()
{
    QFETCH(QString, setting);
    QFETCH(QStringList, system);
    QFETCH(QString, expected);
    QCOMPARE(UiLanguage::resolve(setting, system), expected);
}

QTEST_GUILESS_MAIN(TestUiLanguage)
#include "tst_uilanguage.moc"
