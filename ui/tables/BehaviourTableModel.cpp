// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BehaviourTableModel.h"

#include "BehaviourText.h"

#include "core/analytics/BehaviourSummary.h"
#include "core/analytics/WeekPlanner.h"
#include "core/util/Clock.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceEvents.h"
#include "ui/common/CellEditor.h"
#include "ui/common/Colors.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace {
// internalId 0: a top-level row (a week, or an interaction when not grouped);
// n > 0: an interaction under week n - 1.
constexpr quintptr kTopLevel = 0;

std::optional<int> rating(const SkillRatings& ratings, int column)
{
    switch (column) {
    case BehaviourTableModel::RatingPlanning:
        return ratings.planning;
    case BehaviourTableModel::RatingQuestioning:
        return ratings.questioning;
    case BehaviourTableModel::RatingValue:
        return ratings.presentingValue;
    case BehaviourTableModel::RatingObjections:
        return ratings.handlingObjections;
    default:
        return ratings.gainingCommitment;
    }
}

QString firstLine(const QString& text)
{
    const qsizetype end = text.indexOf(u'\n');
    return end < 0 ? text : text.left(end) + QStringLiteral(" …");
}
} // namespace

BehaviourTableModel::BehaviourTableModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

void BehaviourTableModel::setWorkspace(Workspace* workspace, const InteractionFilter& filter)
{
    m_filter = filter;
    if (m_events) {
        disconnect(m_events, nullptr, this, nullptr);
    }
    m_workspace = workspace;
    m_events = workspace ? &workspace->events() : nullptr;
    if (workspace) {
        connect(&workspace->events(),
                &WorkspaceEvents::interactionsChanged,
                this,
                &BehaviourTableModel::onInteractionsChanged);
        // Names shown beside interactions changed, or everything did.
        connect(&workspace->events(), &WorkspaceEvents::workspaceReloaded, this, &BehaviourTableModel::reload);
        connect(&workspace->events(), &WorkspaceEvents::dealsChanged, this, &BehaviourTableModel::reload);
        connect(&workspace->events(), &WorkspaceEvents::ownersChanged, this, &BehaviourTableModel::reload);
    }
    reload();
}

void BehaviourTableModel::setFilter(const InteractionFilter& filter)
{
    m_filter = filter;
    reload();
}

void BehaviourTableModel::setGroupByWeek(bool group)
{
    if (group == m_group) {
        return;
    }
    beginResetModel();
    m_group = group;
    endResetModel();
}

void BehaviourTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_truncated = false;
    if (m_workspace) {
        InteractionFilter filter = m_filter;
        filter.limit = kRowLimit + 1;
        m_rows = m_workspace->interactions().list(filter);
        if (m_rows.size() > kRowLimit) {
            m_rows.resize(kRowLimit);
            m_truncated = true;
        }
    }
    rebuildWeeks();
    endResetModel();
}

void BehaviourTableModel::rebuildWeeks()
{
    m_weeks.clear();
    for (int i = 0; i < m_rows.size(); ++i) {
        const QDate start = BehaviourSummary::weekStartOf(m_rows[i].interaction.scheduledAt.toLocalTime().date());
        if (m_weeks.isEmpty() || m_weeks.last().start != start) {
            m_weeks.append({start, {}});
        }
        m_weeks.last().rows.append(i);
    }
}

bool BehaviourTableModel::inScope(const Interaction& i) const
{
    const InteractionFilter& f = m_filter;
    return (f.ownerId.isEmpty() || i.ownerId == f.ownerId) && (f.dealId.isEmpty() || i.dealId == f.dealId) &&
           (f.accountId.isEmpty() || i.accountId == f.accountId) && (!f.from.isValid() || i.scheduledAt >= f.from) &&
           (!f.to.isValid() || i.scheduledAt < f.to) && (!f.type || i.type == *f.type) &&
           (!f.outcome || i.outcome == *f.outcome);
}

void BehaviourTableModel::onInteractionsChanged(const QStringList& ids)
{
    if (!m_workspace) {
        return;
    }
    for (const QString& id : ids) {
        InteractionFilter one;
        one.id = id;
        const QList<InteractionListing> found = m_workspace->interactions().list(one);
        const QModelIndex current = indexOf(id);
        const bool keep = !found.isEmpty() && inScope(found.first().interaction);
        if (current.isValid() && keep &&
            found.first().interaction.scheduledAt == listing(current)->interaction.scheduledAt) {
            // The common case, an edit in the form: the row stays where it is.
            const int row = static_cast<int>(
                std::find_if(m_rows.begin(), m_rows.end(), [&id](const auto& r) { return r.interaction.id == id; }) -
                m_rows.begin());
            m_rows[row] = found.first();
            emit dataChanged(current.siblingAtColumn(0), current.siblingAtColumn(ColumnCount - 1));
            continue;
        }
        if (current.isValid() || keep) {
            reload(); // added, removed or moved in time: rows and weeks move
            return;
        }
    }
}

const InteractionListing* BehaviourTableModel::listing(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return nullptr;
    }
    if (index.internalId() == kTopLevel) {
        return m_group ? nullptr : &m_rows[index.row()];
    }
    return &m_rows[m_weeks[static_cast<int>(index.internalId() - 1)].rows[index.row()]];
}

