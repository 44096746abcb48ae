// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TeamFilesPage.h"

#include "MergeIssueModel.h"

#include "core/storage/MergeLogRepository.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceEvents.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

TeamFilesPage::TeamFilesPage(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_import(new QPushButton(tr("Import Team Member's File…"), this))
    , m_issues(new MergeIssueModel(this))
{
    setObjectName(QStringLiteral("teamFilesPage"));
    m_list->setObjectName(QStringLiteral("mergeImports"));
    m_import->setObjectName(QStringLiteral("teamImport"));
    auto* issues = new QTableView(this);
    issues->setObjectName(QStringLiteral("mergeLogIssues"));
    issues->setModel(m_issues);
    issues->verticalHeader()->hide();
    issues->horizontalHeader()->setStretchLastSection(true);
    issues->setWordWrap(false);
    issues->setColumnHidden(MergeIssueModel::Source, true);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Imports into this workspace"), left));
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_import);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(issues);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(split);

    connect(m_list, &QListWidget::currentRowChanged, this, &TeamFilesPage::showIssues);
    connect(m_import, &QPushButton::clicked, this, &TeamFilesPage::importRequested);
    setEnabled(false);
}

void TeamFilesPage::setWorkspace(Workspace* workspace)
{
    if (m_workspace) {
        disconnect(&m_workspace->events(), nullptr, this, nullptr);
    }
    m_workspace = workspace;
    setEnabled(workspace != nullptr);
    if (workspace) {
        connect(&workspace->events(), &WorkspaceEvents::workspaceReloaded, this, &TeamFilesPage::refresh);
    }
    refresh();
}

void TeamFilesPage::refresh()
{
    m_list->clear();
    m_imports = m_workspace ? MergeLogRepository(m_workspace->database()).imports() : QList<MergeImportRecord>{};
    const QLocale locale;
    for (const MergeImportRecord& record : std::as_const(m_imports)) {
        const QString name = record.sourceName.isEmpty() ? QFileInfo(record.sourcePath).fileName() : record.sourceName;
        auto* item =
            new QListWidgetItem(tr("%1 — %2\n%L3 new, %L4 updated, %L5 conflicts, %L6 left out")
                                    .arg(locale.toString(record.importedAt.toLocalTime(), QLocale::ShortFormat), name)
                                    .arg(record.inserted)
                                    .arg(record.updated)
                                    .arg(record.conflicts)
                                    .arg(record.rejected),
                                m_list);
        item->setToolTip(record.sourcePath);
    }
    if (!m_imports.isEmpty()) {
        m_list->setCurrentRow(0);
    }
    showIssues();
}

void TeamFilesPage::showIssues()
{
    m_issues->clear();
    const int row = m_list->currentRow();
    if (!m_workspace || row < 0 || row >= m_imports.size()) {
        return;
    }
    const MergeImportRecord& record = m_imports.at(row);
    m_issues->append(QFileInfo(record.sourcePath).fileName(),
                     MergeLogRepository(m_workspace->database()).issues(record.id));
}
