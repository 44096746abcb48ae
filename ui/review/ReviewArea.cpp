// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewArea.h"

#include "FunnelPage.h"
#include "MergeDialog.h"
#include "ReviewPage.h"
#include "SendToManagerDialog.h"
#include "TeamFilesPage.h"

#include "core/storage/OwnerRepository.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceEvents.h"
#include "ui/mainwindow/ActionRegistry.h"
#include "ui/mainwindow/MainWindow.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QUndoStack>

ReviewArea::ReviewArea(QWidget* parent)
    : QTabWidget(parent)
    , m_funnel(new FunnelPage(this))
    , m_review(new ReviewPage(this))
    , m_teamFiles(new TeamFilesPage(this))
{
    setObjectName(QStringLiteral("reviewArea"));
    setDocumentMode(true);
    addTab(m_funnel, tr("Funnel"));
    addTab(m_review, tr("Weekly review"));
    addTab(m_teamFiles, tr("Team files"));
    connect(m_funnel, &FunnelPage::openDealRequested, this, &ReviewArea::openDealRequested);
    connect(m_review, &ReviewPage::openDealRequested, this, &ReviewArea::openDealRequested);
    connect(m_teamFiles, &TeamFilesPage::importRequested, this, [this] { importTeamFiles(); });
}

ReviewArea* ReviewArea::install(MainWindow& window)
{
    auto* area = new ReviewArea(&window);
    window.setAreaWidget(Area::FunnelReview, area);
    auto* send = new QAction(tr("Send to &Manager…"), area);
    send->setObjectName(QStringLiteral("actionSendToManager"));
    send->setStatusTip(tr("Write a copy of this workspace (or of one rep's deals) for the manager's team file"));
    auto* import = new QAction(tr("&Import Team Member's File…"), area);
    import->setObjectName(QStringLiteral("actionImportTeamFile"));
    import->setStatusTip(tr("Merge a rep's workspace file into this team workspace"));
    if (QMenu* file = window.menuBar()->findChild<QMenu*>(QStringLiteral("menuFile"))) {
        QAction* before = window.actions().closeWorkspace();
        file->insertAction(before, send);
        file->insertAction(before, import);
        file->insertSeparator(before);
    }
    connect(send, &QAction::triggered, area, &ReviewArea::sendToManager);
    connect(import, &QAction::triggered, area, [area] { area->importTeamFiles(); });
    auto follow = [area, send, import, &window](Workspace* workspace) {
        area->setWorkspace(workspace, window.undoStack());
        send->setEnabled(workspace != nullptr);
        import->setEnabled(workspace != nullptr && !workspace->isReadOnly());
    };
    connect(&window, &MainWindow::workspaceChanged, area, follow);
    follow(window.workspace());
    return area;
}

void ReviewArea::setWorkspace(Workspace* workspace, QUndoStack* undoStack)
{
    m_workspace = workspace;
    m_undoStack = undoStack;
    m_funnel->setWorkspace(workspace, undoStack);
    m_review->setWorkspace(workspace, undoStack);
    m_teamFiles->setWorkspace(workspace);
}

void ReviewArea::sendToManager()
{
    if (!m_workspace) {
        return;
    }
    SendToManagerDialog dialog(m_workspace->path(), m_workspace->owners().owners(), this);
    dialog.exec();
}

void ReviewArea::importTeamFiles(const QStringList& paths)
{
    if (!m_workspace || m_workspace->isReadOnly()) {
        return;
    }
    MergeDialog dialog(m_workspace->path(), m_workspace->clock(), this);
    dialog.addFiles(paths);
    Workspace* workspace = m_workspace;
    QUndoStack* undoStack = m_undoStack;
    connect(&dialog, &MergeDialog::merged, this, [workspace, undoStack] {
        // Undoing an edit made before the import would write its old values over rows the
        // import brought in: the history before an import is closed.
        if (undoStack) {
            undoStack->clear();
        }
        emit workspace->events().workspaceReloaded();
    });
    if (paths.isEmpty()) {
        QMetaObject::invokeMethod(
            &dialog,
            [&dialog] {
                if (dialog.files().isEmpty()) {
                    dialog.findChild<QPushButton*>(QStringLiteral("mergeAdd"))->click();
                }
            },
            Qt::QueuedConnection);
    }
    dialog.exec();
    m_teamFiles->refresh();
}
