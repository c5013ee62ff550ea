#include "jekyll/PostDate.h"
#include "jekyll/Slugify.h"

#include <QtTest>

using namespace coinage;
using namespace Qt::StringLiterals;

class TestJekyllDates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void slugify_data();
    void slugify();
    void validSlug_data();
    void validSlug();
    void parse_data();
    void parse();
    void invalid_data();
    void invalid();
    void localDate_data();
    void localDate();
    void asWritten_data();
    void asWritten();
    void fromYaml_data();
    void fromYaml();
};

// Expected values produced by Jekyll 4.3.4's own Jekyll::Utils.slugify (ruby, in the build root).
void TestJekyllDates::slugify_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("1 raw") << u"The _config.yml file"_s << u"raw"_s << u"the-_config.yml-file"_s;
    QTest::newRow("2 default") << u"The _config.yml file"_s << u"default"_s << u"the-config-yml-file"_s;
    QTest::newRow("3 pretty") << u"The _config.yml file"_s << u"pretty"_s << u"the-_config.yml-file"_s;
    QTest::newRow("4 ascii") << u"The _config.yml file"_s << u"ascii"_s << u"the-config-yml-file"_s;
    QTest::newRow("5 latin") << u"The _config.yml file"_s << u"latin"_s << u"the-config-yml-file"_s;
    QTest::newRow("6 none") << u"The _config.yml file"_s << u"none"_s << u"the _config.yml file"_s;
    QTest::newRow("7 raw") << u"大模型与铸币"_s << u"raw"_s << u"大模型与铸币"_s;
    QTest::newRow("8 default") << u"大模型与铸币"_s << u"default"_s << u"大模型与铸币"_s;
    QTest::newRow("9 pretty") << u"大模型与铸币"_s << u"pretty"_s << u"大模型与铸币"_s;
    QTest::newRow("10 ascii") << u"大模型与铸币"_s << u"ascii"_s << u""_s;
    QTest::newRow("11 latin") << u"大模型与铸币"_s << u"latin"_s << u""_s;
    QTest::newRow("12 none") << u"大模型与铸币"_s << u"none"_s << u"大模型与铸币"_s;
    QTest::newRow("13 raw") << u"Large Models and Coin Minting (Gemini 2.5 Pro)"_s << u"raw"_s
                            << u"large-models-and-coin-minting-(gemini-2.5-pro)"_s;
    QTest::newRow("14 default") << u"Large Models and Coin Minting (Gemini 2.5 Pro)"_s << u"default"_s
                                << u"large-models-and-coin-minting-gemini-2-5-pro"_s;
    QTest::newRow("15 pretty") << u"Large Models and Coin Minting (Gemini 2.5 Pro)"_s << u"pretty"_s
                               << u"large-models-and-coin-minting-(gemini-2.5-pro)"_s;
    QTest::newRow("16 ascii") << u"Large Models and Coin Minting (Gemini 2.5 Pro)"_s << u"ascii"_s
                              << u"large-models-and-coin-minting-gemini-2-5-pro"_s;
    QTest::newRow("17 latin") << u"Large Models and Coin Minting (Gemini 2.5 Pro)"_s << u"latin"_s
                              << u"large-models-and-coin-minting-gemini-2-5-pro"_s;
    QTest::newRow("18 none") << u"Large Models and Coin Minting (Gemini 2.5 Pro)"_s << u"none"_s
                             << u"large models and coin minting (gemini 2.5 pro)"_s;
    QTest::newRow("19 raw") << u"大模型 and 铸币：第二部分！"_s << u"raw"_s << u"大模型-and-铸币：第二部分！"_s;
    QTest::newRow("20 default") << u"大模型 and 铸币：第二部分！"_s << u"default"_s << u"大模型-and-铸币-第二部分"_s;
    QTest::newRow("21 pretty") << u"大模型 and 铸币：第二部分！"_s << u"pretty"_s << u"大模型-and-铸币-第二部分"_s;
    QTest::newRow("22 ascii") << u"大模型 and 铸币：第二部分！"_s << u"ascii"_s << u"and"_s;
    QTest::newRow("23 latin") << u"大模型 and 铸币：第二部分！"_s << u"latin"_s << u"and"_s;
    QTest::newRow("24 none") << u"大模型 and 铸币：第二部分！"_s << u"none"_s << u"大模型 and 铸币：第二部分！"_s;
    QTest::newRow("25 raw") << u"Hello, World!"_s << u"raw"_s << u"hello,-world!"_s;
    QTest::newRow("26 default") << u"Hello, World!"_s << u"default"_s << u"hello-world"_s;
    QTest::newRow("27 pretty") << u"Hello, World!"_s << u"pretty"_s << u"hello,-world!"_s;
    QTest::newRow("28 ascii") << u"Hello, World!"_s << u"ascii"_s << u"hello-world"_s;
    QTest::newRow("29 latin") << u"Hello, World!"_s << u"latin"_s << u"hello-world"_s;
    QTest::newRow("30 none") << u"Hello, World!"_s << u"none"_s << u"hello, world!"_s;
    QTest::newRow("31 raw") << u"  --leading and trailing--  "_s << u"raw"_s << u"--leading-and-trailing--"_s;
    QTest::newRow("32 default") << u"  --leading and trailing--  "_s << u"default"_s << u"leading-and-trailing"_s;
    QTest::newRow("33 pretty") << u"  --leading and trailing--  "_s << u"pretty"_s << u"leading-and-trailing"_s;
    QTest::newRow("34 ascii") << u"  --leading and trailing--  "_s << u"ascii"_s << u"leading-and-trailing"_s;
    QTest::newRow("35 latin") << u"  --leading and trailing--  "_s << u"latin"_s << u"leading-and-trailing"_s;
    QTest::newRow("36 none") << u"  --leading and trailing--  "_s << u"none"_s << u"  --leading and trailing--  "_s;
    QTest::newRow("37 raw") << u"emoji 🪙 coin 🚀"_s << u"raw"_s << u"emoji-🪙-coin-🚀"_s;
    QTest::newRow("38 default") << u"emoji 🪙 coin 🚀"_s << u"default"_s << u"emoji-coin"_s;
    QTest::newRow("39 pretty") << u"emoji 🪙 coin 🚀"_s << u"pretty"_s << u"emoji-coin"_s;
    QTest::newRow("40 ascii") << u"emoji 🪙 coin 🚀"_s << u"ascii"_s << u"emoji-coin"_s;
    QTest::newRow("41 latin") << u"emoji 🪙 coin 🚀"_s << u"latin"_s << u"emoji-coin"_s;
    QTest::newRow("42 none") << u"emoji 🪙 coin 🚀"_s << u"none"_s << u"emoji 🪙 coin 🚀"_s;
    QTest::newRow("43 raw") << u"Café déjà vu — Ærø Straße"_s << u"raw"_s << u"café-déjà-vu-—-ærø-straße"_s;
    QTest::newRow("44 default") << u"Café déjà vu — Ærø Straße"_s << u"default"_s << u"café-déjà-vu-ærø-straße"_s;
    QTest::newRow("45 pretty") << u"Café déjà vu — Ærø Straße"_s << u"pretty"_s << u"café-déjà-vu-ærø-straße"_s;
    QTest::newRow("46 ascii") << u"Café déjà vu — Ærø Straße"_s << u"ascii"_s << u"caf-d-j-vu-r-stra-e"_s;
    QTest::newRow("47 latin") << u"Café déjà vu — Ærø Straße"_s << u"latin"_s << u"cafe-deja-vu-aero-strasse"_s;
    QTest::newRow("48 none") << u"Café déjà vu — Ærø Straße"_s << u"none"_s << u"café déjà vu — ærø straße"_s;
    QTest::newRow("49 raw") << u"C++ & C# @ home"_s << u"raw"_s << u"c++-&-c#-@-home"_s;
    QTest::newRow("50 default") << u"C++ & C# @ home"_s << u"default"_s << u"c-c-home"_s;
    QTest::newRow("51 pretty") << u"C++ & C# @ home"_s << u"pretty"_s << u"c++-&-c-@-home"_s;
    QTest::newRow("52 ascii") << u"C++ & C# @ home"_s << u"ascii"_s << u"c-c-home"_s;
    QTest::newRow("53 latin") << u"C++ & C# @ home"_s << u"latin"_s << u"c-c-home"_s;
    QTest::newRow("54 none") << u"C++ & C# @ home"_s << u"none"_s << u"c++ & c# @ home"_s;
    QTest::newRow("55 raw") << u"α-β γ"_s << u"raw"_s << u"α-β-γ"_s;
    QTest::newRow("56 default") << u"α-β γ"_s << u"default"_s << u"α-β-γ"_s;
    QTest::newRow("57 pretty") << u"α-β γ"_s << u"pretty"_s << u"α-β-γ"_s;
    QTest::newRow("58 ascii") << u"α-β γ"_s << u"ascii"_s << u""_s;
    QTest::newRow("59 latin") << u"α-β γ"_s << u"latin"_s << u""_s;
    QTest::newRow("60 none") << u"α-β γ"_s << u"none"_s << u"α-β γ"_s;
    QTest::newRow("61 raw") << u"تجربة عربية"_s << u"raw"_s << u"تجربة-عربية"_s;
    QTest::newRow("62 default") << u"تجربة عربية"_s << u"default"_s << u"تجربة-عربية"_s;
    QTest::newRow("63 pretty") << u"تجربة عربية"_s << u"pretty"_s << u"تجربة-عربية"_s;
    QTest::newRow("64 ascii") << u"تجربة عربية"_s << u"ascii"_s << u""_s;
    QTest::newRow("65 latin") << u"تجربة عربية"_s << u"latin"_s << u""_s;
    QTest::newRow("66 none") << u"تجربة عربية"_s << u"none"_s << u"تجربة عربية"_s;
    QTest::newRow("67 raw") << u"日本語のタイトル"_s << u"raw"_s << u"日本語のタイトル"_s;
    QTest::newRow("68 default") << u"日本語のタイトル"_s << u"default"_s << u"日本語のタイトル"_s;
    QTest::newRow("69 pretty") << u"日本語のタイトル"_s << u"pretty"_s << u"日本語のタイトル"_s;
    QTest::newRow("70 ascii") << u"日本語のタイトル"_s << u"ascii"_s << u""_s;
    QTest::newRow("71 latin") << u"日本語のタイトル"_s << u"latin"_s << u""_s;
    QTest::newRow("72 none") << u"日本語のタイトル"_s << u"none"_s << u"日本語のタイトル"_s;
    QTest::newRow("73 raw") << u"한국어 제목"_s << u"raw"_s << u"한국어-제목"_s;
    QTest::newRow("74 default") << u"한국어 제목"_s << u"default"_s << u"한국어-제목"_s;
    QTest::newRow("75 pretty") << u"한국어 제목"_s << u"pretty"_s << u"한국어-제목"_s;
    QTest::newRow("76 ascii") << u"한국어 제목"_s << u"ascii"_s << u""_s;
    QTest::newRow("77 latin") << u"한국어 제목"_s << u"latin"_s << u""_s;
    QTest::newRow("78 none") << u"한국어 제목"_s << u"none"_s << u"한국어 제목"_s;
    QTest::newRow("79 raw") << u"100% 真实"_s << u"raw"_s << u"100%-真实"_s;
    QTest::newRow("80 default") << u"100% 真实"_s << u"default"_s << u"100-真实"_s;
    QTest::newRow("81 pretty") << u"100% 真实"_s << u"pretty"_s << u"100-真实"_s;
    QTest::newRow("82 ascii") << u"100% 真实"_s << u"ascii"_s << u"100"_s;
    QTest::newRow("83 latin") << u"100% 真实"_s << u"latin"_s << u"100"_s;
    QTest::newRow("84 none") << u"100% 真实"_s << u"none"_s << u"100% 真实"_s;
    QTest::newRow("85 raw") << u"a/b\\c?d#e"_s << u"raw"_s << u"a/b\\c?d#e"_s;
    QTest::newRow("86 default") << u"a/b\\c?d#e"_s << u"default"_s << u"a-b-c-d-e"_s;
    QTest::newRow("87 pretty") << u"a/b\\c?d#e"_s << u"pretty"_s << u"a-b-c-d-e"_s;
    QTest::newRow("88 ascii") << u"a/b\\c?d#e"_s << u"ascii"_s << u"a-b-c-d-e"_s;
    QTest::newRow("89 latin") << u"a/b\\c?d#e"_s << u"latin"_s << u"a-b-c-d-e"_s;
    QTest::newRow("90 none") << u"a/b\\c?d#e"_s << u"none"_s << u"a/b\\c?d#e"_s;
    QTest::newRow("91 raw") << u"one\ttwo\nthree"_s << u"raw"_s << u"one-two-three"_s;
    QTest::newRow("92 default") << u"one\ttwo\nthree"_s << u"default"_s << u"one-two-three"_s;
    QTest::newRow("93 pretty") << u"one\ttwo\nthree"_s << u"pretty"_s << u"one-two-three"_s;
    QTest::newRow("94 ascii") << u"one\ttwo\nthree"_s << u"ascii"_s << u"one-two-three"_s;
    QTest::newRow("95 latin") << u"one\ttwo\nthree"_s << u"latin"_s << u"one-two-three"_s;
    QTest::newRow("96 none") << u"one\ttwo\nthree"_s << u"none"_s << u"one\ttwo\nthree"_s;
    QTest::newRow("97 raw") << u"🪙"_s << u"raw"_s << u"🪙"_s;
    QTest::newRow("98 default") << u"🪙"_s << u"default"_s << u""_s;
    QTest::newRow("99 pretty") << u"🪙"_s << u"pretty"_s << u""_s;
    QTest::newRow("100 ascii") << u"🪙"_s << u"ascii"_s << u""_s;
    QTest::newRow("101 latin") << u"🪙"_s << u"latin"_s << u""_s;
    QTest::newRow("102 none") << u"🪙"_s << u"none"_s << u"🪙"_s;
    QTest::newRow("103 raw") << u"Ünïcödé ŁÓDŹ"_s << u"raw"_s << u"ünïcödé-łódź"_s;
    QTest::newRow("104 default") << u"Ünïcödé ŁÓDŹ"_s << u"default"_s << u"ünïcödé-łódź"_s;
    QTest::newRow("105 pretty") << u"Ünïcödé ŁÓDŹ"_s << u"pretty"_s << u"ünïcödé-łódź"_s;
    QTest::newRow("106 ascii") << u"Ünïcödé ŁÓDŹ"_s << u"ascii"_s << u"n-c-d-d"_s;
    QTest::newRow("107 latin") << u"Ünïcödé ŁÓDŹ"_s << u"latin"_s << u"unicode-lodz"_s;
    QTest::newRow("108 none") << u"Ünïcödé ŁÓDŹ"_s << u"none"_s << u"ünïcödé łódź"_s;
    QTest::newRow("109 raw") << u"x.y_z~w!v$u&t'(s)+r,q;p=o@n"_s << u"raw"_s << u"x.y_z~w!v$u&t'(s)+r,q;p=o@n"_s;
    QTest::newRow("110 default") << u"x.y_z~w!v$u&t'(s)+r,q;p=o@n"_s << u"default"_s << u"x-y-z-w-v-u-t-s-r-q-p-o-n"_s;
    QTest::newRow("111 pretty") << u"x.y_z~w!v$u&t'(s)+r,q;p=o@n"_s << u"pretty"_s << u"x.y_z~w!v$u&t'(s)+r,q;p=o@n"_s;
    QTest::newRow("112 ascii") << u"x.y_z~w!v$u&t'(s)+r,q;p=o@n"_s << u"ascii"_s << u"x-y-z-w-v-u-t-s-r-q-p-o-n"_s;
    QTest::newRow("113 latin") << u"x.y_z~w!v$u&t'(s)+r,q;p=o@n"_s << u"latin"_s << u"x-y-z-w-v-u-t-s-r-q-p-o-n"_s;
    QTest::newRow("114 none") << u"x.y_z~w!v$u&t'(s)+r,q;p=o@n"_s << u"none"_s << u"x.y_z~w!v$u&t'(s)+r,q;p=o@n"_s;
    QTest::newRow("115 raw") << u"ＦＵＬＬ　ｗｉｄｔｈ"_s << u"raw"_s << u"ｆｕｌｌ　ｗｉｄｔｈ"_s;
    QTest::newRow("116 default") << u"ＦＵＬＬ　ｗｉｄｔｈ"_s << u"default"_s << u"ｆｕｌｌ-ｗｉｄｔｈ"_s;
    QTest::newRow("117 pretty") << u"ＦＵＬＬ　ｗｉｄｔｈ"_s << u"pretty"_s << u"ｆｕｌｌ-ｗｉｄｔｈ"_s;
    QTest::newRow("118 ascii") << u"ＦＵＬＬ　ｗｉｄｔｈ"_s << u"ascii"_s << u""_s;
    QTest::newRow("119 latin") << u"ＦＵＬＬ　ｗｉｄｔｈ"_s << u"latin"_s << u""_s;
    QTest::newRow("120 none") << u"ＦＵＬＬ　ｗｉｄｔｈ"_s << u"none"_s << u"ｆｕｌｌ　ｗｉｄｔｈ"_s;
    QTest::newRow("121 raw") << u"Ǆemal ǅ"_s << u"raw"_s << u"ǆemal-ǆ"_s;
    QTest::newRow("122 default") << u"Ǆemal ǅ"_s << u"default"_s << u"ǆemal-ǆ"_s;
    QTest::newRow("123 pretty") << u"Ǆemal ǅ"_s << u"pretty"_s << u"ǆemal-ǆ"_s;
    QTest::newRow("124 ascii") << u"Ǆemal ǅ"_s << u"ascii"_s << u"emal"_s;
    QTest::newRow("125 latin") << u"Ǆemal ǅ"_s << u"latin"_s << u"emal"_s;
    QTest::newRow("126 none") << u"Ǆemal ǅ"_s << u"none"_s << u"ǆemal ǆ"_s;
    QTest::newRow("127 raw") << u"été"_s << u"raw"_s << u"été"_s;
    QTest::newRow("128 default") << u"été"_s << u"default"_s << u"été"_s;
    QTest::newRow("129 pretty") << u"été"_s << u"pretty"_s << u"été"_s;
    QTest::newRow("130 ascii") << u"été"_s << u"ascii"_s << u"e-t"_s;
    QTest::newRow("131 latin") << u"été"_s << u"latin"_s << u"e-te"_s;
    QTest::newRow("132 none") << u"été"_s << u"none"_s << u"été"_s;
    QTest::newRow("133 raw") << u"١٢٣ ٤"_s << u"raw"_s << u"١٢٣-٤"_s;
    QTest::newRow("134 default") << u"١٢٣ ٤"_s << u"default"_s << u"١٢٣-٤"_s;
    QTest::newRow("135 pretty") << u"١٢٣ ٤"_s << u"pretty"_s << u"١٢٣-٤"_s;
    QTest::newRow("136 ascii") << u"١٢٣ ٤"_s << u"ascii"_s << u""_s;
    QTest::newRow("137 latin") << u"١٢٣ ٤"_s << u"latin"_s << u""_s;
    QTest::newRow("138 none") << u"١٢٣ ٤"_s << u"none"_s << u"١٢٣ ٤"_s;
}

