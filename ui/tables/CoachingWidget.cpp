// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoachingWidget.h"

#include "CoachingSummaryModel.h"

#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceEvents.h"
#include "ui/common/CellEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

CoachingWidget::CoachingWidget(QWidget* parent)
    : QWidget(parent)
    , m_model(new CoachingSummaryModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView)
    , m_window(new QComboBox)
{
    setObjectName(QStringLiteral("coaching"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CellRole::Sort);
    m_view->setObjectName(QStringLiteral("coachingView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CoachingSummaryModel::Rep, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setDefaultSectionSize(96);
    m_view->horizontalHeader()->resizeSection(CoachingSummaryModel::Rep, 160);
    m_view->horizontalHeader()->resizeSection(CoachingSummaryModel::WeeklyTrend, 120);
    m_window->setObjectName(QStringLiteral("coachingWindow"));
    m_window->addItem(tr("Last 4 weeks"), 4);
    m_window->addItem(tr("Last 12 weeks"), 12);
    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("&Window"));
    label->setBuddy(m_window);
    top->addWidget(label);
    top->addWidget(m_window);
    top->addStretch(1);
    top->addWidget(new QLabel(tr("Enter on a rep opens their interactions to rate and comment.")));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    connect(m_window, &QComboBox::activated, this, [this] { m_model->setWeeks(m_window->currentData().toInt()); });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit repActivated(index.data(CoachingSummaryModel::OwnerIdRole).toString(), m_model->weeks());
    });
    setFocusProxy(m_view);
}

void CoachingWidget::setWorkspace(Workspace* workspace)
{
    if (m_workspace) {
        disconnect(&m_workspace->events(), nullptr, this, nullptr);
    }
    m_workspace = workspace;
    if (workspace) {
        WorkspaceEvents& events = workspace->events();
        connect(&events, &WorkspaceEvents::interactionsChanged, this, &CoachingWidget::refresh);
        connect(&events, &WorkspaceEvents::ownersChanged, this, &CoachingWidget::refresh);
        connect(&events, &WorkspaceEvents::workspaceReloaded, this, &CoachingWidget::refresh);
    }
    m_model->setWorkspace(workspace);
}

void CoachingWidget::setWeeks(int weeks)
{
    m_window->setCurrentIndex(std::max(0, m_window->findData(weeks)));
    m_model->setWeeks(weeks);
}

void CoachingWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        refresh();
    }
}

void CoachingWidget::refresh()
{
    m_stale = !isVisible();
    if (!m_stale) {
        m_model->reload();
    }
}
