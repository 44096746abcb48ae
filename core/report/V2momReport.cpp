// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "V2momReport.h"

#include "V2momMarkdown.h"

#include "core/analytics/MeasureEvaluator.h"
#include "core/analytics/V2momCascade.h"
#include "core/storage/V2momRepository.h"
#include "core/workspace/Workspace.h"

namespace {
QString nameOf(const QList<Owner>& owners, const QString& id)
{
    for (const Owner& owner : owners) {
        if (owner.id == id) {
            return owner.name;
        }
    }
    return {};
}
} // namespace

namespace V2momReport {

QString sheetMarkdown(Workspace& workspace,
                      const MeasureEvaluator& evaluator,
                      const QString& ownerId,
                      int fiscalYear,
                      const QDate& today,
                      const QLocale& locale)
{
    const std::optional<V2momSheet> sheet = workspace.v2moms().sheetFor(ownerId, fiscalYear);
    if (!sheet) {
        return {};
    }
    const QList<Owner>& owners = evaluator.owners();
    V2momMarkdown::SheetContext context;
    context.ownerName = nameOf(owners, ownerId);
    for (const Owner& owner : owners) {
        if (owner.id == ownerId && !owner.managerId.isEmpty()) {
            context.managerName = nameOf(owners, owner.managerId);
        }
    }
    context.today = today;
    QStringList links;
    for (const V2momMethod& method : sheet->methods) {
        links.append(method.parentMethodId);
    }
    context.links = workspace.v2moms().methods(links);
    for (const V2momMeasure& measure : sheet->measures) {
        context.progress.insert(
            measure.id, MeasureProgress::of(*sheet, measure, evaluator.evaluate(*sheet, measure, today), today));
    }
    return V2momMarkdown::sheet(*sheet, context, locale);
}

QString cascadeMarkdown(Workspace& workspace,
                        const MeasureEvaluator& evaluator,
                        const QString& managerId,
                        int fiscalYear,
                        const QDate& today,
                        const QLocale& locale)
{
    QHash<QString, QString> names;
    for (const Owner& owner : evaluator.owners()) {
        names.insert(owner.id, owner.name);
    }
    return V2momMarkdown::cascade(
        V2momCascade::load(workspace, evaluator, managerId, fiscalYear, today), names, locale);
}

} // namespace V2momReport
