// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ForecastModel.h"

#include "FlowStateStyle.h"
#include "ReviewFormat.h"

#include "ui/common/Colors.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

#include <algorithm>

ForecastModel::ForecastModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ForecastModel::setBlocks(const ForecastBlock& team, const QList<ForecastBlock>& reps, const ReviewNames& names)
{
    beginResetModel();
    m_team = team;
    m_reps = reps;
    m_names = names;
    std::sort(m_reps.begin(), m_reps.end(), [this](const ForecastBlock& a, const ForecastBlock& b) {
        return m_names.owner(a.ownerId).localeAwareCompare(m_names.owner(b.ownerId)) < 0;
    });
    endResetModel();
}

const ForecastBlock& ForecastModel::blockAt(int row) const
{
    return row == 0 ? m_team : m_reps.at(row - 1);
}

int ForecastModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 1 + int(m_reps.size());
}

int ForecastModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

// Plain amounts: the heading above the table names the base currency, and the team row
// in bold must fit at 1280 pixels.
QVariant ForecastModel::display(const ForecastBlock& block, int column) const
{
    const QString& base = m_names.baseCurrency();
    switch (column) {
    case Rep:
        return block.ownerId.isEmpty() ? tr("Team") : m_names.owner(block.ownerId);
    case Closed:
        return ReviewFormat::amount(block.closed, base);
    case Commit:
        return ReviewFormat::amount(block.commit, base);
    case BestCase:
        return ReviewFormat::amount(block.bestCase, base);
    case Weighted:
        return ReviewFormat::amount(block.weighted, base);
    case OpenPipeline:
        return ReviewFormat::amount(block.openPipeline, base);
    case Quota:
        return ReviewFormat::amount(block.quota, base);
    case Gap:
        return ReviewFormat::amount(block.gap(), base);
    case Coverage:
        return ReviewFormat::multiple(block.coverage());
    case NeededCoverage:
        return ReviewFormat::multiple(block.neededCoverage());
    default:
        return {};
    }
}

QVariant ForecastModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const ForecastBlock& block = blockAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(block, index.column());
    case Qt::EditRole:
        if (index.column() == Quota) {
            return block.quota ? ReviewFormat::majorUnits(*block.quota, m_names.baseCurrency()) : 0.0;
        }
        return display(block, index.column());
    case OwnerIdRole:
        return block.ownerId;
    case Qt::FontRole:
        if (index.row() == 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Rep ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        // Coverage short of what the team's win rate needs is flagged.
        if (index.column() == Coverage && block.coverage() && block.neededCoverage()) {
            const bool enough = *block.coverage() >= *block.neededCoverage();
            return FlowStateStyle::background(enough ? FlowState::Advanced : FlowState::Lost, QApplication::palette());
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Quota:
            return index.row() == 0 ? tr("The sum of the reps' quotas") : tr("Double-click to set the quota");
        case Coverage:
            return tr("Open pipeline closing in the period ÷ quota still to close");
        case NeededCoverage:
            return block.winRate
                       ? tr("1 ÷ the win rate of the last 12 months (%1)").arg(ReviewFormat::percent(block.winRate))
                       : tr("No deals closed in the last 12 months");
        case Weighted:
            return tr("Open amount × stage probability");
        default:
            return {};
        }
    default:
        return {};
    }
}

bool ForecastModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.column() != Quota || index.row() == 0) {
        return false;
    }
    bool ok = false;
    const double major = value.toDouble(&ok);
    if (!ok || major < 0) {
        return false;
    }
    const QString& base = m_names.baseCurrency();
    emit quotaEdited(blockAt(index.row()).ownerId,
                     major > 0 ? std::optional<Money>(Money::fromMajorUnits(major, base)) : std::nullopt);
    return true;
}

Qt::ItemFlags ForecastModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Quota && index.row() > 0) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

QVariant ForecastModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Rep:
        return tr("Rep");
    case Closed:
        return tr("Closed");
    case Commit:
        return tr("Commit");
    case BestCase:
        return tr("Best case");
    case Weighted:
        return tr("Weighted");
    case OpenPipeline:
        return tr("Open pipeline");
    case Quota:
        return tr("Quota");
    case Gap:
        return tr("Gap");
    case Coverage:
        return tr("Coverage");
    case NeededCoverage:
        return tr("Needed");
    default:
        return {};
    }
}
