// Spell checking on a shown window: typed words are flagged after the pause, code and correct words are not, the
// context menu replaces (one undo step), adds to the personal dictionary and ignores; the toggle clears the
// underlines; Chinese posts check their English; a language without a dictionary is reported. Also times the check
// of a full screen of the 10 MB benchmark post.
#include "../bench/PostGenerator.h"
#include "WidgetTestSupport.h"

#include "Document.h"
#include "FileCommands.h"
#include "MarkdownEditor.h"
#include "ScanScheduler.h"
#include "SpellChecker.h"
#include "SpellPreferencesPage.h"
#include "SpellSettings.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QStatusBar>
#include <QTextBlock>

#include <algorithm>
#include <functional>

using namespace coinage;
using namespace coinage::gui;
using namespace Qt::StringLiterals;

class TestSpell : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void flagsTypedWords();
    void aNewWindowPaintsBeforeTheFirstCheck();
    void aKeyPlacesNoWavesOfOtherLines();
    void contextMenuReplacesWord();
    void addToDictionaryStopsFlagging();
    void ignoreStopsFlagging();
    void toggleClearsUnderlines();
    void frontMatterAndChinese();
    void missingDictionaryIsReported();
    void preferencesPage();
    void fullScreenOfBenchPost();
    void readmeScreenshot();

private:
    struct Opened
    {
        MarkdownEditor *editor = nullptr;
        SpellChecker *checker = nullptr;
    };
    static Opened open(test::ShownWindow &shown, const QString &text);
    static QStringList flaggedWords(const SpellChecker *checker);
    // Opens the editor's context menu on the word at `position`, lets `use` act on it, then closes it.
    static void withContextMenu(MarkdownEditor *editor, int position, const std::function<void(QMenu *)> &use);

    QTemporaryDir m_dir;
};

void TestSpell::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolateSettings(m_dir);
    // Sonnet's own settings and the hunspell personal dictionary (~/.hunspell_LANG) stay in the temporary folder.
    QDir(m_dir.path()).mkpath(u"home"_s);
    qputenv("HOME", QDir(m_dir.path()).filePath(u"home"_s).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", QDir(m_dir.path()).filePath(u"config"_s).toLocal8Bit());
    if (!SpellSettings::availableLanguages().contains(u"en_US"_s))
        QSKIP("no en_US hunspell dictionary installed");
    SpellSettings::instance()->setDefaultLanguage(u"en_US"_s);
}

void TestSpell::init()
{
    SpellSettings::instance()->setEnabled(true);
}

TestSpell::Opened TestSpell::open(test::ShownWindow &shown, const QString &text)
{
    Opened opened;
    shown.window->fileCommands()->openUntitled(u"spell.md"_s, text);
    opened.editor = shown.window->currentEditor();
    opened.checker = SpellChecker::of(opened.editor);
    return opened;
}

QStringList TestSpell::flaggedWords(const SpellChecker *checker)
{
    QStringList words;
    for (const SpellChecker::Misspelling &misspelling : checker->flagged())
        words.append(misspelling.word);
    return words;
}

void TestSpell::withContextMenu(MarkdownEditor *editor, int position, const std::function<void(QMenu *)> &use)
{
    QTextCursor cursor(editor->document());
    cursor.setPosition(position + 1);
    const QPoint at = editor->cursorRect(cursor).center();
    bool used = false;
    QTimer::singleShot(0, editor, [&] {
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        use(menu);
        used = true;
        menu->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, editor->viewport()->mapToGlobal(at));
    QApplication::sendEvent(editor->viewport(), &event);
    QVERIFY(used);
}

static QAction *findAction(QMenu *menu, const QString &objectName, const QString &text = {})
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->objectName() == objectName && (text.isEmpty() || action->text() == text))
            return action;
    }
    return nullptr;
}

