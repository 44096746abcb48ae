// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "V2momCascade.h"

#include "ReportingLine.h"

#include "core/storage/OwnerRepository.h"
#include "core/workspace/Workspace.h"

#include <QSet>

namespace {
const V2momMeasure* matchingMeasure(const V2momSheet& sheet, const MeasureBinding& binding)
{
    for (const V2momMeasure& measure : sheet.measures) {
        if (measure.binding.kind == binding.kind && measure.binding.segment == binding.segment &&
            measure.binding.industry == binding.industry) {
            return &measure;
        }
    }
    return nullptr;
}
} // namespace

V2momCascade V2momCascade::build(const QString& managerId,
                                 int fiscalYear,
                                 const std::optional<V2momSheet>& managerSheet,
                                 const QList<Owner>& reports,
                                 const QList<V2momSheet>& reportSheets,
                                 const QHash<QString, V2momRepository::MethodRef>& linkTargets)
{
    V2momCascade cascade;
    cascade.managerId = managerId;
    cascade.fiscalYear = fiscalYear;
    cascade.managerSheet = managerSheet;
    cascade.reports = reports;
    QHash<QString, qsizetype> methodAt;
    if (managerSheet) {
        for (qsizetype i = 0; i < managerSheet->methods.size(); ++i) {
            cascade.methods.append(CascadeMethod{managerSheet->methods[i], static_cast<int>(i + 1), {}});
            methodAt.insert(managerSheet->methods[i].id, i);
        }
    }
    QHash<QString, const V2momSheet*> sheetOf;
    for (const V2momSheet& sheet : reportSheets) {
        sheetOf.insert(sheet.ownerId, &sheet);
    }
    for (const Owner& report : reports) {
        const V2momSheet* sheet = sheetOf.value(report.id);
        if (!sheet) {
            cascade.reportsWithoutSheet.append(report.id);
            continue;
        }
        cascade.reportSheets.append(*sheet);
        for (qsizetype i = 0; i < sheet->methods.size(); ++i) {
            const V2momMethod& method = sheet->methods[i];
            const CascadeSupport support{report.id, sheet->id, method, static_cast<int>(i + 1)};
            const auto at = methodAt.constFind(method.parentMethodId);
            if (!method.parentMethodId.isEmpty() && at != methodAt.cend()) {
                cascade.methods[*at].supporters.append(support);
                continue;
            }
            CascadeUnlinked unlinked{support, UnlinkedReason::NotLinked, {}};
            if (!method.parentMethodId.isEmpty()) {
                const auto target = linkTargets.constFind(method.parentMethodId);
                const bool gone = target == linkTargets.cend() || target->removed;
                unlinked.reason = gone ? UnlinkedReason::LinkRemoved : UnlinkedReason::LinkElsewhere;
                if (target != linkTargets.cend()) {
                    unlinked.linkedTitle = target->title;
                }
            }
            cascade.unlinked.append(unlinked);
        }
    }
    return cascade;
}

void V2momCascade::addRollUps(const MeasureEvaluator& evaluator, const QDate& today)
{
    rollUps.clear();
    if (!managerSheet) {
        return;
    }
    const QList<Owner>& owners = evaluator.owners();
    for (const V2momMeasure& measure : managerSheet->measures) {
        if (!measure.binding.isBound()) {
            continue;
        }
        const QDate first = managerSheet->periodStart(measure);
        const QDate last = managerSheet->periodEnd(measure);
        CascadeRollUp rollUp;
        rollUp.measure = measure;
        rollUp.teamValue = evaluator.bound(measure.binding, ReportingLine::team(owners, managerId), first, last);
        rollUp.progress = MeasureProgress::of(rollUp.teamValue.value,
                                              measure.target,
                                              measure.binding.isCumulative(),
                                              measure.binding.lowerIsBetter(),
                                              first,
                                              last,
                                              today);
        for (const Owner& report : reports) {
            CascadeRollUp::Share share;
            share.ownerId = report.id;
            share.value = evaluator.bound(measure.binding, ReportingLine::team(owners, report.id), first, last);
            for (const V2momSheet& sheet : reportSheets) {
                if (sheet.ownerId != report.id) {
                    continue;
                }
                if (const V2momMeasure* own = matchingMeasure(sheet, measure.binding)) {
                    share.target = own->target;
                    share.measureName = own->name;
                    ++rollUp.reportsWithTarget;
                    if (measure.binding.isCumulative()) {
                        rollUp.reportTargets += own->target;
                    }
                }
            }
            rollUp.reports.append(share);
        }
        rollUps.append(rollUp);
    }
}

V2momCascade V2momCascade::load(Workspace& workspace,
                                const MeasureEvaluator& evaluator,
                                const QString& managerId,
                                int fiscalYear,
                                const QDate& today)
{
    V2momRepository& sheets = workspace.v2moms();
    const QList<Owner> reports = ReportingLine::directReports(evaluator.owners(), managerId);
    QList<V2momSheet> reportSheets;
    QStringList links;
    for (const Owner& report : reports) {
        if (const auto sheet = sheets.sheetFor(report.id, fiscalYear)) {
            reportSheets.append(*sheet);
            for (const V2momMethod& method : sheet->methods) {
                links.append(method.parentMethodId);
            }
        }
    }
    V2momCascade cascade = build(
        managerId, fiscalYear, sheets.sheetFor(managerId, fiscalYear), reports, reportSheets, sheets.methods(links));
    cascade.addRollUps(evaluator, today);
    return cascade;
}

int V2momCascade::unsupportedCount() const
{
    int count = 0;
    for (const CascadeMethod& method : methods) {
        count += method.unsupported() ? 1 : 0;
    }
    return count;
}
