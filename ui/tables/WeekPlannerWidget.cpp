// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WeekPlannerWidget.h"

#include "BehaviourActions.h"
#include "BehaviourText.h"

#include "core/analytics/BehaviourSummary.h"
#include "core/analytics/WeekPlanner.h"
#include "core/storage/OwnerRepository.h"
#include "core/util/Clock.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceEvents.h"
#include "ui/common/Colors.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
constexpr int kIdRole = Qt::UserRole + 1;

QTreeView* makeView(const QString& name, QStandardItemModel* model)
{
    auto* view = new QTreeView;
    view->setObjectName(name);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->header()->setDefaultSectionSize(130);
    return view;
}
} // namespace

WeekPlannerWidget::WeekPlannerWidget(QWidget* parent)
    : QWidget(parent)
    , m_days(new QStandardItemModel(this))
    , m_deals(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("weekPlanner"));
    m_rep = new QComboBox;
    m_rep->setObjectName(QStringLiteral("plannerRep"));
    m_rep->setMinimumContentsLength(12);
    auto* previous = new QToolButton;
    previous->setObjectName(QStringLiteral("plannerPrevious"));
    previous->setText(tr("◀"));
    previous->setToolTip(tr("Previous week"));
    auto* next = new QToolButton;
    next->setObjectName(QStringLiteral("plannerNext"));
    next->setText(tr("▶"));
    next->setToolTip(tr("Next week"));
    auto* thisWeek = new QToolButton;
    thisWeek->setText(tr("This week"));
    m_weekLabel = new QLabel;
    m_weekLabel->setObjectName(QStringLiteral("plannerWeek"));
    m_flags = new QLabel;
    m_flags->setObjectName(QStringLiteral("plannerFlags"));
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Rep")));
    top->addWidget(m_rep);
    top->addWidget(previous);
    top->addWidget(m_weekLabel);
    top->addWidget(next);
    top->addWidget(thisWeek);
    top->addStretch(1);
    top->addWidget(m_flags);

    m_daysView = makeView(QStringLiteral("plannerDays"), m_days);
    m_dealsView = makeView(QStringLiteral("plannerDeals"), m_deals);
    m_dealsView->setRootIsDecorated(false);
    auto* planButton = new QPushButton(tr("Plan a visit for this deal"));
    planButton->setObjectName(QStringLiteral("plannerPlanVisit"));
    planButton->setToolTip(tr("Ctrl+Shift+N"));
    auto* plan = new QAction(tr("Plan a visit"), m_dealsView);
    plan->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QKeySequence(Qt::Key_Insert)});
    plan->setShortcutContext(Qt::WidgetShortcut);
    m_dealsView->addAction(plan);
    connect(plan, &QAction::triggered, this, &WeekPlannerWidget::planVisitForCurrentDeal);
    connect(planButton, &QPushButton::clicked, this, &WeekPlannerWidget::planVisitForCurrentDeal);

    auto* dealsBox = new QWidget;
    auto* dealsLayout = new QVBoxLayout(dealsBox);
    dealsLayout->setContentsMargins(0, 0, 0, 0);
    dealsLayout->addWidget(new QLabel(tr("Open deals with no next step")));
    dealsLayout->addWidget(m_dealsView, 1);
    dealsLayout->addWidget(planButton, 0, Qt::AlignLeft);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_daysView);
    splitter->addWidget(dealsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_rep, &QComboBox::activated, this, &WeekPlannerWidget::refresh);
    connect(previous, &QToolButton::clicked, this, [this] { setWeek(m_weekStart.addDays(-7)); });
    connect(next, &QToolButton::clicked, this, [this] { setWeek(m_weekStart.addDays(7)); });
    connect(thisWeek, &QToolButton::clicked, this, [this] {
        setWeek(m_workspace ? m_workspace->clock().today() : QDate::currentDate());
    });
    connect(m_daysView, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const QString id = index.siblingAtColumn(0).data(kIdRole).toString();
        if (!id.isEmpty()) {
            emit interactionActivated(id);
        }
    });
    setFocusProxy(m_daysView);
}

void WeekPlannerWidget::setWorkspace(Workspace* workspace, QUndoStack* undoStack)
{
    if (m_workspace) {
        disconnect(&m_workspace->events(), nullptr, this, nullptr);
    }
    m_workspace = workspace;
    m_undoStack = undoStack;
    m_weekStart = BehaviourSummary::weekStartOf(workspace ? workspace->clock().today() : QDate::currentDate());
    fillReps();
    if (workspace) {
        WorkspaceEvents& events = workspace->events();
        connect(&events, &WorkspaceEvents::interactionsChanged, this, &WeekPlannerWidget::refresh);
        connect(&events, &WorkspaceEvents::dealsChanged, this, &WeekPlannerWidget::refresh);
        connect(&events, &WorkspaceEvents::dealsRemoved, this, &WeekPlannerWidget::refresh);
        connect(&events, &WorkspaceEvents::workspaceReloaded, this, &WeekPlannerWidget::refresh);
        connect(&events, &WorkspaceEvents::ownersChanged, this, &WeekPlannerWidget::fillReps);
    }
    refresh();
}

