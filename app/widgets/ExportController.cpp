#include "ExportController.h"

#include "Document.h"
#include "EditorArea.h"
#include "ExportDialog.h"
#include "FileCommands.h"
#include "MainWindow.h"
#include "MarkdownEditor.h"
#include "SiteController.h"

#include <QAction>
#include <QMenu>

namespace coinage::gui {

ExportController::ExportController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_export(new QAction(tr("&Export to Jekyll Site…"), this))
{
    setObjectName(QStringLiteral("ExportController"));
    m_export->setObjectName(QStringLiteral("exportToSite"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_export->setToolTip(tr("Write a copy of the post into a Jekyll site, named and dated as Jekyll expects"));
    // File > Export to Jekyll Site… right after Save All.
    if (QAction *saveAll = window->findChild<QAction *>(QStringLiteral("saveAll"))) {
        for (QObject *object : saveAll->associatedObjects()) {
            if (auto *menu = qobject_cast<QMenu *>(object)) {
                const QList<QAction *> actions = menu->actions();
                const qsizetype index = actions.indexOf(saveAll);
                menu->insertAction(index + 1 < actions.size() ? actions.at(index + 1) : nullptr, m_export);
            }
        }
    }
    window->addAction(m_export);
    connect(m_export, &QAction::triggered, this, &ExportController::openDialog);
    connect(window->editorArea(), &EditorArea::currentEditorChanged, this, &ExportController::updateAction);
    updateAction();
}

ExportDialog *ExportController::dialog() const
{
    return m_dialog.data();
}

void ExportController::updateAction()
{
    m_export->setEnabled(m_window->currentEditor() != nullptr);
}

void ExportController::openDialog()
{
    MarkdownEditor *editor = m_window->currentEditor();
    if (!editor)
        return;
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    Document *document = editor->postDocument();
    ExportDialog::Source source{document->filePath(), document->text(), document->format(), document->displayName()};
    auto *sites = m_window->findChild<SiteController *>();
    QString folder;
    if (sites && sites->site())
        folder = sites->site()->root();
    else if (!source.path.isEmpty())
        folder = Site::findRoot(source.path);
    m_dialog = new ExportDialog(std::move(source), folder, m_window->fileCommands()->prompts(), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (sites)
        connect(m_dialog, &ExportDialog::showInSiteRequested, sites, &SiteController::showPost);
    m_dialog->open();
}

} // namespace coinage::gui
