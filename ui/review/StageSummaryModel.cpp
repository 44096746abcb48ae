// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StageSummaryModel.h"

#include "ReviewFormat.h"

#include <QFont>
#include <QLocale>

StageSummaryModel::StageSummaryModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void StageSummaryModel::setRows(const QList<StageSummaryRow>& rows, const ReviewNames& names)
{
    beginResetModel();
    m_rows = rows;
    m_names = names;
    m_total = StageSummaryRow{};
    double days = 0;
    int withDays = 0;
    for (const StageSummaryRow& row : rows) {
        m_total.count += row.count;
        m_total.amountBase += row.amountBase;
        m_total.weightedBase += row.weightedBase;
        if (row.averageDaysInStage) {
            days += *row.averageDaysInStage * row.count;
            withDays += row.count;
        }
    }
    if (withDays > 0) {
        m_total.averageDaysInStage = days / withDays;
    }
    endResetModel();
}

int StageSummaryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size()) + (m_rows.isEmpty() ? 0 : 1);
}

int StageSummaryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StageSummaryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const bool total = index.row() == m_rows.size();
    const StageSummaryRow& row = total ? m_total : m_rows.at(index.row());
    if (role == Qt::FontRole && total) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole && index.column() != Stage) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() == Conversion && !total) {
        return tr("%1 of %2 deals that were in this stage during the period moved on to a later stage")
            .arg(QLocale().toString(row.movedOn), QLocale().toString(row.passedThrough));
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Stage:
        return total ? tr("Total") : m_names.stage(row.stageId);
    case Deals:
        return QLocale().toString(row.count);
    case Amount:
        return ReviewFormat::money(row.amountBase, m_names.baseCurrency());
    case Weighted:
        return ReviewFormat::money(row.weightedBase, m_names.baseCurrency());
    case AverageDays:
        return row.averageDaysInStage ? QLocale().toString(*row.averageDaysInStage, 'f', 0) : QString();
    case Conversion:
        return total ? QString() : ReviewFormat::percent(row.conversion());
    default:
        return {};
    }
}

QVariant StageSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Stage:
        return tr("Stage");
    case Deals:
        return tr("Deals");
    case Amount:
        return tr("Amount");
    case Weighted:
        return tr("Weighted");
    case AverageDays:
        return tr("Avg. days in stage");
    case Conversion:
        return tr("Moved on");
    default:
        return {};
    }
}