void WeekPlannerWidget::fillReps()
{
    const QString current = m_rep->currentData().toString();
    m_rep->clear();
    m_rep->addItem(tr("All reps"), QString());
    if (m_workspace) {
        for (const Owner& owner : m_workspace->owners().owners()) {
            m_rep->addItem(owner.name, owner.id);
        }
    }
    // Start with the first rep rather than everybody: a team's week is long to compute and read.
    m_rep->setCurrentIndex(current.isEmpty() && m_rep->count() > 1 ? 1 : std::max(0, m_rep->findData(current)));
}

void WeekPlannerWidget::setRep(const QString& ownerId)
{
    m_rep->setCurrentIndex(std::max(0, m_rep->findData(ownerId)));
    refresh();
}

void WeekPlannerWidget::setWeek(const QDate& dayInWeek)
{
    m_weekStart = BehaviourSummary::weekStartOf(dayInWeek);
    refresh();
}

void WeekPlannerWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        refresh();
    }
}

void WeekPlannerWidget::refresh()
{
    // Every edit of an interaction lands here; a hidden planner catches up when shown.
    m_stale = !isVisible() && m_workspace;
    if (m_stale) {
        return;
    }
    m_days->clear();
    m_deals->clear();
    m_days->setHorizontalHeaderLabels(
        {tr("Day / time"), tr("Type"), tr("Deal"), tr("Account"), tr("Objective"), tr("Flags")});
    m_deals->setHorizontalHeaderLabels({tr("Deal"), tr("Account"), tr("Last interaction")});
    const QLocale locale;
    m_weekLabel->setText(tr("Week of %1").arg(locale.toString(m_weekStart, QLocale::ShortFormat)));
    if (!m_workspace) {
        m_flags->clear();
        return;
    }
    const WeekPlan plan = WeekPlanner::build(m_workspace->database(),
                                             m_workspace->interactions(),
                                             m_rep->currentData().toString(),
                                             m_weekStart,
                                             m_workspace->clock().nowUtc());
    const QColor warning = Colors::mix(palette().color(QPalette::Text), QColor(220, 60, 40), 0.75);
    for (int d = 0; d < 7; ++d) {
        const QDate day = m_weekStart.addDays(d);
        const auto& list = plan.days[static_cast<std::size_t>(d)];
        auto* dayItem = new QStandardItem(tr("%1 (%n)", nullptr, static_cast<int>(list.size()))
                                              .arg(locale.toString(day, QStringLiteral("dddd d MMM"))));
        QFont bold = dayItem->font();
        bold.setBold(true);
        dayItem->setFont(bold);
        for (const PlannedInteraction& planned : list) {
            const Interaction& i = planned.listing.interaction;
            QList<QStandardItem*> row{
                new QStandardItem(locale.toString(i.scheduledAt.toLocalTime().time(), QLocale::ShortFormat)),
                new QStandardItem(BehaviourText::type(i.type)),
                new QStandardItem(planned.listing.dealName),
                new QStandardItem(planned.listing.accountName),
                new QStandardItem(i.objectiveBest),
                new QStandardItem(BehaviourText::flags(planned.flags))};
            row[0]->setData(i.id, kIdRole);
            row[5]->setForeground(warning);
            if (i.appointmentState == AppointmentState::Cancelled) {
                for (QStandardItem* item : row) {
                    QFont struck = item->font();
                    struck.setStrikeOut(true);
                    item->setFont(struck);
                }
            }
            dayItem->appendRow(row);
        }
        m_days->appendRow(dayItem);
    }
    m_daysView->expandAll();
    for (const BehaviourQuery::DealWithoutNextStep& deal : plan.dealsWithoutNextStep) {
        auto* name = new QStandardItem(deal.dealName);
        name->setData(deal.dealId, kIdRole);
        m_deals->appendRow(
            {name,
             new QStandardItem(deal.accountName),
             new QStandardItem(deal.lastInteraction.isValid()
                                   ? locale.toString(deal.lastInteraction.toLocalTime().date(), QLocale::ShortFormat)
                                   : tr("never"))});
    }
    m_flags->setText(tr("%1 without objective · %2 review due · %3 deals without next step")
                         .arg(plan.count(PlanFlag::NoObjective))
                         .arg(plan.count(PlanFlag::PastWithoutReview))
                         .arg(plan.dealsWithoutNextStep.size()));
}

void WeekPlannerWidget::planVisitForCurrentDeal()
{
    const QString dealId = m_dealsView->currentIndex().siblingAtColumn(0).data(kIdRole).toString();
    if (!m_workspace || !m_undoStack || dealId.isEmpty() || m_workspace->isReadOnly()) {
        return;
    }
    const QString id = BehaviourActions::planVisit(*m_workspace, *m_undoStack, dealId, m_rep->currentData().toString());
    emit interactionActivated(id);
}
