// Accessibility: the main window walked with Tab like a keyboard user would; every widget that takes the focus has
// a name a screen reader can say, and every menu action can be reached from the keyboard.
#include "WidgetTestSupport.h"
#include "support/Seed.h"

#include "MarkdownEditor.h"

#include <QAccessible>
#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTextEdit>

using namespace Qt::StringLiterals;
using namespace coinage;
using namespace coinage::gui;

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tabReachesOnlyNamedWidgets();
    void everyMenuHasAMnemonicAndActionsAText();

private:
    static QString describe(const QWidget *widget);
    QTemporaryDir m_settings;
};

void TestAccessibility::initTestCase()
{
    QVERIFY(m_settings.isValid());
    test::isolateSettings(m_settings);
    QAccessible::setActive(true);
}

QString TestAccessibility::describe(const QWidget *widget)
{
    QStringList chain;
    for (const QWidget *w = widget; w && chain.size() < 4; w = w->parentWidget())
        chain.append(QString::fromLatin1(w->metaObject()->className()) + u'#' + w->objectName());
    return chain.join(u" < "_s);
}

void TestAccessibility::tabReachesOnlyNamedWidgets()
{
    const QString seed = test::seedPath(u"en"_s);
    QVERIFY2(!seed.isEmpty(), "COINAGE_SEED_DIR must point at the seed posts");
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    MainWindow &window = *shown.window;
    QVERIFY(window.openFile(seed));
    MarkdownEditor *editor = window.currentEditor();
    const QString text = editor->toPlainText();
    editor->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), editor);

    QList<QWidget *> visited;
    QStringList unnamed;
    for (int step = 0; step < 300; ++step) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        if (visited.contains(focus))
            break; // round the whole chain
        visited.append(focus);
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(focus);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(describe(focus));
        if (qobject_cast<QPlainTextEdit *>(focus) || qobject_cast<QTextEdit *>(focus)) {
            // Tab types a tab in text editors; a keyboard user leaves them with the panel shortcuts. Move on as the
            // focus chain would.
            QWidget *next = focus->nextInFocusChain();
            while (next != focus && !(next->isVisible() && next->isEnabled() && (next->focusPolicy() & Qt::TabFocus) &&
                                      next->window() == &window && !next->focusProxy()))
                next = next->nextInFocusChain();
            next->setFocus(Qt::TabFocusReason);
        } else {
            QTest::keyClick(focus, Qt::Key_Tab);
        }
    }
    QVERIFY2(visited.size() > 5, qPrintable(QString::number(visited.size())));
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"Without an accessible name:\n  "_s + unnamed.join(u"\n  "_s)));
    QCOMPARE(editor->toPlainText(), text); // walking changed nothing
}

void TestAccessibility::everyMenuHasAMnemonicAndActionsAText()
{
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    QStringList problems;
    const QList<QAction *> menus = shown.window->menuBar()->actions();
    for (const QAction *menuAction : menus) {
        if (!menuAction->menu())
            continue;
        // Alt+letter opens the menu, the arrows and Return reach every action in it.
        if (!menuAction->text().contains(u'&'))
            problems.append(u"menu without mnemonic: "_s + menuAction->text());
        for (const QAction *action : menuAction->menu()->actions()) {
            if (!action->isSeparator() && action->text().trimmed().isEmpty())
                problems.append(u"action without text in "_s + menuAction->text());
        }
    }
    QVERIFY(menus.size() >= 4);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