void TestSpell::flagsTypedWords()
{
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    const Opened post = open(shown, u"# Notes\n\n"_s);
    QVERIFY(post.checker);
    QVERIFY(post.checker->isActive());
    QCOMPARE(post.checker->dictionary(), u"en_US"_s);
    post.editor->setFocus();
    QTest::keyClick(post.editor, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(post.editor, u"This wrold "_s);
    post.editor->insertPlainText(u"isn’t"_s); // QTest types ASCII only; a typographic apostrophe is not a misspelling
    QTest::keyClicks(post.editor, u" `codde` and https://exampel.com fine"_s);
    QVERIFY(post.checker->isPending()); // checked after the pause, not per keystroke
    QTRY_COMPARE(flaggedWords(post.checker), QStringList{u"wrold"_s});
    const SpellChecker::Misspelling flagged = post.checker->flagged().constFirst();
    QCOMPARE(post.editor->document()->toPlainText().mid(flagged.position, flagged.length), u"wrold"_s);
    QVERIFY(post.checker->misspellingAt(flagged.position + 2).has_value());
    QVERIFY(!post.checker->misspellingAt(flagged.position + flagged.length + 3).has_value());
    qInfo("checking the edited screen took %.3f ms", post.checker->lastCheckMilliseconds());
}

namespace {
// Calls `seen` with the first paint event of a widget.
class FirstPaint : public QObject
{
public:
    FirstPaint(QWidget *watched, std::function<void()> seen)
        : QObject(watched)
        , m_seen(std::move(seen))
    {
        watched->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_seen) {
            watched->removeEventFilter(this);
            std::exchange(m_seen, nullptr)();
        }
        return false;
    }

private:
    std::function<void()> m_seen;
};
} // namespace

void TestSpell::aNewWindowPaintsBeforeTheFirstCheck()
{
    // As at launch: the window is shown, then the post opened before the window is on screen. Loading the dictionary
    // and checking the lines (~30-50 ms) came before the window's first paint; the post now shows first.
    test::ShownWindow shown;
    const Opened post = open(shown, u"# Notes\n\nThis wrold is spelled badly.\n"_s);
    QVERIFY(post.checker);
    bool painted = false;
    qsizetype flaggedAtFirstPaint = -1;
    new FirstPaint(post.editor->viewport(), [&] {
        painted = true;
        flaggedAtFirstPaint = post.checker->flagged().size();
    });
    QVERIFY(post.checker->isPending());
    QVERIFY(shown.waitUntilShown());
    QTRY_VERIFY(painted);
    QCOMPARE(flaggedAtFirstPaint, 0);
    QTRY_COMPARE(flaggedWords(post.checker), QStringList{u"wrold"_s});
    QVERIFY(!post.checker->isPending());
}

void TestSpell::aKeyPlacesNoWavesOfOtherLines()
{
    // A key repaints a strip of its own lines. The paragraph above reaches into that strip by a pixel, and the waves of
    // all its lines were placed again (shaping each line) on every key, not just those of its last line.
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    QString above = u"The wrold"_s;
    for (int i = 0; i < 12; ++i)
        above += u" and then the writer reads the whole paragraph again"_s;
    const Opened post = open(shown, u"# Notes\n\n"_s + above + u".\nTyping here\n"_s);
    QTRY_COMPARE(flaggedWords(post.checker), QStringList{u"wrold"_s});
    QVERIFY(post.editor->document()->findBlockByNumber(2).layout()->lineCount() >= 3);
    QTRY_COMPARE(post.checker->wavesPlaced(), quint64(1));
    post.editor->setFocus();
    QTextCursor caret(post.editor->document()->findBlockByNumber(3));
    caret.movePosition(QTextCursor::EndOfBlock);
    post.editor->setTextCursor(caret);
    QTest::qWait(100);
    const quint64 before = post.checker->wavesPlaced();
    for (const Qt::Key key : {Qt::Key_A, Qt::Key_B, Qt::Key_C}) {
        QTest::keyClick(post.editor, key);
        QTest::qWait(30); // painted, and still within the pause before the edited line is checked
    }
    QCOMPARE(post.editor->document()->findBlockByNumber(3).text(), u"Typing hereabc"_s);
    QCOMPARE(post.checker->wavesPlaced(), before);
    // The wave is still drawn when the whole view paints.
    post.editor->viewport()->repaint();
    QCOMPARE(post.checker->wavesPlaced(), before + 1);
}

void TestSpell::contextMenuReplacesWord()
{
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    const Opened post = open(shown, u"Hello wrold again.\n"_s);
    QTRY_COMPARE(flaggedWords(post.checker), QStringList{u"wrold"_s});
    const QString before = post.editor->postDocument()->text();
    QStringList offered;
    withContextMenu(post.editor, 6, [&](QMenu *menu) {
        test::saveScreenshot(shown.window.get(), u"spelling-window"_s);
        for (QAction *action : menu->actions()) {
            if (action->objectName() == u"spellSuggestion")
                offered.append(action->text());
        }
        QVERIFY(findAction(menu, u"spellAddToDictionary"_s));
        QVERIFY(findAction(menu, u"spellIgnore"_s));
        QAction *world = findAction(menu, u"spellSuggestion"_s, u"world"_s);
        QVERIFY(world);
        world->trigger();
    });
    QVERIFY(offered.size() <= SpellChecker::maxSuggestions);
    QVERIFY2(offered.contains(u"world"_s), qPrintable(offered.join(u", "_s)));
    QCOMPARE(post.editor->postDocument()->text(), u"Hello world again.\n"_s);
    QTRY_VERIFY(flaggedWords(post.checker).isEmpty());
    post.editor->undo(); // one undo step
    QCOMPARE(post.editor->postDocument()->text(), before);
    QTRY_COMPARE(flaggedWords(post.checker), QStringList{u"wrold"_s});
}

