// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RepScorecardReport.h"

#include "ReportNames.h"
#include "ReportRequest.h"

#include "core/analytics/BehaviourSummary.h"
#include "core/analytics/ChartDataLoader.h"
#include "core/analytics/MeasureEvaluator.h"
#include "core/analytics/MeasureProgress.h"
#include "core/report/V2momMarkdown.h"
#include "core/storage/V2momRepository.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>

#include <cmath>

// Inside the named namespace so that lupdate gives the helpers' tr() calls its context.
namespace RepScorecardReport {
namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("RepScorecardReport", text);
}

QString tr(const char* text, const char* disambiguation, int n)
{
    return QCoreApplication::translate("RepScorecardReport", text, disambiguation, n);
}

// A lever's value as the formula uses it, formatted for its kind.
ReportCell leverCell(Lever lever, const PerformanceFactors& f, const QString& currency, const QLocale& l)
{
    const std::optional<double> value = f.value(lever);
    switch (lever) {
    case Lever::Leads:
        return ReportCell::integer(f.leads, l);
    case Lever::LeadConversion:
    case Lever::WinRate:
    case Lever::CollectionRatio:
        return ReportCell::percent(value, l);
    case Lever::DealSize:
        return ReportCell::money(
            value ? std::optional<qint64>(qint64(std::llround(*value))) : std::nullopt, currency, l);
    case Lever::CycleLength:
        return ReportCell::number(value, 0, l);
    }
    return {};
}

void addPerformance(ReportDocument& doc, const ChartData& data, const Owner& rep, const QLocale& l)
{
    doc.addHeading(tr("Performance formula"));
    doc.addParagraph(tr("Collections = leads × lead→opportunity rate × win rate × average deal size × collection "
                        "ratio; the sales cycle is the sixth lever. Index: the team = 100, above is better."));
    const auto* result = std::get_if<PerformanceResult>(&data.result);
    if (!result) {
        doc.addParagraph(data.error.isEmpty() ? tr("No performance data for this period.") : data.error);
        return;
    }
    const RepPerformance* mine = nullptr;
    for (const RepPerformance& r : result->reps) {
        if (r.ownerId == rep.id) {
            mine = &r;
        }
    }
    ReportTable table;
    table.key = QStringLiteral("levers");
    table.title = tr("Levers of %1 against the team").arg(rep.name);
    table.header = {tr("Lever"), rep.name, tr("Team"), tr("Index")};
    table.numericColumns = {1, 2, 3};
    for (Lever lever : PerformanceFormula::levers()) {
        const int i = static_cast<int>(lever);
        table.appendRow({PerformanceFormula::leverName(lever),
                         mine ? leverCell(lever, mine->factors, result->baseCurrency, l) : ReportCell(QString()),
                         leverCell(lever, result->team, result->baseCurrency, l),
                         mine ? ReportCell::number(mine->index.at(std::size_t(i)), 0, l) : ReportCell(QString())});
    }
    doc.addTable(table);
    if (mine && mine->weakest) {
        doc.addParagraph(tr("Weakest lever: %1.").arg(PerformanceFormula::leverName(*mine->weakest)));
    }
    ReportFigure figure;
    figure.title = tr("Levers against the team");
    figure.chart = data;
    doc.addFigure(figure);
}

void addBehaviour(ReportDocument& doc, const QList<RepBehaviour>& behaviour, int weeks, const QLocale& l)
{
    doc.addHeading(tr("Behaviour table"));
    const RepBehaviour* b = behaviour.isEmpty() ? nullptr : &behaviour.constFirst();
    if (!b || b->interactions == 0) {
        doc.addParagraph(tr("No customer interaction in the %n week(s) of the period.", "", weeks));
        return;
    }
    ReportTable table;
    table.key = QStringLiteral("behaviour");
    table.title = tr("Customer interactions over %n week(s)", "", weeks);
    table.header = {tr("Measure"), tr("Value")};
    table.numericColumns = {1};
    table.appendRow({tr("Interactions"), ReportCell::integer(b->interactions, l)});
    table.appendRow({tr("Per week"), ReportCell::number(b->perWeek(), 1, l)});
    table.appendRow({tr("With a stated objective"), ReportCell::percent(b->objectiveShare(), l)});
    table.appendRow({tr("Reviewed"), ReportCell::integer(b->reviewed, l)});
    table.appendRow({tr("Objective hit rate"), ReportCell::percent(b->hitRate(), l)});
    table.appendRow({tr("Average skill rating (1–5)"), ReportCell::number(b->averageRating, 1, l)});
    const QStringList skills = {
        tr("Planning"), tr("Questioning"), tr("Presenting value"), tr("Handling objections"), tr("Gaining commitment")};
    for (int i = 0; i < skills.size(); ++i) {
        table.appendRow(
            {tr("Rating: %1").arg(skills.at(i)), ReportCell::number(b->averageRatings.at(std::size_t(i)), 1, l)});
    }
    doc.addTable(table);
}

