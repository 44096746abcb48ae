// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FunnelTableModel.h"

#include "FlowStateStyle.h"
#include "ReviewFormat.h"

#include <QApplication>
#include <QPalette>

FunnelTableModel::FunnelTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void FunnelTableModel::setRows(const QList<FunnelRow>& rows, const ReviewNames& names)
{
    beginResetModel();
    m_rows = rows;
    m_names = names;
    endResetModel();
}

const FunnelRow* FunnelTableModel::row(int index) const
{
    return index >= 0 && index < m_rows.size() ? &m_rows.at(index) : nullptr;
}

int FunnelTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FunnelTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FunnelTableModel::display(const FunnelRow& row, int column) const
{
    switch (column) {
    case Owner:
        return m_names.owner(row.ownerId);
    case Account:
        return row.accountName;
    case Deal:
        return row.dealName;
    case Amount:
        return ReviewFormat::money(row.amount.minor, row.amount.currency);
    case StageAtStart:
        return row.stageAtStartId.isEmpty() ? tr("(new)") : m_names.stage(row.stageAtStartId);
    case StageNow:
        return m_names.stage(row.stageNowId);
    case DaysInStage:
        return ReviewFormat::days(row.daysInStage);
    case CloseDate:
        return ReviewFormat::date(row.closeDate);
    case Slips:
        return row.slipCount > 0 ? QLocale().toString(row.slipCount) : QString();
    case Category:
        return forecastCategoryDisplayName(row.forecastCategory);
    case Weighted:
        return ReviewFormat::money(row.weightedBase, m_names.baseCurrency());
    case Flow:
        if (row.reopened) {
            return tr("%1 (reopened)").arg(flowStateDisplayName(row.flowState));
        }
        return flowStateDisplayName(row.flowState);
    default:
        return {};
    }
}

QVariant FunnelTableModel::sortValue(const FunnelRow& row, int column) const
{
    switch (column) {
    case Amount:
        return row.amountBase ? QVariant(*row.amountBase) : QVariant(qint64(-1));
    case Weighted:
        return row.weightedBase ? QVariant(*row.weightedBase) : QVariant(qint64(-1));
    case DaysInStage:
        return row.daysInStage;
    case CloseDate:
        return row.closeDate;
    case Slips:
        return row.slipCount;
    case Category:
        return int(row.forecastCategory);
    case Flow:
        return int(row.flowState);
    default:
        return display(row, column);
    }
}

QString FunnelTableModel::toolTip(const FunnelRow& row, int column) const
{
    if (column == Flow) {
        QString text = flowStateDescription(row.flowState);
        if (row.movedBack) {
            text += u'\n' +
                    tr("Moved back to an earlier stage during the period (%n stage change(s)).", "", row.stageMoves);
        }
        if (row.stalled && row.flowState != FlowState::Stalled) {
            text += u'\n' + tr("Also stalled: no stage change and no interaction for too long.");
        }
        return text;
    }
    if (column == Owner && row.ownerAtStartId != row.ownerId) {
        return tr("Owned by %1 at the start of the period").arg(m_names.owner(row.ownerAtStartId));
    }
    if (column == CloseDate && row.closeDateAtStart.isValid() && row.closeDateAtStart != row.closeDate) {
        return tr("Was %1 at the start of the period").arg(ReviewFormat::date(row.closeDateAtStart));
    }
    if (column == Amount && !row.amountBase) {
        return tr("No exchange rate for %1: left out of the totals").arg(row.amount.currency);
    }
    return {};
}

QVariant FunnelTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const FunnelRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return sortValue(row, index.column());
    case DealIdRole:
        return row.dealId;
    case FlowStateRole:
        return int(row.flowState);
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::BackgroundRole:
        if (index.column() == Flow) {
            const QColor color = FlowStateStyle::background(row.flowState, QApplication::palette());
            return color.isValid() ? QVariant(color) : QVariant();
        }
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Amount:
        case DaysInStage:
        case Slips:
        case Weighted:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant FunnelTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Owner:
        return tr("Owner");
    case Account:
        return tr("Account");
    case Deal:
        return tr("Deal");
    case Amount:
        return tr("Amount");
    case StageAtStart:
        return tr("Stage at start");
    case StageNow:
        return tr("Stage now");
    case DaysInStage:
        return tr("Days in stage");
    case CloseDate:
        return tr("Close date");
    case Slips:
        return tr("Slipped");
    case Category:
        return tr("Forecast");
    case Weighted:
        return tr("Weighted");
    case Flow:
        return tr("Flow");
    default:
        return {};
    }
}
