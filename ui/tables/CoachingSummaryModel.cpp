// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoachingSummaryModel.h"

#include "BehaviourText.h"

#include "core/storage/OwnerRepository.h"
#include "core/util/Clock.h"
#include "core/workspace/Workspace.h"
#include "ui/common/CellEditor.h"

#include <QLocale>
#include <QSet>

namespace {
QString percent(const std::optional<double>& share)
{
    return share ? QLocale().toString(*share * 100.0, 'f', 0) + QStringLiteral(" %") : QStringLiteral("—");
}

QString average(const std::optional<double>& value)
{
    return value ? QLocale().toString(*value, 'f', 1) : QStringLiteral("—");
}

// A text sparkline of the weekly counts, oldest first: the shape of the weeks at a glance.
QString trend(const QList<qint64>& weekly)
{
    static const char16_t bars[] = u"▁▂▃▄▅▆▇█";
    qint64 top = 0;
    for (qint64 count : weekly) {
        top = std::max(top, count);
    }
    QString text;
    for (qint64 count : weekly) {
        text += top == 0 ? QChar(bars[0]) : QChar(bars[count * 7 / top]);
    }
    return text;
}
} // namespace

CoachingSummaryModel::CoachingSummaryModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CoachingSummaryModel::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    reload();
}

void CoachingSummaryModel::setWeeks(int weeks)
{
    m_weeks = weeks;
    reload();
}

void CoachingSummaryModel::reload()
{
    beginResetModel();
    m_reps.clear();
    m_names.clear();
    if (m_workspace) {
        m_reps = BehaviourSummary::compute(m_workspace->database(), m_workspace->clock().today(), m_weeks);
        QSet<QString> present;
        for (const RepBehaviour& rep : m_reps) {
            present.insert(rep.ownerId);
        }
        for (const Owner& owner : m_workspace->owners().owners()) {
            m_names.insert(owner.id, owner.name);
            // Reps without a single interaction are the first to coach: list them too.
            if (owner.role == OwnerRole::Rep && !present.contains(owner.id)) {
                RepBehaviour idle;
                idle.ownerId = owner.id;
                idle.weeks = m_weeks;
                idle.weekly.fill(0, m_weeks);
                m_reps.append(idle);
            }
        }
        std::sort(m_reps.begin(), m_reps.end(), [this](const RepBehaviour& a, const RepBehaviour& b) {
            return m_names.value(a.ownerId).localeAwareCompare(m_names.value(b.ownerId)) < 0;
        });
    }
    endResetModel();
}

const RepBehaviour* CoachingSummaryModel::rep(int row) const
{
    return row >= 0 && row < m_reps.size() ? &m_reps[row] : nullptr;
}

int CoachingSummaryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_reps.size());
}

int CoachingSummaryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CoachingSummaryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const RepBehaviour& rep = m_reps[index.row()];
    if (role == OwnerIdRole) {
        return rep.ownerId;
    }
    if (role == Qt::TextAlignmentRole && index.column() != Rep) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    const bool sort = role == CellRole::Sort;
    if (role != Qt::DisplayRole && !sort) {
        return {};
    }
    const auto optional = [sort](const std::optional<double>& value, const QString& text) {
        return sort ? QVariant(value.value_or(-1.0)) : QVariant(text);
    };
    switch (index.column()) {
    case Rep: {
        const QString name = m_names.value(rep.ownerId);
        return rep.ownerId.isEmpty() ? tr("(no owner)") : name.isEmpty() ? tr("(removed)") : name;
    }
    case Interactions:
        return sort ? QVariant(rep.interactions) : QVariant(QLocale().toString(rep.interactions));
    case PerWeek:
        return sort ? QVariant(rep.perWeek()) : QVariant(QLocale().toString(rep.perWeek(), 'f', 1));
    case WeeklyTrend:
        return sort ? QVariant(rep.interactions) : QVariant(trend(rep.weekly));
    case ObjectiveShare:
        return optional(rep.objectiveShare(), percent(rep.objectiveShare()));
    case Reviewed:
        return sort ? QVariant(rep.reviewed) : QVariant(QLocale().toString(rep.reviewed));
    case HitRate:
        return optional(rep.hitRate(), percent(rep.hitRate()));
    case AverageRating:
        return optional(rep.averageRating, average(rep.averageRating));
    default: {
        const std::optional<double>& value = rep.averageRatings[static_cast<std::size_t>(index.column() - Planning)];
        return optional(value, average(value));
    }
    }
}

QVariant CoachingSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case Rep:
        return tr("Rep");
    case Interactions:
        return tip ? tr("Interactions in the window, cancelled ones left out") : tr("Interactions");
    case PerWeek:
        return tr("Per week");
    case WeeklyTrend:
        return tip ? tr("Interactions per week, oldest first") : tr("Weeks");
    case ObjectiveShare:
        return tip ? tr("Share of interactions with a stated action objective") : tr("With objective");
    case Reviewed:
        return tip ? tr("Interactions with an outcome logged") : tr("Reviewed");
    case HitRate:
        return tip ? tr("Objective achieved, of the reviewed interactions (partly is not a hit)") : tr("Hit rate");
    case AverageRating:
        return tip ? tr("Average of every skill rating given") : tr("All skills");
    default:
        return BehaviourText::skill(section - Planning);
    }
}
