// Accessibility: the main window walked with Tab like a keyboard user would; every widget that takes the focus has
// a name a screen reader can say, and every menu action can be reached from the keyboard. Then every panel and
// dialog built in code or from a form (Preferences and each of its pages, Export, the voice editor, the find bar, the
// bilingual view, the remote-images bar): each interactive control has an accessible name, and Tab reaches all of
// them in turn.
#include "WidgetTestSupport.h"
#include "support/Seed.h"

#include "BilingualController.h"
#include "BilingualSession.h"
#include "BilingualView.h"
#include "Document.h"
#include "ExportController.h"
#include "ExportDialog.h"
#include "FileCommands.h"
#include "FindBar.h"
#include "FindController.h"
#include "MarkdownEditor.h"
#include "PreferencesController.h"
#include "PreferencesDialog.h"
#include "PreferencesPage.h"
#include "PreviewController.h"
#include "RemoteImagesBar.h"
#include "VoiceEditorController.h"
#include "VoiceEditorDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScrollBar>
#include <QTabBar>
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
    void everyWindowActionIsReachableByKeyboard();
    void panelsNameTheirControls();
    void preferencesPagesNameTheirControls();
    void exportDialogNamesItsControls();
    void voiceEditorNamesItsControls();
    void findBarNamesItsControls();
    void bilingualViewNamesItsControls();

private:
    static QString describe(const QWidget *widget);
    // The interactive controls under root (shown with it) without an accessible name.
    static QStringList unnamedControls(QWidget *root);
    // Walks root's controls with Tab from the first; the shown, enabled controls Tab never reached.
    static QStringList unreachedByTab(QWidget *root);
    static bool isInteractive(const QWidget *widget);
    // Tab, as a keyboard user moves on: a text editor that types tabs is left the way the focus chain goes.
    static void moveOn(QWidget *focus);
    // A shown window with the English seed post open.
    static bool openSeed(test::ShownWindow &shown);
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
    test::ShownWindow shown;
    QVERIFY2(openSeed(shown), "COINAGE_SEED_DIR must point at the seed posts");
    MainWindow &window = *shown.window;
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
        moveOn(focus);
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

void TestAccessibility::moveOn(QWidget *focus)
{
    const auto *plain = qobject_cast<QPlainTextEdit *>(focus);
    const auto *rich = qobject_cast<QTextEdit *>(focus);
    if ((plain && !plain->tabChangesFocus()) || (rich && !rich->tabChangesFocus())) {
        // Tab types a tab there; a keyboard user leaves with the panel shortcuts. Move on as the focus chain would.
        QWidget *next = focus->nextInFocusChain();
        while (next != focus && !(next->isVisible() && next->isEnabled() && (next->focusPolicy() & Qt::TabFocus) &&
                                  next->window() == focus->window() && !next->focusProxy()))
            next = next->nextInFocusChain();
        next->setFocus(Qt::TabFocusReason);
    } else {
        QTest::keyClick(focus, Qt::Key_Tab);
    }
}

bool TestAccessibility::openSeed(test::ShownWindow &shown)
{
    const QString seed = test::seedPath(u"en"_s);
    return !seed.isEmpty() && shown.waitUntilShown() && shown.window->openFile(seed);
}

bool TestAccessibility::isInteractive(const QWidget *widget)
{
    if (qobject_cast<const QScrollBar *>(widget))
        return false; // scrolled with the keys of the view it belongs to
    // The line edit inside a combo box or spin box speaks through its owner.
    if (const QWidget *parent = widget->parentWidget();
        parent && (qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent)))
        return false;
    if (widget->focusProxy())
        return false;
    // Qt's own parts of a control: the clear button of a line edit (the keyboard clears with the keys), the ">>" of a
    // toolbar that overflows, the header of a view (the view speaks for it).
    const QByteArray type = widget->metaObject()->className();
    if (type == "QLineEditIconButton" || type == "QToolBarExtension" || qobject_cast<const QHeaderView *>(widget))
        return false;
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QComboBox *>(widget) ||
           qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget) ||
           qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QAbstractSlider *>(widget) ||
           qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QTextEdit *>(widget) ||
           (widget->focusPolicy() & Qt::TabFocus);
}