void TestSpell::addToDictionaryStopsFlagging()
{
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    const Opened post = open(shown, u"The blorptastic idea.\n"_s);
    QTRY_COMPARE(flaggedWords(post.checker), QStringList{u"blorptastic"_s});
    withContextMenu(post.editor, 4, [](QMenu *menu) {
        QAction *add = findAction(menu, u"spellAddToDictionary"_s);
        QVERIFY(add);
        add->trigger();
    });
    QTRY_VERIFY(flaggedWords(post.checker).isEmpty());
    QVERIFY(SpellSettings::personalWords(u"en_US"_s).contains(u"blorptastic"_s));
    QVERIFY(SpellSettings::personalDictionaryPath(u"en_US"_s).startsWith(m_dir.path()));
}

void TestSpell::ignoreStopsFlagging()
{
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    const Opened post = open(shown, u"A zorbulent day and zorbulent night.\n"_s);
    QTRY_COMPARE(flaggedWords(post.checker), (QStringList{u"zorbulent"_s, u"zorbulent"_s}));
    withContextMenu(post.editor, 2, [](QMenu *menu) {
        QAction *ignore = findAction(menu, u"spellIgnore"_s);
        QVERIFY(ignore);
        ignore->trigger();
    });
    QTRY_VERIFY(flaggedWords(post.checker).isEmpty());
    QVERIFY(!SpellSettings::personalWords(u"en_US"_s).contains(u"zorbulent"_s)); // for this session only
}

void TestSpell::toggleClearsUnderlines()
{
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    const Opened post = open(shown, u"Some wrold here.\n"_s);
    QTRY_COMPARE(flaggedWords(post.checker), QStringList{u"wrold"_s});
    auto *toggle = shown.window->findChild<QAction *>(u"checkSpelling"_s);
    QVERIFY(toggle && toggle->isChecked());
    post.editor->setFocus();
    QTest::keyClick(post.editor, Qt::Key_F7);
    QVERIFY(!toggle->isChecked());
    QVERIFY(!SpellSettings::instance()->isEnabled());
    QVERIFY(!QSettings().value(QLatin1StringView(SpellSettings::enabledKey), true).toBool());
    QVERIFY(flaggedWords(post.checker).isEmpty());
    toggle->trigger();
    QTRY_COMPARE(flaggedWords(post.checker), QStringList{u"wrold"_s});
}

void TestSpell::frontMatterAndChinese()
{
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    const Opened post =
        open(shown, u"---\nlayout: pozt\ntitle: A Mispeled Title\nlang: zh-CN\n---\n大模型是铸币 wrold。[^nnote]\n\n"
                    u"```\nfoo barr\n```\n\n[^nnote]: 脚注 fine\n"_s);
    post.editor->postDocument()->scans()->scanNow();
    QTRY_VERIFY(post.editor->postDocument()->scans()->hasSnapshot());
    QTRY_COMPARE(flaggedWords(post.checker).join(u','), u"Mispeled,wrold"_s);
    QCOMPARE(post.checker->dictionary(), u"en_US"_s);
}

void TestSpell::missingDictionaryIsReported()
{
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    const Opened post = open(shown, u"---\nlang: xx\n---\nUn mott.\n"_s);
    post.editor->postDocument()->scans()->scanNow();
    QTRY_VERIFY(shown.window->statusBar()->currentMessage().contains(u"“xx”"_s));
    QVERIFY(!post.checker->isActive());
    QVERIFY(flaggedWords(post.checker).isEmpty());
}