void TestJekyllDates::slugify()
{
    QFETCH(QString, input);
    QFETCH(QString, mode);
    QFETCH(QString, expected);
    const auto parsed = slugModeFromName(mode);
    QVERIFY(parsed);
    QCOMPARE(slugModeName(*parsed), mode);
    QCOMPARE(coinage::slugify(input, *parsed), expected);
}

void TestJekyllDates::validSlug_data()
{
    QTest::addColumn<QString>("slug");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ascii") << u"large-models-and-coin-minting"_s << true;
    QTest::newRow("chinese") << u"大模型与铸币"_s << true;
    QTest::newRow("dotted") << u"large-models.en"_s << true;
    QTest::newRow("upper case is kept by Jekyll") << u"Hello"_s << true;
    QTest::newRow("space") << u"hello world"_s << false;
    QTest::newRow("slash") << u"a/b"_s << false;
    QTest::newRow("question") << u"what?"_s << false;
    QTest::newRow("hash") << u"c#"_s << false;
    QTest::newRow("leading hyphen") << u"-a"_s << false;
    QTest::newRow("emoji") << u"coin-🪙"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestJekyllDates::validSlug()
{
    QFETCH(QString, slug);
    QFETCH(bool, valid);
    QCOMPARE(isValidSlug(slug), valid);
}

void TestJekyllDates::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<bool>("hasTime");
    QTest::addColumn<int>("offset"); // -1: none
    QTest::newRow("date") << u"2025-01-05"_s << QDate(2025, 1, 5) << QTime(0, 0) << false << -1;
    QTest::newRow("short date") << u"2025-1-5"_s << QDate(2025, 1, 5) << QTime(0, 0) << false << -1;
    QTest::newRow("slashes") << u"2025/01/05 22:05"_s << QDate(2025, 1, 5) << QTime(22, 5) << true << -1;
    QTest::newRow("compact") << u"20250105"_s << QDate(2025, 1, 5) << QTime(0, 0) << false << -1;
    QTest::newRow("no seconds") << u"2025-01-05 22:05"_s << QDate(2025, 1, 5) << QTime(22, 5) << true << -1;
    QTest::newRow("hour only") << u"2025-01-05 22"_s << QDate(2025, 1, 5) << QTime(22, 0) << true << -1;
    QTest::newRow("Coinage's form") << u"2025-01-05 22:05:00 +0800"_s << QDate(2025, 1, 5) << QTime(22, 5) << true
                                    << 8 * 3600;
    QTest::newRow("+0545") << u"2025-01-05 22:05:00 +0545"_s << QDate(2025, 1, 5) << QTime(22, 5) << true << 20700;
    QTest::newRow("-0330 colon") << u"2025-01-05 22:05 -03:30"_s << QDate(2025, 1, 5) << QTime(22, 5) << true << -12600;
    QTest::newRow("+08") << u"2025-01-05 22:05:00 +08"_s << QDate(2025, 1, 5) << QTime(22, 5) << true << 28800;
    QTest::newRow("ISO Z") << u"2025-01-05T22:05:00Z"_s << QDate(2025, 1, 5) << QTime(22, 5) << true << 0;
    QTest::newRow("ISO offset") << u"2025-01-05T22:05:00+08:00"_s << QDate(2025, 1, 5) << QTime(22, 5) << true << 28800;
    QTest::newRow("fraction") << u"2025-01-05 22:05:00.5 UTC"_s << QDate(2025, 1, 5) << QTime(22, 5, 0, 500) << true
                              << 0;
    QTest::newRow("month name") << u"Jan 5 2025"_s << QDate(2025, 1, 5) << QTime(0, 0) << false << -1;
    QTest::newRow("day month") << u"5 January 2025 10:00"_s << QDate(2025, 1, 5) << QTime(10, 0) << true << -1;
    QTest::newRow("RFC 2822") << u"Sun, 05 Jan 2025 22:05:00 +0800"_s << QDate(2025, 1, 5) << QTime(22, 5) << true
                              << 28800;
}

