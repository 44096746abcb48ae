// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStatusBar>

class QLabel;
class Workspace;

// The status bar: the workspace's name (its path as tool tip), a read-only marker and the
// number of deals, refreshed when core reports changed deals.
class WorkspaceStatusBar final : public QStatusBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceStatusBar)
public:
    explicit WorkspaceStatusBar(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);

private:
    void refreshDealCount();

    Workspace* m_workspace = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_readOnly = nullptr;
    QLabel* m_dealCount = nullptr;
};
