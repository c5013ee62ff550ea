// The Front matter panel driven like a user would: real key and mouse events on a shown window (offscreen), with the
// seed post copied to a temporary folder.
#include "WidgetTestSupport.h"
#include "support/Seed.h"

#include "Document.h"
#include "FrontMatterPanel.h"
#include "MarkdownEditor.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTextBlock>

using namespace coinage;
using namespace coinage::gui;
using namespace Qt::StringLiterals;

class TestFrontMatterPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void titleEditChangesOnlyItsLineAndUndoes();
    void togglingDisqusWritesBool();
    void tagsKeepStringForm();
    void typingInTextUpdatesPanel();
    void invalidYamlShowsErrorAndKeepsText();
    void dateFixAddsOffset();

private:
    template <typename T>
    T *field(const char *name) const
    {
        return m_panel ? m_panel->findChild<T *>(QString::fromLatin1(name)) : nullptr;
    }
    // Every line but `except` (0-based) is the same in both texts, and both have as many lines.
    static bool onlyLineDiffers(const QString &before, const QString &after, int except);
    void moveCaretToEndOfLine(int line);
    void editField(QLineEdit *edit, const QString &text);
    void ensureVisible(QWidget *widget);

    QTemporaryDir m_settings;
    QTemporaryDir m_files;
    std::unique_ptr<test::ShownWindow> m_shown;
    FrontMatterPanel *m_panel = nullptr;
    MarkdownEditor *m_editor = nullptr;
    QString m_original;
};

void TestFrontMatterPanel::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QVERIFY(m_files.isValid());
    test::isolateSettings(m_settings);
    QVERIFY2(!test::seedPath(u"en"_s).isEmpty(), "COINAGE_SEED_DIR must point at the seed posts");
}

void TestFrontMatterPanel::init()
{
    const QString path = QDir(m_files.path()).filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".md"_s);
    QFile::remove(path);
    QVERIFY(QFile::copy(test::seedPath(u"en"_s), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_shown = std::make_unique<test::ShownWindow>();
    QVERIFY(m_shown->waitUntilShown());
    QVERIFY(m_shown->window->openFile(path));
    m_editor = m_shown->window->currentEditor();
    QVERIFY(m_editor);
    m_panel = m_shown->window->findChild<FrontMatterPanel *>();
    QVERIFY(m_panel);
    m_shown->window->showPanel(m_panel); // a tab on the right side
    QVERIFY(m_panel->isVisible());
    QCOMPARE(m_panel->document(), m_editor->postDocument());
    m_original = m_editor->postDocument()->text();
    QTRY_COMPARE(field<QLineEdit>("title")->text(),
                 u"Large Models and Coin Minting (Gemini 2.5 Pro Translated Version)"_s);
}

void TestFrontMatterPanel::cleanup()
{
    m_panel = nullptr;
    m_editor = nullptr;
    m_shown.reset();
}

bool TestFrontMatterPanel::onlyLineDiffers(const QString &before, const QString &after, int except)
{
    const QStringList a = before.split(u'\n');
    const QStringList b = after.split(u'\n');
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (i != except && a.at(i) != b.at(i))
            return false;
    }
    return true;
}

void TestFrontMatterPanel::moveCaretToEndOfLine(int line)
{
    QTextCursor cursor(m_editor->document()->findBlockByNumber(line));
    cursor.movePosition(QTextCursor::EndOfBlock);
    m_editor->setTextCursor(cursor);
    m_editor->setFocus(Qt::MouseFocusReason);
}

void TestFrontMatterPanel::ensureVisible(QWidget *widget)
{
    auto *scroll = m_panel->findChild<QScrollArea *>();
    QVERIFY(scroll);
    scroll->ensureWidgetVisible(widget);
    QTest::qWait(20);
}