void TestJekyllDates::parse()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QFETCH(QTime, time);
    QFETCH(bool, hasTime);
    QFETCH(int, offset);
    const PostDate parsed = PostDate::parse(text);
    QVERIFY(parsed.isValid());
    QCOMPARE(parsed.date, date);
    QCOMPARE(parsed.time, time);
    QCOMPARE(parsed.hasTime, hasTime);
    QCOMPARE(parsed.offsetSeconds.value_or(-1), offset);
    QVERIFY(!parsed.readAsUtc);
}

void TestJekyllDates::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("Feb 30") << u"2025-02-30"_s;
    QTest::newRow("month 13") << u"2025-13-01"_s;
    QTest::newRow("hour 25") << u"2025-01-05 25:00"_s;
    QTest::newRow("minute 60") << u"2025-01-05 22:60"_s;
    QTest::newRow("words") << u"not a date"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("offset 25h") << u"2025-01-05 22:05 +2500"_s;
    QTest::newRow("trailing junk") << u"2025-01-05 22:05 tomorrow"_s;
}

void TestJekyllDates::invalid()
{
    QFETCH(QString, text);
    QVERIFY(!PostDate::parse(text).isValid());
}

// The instant in the site's zone, exactly as Jekyll computes it (Time.parse(date.to_s).localtime with TZ set).
void TestJekyllDates::localDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("yamlTimestamp"); // a plain YAML timestamp: without offset it is UTC
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("instant");
    QTest::addColumn<QDate>("local");

    QTest::newRow("seed trap: seconds, no offset = UTC") << u"2025-01-05 22:05:00"_s << true << u"Asia/Shanghai"_s
                                                         << u"2025-01-06 06:05:00 +0800"_s << QDate(2025, 1, 6);
    QTest::newRow("quoted: local") << u"2025-01-05 22:05:00"_s << false << u"Asia/Shanghai"_s
                                   << u"2025-01-05 22:05:00 +0800"_s << QDate(2025, 1, 5);
    QTest::newRow("seed: no seconds = local")
        << u"2025-01-05 22:05"_s << false << u"Asia/Shanghai"_s << u"2025-01-05 22:05:00 +0800"_s << QDate(2025, 1, 5);
    QTest::newRow("date only") << u"2025-01-05"_s << false << u"America/New_York"_s << u"2025-01-05 00:00:00 -0500"_s
                               << QDate(2025, 1, 5);
    QTest::newRow("Kathmandu near midnight") << u"2025-01-05 23:50:00 +0545"_s << true << u"Asia/Kathmandu"_s
                                             << u"2025-01-05 23:50:00 +0545"_s << QDate(2025, 1, 5);
    QTest::newRow("Kathmandu post, UTC site")
        << u"2025-01-06 00:10:00 +0545"_s << true << u"UTC"_s << u"2025-01-05 18:25:00 +0000"_s << QDate(2025, 1, 5);
    QTest::newRow("UTC 18:15 is Kathmandu's midnight") << u"2025-01-05 18:15:00"_s << true << u"Asia/Kathmandu"_s
                                                       << u"2025-01-06 00:00:00 +0545"_s << QDate(2025, 1, 6);
    QTest::newRow("UTC 18:14 is still the 5th") << u"2025-01-05 18:14:00"_s << true << u"Asia/Kathmandu"_s
                                                << u"2025-01-05 23:59:00 +0545"_s << QDate(2025, 1, 5);
    QTest::newRow("+0800 just after midnight, New York site")
        << u"2025-01-05 00:10:00 +0800"_s << true << u"America/New_York"_s << u"2025-01-04 11:10:00 -0500"_s
        << QDate(2025, 1, 4);
    QTest::newRow("-0500 before midnight, Tokyo site") << u"2025-01-05 23:50:00 -0500"_s << true << u"Asia/Tokyo"_s
                                                       << u"2025-01-06 13:50:00 +0900"_s << QDate(2025, 1, 6);
    QTest::newRow("Berlin: last minute of CET") << u"2025-03-30 00:59:00 +0000"_s << true << u"Europe/Berlin"_s
                                                << u"2025-03-30 01:59:00 +0100"_s << QDate(2025, 3, 30);
    QTest::newRow("Berlin: first minute of CEST") << u"2025-03-30 01:00:00 +0000"_s << true << u"Europe/Berlin"_s
                                                  << u"2025-03-30 03:00:00 +0200"_s << QDate(2025, 3, 30);
    QTest::newRow("Berlin: summer midnight") << u"2025-07-01 22:30:00 +0000"_s << true << u"Europe/Berlin"_s
                                             << u"2025-07-02 00:30:00 +0200"_s << QDate(2025, 7, 2);
    QTest::newRow("Berlin: winter, same UTC time") << u"2025-01-01 22:30:00 +0000"_s << true << u"Europe/Berlin"_s
                                                   << u"2025-01-01 23:30:00 +0100"_s << QDate(2025, 1, 1);
    QTest::newRow("New York: spring forward, before") << u"2025-03-09 06:59:00 +0000"_s << true << u"America/New_York"_s
                                                      << u"2025-03-09 01:59:00 -0500"_s << QDate(2025, 3, 9);
    QTest::newRow("New York: spring forward, after") << u"2025-03-09 07:00:00 +0000"_s << true << u"America/New_York"_s
                                                     << u"2025-03-09 03:00:00 -0400"_s << QDate(2025, 3, 9);
    QTest::newRow("New York: fall back, first 01:30") << u"2025-11-02 05:30:00 +0000"_s << true << u"America/New_York"_s
                                                      << u"2025-11-02 01:30:00 -0400"_s << QDate(2025, 11, 2);
    QTest::newRow("New York: fall back, second 01:30")
        << u"2025-11-02 06:30:00 +0000"_s << true << u"America/New_York"_s << u"2025-11-02 01:30:00 -0500"_s
        << QDate(2025, 11, 2);
    QTest::newRow("New York: UTC midnight is the day before")
        << u"2025-06-01 03:59:00"_s << true << u"America/New_York"_s << u"2025-05-31 23:59:00 -0400"_s
        << QDate(2025, 5, 31);
}