QStringList TestAccessibility::unnamedControls(QWidget *root)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root) || !isInteractive(widget))
            continue;
        if (qobject_cast<QTabBar *>(widget))
            continue; // each tab says its text
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(describe(widget));
    }
    return unnamed;
}

QStringList TestAccessibility::unreachedByTab(QWidget *root)
{
    QList<QWidget *> expected;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus) &&
            !widget->focusProxy() && isInteractive(widget))
            expected.append(widget);
    }
    if (expected.isEmpty())
        return {};
    expected.first()->setFocus(Qt::TabFocusReason);
    QList<QWidget *> visited;
    for (int step = 0; step < 400; ++step) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus || visited.contains(focus))
            break;
        visited.append(focus);
        moveOn(focus);
    }
    QStringList unreached;
    for (QWidget *widget : std::as_const(expected)) {
        // Tab stops at the checked button of a radio group; the arrows move within it.
        const auto *radio = qobject_cast<QRadioButton *>(widget);
        if (radio && radio->autoExclusive() && !radio->isChecked())
            continue;
        if (!visited.contains(widget))
            unreached.append(describe(widget));
    }
    return unreached;
}

void TestAccessibility::everyWindowActionIsReachableByKeyboard()
{
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    MainWindow &window = *shown.window;
    // What the menu bar reaches, menus within menus included.
    QSet<const QAction *> inMenus;
    QList<const QMenu *> menus;
    for (const QAction *action : window.menuBar()->actions()) {
        if (action->menu())
            menus.append(action->menu());
    }
    while (!menus.isEmpty()) {
        const QMenu *menu = menus.takeFirst();
        for (const QAction *action : menu->actions()) {
            inMenus.insert(action);
            if (action->menu())
                menus.append(action->menu());
        }
    }
    // And what the context-menu key (Shift+F10) opens in a control the keyboard reaches.
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (widget->contextMenuPolicy() == Qt::ActionsContextMenu && (widget->focusPolicy() & Qt::TabFocus)) {
            for (const QAction *action : widget->actions())
                inMenus.insert(action);
        }
    }
    QStringList unreachable;
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (const QAction *action : actions) {
        // The window's own actions and those of its controllers; a widget's private actions (line edit buttons,
        // menu titles) are reached through their widget.
        const QObject *parent = action->parent();
        const bool windowLevel = parent == &window || (parent && !parent->isWidgetType());
        if (!windowLevel || action->isSeparator() || action->text().isEmpty() || action->menu())
            continue;
        if (!inMenus.contains(action) && action->shortcuts().isEmpty())
            unreachable.append(action->objectName() + u" \u201c"_s + action->text() + u'\u201d');
    }
    QVERIFY2(unreachable.isEmpty(),
             qPrintable(u"Neither in a menu nor with a shortcut: "_s + unreachable.join(u", "_s)));
}

void TestAccessibility::panelsNameTheirControls()
{
    test::ShownWindow shown;
    QVERIFY2(openSeed(shown), "COINAGE_SEED_DIR must point at the seed posts");
    MainWindow &window = *shown.window;
    QStringList problems;
    const QList<QDockWidget *> docks = window.findChildren<QDockWidget *>();
    QVERIFY(docks.size() >= 5);
    for (QDockWidget *dock : docks) {
        dock->show();
        dock->raise();
        QCoreApplication::processEvents();
        if (!dock->widget() || dock->widget()->accessibleName().isEmpty())
            problems.append(u"panel without a name: "_s + dock->objectName());
        if (dock->widget())
            problems += unnamedControls(dock->widget());
    }
    // The preview and its remote-images bar.
    auto *preview = window.findChild<PreviewController *>();
    QVERIFY(preview);
    preview->toggleAction()->setChecked(true);
    preview->remoteImagesBar()->setCount(2);
    preview->remoteImagesBar()->show();
    problems += unnamedControls(preview->remoteImagesBar());
    QVERIFY2(problems.isEmpty(), qPrintable(u"Without an accessible name:\n  "_s + problems.join(u"\n  "_s)));
}

