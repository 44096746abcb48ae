// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BehaviourPage.h"

#include "BehaviourTableWidget.h"
#include "CoachingWidget.h"
#include "WeekPlannerWidget.h"

#include "core/storage/InteractionRepository.h"
#include "core/util/Clock.h"
#include "core/workspace/Workspace.h"

#include <QTabWidget>
#include <QVBoxLayout>

BehaviourPage::BehaviourPage(QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget)
    , m_table(new BehaviourTableWidget)
    , m_planner(new WeekPlannerWidget)
    , m_coaching(new CoachingWidget)
{
    setObjectName(QStringLiteral("behaviourPage"));
    m_tabs->setObjectName(QStringLiteral("behaviourTabs"));
    m_tabs->addTab(m_table, tr("&Behaviour table"));
    m_tabs->addTab(m_planner, tr("&Week planner"));
    m_tabs->addTab(m_coaching, tr("&Coaching"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_planner, &WeekPlannerWidget::interactionActivated, this, &BehaviourPage::showInteraction);
    connect(m_coaching, &CoachingWidget::repActivated, this, [this](const QString& ownerId, int weeks) {
        m_table->setRep(ownerId);
        m_table->setPeriodWeeks(weeks);
        if (m_workspace) {
            // The window ends with the current week, as the summary's does.
            m_table->setWeek(m_workspace->clock().today().addDays(-7 * (weeks - 1)));
        }
        m_tabs->setCurrentWidget(m_table);
        m_table->setFocus();
    });
    setFocusProxy(m_tabs);
}

void BehaviourPage::setWorkspace(Workspace* workspace, QUndoStack* undoStack)
{
    m_workspace = workspace;
    m_table->setWorkspace(workspace, undoStack);
    m_planner->setWorkspace(workspace, undoStack);
    m_coaching->setWorkspace(workspace);
}

void BehaviourPage::showInteraction(const QString& interactionId)
{
    if (!m_workspace) {
        return;
    }
    if (const std::optional<Interaction> interaction = m_workspace->interactions().interaction(interactionId)) {
        m_table->setRep(interaction->ownerId);
        m_table->setWeek(interaction->scheduledAt.toLocalTime().date());
        m_table->selectInteraction(interactionId);
        m_tabs->setCurrentWidget(m_table);
    }
}