QModelIndex BehaviourTableModel::indexOf(const QString& interactionId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].interaction.id != interactionId) {
            continue;
        }
        if (!m_group) {
            return createIndex(i, 0, kTopLevel);
        }
        const int week = weekOfRow(i);
        return createIndex(static_cast<int>(m_weeks[week].rows.indexOf(i)), 0, static_cast<quintptr>(week + 1));
    }
    return {};
}

int BehaviourTableModel::weekOfRow(int row) const
{
    for (int w = 0; w < m_weeks.size(); ++w) {
        if (m_weeks[w].rows.contains(row)) {
            return w;
        }
    }
    return -1;
}

QModelIndex BehaviourTableModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    if (!parent.isValid()) {
        return createIndex(row, column, kTopLevel);
    }
    return createIndex(row, column, static_cast<quintptr>(parent.row() + 1));
}

QModelIndex BehaviourTableModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel) {
        return {};
    }
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kTopLevel);
}

int BehaviourTableModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) {
        return static_cast<int>(m_group ? m_weeks.size() : m_rows.size());
    }
    if (m_group && parent.internalId() == kTopLevel && parent.column() == 0) {
        return static_cast<int>(m_weeks[parent.row()].rows.size());
    }
    return 0;
}

int BehaviourTableModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant BehaviourTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (m_group && index.internalId() == kTopLevel) {
        return weekCell(m_weeks[index.row()], index.column(), role);
    }
    const InteractionListing* row = listing(index);
    return row ? cell(*row, index.column(), role) : QVariant();
}

QVariant BehaviourTableModel::weekCell(const Week& week, int column, int role) const
{
    if (role == WeekRole || (role == CellRole::Sort && column == When)) {
        return week.start;
    }
    if (role != Qt::DisplayRole || column != When) {
        return {};
    }
    int withObjective = 0;
    for (int row : week.rows) {
        withObjective += m_rows[row].interaction.hasObjective() ? 1 : 0;
    }
    return tr("Week of %1: %n interaction(s), %2 with an objective", nullptr, static_cast<int>(week.rows.size()))
        .arg(QLocale().toString(week.start, QLocale::ShortFormat))
        .arg(withObjective);
}

QVariant BehaviourTableModel::cell(const InteractionListing& row, int column, int role) const
{
    const Interaction& i = row.interaction;
    if (role == IdRole) {
        return i.id;
    }
    if (role == WeekRole) {
        return BehaviourSummary::weekStartOf(i.scheduledAt.toLocalTime().date());
    }
    if (role == TypeRole) {
        return static_cast<int>(i.type);
    }
    if (role == OutcomeRole) {
        return static_cast<int>(i.outcome);
    }
    const PlanFlags flags = m_workspace ? WeekPlanner::flagsOf(i, m_workspace->clock().nowUtc()) : PlanFlags();
    if (role == Qt::ForegroundRole && column == Flags && flags) {
        return Colors::mix(QGuiApplication::palette().color(QPalette::Text), QColor(220, 60, 40), 0.75);
    }
    const bool sort = role == CellRole::Sort;
    if (role != Qt::DisplayRole && !sort && role != Qt::ToolTipRole) {
        return {};
    }
    switch (column) {
    case When:
        return sort ? QVariant(i.scheduledAt)
                    : QVariant(QLocale().toString(i.scheduledAt.toLocalTime(), QLocale::ShortFormat));
    case Type:
        return sort ? QVariant(static_cast<int>(i.type)) : QVariant(BehaviourText::type(i.type));
    case Rep:
        return row.ownerName;
    case Deal:
        return row.dealName;
    case Account:
        return row.accountName;
    case Contacts:
        return row.contactNames.join(QStringLiteral(", "));
    case Appointment:
        return sort ? QVariant(static_cast<int>(i.appointmentState))
                    : QVariant(BehaviourText::appointment(i.appointmentState));
    case HowSecured:
        return i.howSecured;
    case Objective:
        return i.objectiveBest;
    case MinimumObjective:
        return i.objectiveMinimum;
    case ConversationLogic:
        return role == Qt::DisplayRole ? firstLine(i.conversationLogic) : i.conversationLogic;
    case CustomerNeeds:
        return role == Qt::DisplayRole ? firstLine(i.customerNeeds) : i.customerNeeds;
    case Advantages:
        return role == Qt::DisplayRole ? firstLine(i.advantages) : i.advantages;
    case Outcome:
        return sort ? QVariant(static_cast<int>(i.outcome)) : QVariant(BehaviourText::outcome(i.outcome));
    case Commitment:
        return i.commitment;
    case NextStep:
        return i.nextStep;
    case NextStepDate:
        return sort ? QVariant(i.nextStepDate) : QVariant(QLocale().toString(i.nextStepDate, QLocale::ShortFormat));
    case CoachNote:
        return role == Qt::DisplayRole ? firstLine(i.coachNote) : i.coachNote;
    case RatingPlanning:
    case RatingQuestioning:
    case RatingValue:
    case RatingObjections:
    case RatingCommitment: {
        const std::optional<int> value = rating(i.ratings, column);
        if (sort) {
            return value ? QVariant(*value) : QVariant(0);
        }
        return value ? QVariant(QLocale().toString(*value)) : QVariant();
    }
    case Flags:
        return sort ? QVariant(static_cast<int>(flags)) : QVariant(BehaviourText::flags(flags));
    default:
        return {};
    }
}

QVariant BehaviourTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    return BehaviourText::columnTitle(section, role == Qt::ToolTipRole);
}