void TestAccessibility::preferencesPagesNameTheirControls()
{
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    auto *controller = shown.window->findChild<PreferencesController *>();
    QVERIFY(controller);
    QTest::keyClick(shown.window.get(), Qt::Key_Comma, Qt::ControlModifier);
    PreferencesDialog *dialog = controller->dialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QStringList problems = unnamedControls(dialog->pageList()->parentWidget());
    QVERIFY(dialog->pages().size() >= 8);
    for (PreferencesPage *page : dialog->pages()) {
        dialog->setCurrentPage(page);
        QCoreApplication::processEvents();
        for (const QString &problem : unnamedControls(page))
            problems.append(page->title() + u": "_s + problem);
        for (const QString &problem : unreachedByTab(page))
            problems.append(page->title() + u": Tab never reaches "_s + problem);
    }
    dialog->reject();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n  "_s)));
}

void TestAccessibility::exportDialogNamesItsControls()
{
    QTemporaryDir site;
    QVERIFY(site.isValid());
    test::writeAll(site.filePath(u"_config.yml"_s), "title: Test\n");
    QDir(site.path()).mkpath(u"_posts"_s);
    QSettings().setValue(u"site/root"_s, site.path());
    const QString post = site.filePath(u"note.md"_s);
    test::writeAll(post, "---\ntitle: A note\n---\n\nText.\n");
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    QVERIFY(shown.window->openFile(post));
    QTest::keyClick(shown.window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    auto *controller = shown.window->findChild<ExportController *>();
    QVERIFY(controller);
    QTRY_VERIFY(controller->dialog() != nullptr);
    ExportDialog *dialog = controller->dialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 10000);
    const QStringList problems = unnamedControls(dialog) + unreachedByTab(dialog);
    dialog->reject();
    QSettings().remove(u"site"_s);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n  "_s)));
}

void TestAccessibility::voiceEditorNamesItsControls()
{
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    auto *controller = shown.window->findChild<VoiceEditorController *>();
    QVERIFY(controller);
    QPointer<VoiceEditorDialog> dialog = controller->openEditor();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    const QStringList problems = unnamedControls(dialog) + unreachedByTab(dialog);
    dialog->reject();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n  "_s)));
}

void TestAccessibility::findBarNamesItsControls()
{
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    shown.window->fileCommands()->openUntitled(u"find.md"_s, u"Find me.\n"_s);
    MarkdownEditor *editor = shown.window->currentEditor();
    editor->setFocus();
    auto *find = shown.window->findChild<FindController *>();
    QVERIFY(find);
    find->showFind(true);
    QVERIFY(find->findBar()->isVisible());
    QStringList problems = unnamedControls(find->findBar()) + unreachedByTab(find->findBar());
    find->showGoToLine();
    if (find->lineField() && find->lineField()->isVisible() &&
        QAccessible::queryAccessibleInterface(find->lineField())->text(QAccessible::Name).isEmpty())
        problems.append(u"the Go to Line field"_s);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n  "_s)));
}

void TestAccessibility::bilingualViewNamesItsControls()
{
    QTemporaryDir pair;
    QVERIFY(pair.isValid());
    QString english;
    for (const QString &language : {u"en"_s, u"zh"_s}) {
        const QString from = test::seedPath(language);
        QVERIFY2(!from.isEmpty(), "COINAGE_SEED_DIR must point at the seed posts");
        const QString to = pair.filePath(QFileInfo(from).fileName());
        QVERIFY(QFile::copy(from, to));
        QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (language == u"en")
            english = to;
    }
    test::ShownWindow shown;
    QVERIFY(shown.waitUntilShown());
    QVERIFY(shown.window->openFile(english));
    auto *controller = shown.window->findChild<BilingualController *>();
    QVERIFY(controller);
    QTest::keyClick(shown.window->currentEditor(), Qt::Key_B, Qt::ControlModifier | Qt::AltModifier);
    BilingualView *view = controller->view();
    QVERIFY(view);
    QTRY_VERIFY(view->isVisible());
    QTest::qWait(100);
    const QStringList problems = unnamedControls(view);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n  "_s)));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
