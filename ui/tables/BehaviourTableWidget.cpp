// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BehaviourTableWidget.h"

#include "BehaviourActions.h"
#include "BehaviourFilterProxy.h"
#include "BehaviourTableModel.h"
#include "BehaviourText.h"
#include "InteractionForm.h"
#include "RemoveInteractionCommand.h"

#include "core/analytics/BehaviourSummary.h"
#include "core/storage/InteractionRepository.h"
#include "core/storage/OwnerRepository.h"
#include "core/util/Clock.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceEvents.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

BehaviourTableWidget::BehaviourTableWidget(QWidget* parent)
    : QWidget(parent)
    , m_model(new BehaviourTableModel(this))
    , m_proxy(new BehaviourFilterProxy(this))
    , m_view(new QTreeView)
    , m_form(new InteractionForm)
{
    setObjectName(QStringLiteral("behaviourTable"));
    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("behaviourView"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(BehaviourTableModel::When, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setDefaultSectionSize(110);
    m_view->header()->resizeSection(BehaviourTableModel::When, 130);
    m_view->header()->resizeSection(BehaviourTableModel::Objective, 220);
    for (int c = BehaviourTableModel::RatingPlanning; c <= BehaviourTableModel::RatingCommitment; ++c) {
        m_view->header()->resizeSection(c, 70);
    }

    auto* plan = new QAction(tr("Plan a visit"), this);
    plan->setObjectName(QStringLiteral("planVisitAction"));
    plan->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QKeySequence(Qt::Key_Insert)});
    plan->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(plan, &QAction::triggered, this, &BehaviourTableWidget::planVisit);
    auto* review = new QAction(tr("Log review"), this);
    review->setObjectName(QStringLiteral("logReviewAction"));
    review->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    review->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(review, &QAction::triggered, this, &BehaviourTableWidget::logReview);
    auto* remove = new QAction(tr("Remove interaction"), this);
    remove->setObjectName(QStringLiteral("removeInteractionAction"));
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &BehaviourTableWidget::removeCurrent);
    addAction(plan);
    addAction(review);
    m_view->addAction(remove);

    auto* planButton = new QPushButton(tr("Plan a visit"));
    planButton->setObjectName(QStringLiteral("planVisitButton"));
    planButton->setToolTip(tr("Plan a new interaction (Ctrl+Shift+N)"));
    connect(planButton, &QPushButton::clicked, this, &BehaviourTableWidget::planVisit);
    auto* reviewButton = new QPushButton(tr("Log review"));
    reviewButton->setObjectName(QStringLiteral("logReviewButton"));
    reviewButton->setToolTip(tr("Fill the review half of the selected interaction (Ctrl+Shift+R)"));
    connect(reviewButton, &QPushButton::clicked, this, &BehaviourTableWidget::logReview);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("behaviourSummary"));

    auto* actions = new QHBoxLayout;
    actions->addWidget(planButton);
    actions->addWidget(reviewButton);
    actions->addStretch(1);
    actions->addWidget(m_summary);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(buildFilterBar());
    leftLayout->addWidget(m_view, 1);
    leftLayout->addLayout(actions);
    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(m_form);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_form->setInteraction(currentId());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_group->isChecked()) {
            m_view->expandAll();
            for (int r = 0; r < m_proxy->rowCount(); ++r) {
                m_view->setFirstColumnSpanned(r, {}, true);
            }
        }
        updateSummary();
        // The form keeps its interaction; select it again when it is still in the table.
        selectInteraction(m_form->interactionId());
    });
    setFocusProxy(m_view);
    setTabOrder(m_view, m_form);
}

