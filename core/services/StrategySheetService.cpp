// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StrategySheetService.h"

#include "core/services/InputRules.h"
#include "core/storage/DealRepository.h"
#include "core/storage/StorageError.h"
#include "core/storage/StrategySheetRepository.h"
#include "core/storage/Transaction.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceEvents.h"

#include <QCoreApplication>

namespace {
bool inRange(const std::optional<int>& value, int low, int high)
{
    return !value || (*value >= low && *value <= high);
}

bool inRange(const std::optional<double>& value, double low, double high)
{
    return !value || (*value >= low && *value <= high);
}

StorageError invalid(const QString& text)
{
    return {StorageError::Kind::InvalidInput, text};
}
} // namespace

StrategySheetService::StrategySheetService(Workspace& workspace)
    : m_workspace(workspace)
{}

QString StrategySheetService::validate(const StrategySheet& sheet)
{
    if (sheet.dealId.isEmpty()) {
        return QCoreApplication::translate("StrategySheetService", "A strategy sheet belongs to a deal.");
    }
    if (!inRange(sheet.repWinProbability, 0, 100) || !inRange(sheet.managerWinProbability, 0, 100)) {
        return QCoreApplication::translate("StrategySheetService", "Win probabilities go from 0 to 100 %.");
    }
    if (!inRange(sheet.grossMarginPct, -100.0, 100.0) || !inRange(sheet.discountPct, 0.0, 100.0)) {
        return QCoreApplication::translate("StrategySheetService",
                                           "Margin goes from -100 to 100 %, discount from 0 to 100 %.");
    }
    if (!inRange(sheet.cacPaybackMonths, 0, 1200)) {
        return QCoreApplication::translate("StrategySheetService", "The payback period cannot be negative.");
    }
    for (const Stakeholder& person : sheet.stakeholders) {
        if (!inRange(person.relationshipStrength, 1, 5)) {
            return QCoreApplication::translate("StrategySheetService", "Relationship strength goes from 1 to 5.");
        }
        const QString problem = InputRules::first(
            {InputRules::checkText(person.name, QCoreApplication::translate("StrategySheetService", "A name")),
             InputRules::checkText(person.orgResult,
                                   QCoreApplication::translate("StrategySheetService", "An organisational result")),
             InputRules::checkText(person.personalWin,
                                   QCoreApplication::translate("StrategySheetService", "A personal win"))});
        if (!problem.isEmpty()) {
            return problem;
        }
    }
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("StrategySheetService", text);
    };
    return InputRules::first({InputRules::checkText(sheet.objective, tr("The objective")),
                              sheet.objectiveAmountMinor
                                  ? InputRules::checkAmount(*sheet.objectiveAmountMinor, tr("The objective's amount"))
                                  : QString(),
                              InputRules::checkDate(sheet.objectiveBy, tr("The objective's date")),
                              InputRules::checkText(sheet.compellingEvent, tr("The compelling event")),
                              InputRules::checkText(sheet.managerNote, tr("The manager's note"))});
}

StrategySheet StrategySheetService::create(const QString& dealId, const QString& sheetId)
{
    const std::optional<Deal> deal = m_workspace.deals().deal(dealId);
    if (!deal) {
        throw invalid(QCoreApplication::translate("StrategySheetService", "The deal no longer exists."));
    }
    StrategySheet sheet;
    sheet.id = sheetId;
    sheet.dealId = dealId;
    sheet.objectiveCurrency = deal->amount.currency;
    return save(sheet);
}

StrategySheet StrategySheetService::save(const StrategySheet& sheet)
{
    const QString problem = validate(sheet);
    if (!problem.isEmpty()) {
        throw StorageError(StorageError::Kind::InvalidInput, problem);
    }
    Transaction transaction(m_workspace.database());
    if (!m_workspace.deals().deal(sheet.dealId)) {
        throw invalid(QCoreApplication::translate("StrategySheetService", "The deal no longer exists."));
    }
    const std::optional<StrategySheet> current = m_workspace.strategySheets().forDeal(sheet.dealId);
    if (current && current->id != sheet.id) {
        throw invalid(QCoreApplication::translate("StrategySheetService", "The deal has a strategy sheet already."));
    }
    const StrategySheet stored = m_workspace.strategySheets().save(sheet);
    transaction.commit();
    emit m_workspace.events().strategySheetsChanged({sheet.dealId});
    return stored;
}

StrategySheet StrategySheetService::remove(const QString& dealId)
{
    Transaction transaction(m_workspace.database());
    const std::optional<StrategySheet> current = m_workspace.strategySheets().forDeal(dealId);
    if (!current) {
        throw StorageError(StorageError::Kind::NotFound,
                           QCoreApplication::translate("StrategySheetService", "The deal has no strategy sheet."));
    }
    m_workspace.strategySheets().remove(current->id);
    transaction.commit();
    emit m_workspace.events().strategySheetsChanged({dealId});
    return *current;
}