void addMeasures(ReportDocument& doc, Workspace& workspace, const ReportRequest& request, const Owner& rep)
{
    const QLocale& l = request.locale;
    const QDate today = request.now.toTimeZone(request.zone).date();
    const FiscalYear year = FiscalYear::containing(today, request.fiscalYearStartMonth);
    doc.addHeading(tr("V2MOM measures %1").arg(year.label()));
    const std::optional<V2momSheet> sheet = workspace.v2moms().sheetFor(rep.id, year.year);
    if (!sheet || sheet->measures.isEmpty()) {
        doc.addParagraph(tr("%1 has no V2MOM measures for %2.").arg(rep.name, year.label()));
        return;
    }
    const MeasureEvaluator evaluator = MeasureEvaluator::of(workspace, request.zone);
    ReportTable table;
    table.key = QStringLiteral("measures");
    table.title = tr("Measures as of %1").arg(l.toString(today, QLocale::ShortFormat));
    table.header = {tr("Measure"), tr("Target"), tr("Value"), tr("Completion"), tr("Pace"), tr("Due")};
    table.numericColumns = {1, 2, 3};
    for (const V2momMeasure& measure : sheet->measures) {
        const MeasureProgress progress =
            MeasureProgress::of(*sheet, measure, evaluator.evaluate(*sheet, measure, today), today);
        const auto withUnit = [&](const std::optional<double>& value) {
            if (!value) {
                return ReportCell(QStringLiteral("–"), QString());
            }
            const QString number = V2momMarkdown::formatNumber(*value, l);
            return ReportCell(measure.unit.isEmpty() ? number : number + u' ' + measure.unit,
                              QString::number(*value, 'f', 2));
        };
        table.appendRow({measure.name,
                         withUnit(measure.target),
                         withUnit(progress.value),
                         ReportCell::percent(progress.completion, l),
                         paceDisplayName(progress.pace),
                         ReportCell::date(measure.dueDate, l)});
    }
    doc.addTable(table);
}
} // namespace

ReportDocument build(Workspace& workspace,
                     const ReportNames& names,
                     const ReportRequest& request,
                     const ReportRange& range,
                     const Owner& rep)
{
    const QLocale& l = request.locale;
    ReportDocument doc;
    doc.kind = ReportKind::Scorecard;
    doc.title = ReportKinds::displayName(doc.kind) + QStringLiteral(": ") + rep.name;
    doc.workspaceName = names.workspaceName();
    doc.periodLabel = range.label(l);
    doc.generatedAt = request.now;

    ChartFilter filter;
    filter.ownerIds = {rep.id};
    filter.period = ReportPeriod::fromLocalDays(range.first, range.last, request.zone);
    const ChartData performance =
        ChartDataLoader::load(workspace.database(), ChartKind::PerformanceFormula, filter, request.now, request.zone);
    addPerformance(doc, performance, rep, l);

    const QDate asOf = filter.period.asOf(request.now).addMSecs(-1).toTimeZone(request.zone).date();
    const int weeks = std::max(1, (range.days() + 6) / 7);
    addBehaviour(doc, BehaviourSummary::compute(workspace.database(), asOf, weeks, rep.id), weeks, l);
    addMeasures(doc, workspace, request, rep);
    return doc;
}

} // namespace RepScorecardReport
