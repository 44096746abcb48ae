// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccuracyModel.h"

#include "FlowStateStyle.h"
#include "ReviewFormat.h"

#include <QApplication>
#include <QFont>
#include <QLocale>

AccuracyModel::AccuracyModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AccuracyModel::setRows(const QList<AccuracyRow>& rows, const ReviewNames& names)
{
    beginResetModel();
    m_rows = rows;
    m_names = names;
    endResetModel();
}

int AccuracyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccuracyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccuracyModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const AccuracyRow& row = m_rows.at(index.row());
    const QString& base = m_names.baseCurrency();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Taken:
            return ReviewFormat::date(row.takenAt.toLocalTime().date());
        case Period:
            return tr("%1 – %2").arg(ReviewFormat::date(row.period.first), ReviewFormat::date(row.period.last()));
        case Rep:
            return row.ownerId.isEmpty() ? tr("Team") : m_names.owner(row.ownerId);
        case Forecast:
            return ReviewFormat::money(row.forecast, base);
        case Actual:
            return ReviewFormat::money(row.actual, base);
        case Accuracy:
            return ReviewFormat::percent(row.accuracy);
        default:
            return {};
        }
    case Qt::FontRole:
        if (row.ownerId.isEmpty()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        if (index.column() == Accuracy) {
            return FlowStateStyle::background(row.accuracy >= kGood ? FlowState::Advanced : FlowState::Regressed,
                                              QApplication::palette());
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Accuracy) {
            return row.bias() >= 0 ? tr("Forecast %1 too high").arg(ReviewFormat::money(row.bias(), base))
                                   : tr("Forecast %1 too low").arg(ReviewFormat::money(-row.bias(), base));
        }
        if (index.column() == Forecast) {
            return tr("Closed so far plus commit when the review started");
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= Forecast ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant AccuracyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Taken:
        return tr("Review of");
    case Period:
        return tr("Period");
    case Rep:
        return tr("Rep");
    case Forecast:
        return tr("Forecast");
    case Actual:
        return tr("Closed");
    case Accuracy:
        return tr("Accuracy");
    default:
        return {};
    }
}
