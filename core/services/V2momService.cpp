// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "V2momService.h"

#include "core/analytics/MeasureEvaluator.h"
#include "core/services/InputRules.h"
#include "core/storage/OwnerRepository.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"
#include "core/storage/V2momRepository.h"
#include "core/util/Clock.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceEvents.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("V2momService", text);
}

StorageError invalid(const QString& text)
{
    return {StorageError::Kind::InvalidInput, text};
}

// The sheet's own methods, for links inside it.
QSet<QString> methodIds(const V2momSheet& sheet)
{
    QSet<QString> ids;
    for (const V2momMethod& method : sheet.methods) {
        ids.insert(method.id);
    }
    return ids;
}
} // namespace

V2momService::V2momService(Workspace& workspace)
    : m_workspace(workspace)
{}

QString V2momService::validate(const V2momSheet& sheet)
{
    if (sheet.ownerId.isEmpty()) {
        return tr("A goal sheet belongs to a person.");
    }
    if (!sheet.fiscalYear.isValid()) {
        return tr("The fiscal year is not valid.");
    }
    if (const QString problem = InputRules::checkText(sheet.vision, tr("The vision")); !problem.isEmpty()) {
        return problem;
    }
    const QSet<QString> methods = methodIds(sheet);
    for (const V2momMethod& method : sheet.methods) {
        if (!method.parentMethodId.isEmpty() && methods.contains(method.parentMethodId)) {
            return tr("A method can only support a method of the manager's sheet, not one of its own sheet.");
        }
    }
    for (const V2momObstacle& obstacle : sheet.obstacles) {
        if (!obstacle.methodId.isEmpty() && !methods.contains(obstacle.methodId)) {
            return tr("An obstacle is attached to a method that is not on the sheet.");
        }
    }
    for (const V2momMeasure& measure : sheet.measures) {
        if (!measure.methodId.isEmpty() && !methods.contains(measure.methodId)) {
            return tr("A measure is attached to a method that is not on the sheet.");
        }
        if (!std::isfinite(measure.target)) {
            return tr("The target of \"%1\" is not a number.").arg(measure.name);
        }
        if (!measure.dueDate.isValid()) {
            return tr("The measure \"%1\" needs a due date.").arg(measure.name);
        }
        const QString dateProblem = InputRules::first({InputRules::checkDate(measure.dueDate, tr("A due date")),
                                                       InputRules::checkDate(measure.startDate, tr("A start date"))});
        if (!dateProblem.isEmpty()) {
            return dateProblem;
        }
        if (measure.startDate.isValid() && measure.startDate > measure.dueDate) {
            return tr("The measure \"%1\" starts after its due date.").arg(measure.name);
        }
        for (const MeasureEntry& entry : measure.entries) {
            if (!entry.date.isValid() || !std::isfinite(entry.value)) {
                return tr("An entry of \"%1\" needs a date and a number.").arg(measure.name);
            }
            if (const QString problem = InputRules::checkDate(entry.date, tr("An entry's date")); !problem.isEmpty()) {
                return problem;
            }
        }
    }
    return {};
}

V2momSheet V2momService::create(const QString& ownerId, const FiscalYear& fiscalYear, const QString& sheetId)
{
    V2momSheet sheet;
    sheet.id = sheetId;
    sheet.ownerId = ownerId;
    sheet.fiscalYear = fiscalYear;
    return save(sheet);
}

V2momSheet V2momService::save(const V2momSheet& sheet)
{
    const QString problem = validate(sheet);
    if (!problem.isEmpty()) {
        throw invalid(problem);
    }
    Transaction transaction(m_workspace.database());
    if (!m_workspace.owners().owner(sheet.ownerId)) {
        throw invalid(tr("The person of this goal sheet no longer exists."));
    }
    const auto current = m_workspace.v2moms().sheetFor(sheet.ownerId, sheet.fiscalYear.year);
    if (current && current->id != sheet.id) {
        throw invalid(tr("%1 has a goal sheet for this fiscal year already.").arg(sheet.fiscalYear.label()));
    }
    const V2momSheet stored = m_workspace.v2moms().save(sheet);
    transaction.commit();
    emit m_workspace.events().goalsChanged({stored.id});
    return stored;
}

V2momSheet V2momService::remove(const QString& sheetId)
{
    Transaction transaction(m_workspace.database());
    const auto current = m_workspace.v2moms().sheet(sheetId);
    if (!current) {
        throw StorageError(StorageError::Kind::NotFound, tr("The goal sheet no longer exists."));
    }
    m_workspace.v2moms().remove(sheetId);
    transaction.commit();
    emit m_workspace.events().goalsChanged({sheetId});
    return *current;
}

V2momSnapshot V2momService::takeSnapshot(const QString& sheetId, const QString& title, const QTimeZone& zone)
{
    Transaction transaction(m_workspace.database());
    const auto sheet = m_workspace.v2moms().sheet(sheetId);
    if (!sheet) {
        throw StorageError(StorageError::Kind::NotFound, tr("The goal sheet no longer exists."));
    }
    const MeasureEvaluator evaluator = MeasureEvaluator::of(m_workspace, zone);
    const QDate today = m_workspace.clock().nowUtc().toTimeZone(zone).date();
    V2momSnapshot snapshot;
    snapshot.sheetId = sheetId;
    snapshot.title = title;
    snapshot.takenAt = m_workspace.clock().nowUtc();
    snapshot.sheet = *sheet;
    for (const V2momMeasure& measure : sheet->measures) {
        if (const auto value = evaluator.evaluate(*sheet, measure, today).value) {
            snapshot.measureValues.insert(measure.id, *value);
        }
    }
    const V2momSnapshot stored = m_workspace.v2moms().insertSnapshot(snapshot);
    transaction.commit();
    emit m_workspace.events().goalsChanged({sheetId});
    return stored;
}

V2momSnapshot V2momService::restoreSnapshot(const V2momSnapshot& snapshot)
{
    Transaction transaction(m_workspace.database());
    if (!m_workspace.v2moms().sheet(snapshot.sheetId)) {
        throw StorageError(StorageError::Kind::NotFound, tr("The goal sheet no longer exists."));
    }
    const V2momSnapshot stored = m_workspace.v2moms().insertSnapshot(snapshot);
    transaction.commit();
    emit m_workspace.events().goalsChanged({snapshot.sheetId});
    return stored;
}

V2momSnapshot V2momService::removeSnapshot(const QString& snapshotId)
{
    Transaction transaction(m_workspace.database());
    const auto current = m_workspace.v2moms().snapshot(snapshotId);
    if (!current) {
        throw StorageError(StorageError::Kind::NotFound, tr("The snapshot no longer exists."));
    }
    m_workspace.v2moms().removeSnapshot(snapshotId);
    transaction.commit();
    emit m_workspace.events().goalsChanged({current->sheetId});
    return *current;
}