QWidget* BehaviourTableWidget::buildFilterBar()
{
    auto* bar = new QWidget;
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scopeBar = new QWidget;
    auto* scope = new QHBoxLayout(m_scopeBar);
    scope->setContentsMargins(0, 0, 0, 0);
    m_rep = new QComboBox;
    m_rep->setObjectName(QStringLiteral("repFilter"));
    m_rep->setMinimumContentsLength(12);
    auto* previous = new QToolButton;
    previous->setObjectName(QStringLiteral("previousWeekButton"));
    previous->setText(tr("◀"));
    previous->setToolTip(tr("Previous period"));
    auto* next = new QToolButton;
    next->setObjectName(QStringLiteral("nextWeekButton"));
    next->setText(tr("▶"));
    next->setToolTip(tr("Next period"));
    auto* thisWeek = new QToolButton;
    thisWeek->setObjectName(QStringLiteral("thisWeekButton"));
    thisWeek->setText(tr("This week"));
    m_weekLabel = new QLabel;
    m_weekLabel->setObjectName(QStringLiteral("weekLabel"));
    m_period = new QComboBox;
    m_period->setObjectName(QStringLiteral("periodFilter"));
    m_period->addItem(tr("1 week"), 1);
    m_period->addItem(tr("4 weeks"), 4);
    m_period->addItem(tr("12 weeks"), 12);
    m_period->addItem(tr("All dates"), 0);
    scope->addWidget(new QLabel(tr("Rep")));
    scope->addWidget(m_rep);
    scope->addWidget(previous);
    scope->addWidget(m_weekLabel);
    scope->addWidget(next);
    scope->addWidget(thisWeek);
    scope->addWidget(m_period);

    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("typeFilter"));
    m_type->addItem(tr("All types"), -1);
    for (InteractionType type : {InteractionType::Visit,
                                 InteractionType::Call,
                                 InteractionType::Video,
                                 InteractionType::Demo,
                                 InteractionType::Workshop,
                                 InteractionType::Email,
                                 InteractionType::Event}) {
        m_type->addItem(BehaviourText::type(type), static_cast<int>(type));
    }
    m_outcome = new QComboBox;
    m_outcome->setObjectName(QStringLiteral("outcomeFilter"));
    m_outcome->addItem(tr("All outcomes"), -1);
    for (InteractionOutcome outcome : {InteractionOutcome::NotReviewed,
                                       InteractionOutcome::Yes,
                                       InteractionOutcome::Partly,
                                       InteractionOutcome::No}) {
        m_outcome->addItem(BehaviourText::outcome(outcome), static_cast<int>(outcome));
    }
    m_dealText = new QLineEdit;
    m_dealText->setObjectName(QStringLiteral("dealFilter"));
    m_dealText->setPlaceholderText(tr("Deal"));
    m_dealText->setClearButtonEnabled(true);
    m_accountText = new QLineEdit;
    m_accountText->setObjectName(QStringLiteral("accountFilter"));
    m_accountText->setPlaceholderText(tr("Account"));
    m_accountText->setClearButtonEnabled(true);
    m_group = new QCheckBox(tr("&Group by week"));
    m_group->setObjectName(QStringLiteral("groupByWeek"));
    layout->addWidget(m_scopeBar);
    layout->addWidget(m_type);
    layout->addWidget(m_outcome);
    layout->addWidget(m_dealText);
    layout->addWidget(m_accountText);
    layout->addWidget(m_group);
    layout->addStretch(1);

    connect(m_rep, &QComboBox::activated, this, [this] { applyScope(); });
    connect(m_period, &QComboBox::activated, this, [this] {
        m_weeks = m_period->currentData().toInt();
        applyScope();
    });
    connect(previous, &QToolButton::clicked, this, [this] { setWeek(m_weekStart.addDays(-7 * std::max(1, m_weeks))); });
    connect(next, &QToolButton::clicked, this, [this] { setWeek(m_weekStart.addDays(7 * std::max(1, m_weeks))); });
    connect(thisWeek, &QToolButton::clicked, this, [this] {
        setWeek(m_workspace ? m_workspace->clock().today() : QDate::currentDate());
    });
    connect(m_type, &QComboBox::activated, this, [this] {
        const int value = m_type->currentData().toInt();
        m_proxy->setType(value < 0 ? std::nullopt : std::optional(static_cast<InteractionType>(value)));
        updateSummary();
    });
    connect(m_outcome, &QComboBox::activated, this, [this] {
        const int value = m_outcome->currentData().toInt();
        m_proxy->setOutcome(value < 0 ? std::nullopt : std::optional(static_cast<InteractionOutcome>(value)));
        updateSummary();
    });
    connect(m_dealText, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setDealText(text);
        updateSummary();
    });
    connect(m_accountText, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setAccountText(text);
        updateSummary();
    });
    connect(m_group, &QCheckBox::toggled, this, [this](bool on) {
        m_view->setRootIsDecorated(on);
        m_model->setGroupByWeek(on);
    });
    return bar;
}

void BehaviourTableWidget::setWorkspace(Workspace* workspace, QUndoStack* undoStack)
{
    if (m_workspace) {
        disconnect(&m_workspace->events(), nullptr, this, nullptr);
    }
    m_workspace = workspace;
    m_undoStack = undoStack;
    m_form->setWorkspace(workspace, undoStack);
    m_weekStart = BehaviourSummary::weekStartOf(workspace ? workspace->clock().today() : QDate::currentDate());
    fillReps();
    if (workspace) {
        connect(&workspace->events(), &WorkspaceEvents::ownersChanged, this, &BehaviourTableWidget::fillReps);
    }
    m_model->setWorkspace(workspace, scopeFilter());
    showScope();
}