void TestJekyllDates::localDate()
{
    QFETCH(QString, text);
    QFETCH(bool, yamlTimestamp);
    QFETCH(QString, zone);
    QFETCH(QString, instant);
    QFETCH(QDate, local);
    const auto tz = PostDate::zoneFromName(zone);
    QVERIFY(tz);
    const PostDate date = PostDate::parse(text, yamlTimestamp);
    QVERIFY(date.isValid());
    const QDateTime at = date.instant(*tz);
    QCOMPARE(PostDate::format(at), instant);
    QCOMPARE(date.localDate(*tz), local);
}

// The fix for a date without offset: the wall-clock time as written, with the site zone's offset for that day.
void TestJekyllDates::asWritten_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("expected");
    QTest::newRow("seed") << u"2025-01-05 22:05"_s << u"Asia/Shanghai"_s << u"2025-01-05 22:05:00 +0800"_s;
    QTest::newRow("Berlin winter") << u"2025-01-01 12:00"_s << u"Europe/Berlin"_s << u"2025-01-01 12:00:00 +0100"_s;
    QTest::newRow("Berlin summer") << u"2025-07-01 12:00"_s << u"Europe/Berlin"_s << u"2025-07-01 12:00:00 +0200"_s;
    QTest::newRow("Berlin gap moves forward")
        << u"2025-03-30 02:30"_s << u"Europe/Berlin"_s << u"2025-03-30 03:30:00 +0200"_s;
    QTest::newRow("New York day before DST")
        << u"2025-03-08 12:00"_s << u"America/New_York"_s << u"2025-03-08 12:00:00 -0500"_s;
    QTest::newRow("New York DST day") << u"2025-03-09 12:00"_s << u"America/New_York"_s
                                      << u"2025-03-09 12:00:00 -0400"_s;
    QTest::newRow("Kathmandu date only") << u"2025-01-05"_s << u"Asia/Kathmandu"_s << u"2025-01-05 00:00:00 +0545"_s;
    QTest::newRow("Kathmandu near midnight")
        << u"2025-01-05 23:59:59"_s << u"Asia/Kathmandu"_s << u"2025-01-05 23:59:59 +0545"_s;
    QTest::newRow("UTC") << u"2025-01-05 00:00:01"_s << u"UTC"_s << u"2025-01-05 00:00:01 +0000"_s;
}

