// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/MergeStore.h"

#include <QWidget>

class MergeIssueModel;
class QListWidget;
class QPushButton;
class Workspace;

// The merge log of the team file: every import of a team member's file, and for the chosen
// one its conflicts and the rows left out, so none of them is silently lost.
class TeamFilesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamFilesPage)
public:
    explicit TeamFilesPage(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);

signals:
    void importRequested();

public slots:
    void refresh();

private:
    void showIssues();

    Workspace* m_workspace = nullptr;
    QList<MergeImportRecord> m_imports;
    QListWidget* m_list = nullptr;
    QPushButton* m_import = nullptr;
    MergeIssueModel* m_issues = nullptr;
};