void TestSpell::preferencesPage()
{
    QVERIFY(SpellSettings::instance()->addToPersonal(u"quorbish"_s, u"en_US"_s));
    QVERIFY(SpellSettings::instance()->addToPersonal(u"flumph"_s, u"en_US"_s));
    SpellPreferencesPage page;
    page.resize(480, 420);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.title(), u"Spelling"_s);
    QVERIFY(page.enabledBox()->isChecked());
    QCOMPARE(page.languageBox()->currentData().toString(), u"en_US"_s);
    QVERIFY(page.languageBox()->findData(QString()) == 0); // "system language"
    QList<QListWidgetItem *> found = page.wordList()->findItems(u"quorbish"_s, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    test::saveScreenshot(&page, u"spelling-preferences"_s);
    QSignalSpy changed(&page, &PreferencesPage::changed);
    found.first()->setSelected(true);
    QVERIFY(page.removeButton()->isEnabled());
    QTest::mouseClick(page.removeButton(), Qt::LeftButton);
    QCOMPARE(changed.size(), 1);
    QVERIFY(page.wordList()->findItems(u"quorbish"_s, Qt::MatchExactly).isEmpty());
    QVERIFY(SpellSettings::personalWords(u"en_US"_s).contains(u"quorbish"_s)); // not before apply()
    page.enabledBox()->setChecked(false);
    QCOMPARE(changed.size(), 2);
    QVERIFY(page.apply());
    QVERIFY(!SpellSettings::personalWords(u"en_US"_s).contains(u"quorbish"_s));
    QVERIFY(SpellSettings::personalWords(u"en_US"_s).contains(u"flumph"_s));
    QVERIFY(!SpellSettings::instance()->isEnabled());
    page.load();
    QVERIFY(!page.enabledBox()->isChecked());
}

void TestSpell::fullScreenOfBenchPost()
{
    bench::PostShape shape;
    shape.bytes = 10 * 1024 * 1024;
    const QString text = bench::generatePost(shape);
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    const Opened post = open(shown, text);
    post.editor->postDocument()->scans()->scanNow();
    QTRY_VERIFY_WITH_TIMEOUT(post.editor->postDocument()->scans()->hasSnapshot(), 30000);
    // A screen in the middle, checked from an empty cache (what scrolling there costs once).
    post.editor->goToLine(post.editor->blockCount() / 2);
    QCoreApplication::processEvents();
    // Five times from an empty cache (ignoring a new word drops every cache): what scrolling to a new screen costs.
    QList<double> times;
    for (int i = 0; i < 5; ++i) {
        SpellSettings::instance()->ignore(u"cache-reset-word-"_s + QString::number(i));
        times.append(post.checker->checkVisibleNow());
    }
    std::sort(times.begin(), times.end());
    const double first = times.at(2);
    const int blocks = post.editor->lastVisibleBlockNumber() - post.editor->firstVisibleBlockNumber() + 1 +
                       2 * SpellChecker::marginBlocks;
    const double cached = post.checker->checkVisibleNow();
    qInfo("10 MB post: checking a screen (%d blocks with the margin) took %.2f ms (median of 5; min %.2f, max %.2f); "
          "again from the cache %.3f ms",
          blocks, first, times.first(), times.last(), cached);
    QVERIFY(first < 1000); // a generous bound; the figure is the point
}

// docs/screenshots/spelling.png: underlines in a post with code, a URL and Chinese, and the context menu of a word.
void TestSpell::readmeScreenshot()
{
    const QString folder = qEnvironmentVariable("COINAGE_TEST_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("set COINAGE_TEST_SCREENSHOTS to take the README screenshot");
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    shown.window->resize(900, 520);
    for (QDockWidget *dock : shown.window->findChildren<QDockWidget *>())
        dock->hide();
    const QString text =
        u"---\ntitle: On Minting Wrods\nlayout: post\nlang: en\n---\n# Coinage\n\n"
        u"Every essay begins with a wrod that does not exist yet. We mint it, we spend it, and "
        u"sometimes we mispell it on the way.\n\n"
        u"Code stays quiet: `recieve()` is not checked, nor is https://exampel.com/slugg or a "
        u"footnote label.[^nnote]\n\n"
        u"大模型是铸币厂 — and the English inside a Chinese sentence is still checked: a smal slip.\n\n"
        u"```cpp\nint teh_answer = 42;\n```\n\n[^nnote]: Footnotes are checked too, labels are not.\n"_s;
    const Opened post = open(shown, text);
    post.editor->postDocument()->scans()->scanNow();
    QTRY_COMPARE(flaggedWords(post.checker), (QStringList{u"Wrods"_s, u"wrod"_s, u"mispell"_s, u"smal"_s}));
    const int at = int(text.indexOf(u"mispell"));
    withContextMenu(post.editor, at, [&](QMenu *menu) {
        QTest::qWait(50);
        QPixmap picture = shown.window->grab();
        QPainter painter(&picture);
        painter.drawPixmap(shown.window->mapFromGlobal(menu->pos()), menu->grab());
        painter.end();
        QVERIFY(picture.save(QDir(folder).filePath(u"spelling.png"_s)));
    });
}

QTEST_MAIN(TestSpell)
#include "tst_spell.moc"
