// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceSession.h"

#include "core/util/Settings.h"
#include "core/workspace/Workspace.h"

#include <QFileInfo>
#include <QUndoGroup>
#include <QUndoStack>

WorkspaceSession::WorkspaceSession(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_undoGroup(new QUndoGroup(this))
{}

WorkspaceSession::~WorkspaceSession()
{
    // Commands may refer to the workspace: they go first.
    m_undoStack.reset();
    m_workspace.reset();
}

void WorkspaceSession::open(const QString& path, Database::Access access)
{
    replace(Workspace::open(path, access, m_clock));
}

void WorkspaceSession::create(const QString& path)
{
    Workspace::CreateOptions options;
    options.name = QFileInfo(path).completeBaseName();
    replace(Workspace::create(path, options, m_clock));
}

void WorkspaceSession::adopt(std::unique_ptr<Workspace> workspace)
{
    replace(std::move(workspace));
}

void WorkspaceSession::close()
{
    if (m_workspace) {
        replace(nullptr);
    }
}

void WorkspaceSession::replace(std::unique_ptr<Workspace> workspace)
{
    std::unique_ptr<Workspace> previous = std::move(m_workspace);
    std::unique_ptr<QUndoStack> previousStack = std::move(m_undoStack);
    m_workspace = std::move(workspace);
    if (m_workspace) {
        m_undoStack = std::make_unique<QUndoStack>();
        m_undoGroup->addStack(m_undoStack.get());
        m_undoGroup->setActiveStack(m_undoStack.get());
        Settings::instance().addRecentFile(m_workspace->path());
        Settings::instance().set(Settings::Key::LastWorkspace, m_workspace->path());
    } else {
        m_undoGroup->setActiveStack(nullptr);
    }
    emit workspaceChanged(m_workspace.get());
    previousStack.reset(); // leaves the group by itself
    previous.reset();
}
