// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportBuilder.h"

#include "DealStrategyReport.h"
#include "RepScorecardReport.h"
#include "ReportMarkdown.h"
#include "ReportNames.h"
#include "V2momReport.h"
#include "WeeklyReviewReport.h"

#include "core/analytics/ChartFilter.h"
#include "core/analytics/MeasureEvaluator.h"
#include "core/analytics/ReportingLine.h"
#include "core/domain/FiscalYear.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/DealRepository.h"
#include "core/storage/StorageError.h"
#include "core/storage/StrategySheetRepository.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ReportBuilder", text);
}

ReportBuilder::Outcome refused(const QString& message)
{
    ReportBuilder::Outcome outcome;
    outcome.error = message;
    outcome.badRequest = true;
    return outcome;
}

ReportBuilder::Outcome
v2mom(Workspace& workspace, const ReportNames& names, const ReportRequest& request, const Owner& owner)
{
    const QDate today = request.now.toTimeZone(request.zone).date();
    const QDate day = request.range ? request.range->last : today;
    const FiscalYear year = FiscalYear::containing(day, request.fiscalYearStartMonth);
    const QDate asOf = std::min(today, year.last());
    const MeasureEvaluator evaluator = MeasureEvaluator::of(workspace, request.zone);
    ReportDocument doc;
    doc.kind = ReportKind::V2mom;
    doc.title = ReportKinds::displayName(doc.kind) + QStringLiteral(": ") + owner.name;
    doc.workspaceName = names.workspaceName();
    doc.periodLabel = year.label();
    doc.generatedAt = request.now;
    const QString sheet = V2momReport::sheetMarkdown(workspace, evaluator, owner.id, year.year, asOf, request.locale);
    if (sheet.isEmpty()) {
        doc.addParagraph(tr("%1 has no V2MOM sheet for %2.").arg(owner.name, year.label()));
    } else {
        ReportMarkdown::append(doc, sheet, QStringLiteral("sheet"));
    }
    // A manager's report adds the cascade: how the team's methods support theirs.
    if (!ReportingLine::directReports(names.owners(), owner.id).isEmpty()) {
        ReportMarkdown::append(
            doc,
            V2momReport::cascadeMarkdown(workspace, evaluator, owner.id, year.year, asOf, request.locale),
            QStringLiteral("cascade"));
    }
    ReportBuilder::Outcome outcome;
    outcome.document = std::move(doc);
    return outcome;
}

ReportBuilder::Outcome strategy(Workspace& workspace, const ReportNames& names, const ReportRequest& request)
{
    if (request.deal.trimmed().isEmpty()) {
        return refused(tr("The deal strategy brief needs a deal (--deal ID)."));
    }
    std::optional<Deal> deal = workspace.deals().deal(request.deal.trimmed());
    if (!deal) {
        return refused(tr("No deal with the id %1.").arg(request.deal));
    }
    const std::optional<StrategySheet> sheet = workspace.strategySheets().forDeal(deal->id);
    if (!sheet) {
        return refused(tr("The deal %1 has no strategy sheet.").arg(deal->name));
    }
    const std::optional<Account> account = workspace.accounts().account(deal->accountId);
    ReportBuilder::Outcome outcome;
    outcome.document = DealStrategyReport::build(*deal, account ? account->name : QString(), *sheet, names, request);
    return outcome;
}
} // namespace

namespace ReportBuilder {

ReportRange defaultRange(const ReportRequest& request)
{
    const QDate today = request.now.toTimeZone(request.zone).date();
    if (request.kind == ReportKind::Scorecard) {
        return ReportRange::quarter(today);
    }
    return ReportRange::isoWeek(today);
}

Outcome build(Workspace& workspace, const ReportRequest& request)
{
    try {
        const ReportNames names = ReportNames::load(workspace);
        std::optional<Owner> owner;
        if (!request.owner.trimmed().isEmpty()) {
            owner = names.findOwner(request.owner);
            if (!owner) {
                return refused(tr("No owner named %1.").arg(request.owner));
            }
        }
        const ReportRange range = request.range.value_or(defaultRange(request));
        const QDate today = request.now.toTimeZone(request.zone).date();
        if (request.kind != ReportKind::V2mom && range.first > today) {
            return refused(tr("The period %1 has not started yet.").arg(range.key()));
        }
        Outcome outcome;
        switch (request.kind) {
        case ReportKind::WeeklyReview: {
            QStringList scope;
            if (owner) {
                const QSet<QString> team = ChartFilter::teamOf(names.owners(), owner->id);
                scope = QStringList(team.cbegin(), team.cend());
                scope.sort();
            }
            outcome.document = WeeklyReviewReport::build(workspace, names, request, range, scope);
            if (owner) {
                outcome.document->periodLabel += QStringLiteral(" · ") + tr("team of %1").arg(owner->name);
            }
            return outcome;
        }
        case ReportKind::Scorecard:
            if (!owner) {
                return refused(tr("The rep scorecard needs a rep (--owner NAME)."));
            }
            outcome.document = RepScorecardReport::build(workspace, names, request, range, *owner);
            return outcome;
        case ReportKind::DealStrategy:
            return strategy(workspace, names, request);
        case ReportKind::V2mom:
            if (!owner) {
                return refused(tr("The V2MOM report needs a person (--owner NAME)."));
            }
            return v2mom(workspace, names, request, *owner);
        }
        return refused(tr("Unknown report."));
    } catch (const StorageError& error) {
        Outcome outcome;
        outcome.error = error.message();
        return outcome;
    }
}

} // namespace ReportBuilder