void BehaviourTableWidget::fillReps()
{
    const QString current = m_rep->currentData().toString();
    m_rep->clear();
    m_rep->addItem(tr("All reps"), QString());
    if (m_workspace) {
        for (const Owner& owner : m_workspace->owners().owners()) {
            m_rep->addItem(owner.name, owner.id);
        }
    }
    m_rep->setCurrentIndex(std::max(0, m_rep->findData(current)));
}

void BehaviourTableWidget::setFixedDeal(const QString& dealId)
{
    m_fixedDeal = dealId;
    m_scopeBar->setVisible(dealId.isEmpty());
    m_dealText->setVisible(dealId.isEmpty());
    m_accountText->setVisible(dealId.isEmpty());
    applyScope();
}

void BehaviourTableWidget::setRep(const QString& ownerId)
{
    m_rep->setCurrentIndex(std::max(0, m_rep->findData(ownerId)));
    applyScope();
}

void BehaviourTableWidget::setWeek(const QDate& dayInWeek)
{
    m_weekStart = BehaviourSummary::weekStartOf(dayInWeek);
    applyScope();
}

void BehaviourTableWidget::setPeriodWeeks(int weeks)
{
    m_weeks = weeks;
    m_period->setCurrentIndex(std::max(0, m_period->findData(weeks)));
    applyScope();
}

InteractionFilter BehaviourTableWidget::scopeFilter() const
{
    InteractionFilter filter;
    if (!m_fixedDeal.isEmpty()) {
        filter.dealId = m_fixedDeal;
    } else {
        filter.ownerId = m_rep->currentData().toString();
        if (m_weeks > 0) {
            filter.from = QDateTime(m_weekStart, QTime(0, 0));
            filter.to = QDateTime(m_weekStart.addDays(7 * m_weeks), QTime(0, 0));
        }
    }
    return filter;
}

void BehaviourTableWidget::applyScope()
{
    showScope();
    m_model->setFilter(scopeFilter());
}

void BehaviourTableWidget::showScope()
{
    const QLocale locale;
    m_weekLabel->setText(
        m_weeks > 0 ? tr("%1 – %2").arg(locale.toString(m_weekStart, QLocale::ShortFormat),
                                        locale.toString(m_weekStart.addDays(7 * m_weeks - 1), QLocale::ShortFormat))
                    : tr("All dates"));
}

void BehaviourTableWidget::updateSummary()
{
    int shown = 0;
    if (m_model->groupByWeek()) {
        for (int r = 0; r < m_proxy->rowCount(); ++r) {
            shown += m_proxy->rowCount(m_proxy->index(r, 0));
        }
    } else {
        shown = m_proxy->rowCount();
    }
    QString text = tr("%n interaction(s)", nullptr, shown);
    if (m_model->truncated()) {
        text +=
            tr(" (the first %1 of the period; narrow the filter)").arg(QLocale().toString(m_model->interactionCount()));
    }
    m_summary->setText(text);
}

QString BehaviourTableWidget::currentId() const
{
    return m_view->currentIndex().data(BehaviourTableModel::IdRole).toString();
}

void BehaviourTableWidget::selectInteraction(const QString& id)
{
    const QModelIndex source = m_model->indexOf(id);
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
    m_form->setInteraction(index.isValid() ? id : QString());
}

void BehaviourTableWidget::planVisit()
{
    if (!m_workspace || !m_undoStack || m_workspace->isReadOnly()) {
        return;
    }
    QString dealId = m_fixedDeal;
    if (dealId.isEmpty()) {
        if (const InteractionListing* row = m_model->listing(m_proxy->mapToSource(m_view->currentIndex()))) {
            dealId = row->interaction.dealId; // a follow-up of the selected meeting
        }
    }
    const QString id = BehaviourActions::planVisit(*m_workspace, *m_undoStack, dealId, m_rep->currentData().toString());
    if (!m_model->indexOf(id).isValid() && m_fixedDeal.isEmpty()) {
        // Planned outside the period shown: go to its week.
        if (const std::optional<Interaction> planned = m_workspace->interactions().interaction(id)) {
            setWeek(planned->scheduledAt.toLocalTime().date());
        }
    }
    selectInteraction(id);
    if (m_form->interactionId() == id) {
        if (QWidget* objective = m_form->findChild<QWidget*>(QStringLiteral("objectiveEdit"))) {
            objective->setFocus(Qt::ShortcutFocusReason);
        }
    }
}

void BehaviourTableWidget::logReview()
{
    if (!currentId().isEmpty()) {
        m_form->startReview();
    }
}

void BehaviourTableWidget::removeCurrent()
{
    const QString id = currentId();
    if (!m_workspace || !m_undoStack || id.isEmpty() || m_workspace->isReadOnly()) {
        return;
    }
    m_undoStack->push(new RemoveInteractionCommand(*m_workspace, id, tr("Remove interaction")));
}
