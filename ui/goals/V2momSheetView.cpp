// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "V2momSheetView.h"

#include "core/analytics/MeasureEvaluator.h"
#include "core/storage/WorkspaceMetaRepository.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>

V2momSheetView V2momSheetView::load(Workspace& workspace,
                                    const MeasureEvaluator& evaluator,
                                    const V2momSheet& sheet,
                                    const QDate& today)
{
    V2momSheetView view;
    view.sheet = sheet;
    view.baseCurrency = workspace.meta().baseCurrency();
    view.today = today;
    QString managerId;
    for (const Owner& owner : evaluator.owners()) {
        if (owner.id == sheet.ownerId) {
            view.ownerName = owner.name;
            managerId = owner.managerId;
        }
    }
    if (!managerId.isEmpty()) {
        view.managerName = QCoreApplication::translate("V2momSheetView", "(unknown manager)");
        for (const Owner& owner : evaluator.owners()) {
            if (owner.id == managerId) {
                view.managerName = owner.name;
            }
        }
        if (const auto managerSheet = workspace.v2moms().sheetFor(managerId, sheet.fiscalYear.year)) {
            view.managerMethods = managerSheet->methods;
        }
    }
    QStringList links;
    for (const V2momMethod& method : sheet.methods) {
        links.append(method.parentMethodId);
    }
    view.links = workspace.v2moms().methods(links);
    for (const V2momMeasure& measure : sheet.measures) {
        MeasureRow row;
        row.measure = measure;
        row.value = evaluator.evaluate(sheet, measure, today);
        row.progress = MeasureProgress::of(sheet, measure, row.value, today);
        view.measures.append(row);
    }
    return view;
}

QHash<QString, double> V2momSheetView::valuesNow() const
{
    QHash<QString, double> values;
    for (const MeasureRow& row : measures) {
        if (row.value.value) {
            values.insert(row.measure.id, *row.value.value);
        }
    }
    return values;
}
