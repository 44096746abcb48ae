// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WhatChangedModel.h"

#include "FlowStateStyle.h"
#include "ReviewFormat.h"

#include <QApplication>
#include <QLocale>

namespace {
// The colour family of a change, shared with the funnel's flow states.
std::optional<FlowState> toneOf(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::New:
    case ChangeKind::Reopened:
        return FlowState::New;
    case ChangeKind::Advanced:
    case ChangeKind::AmountUp:
    case ChangeKind::ClosePulled:
        return FlowState::Advanced;
    case ChangeKind::Regressed:
    case ChangeKind::AmountDown:
    case ChangeKind::ClosePushed:
        return FlowState::Regressed;
    case ChangeKind::Won:
        return FlowState::Won;
    case ChangeKind::Lost:
        return FlowState::Lost;
    case ChangeKind::OwnerChanged:
        break;
    }
    return std::nullopt;
}
} // namespace

WhatChangedModel::WhatChangedModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void WhatChangedModel::setRows(const QList<DealChangeRow>& rows, const ReviewNames& names)
{
    beginResetModel();
    m_rows = rows;
    m_names = names;
    endResetModel();
}

void WhatChangedModel::setNotes(const QList<ReviewNote>& notes)
{
    m_notes.clear();
    for (const ReviewNote& note : notes) {
        m_notes.insert(note.dealId, note);
    }
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, Note), index(int(m_rows.size()) - 1, Note));
    }
}

const DealChangeRow* WhatChangedModel::row(int index) const
{
    return index >= 0 && index < m_rows.size() ? &m_rows.at(index) : nullptr;
}

int WhatChangedModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WhatChangedModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WhatChangedModel::from(const DealChangeRow& row) const
{
    switch (row.kind) {
    case ChangeKind::Reopened:
    case ChangeKind::Advanced:
    case ChangeKind::Regressed:
    case ChangeKind::Won:
    case ChangeKind::Lost:
        return m_names.stage(row.fromStageId);
    case ChangeKind::AmountUp:
    case ChangeKind::AmountDown:
        return ReviewFormat::money(row.fromAmount.minor, row.fromAmount.currency);
    case ChangeKind::ClosePushed:
    case ChangeKind::ClosePulled:
        return ReviewFormat::date(row.fromDate);
    case ChangeKind::OwnerChanged:
        return m_names.owner(row.fromOwnerId);
    case ChangeKind::New:
        break;
    }
    return {};
}

QString WhatChangedModel::to(const DealChangeRow& row) const
{
    switch (row.kind) {
    case ChangeKind::New:
        return tr("%1 in %2")
            .arg(ReviewFormat::money(row.toAmount.minor, row.toAmount.currency), m_names.stage(row.toStageId));
    case ChangeKind::Reopened:
    case ChangeKind::Advanced:
    case ChangeKind::Regressed:
        return m_names.stage(row.toStageId);
    case ChangeKind::Won:
    case ChangeKind::Lost:
        return ReviewFormat::money(row.toAmount.minor, row.toAmount.currency);
    case ChangeKind::AmountUp:
    case ChangeKind::AmountDown:
        return ReviewFormat::money(row.toAmount.minor, row.toAmount.currency);
    case ChangeKind::ClosePushed:
    case ChangeKind::ClosePulled:
        return ReviewFormat::date(row.toDate);
    case ChangeKind::OwnerChanged:
        return m_names.owner(row.toOwnerId);
    }
    return {};
}

QVariant WhatChangedModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const DealChangeRow& row = m_rows.at(index.row());
    switch (role) {
    case DealIdRole:
        return row.dealId;
    case SortRole:
        switch (index.column()) {
        case When:
            return row.at;
        case Delta:
            return row.deltaBase ? QVariant(*row.deltaBase) : QVariant();
        case Change:
            return int(row.kind);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::BackgroundRole:
        if (index.column() == Change) {
            if (const auto tone = toneOf(row.kind)) {
                return FlowStateStyle::background(*tone, QApplication::palette());
            }
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Delta ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Deal) {
            return tr("%1 — double-click to open the deal").arg(row.accountName);
        }
        if (index.column() == Note) {
            const ReviewNote note = m_notes.value(row.dealId);
            return note.nextStep.isEmpty()
                       ? QString()
                       : tr("Next step: %1 (%2)").arg(note.nextStep, ReviewFormat::date(note.nextStepDate));
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case When:
            return ReviewFormat::dateTime(row.at);
        case Deal:
            return row.dealName;
        case Owner:
            return m_names.owner(row.ownerId);
        case Change:
            return changeKindDisplayName(row.kind);
        case From:
            return from(row);
        case To:
            return to(row);
        case Delta:
            return row.deltaBase ? ReviewFormat::moneyChange(*row.deltaBase, m_names.baseCurrency()) : QString();
        case Note:
            return m_notes.value(row.dealId).comment;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant WhatChangedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case When:
        return tr("When");
    case Deal:
        return tr("Deal");
    case Owner:
        return tr("Owner");
    case Change:
        return tr("Change");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Delta:
        return tr("Change in %1").arg(m_names.baseCurrency());
    case Note:
        return tr("Review note");
    default:
        return {};
    }
}