void TestJekyllDates::asWritten()
{
    QFETCH(QString, text);
    QFETCH(QString, zone);
    QFETCH(QString, expected);
    const auto tz = PostDate::zoneFromName(zone);
    QVERIFY(tz);
    const QDateTime written = PostDate::parse(text, true).asWrittenIn(*tz);
    QCOMPARE(PostDate::format(written), expected);
    // Written with its offset, the date means the same instant to Jekyll in that zone, and the same local day.
    const PostDate reread = PostDate::parse(PostDate::format(written), true);
    QVERIFY(reread.hasOffset());
    QCOMPARE(reread.instant(*tz), written);
    QCOMPARE(reread.localDate(*tz), written.date());
}

void TestJekyllDates::fromYaml_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("utc");
    QTest::newRow("plain timestamp") << u"date: 2025-01-05 22:05:00"_s << true << true;
    QTest::newRow("quoted timestamp") << u"date: \"2025-01-05 22:05:00\""_s << true << false;
    QTest::newRow("plain no seconds") << u"date: 2025-01-05 22:05"_s << true << false;
    QTest::newRow("plain date") << u"date: 2025-01-05"_s << true << false;
    QTest::newRow("with offset") << u"date: 2025-01-05 22:05:00 +0800"_s << true << false;
    QTest::newRow("list") << u"date: [2025]"_s << false << false;
    QTest::newRow("bool") << u"date: yes"_s << false << false;
}

void TestJekyllDates::fromYaml()
{
    QFETCH(QString, yaml);
    QFETCH(bool, valid);
    QFETCH(bool, utc);
    const QString text = u"---\n"_s + yaml + u"\n---\n"_s;
    const FrontMatterData data = FrontMatterData::parse(text, splitFrontMatter(text));
    QVERIFY(data.find(u"date"));
    const PostDate date = PostDate::fromValue(data.find(u"date")->value);
    QCOMPARE(date.isValid(), valid);
    QCOMPARE(date.readAsUtc, utc);
}

QTEST_GUILESS_MAIN(TestJekyllDates)
#include "tst_jekylldates.moc"