void TestFrontMatterPanel::editField(QLineEdit *edit, const QString &text)
{
    QVERIFY(edit);
    ensureVisible(edit);
    QTest::mouseClick(edit, Qt::LeftButton);
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TestFrontMatterPanel::titleEditChangesOnlyItsLineAndUndoes()
{
    editField(field<QLineEdit>("title"), u"Coins: a new title"_s);
    const QString after = m_editor->postDocument()->text();
    QCOMPARE(after.split(u'\n').at(2), u"title: \"Coins: a new title\""_s);
    QVERIFY(onlyLineDiffers(m_original, after, 2));
    test::saveScreenshot(m_shown->window.get(), u"frontmatter-title"_s);

    m_editor->setFocus(Qt::MouseFocusReason);
    QTest::keyClick(m_editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_editor->postDocument()->text(), m_original);
    QTRY_COMPARE(field<QLineEdit>("title")->text(),
                 u"Large Models and Coin Minting (Gemini 2.5 Pro Translated Version)"_s);
}

void TestFrontMatterPanel::togglingDisqusWritesBool()
{
    auto *box = field<QCheckBox>("disqus_comments");
    QVERIFY(box);
    QVERIFY(box->isChecked());
    ensureVisible(box);
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    QVERIFY(!box->isChecked());
    const QString after = m_editor->postDocument()->text();
    QCOMPARE(after.split(u'\n').at(6), u"disqus_comments: false"_s);
    QVERIFY(onlyLineDiffers(m_original, after, 6));
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    QCOMPARE(m_editor->postDocument()->text(), m_original);
}

void TestFrontMatterPanel::tagsKeepStringForm()
{
    auto *tags = field<QLineEdit>("tags");
    QCOMPARE(tags->text(), u"misc"_s);
    editField(tags, u"misc, essays"_s);
    const QString after = m_editor->postDocument()->text();
    QCOMPARE(after.split(u'\n').at(5), u"tags: misc essays"_s);
    QVERIFY(onlyLineDiffers(m_original, after, 5));
}

void TestFrontMatterPanel::typingInTextUpdatesPanel()
{
    moveCaretToEndOfLine(2); // title
    QTest::keyClicks(m_editor, u" II"_s);
    QTRY_COMPARE(field<QLineEdit>("title")->text(),
                 u"Large Models and Coin Minting (Gemini 2.5 Pro Translated Version) II"_s);
    moveCaretToEndOfLine(7); // categories
    QTest::keyClicks(m_editor, u" Essays"_s);
    QTRY_COMPARE(field<QLineEdit>("categories")->text(), u"Chinese Essays"_s);
}

void TestFrontMatterPanel::invalidYamlShowsErrorAndKeepsText()
{
    moveCaretToEndOfLine(2);
    QTest::keyClick(m_editor, Qt::Key_Return);
    QTest::keyClicks(m_editor, u"bad: [unclosed"_s);
    auto *error = field<QLabel>("error");
    QVERIFY(error);
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"Line "_s), qPrintable(error->text()));
    QVERIFY(!field<QLineEdit>("title")->isEnabled());
    test::saveScreenshot(m_shown->window.get(), u"frontmatter-error"_s);
    const QString text = m_editor->postDocument()->text();
    QCOMPARE(text.split(u'\n').at(3), u"bad: [unclosed"_s);
    // The text stays editable: fixing it brings the fields back.
    QTest::keyClick(m_editor, Qt::Key_BracketRight);
    QTRY_VERIFY(!error->isVisible());
    QVERIFY(field<QLineEdit>("title")->isEnabled());
}

void TestFrontMatterPanel::dateFixAddsOffset()
{
    auto *fix = field<QPushButton>("dateFix");
    QVERIFY(fix);
    QTRY_VERIFY(fix->isVisible());
    QVERIFY(field<QLabel>("dateMessage")->isVisible());
    ensureVisible(fix);
    test::saveScreenshot(m_shown->window.get(), u"frontmatter-seed"_s);
    QTest::mouseClick(fix, Qt::LeftButton);
    const QString after = m_editor->postDocument()->text();
    static const QRegularExpression withOffset(u"^date: 2025-01-05 22:05:00 [+-]\\d{4}$"_s);
    QVERIFY2(withOffset.match(after.split(u'\n').at(3)).hasMatch(), qPrintable(after.split(u'\n').at(3)));
    QVERIFY(onlyLineDiffers(m_original, after, 3));
    QTRY_VERIFY(!fix->isVisible());
    QVERIFY(!field<QLineEdit>("offset")->text().isEmpty());
}

QTEST_MAIN(TestFrontMatterPanel)
#include "tst_frontmatterpanel.moc"
