// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceStatusBar.h"

#include "core/storage/DealRepository.h"
#include "core/storage/StorageError.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceEvents.h"

#include <QDir>
#include <QLabel>

WorkspaceStatusBar::WorkspaceStatusBar(QWidget* parent)
    : QStatusBar(parent)
    , m_name(new QLabel(this))
    , m_readOnly(new QLabel(tr("Read-only"), this))
    , m_dealCount(new QLabel(this))
{
    setObjectName(QStringLiteral("statusBar"));
    m_name->setObjectName(QStringLiteral("statusWorkspaceName"));
    m_readOnly->setObjectName(QStringLiteral("statusReadOnly"));
    m_dealCount->setObjectName(QStringLiteral("statusDealCount"));
    m_readOnly->setToolTip(tr("The file is open read-only: changes cannot be saved."));
    QFont bold = m_readOnly->font();
    bold.setWeight(QFont::DemiBold);
    m_readOnly->setFont(bold);
    for (QLabel* label : {m_name, m_readOnly, m_dealCount}) {
        label->setContentsMargins(6, 0, 6, 0);
    }
    addWidget(m_name);
    addWidget(m_readOnly);
    addPermanentWidget(m_dealCount);
    setWorkspace(nullptr);
}

void WorkspaceStatusBar::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    if (!workspace) {
        m_name->setText(tr("No workspace open"));
        m_name->setToolTip({});
        m_readOnly->hide();
        m_dealCount->clear();
        return;
    }
    m_name->setText(workspace->displayName());
    m_name->setToolTip(QDir::toNativeSeparators(workspace->path()));
    m_readOnly->setVisible(workspace->isReadOnly());
    WorkspaceEvents* events = &workspace->events();
    connect(events, &WorkspaceEvents::dealsChanged, this, &WorkspaceStatusBar::refreshDealCount, Qt::UniqueConnection);
    connect(events, &WorkspaceEvents::dealsRemoved, this, &WorkspaceStatusBar::refreshDealCount, Qt::UniqueConnection);
    connect(
        events, &WorkspaceEvents::workspaceReloaded, this, &WorkspaceStatusBar::refreshDealCount, Qt::UniqueConnection);
    refreshDealCount();
}

void WorkspaceStatusBar::refreshDealCount()
{
    if (!m_workspace) {
        return;
    }
    try {
        m_dealCount->setText(tr("Deals: %1").arg(QLocale().toString(m_workspace->deals().count())));
    } catch (const StorageError& error) {
        m_dealCount->setText(tr("Deals: unknown"));
        m_dealCount->setToolTip(error.message());
    }
}
