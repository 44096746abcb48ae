// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StrategySheetListModel.h"

#include "core/domain/DefaultPipeline.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/DealRepository.h"
#include "core/storage/OwnerRepository.h"
#include "core/storage/PipelineRepository.h"
#include "core/storage/StrategySheetRepository.h"
#include "core/util/Clock.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceEvents.h"
#include "ui/common/CellEditor.h"

#include <QHash>
#include <QLocale>

StrategySheetListModel::StrategySheetListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void StrategySheetListModel::setWorkspace(Workspace* workspace)
{
    if (m_workspace) {
        disconnect(&m_workspace->events(), nullptr, this, nullptr);
    }
    m_workspace = workspace;
    if (workspace) {
        WorkspaceEvents& events = workspace->events();
        connect(&events, &WorkspaceEvents::strategySheetsChanged, this, &StrategySheetListModel::reload);
        connect(&events, &WorkspaceEvents::dealsChanged, this, [this](const QStringList& ids) {
            for (const QString& id : ids) {
                if (rowOf(id) >= 0) {
                    reload();
                    return;
                }
            }
        });
        connect(&events, &WorkspaceEvents::dealsRemoved, this, &StrategySheetListModel::reload);
        connect(&events, &WorkspaceEvents::workspaceReloaded, this, &StrategySheetListModel::reload);
    }
    reload();
}

void StrategySheetListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_workspace) {
        Workspace& ws = *m_workspace;
        const QStringList ids = ws.strategySheets().dealsWithSheets();
        const QList<Deal> deals = ws.deals().deals(ids);
        QHash<QString, StrategySheet> sheets;
        for (const StrategySheet& sheet : ws.strategySheets().sheets(ids)) {
            sheets.insert(sheet.dealId, sheet);
        }
        QHash<QString, QString> owners;
        for (const ::Owner& owner : ws.owners().owners()) {
            owners.insert(owner.id, owner.name);
        }
        QHash<QString, std::pair<QString, int>> stages;
        for (const Pipeline& pipeline : ws.pipelines().pipelines()) {
            for (const ::Stage& stage : pipeline.stages) {
                stages.insert(stage.id, {DefaultPipeline::displayName(stage.id, stage.name), stage.order});
            }
        }
        for (const Deal& deal : deals) {
            Row row;
            row.deal = deal;
            if (!deal.accountId.isEmpty()) {
                if (const std::optional<::Account> account = ws.accounts().account(deal.accountId)) {
                    row.account = account->name;
                }
            }
            row.owner = owners.value(deal.ownerId);
            row.stage = stages.value(deal.stageId).first;
            row.stageOrder = stages.value(deal.stageId).second;
            const StrategySheet sheet = sheets.value(deal.id);
            row.milestones = sheet.milestonesDone();
            row.warnings = StrategyWarnings::evaluate(
                sheet, deal.expectedCloseDate, !deal.wonAt.isValid() && !deal.lostAt.isValid(), ws.clock().today());
            if (sheet.managerDecision != ManagerDecision::Undecided) {
                row.decision = managerDecisionDisplayName(sheet.managerDecision);
            }
            m_rows.append(row);
        }
    }
    endResetModel();
}

int StrategySheetListModel::rowOf(const QString& dealId) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r].deal.id == dealId) {
            return r;
        }
    }
    return -1;
}

int StrategySheetListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int StrategySheetListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StrategySheetListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Row& row = m_rows[index.row()];
    if (role == DealIdRole) {
        return row.deal.id;
    }
    if (role == Qt::ToolTipRole && index.column() == Warnings) {
        QStringList lines;
        for (StrategyWarning warning : row.warnings) {
            lines << StrategyWarnings::displayText(warning);
        }
        return lines.join(u'\n');
    }
    const bool sort = role == CellRole::Sort;
    if (role != Qt::DisplayRole && !sort) {
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case DealName:
        return row.deal.name;
    case Account:
        return row.account;
    case Owner:
        return row.owner;
    case Stage:
        return sort ? QVariant(row.stageOrder) : QVariant(row.stage);
    case CloseDate:
        return sort ? QVariant(row.deal.expectedCloseDate)
                    : QVariant(locale.toString(row.deal.expectedCloseDate, QLocale::ShortFormat));
    case Amount:
        return sort ? QVariant(row.deal.amount.majorUnits())
                    : QVariant(locale.toCurrencyString(row.deal.amount.majorUnits(), row.deal.amount.currency));
    case Milestones:
        return sort ? QVariant(row.milestones) : QVariant(tr("%1 / 5").arg(row.milestones));
    case Warnings:
        return sort ? QVariant(static_cast<int>(row.warnings.size()))
                    : QVariant(row.warnings.isEmpty() ? QString()
                                                      : tr("⚠ %n", nullptr, static_cast<int>(row.warnings.size())));
    case Decision:
        return row.decision;
    default:
        return {};
    }
}

QVariant StrategySheetListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case DealName:
        return tr("Deal");
    case Account:
        return tr("Account");
    case Owner:
        return tr("Owner");
    case Stage:
        return tr("Stage");
    case CloseDate:
        return tr("Close date");
    case Amount:
        return tr("Amount");
    case Milestones:
        return tr("Milestones");
    case Warnings:
        return tr("Warnings");
    case Decision:
        return tr("Decision");
    default:
        return {};
    }
}
