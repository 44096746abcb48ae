// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WeeklyReviewReport.h"

#include "ReportNames.h"
#include "ReportRequest.h"

#include "core/analytics/FunnelAnalysis.h"
#include "core/review/WhatChanged.h"
#include "core/storage/DealHistoryQuery.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>

// Inside the named namespace so that lupdate gives the helpers' tr() calls its context.
namespace WeeklyReviewReport {
namespace {
constexpr int kChangesShown = 40;
constexpr int kAttentionShown = 30;

QString tr(const char* text)
{
    return QCoreApplication::translate("WeeklyReviewReport", text);
}

QString tr(const char* text, const char* disambiguation, int n)
{
    return QCoreApplication::translate("WeeklyReviewReport", text, disambiguation, n);
}

QString moneyText(const std::optional<qint64>& minor, const QString& currency, const QLocale& locale)
{
    if (!minor) {
        return QStringLiteral("–");
    }
    return ReportCell::money(minor, currency, locale).display + u' ' + currency;
}

QString multipleText(const std::optional<double>& value, const QLocale& locale)
{
    return value ? locale.toString(*value, 'f', 1) + QStringLiteral("×") : QStringLiteral("–");
}

ReportCell multiple(const std::optional<double>& value, const QLocale& locale)
{
    return {multipleText(value, locale), value ? QString::number(*value, 'f', 2) : QString()};
}

QList<ReportCell> forecastRow(const QString& name, const ForecastBlock& block, const QString& cur, const QLocale& l)
{
    return {name,
            ReportCell::money(block.quota, cur, l),
            ReportCell::money(block.closed, cur, l),
            ReportCell::money(block.commit, cur, l),
            ReportCell::money(block.bestCase, cur, l),
            ReportCell::money(block.weighted, cur, l),
            ReportCell::money(block.openPipeline, cur, l),
            ReportCell::integer(block.openDeals, l),
            multiple(block.coverage(), l),
            multiple(block.neededCoverage(), l)};
}

void addForecast(ReportDocument& doc, const FunnelReport& funnel, const ReportNames& names, const QLocale& l)
{
    const QString& cur = funnel.baseCurrency;
    const ForecastBlock& team = funnel.forecast.team;
    doc.addHeading(tr("Forecast vs quota"));
    doc.addParagraph(tr("Quota period %1 – %2; amounts in %3. Forecast = closed + commit.")
                         .arg(l.toString(funnel.forecastPeriod.first, QLocale::ShortFormat),
                              l.toString(funnel.forecastPeriod.last(), QLocale::ShortFormat),
                              cur));
    doc.addKeyFigure(tr("Quota"), moneyText(team.quota, cur, l));
    doc.addKeyFigure(tr("Closed"), moneyText(team.closed, cur, l));
    doc.addKeyFigure(tr("Forecast"), moneyText(team.forecast(), cur, l));
    doc.addKeyFigure(tr("Best case"), moneyText(team.bestCase, cur, l));
    doc.addKeyFigure(tr("Weighted"), moneyText(team.weighted, cur, l));
    doc.addKeyFigure(tr("Gap to quota"), moneyText(team.gap(), cur, l));
    doc.addKeyFigure(tr("Coverage (needed)"),
                     multipleText(team.coverage(), l) + QStringLiteral(" (") + multipleText(team.neededCoverage(), l) +
                         u')');
    ReportTable table;
    table.key = QStringLiteral("forecast");
    table.title = tr("Forecast per rep");
    table.header = {tr("Rep"),
                    tr("Quota"),
                    tr("Closed"),
                    tr("Commit"),
                    tr("Best case"),
                    tr("Weighted"),
                    tr("Open pipeline"),
                    tr("Open deals"),
                    tr("Coverage"),
                    tr("Needed coverage")};
    table.numericColumns = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    for (const ForecastBlock& rep : funnel.forecast.reps) {
        const QString name = rep.ownerId.isEmpty() ? tr("(no owner)") : names.owner(rep.ownerId);
        table.appendRow(forecastRow(name, rep, cur, l));
    }
    table.appendRow(forecastRow(tr("Team"), team, cur, l));
    doc.addTable(table);
}

void addFunnel(ReportDocument& doc, const FunnelReport& funnel, const ReportNames& names, const QLocale& l)
{
    const QString& cur = funnel.baseCurrency;
    doc.addHeading(tr("Funnel"));
    FunnelResult chart;
    chart.baseCurrency = cur;
    chart.unconverted = funnel.unconverted;
    ReportTable table;
    table.key = QStringLiteral("funnel");
    table.title = tr("Funnel summary per stage");
    table.header = {tr("Stage"),
                    tr("Deals"),
                    tr("Amount"),
                    tr("Weighted"),
                    tr("Avg. days in stage"),
                    tr("Passed through"),
                    tr("Moved on"),
                    tr("Conversion")};
    table.numericColumns = {1, 2, 3, 4, 5, 6, 7};
    for (const StageSummaryRow& row : funnel.stages) {
        const Stage* stage = names.stageById(row.stageId);
        FunnelStage bar;
        bar.stageId = row.stageId;
        bar.name = stage ? stage->name : QString();
        bar.probability = stage ? stage->probability : 0;
        bar.deals = row.count;
        bar.amountMinor = row.amountBase;
        bar.weightedMinor = row.weightedBase;
        bar.exits = row.passedThrough;
        bar.conversion = row.conversion();
        chart.stages.append(bar);
        table.appendRow({bar.name,
                         ReportCell::integer(row.count, l),
                         ReportCell::money(row.amountBase, cur, l),
                         ReportCell::money(row.weightedBase, cur, l),
                         ReportCell::number(row.averageDaysInStage, 1, l),
                         ReportCell::integer(row.passedThrough, l),
                         ReportCell::integer(row.movedOn, l),
                         ReportCell::percent(row.conversion(), l)});
    }
    ReportFigure figure;
    figure.title = tr("Open deals per stage");
    figure.chart.kind = ChartKind::Funnel;
    figure.chart.baseCurrency = cur;
    figure.chart.asOf = funnel.asOf;
    figure.chart.result = chart;
    doc.addFigure(figure);
    for (const QString& sentence : funnel.shape.sentences) {
        doc.addParagraph(sentence);
    }
    doc.addTable(table);
}

void addWaterfall(ReportDocument& doc, const WhatChangedReport& changes, const QLocale& l)
{
    const QString& cur = changes.baseCurrency;
    const Waterfall& w = changes.waterfall;
    doc.addHeading(tr("Pipeline waterfall"));
    ReportFigure figure;
    figure.title = tr("Open pipeline from the start to the end of the week");
    figure.chart.kind = ChartKind::FlowWaterfall;
    figure.chart.baseCurrency = cur;
    figure.chart.result = w;
    doc.addFigure(figure);
    ReportTable table;
    table.key = QStringLiteral("waterfall");
    table.title = tr("Waterfall in %1").arg(cur);
    table.header = {tr("Step"), tr("Amount"), tr("Deals")};
    table.numericColumns = {1, 2};
    auto row = [&](const QString& name, qint64 amount, std::optional<int> deals) {
        table.appendRow(
            {name, ReportCell::money(amount, cur, l), deals ? ReportCell::integer(*deals, l) : ReportCell(QString())});
    };
    row(tr("Start"), w.start, w.startDeals);
    row(tr("Added"), w.added, w.addedDeals);
    row(tr("Increases"), w.increases, std::nullopt);
    row(tr("Decreases"), -w.decreases, std::nullopt);
    row(tr("Won"), -w.won, w.wonDeals);
    row(tr("Lost"), -w.lost, w.lostDeals);
    if (w.transferredIn != 0 || w.transferredOut != 0) {
        row(tr("Transferred in"), w.transferredIn, std::nullopt);
        row(tr("Transferred out"), -w.transferredOut, std::nullopt);
    }
    row(tr("End"), w.end, w.endDeals);
    doc.addTable(table);
}

// What the row changed from and to, in words the reader knows.
std::pair<ReportCell, ReportCell> changeEnds(const DealChangeRow& row, const ReportNames& names, const QLocale& l)
{
    switch (row.kind) {
    case ChangeKind::AmountUp:
    case ChangeKind::AmountDown:
        return {ReportCell::money(row.fromAmount.minor, row.fromAmount.currency, l),
                ReportCell::money(row.toAmount.minor, row.toAmount.currency, l)};
    case ChangeKind::ClosePushed:
    case ChangeKind::ClosePulled:
        return {ReportCell::date(row.fromDate, l), ReportCell::date(row.toDate, l)};
    case ChangeKind::OwnerChanged:
        return {names.owner(row.fromOwnerId), names.owner(row.toOwnerId)};
    default:
        return {names.stage(row.fromStageId), names.stage(row.toStageId)};
    }
}

void addChanges(ReportDocument& doc,
                const FunnelReport& funnel,
                const WhatChangedReport& changes,
                const ReportNames& names,
                const QLocale& l)
{
    doc.addHeading(tr("What changed"));
    ReportTable flows;
    flows.key = QStringLiteral("flow");
    flows.title = tr("Deals by flow state");
    flows.header = {tr("Flow state"), tr("Deals")};
    flows.numericColumns = {1};
    for (int i = 0; i < kFlowStateCount; ++i) {
        const auto state = static_cast<FlowState>(i);
        flows.appendRow({flowStateDisplayName(state), ReportCell::integer(funnel.flowCount(state), l)});
    }
    doc.addTable(flows);

    const QString& cur = changes.baseCurrency;
    ReportTable table;
    table.key = QStringLiteral("changes");
    table.title = tr("Changes in the week (%n change(s))", "", int(changes.rows.size()));
    table.header = {tr("Change"), tr("Deal"), tr("Account"), tr("Owner"), tr("From"), tr("To"), tr("Δ amount")};
    table.numericColumns = {6};
    table.displayLimit = kChangesShown;
    for (const DealChangeRow& row : changes.rows) {
        const auto [from, to] = changeEnds(row, names, l);
        table.appendRow({changeKindDisplayName(row.kind),
                         row.dealName,
                         row.accountName,
                         names.owner(row.ownerId),
                         from,
                         to,
                         ReportCell::money(row.deltaBase, cur, l)});
    }
    doc.addTable(table);
}

void addAttention(ReportDocument& doc, const FunnelReport& funnel, const ReportNames& names, const QLocale& l)
{
    doc.addHeading(tr("Needs attention"));
    ReportTable table;
    table.key = QStringLiteral("attention");
    table.title = tr("Deals that need the manager (%n deal(s))", "", int(funnel.attention.size()));
    table.header = {
        tr("Deal"), tr("Account"), tr("Owner"), tr("Amount"), tr("Close date"), tr("Days in stage"), tr("Why")};
    table.numericColumns = {3, 5};
    table.displayLimit = kAttentionShown;
    for (const AttentionItem& item : funnel.attention) {
        QStringList reasons;
        for (AttentionReason reason : item.reasons) {
            reasons.append(attentionReasonDisplayName(reason));
        }
        table.appendRow({item.dealName,
                         item.accountName,
                         names.owner(item.ownerId),
                         ReportCell::money(item.amountBase, funnel.baseCurrency, l),
                         ReportCell::date(item.closeDate, l),
                         item.daysInStage >= 0 ? ReportCell::integer(item.daysInStage, l) : ReportCell(QString()),
                         reasons.join(QStringLiteral("; "))});
    }
    if (table.rows.isEmpty()) {
        doc.addParagraph(tr("No deal needs attention this week."));
    } else {
        doc.addTable(table);
    }
}
} // namespace

ReportDocument build(Workspace& workspace,
                     const ReportNames& names,
                     const ReportRequest& request,
                     const ReportRange& range,
                     const QStringList& ownerIds)
{
    const QLocale& l = request.locale;
    FunnelOptions options;
    options.period = ReportPeriod::fromLocalDays(range.first, range.last, request.zone);
    options.now = request.now;
    options.zone = request.zone;
    options.ownerIds = ownerIds;
    // One read of the history serves both the funnel table and what changed since the period began.
    const QList<DealTimeline> history =
        DealHistoryQuery::timelines(workspace.database(), options.period.start, options.period.end);
    const FunnelReport funnel = FunnelAnalysis::run(workspace.database(), options, history);

    WhatChangedOptions since;
    since.since = options.period.start;
    since.now = options.period.asOf(request.now);
    since.zone = request.zone;
    since.ownerIds = ownerIds;
    const WhatChangedReport changes = WhatChanged::run(workspace.database(), since, history);

    ReportDocument doc;
    doc.kind = ReportKind::WeeklyReview;
    doc.title = ReportKinds::displayName(doc.kind);
    doc.workspaceName = names.workspaceName();
    doc.periodLabel = range.label(l);
    doc.generatedAt = request.now;
    if (!funnel.unconverted.isEmpty()) {
        QStringList codes(funnel.unconverted.cbegin(), funnel.unconverted.cend());
        codes.sort();
        doc.addParagraph(tr("Amounts in %1 are left out of the totals: no exchange rate to %2.")
                             .arg(codes.join(QStringLiteral(", ")), funnel.baseCurrency));
    }
    addForecast(doc, funnel, names, l);
    addFunnel(doc, funnel, names, l);
    addWaterfall(doc, changes, l);
    addChanges(doc, funnel, changes, names, l);
    addAttention(doc, funnel, names, l);
    return doc;
}

} // namespace WeeklyReviewReport
