// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DealStrategyReport.h"

#include "ReportNames.h"
#include "ReportRequest.h"

#include "core/analytics/StrategyWarnings.h"

#include <QCoreApplication>

// Inside the named namespace so that lupdate gives the helpers' tr() calls its context.
namespace DealStrategyReport {
namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("DealStrategyReport", text);
}

QString orNone(const QString& text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("–") : text.trimmed();
}

QString yes(bool value)
{
    return value ? tr("yes") : tr("no");
}

QString probability(const std::optional<int>& value, const QLocale& l)
{
    return value ? l.toString(*value) + QStringLiteral(" %") : QStringLiteral("–");
}

void addBuyingCentre(ReportDocument& doc, const StrategySheet& sheet, const QLocale& l)
{
    doc.addHeading(tr("Buying centre"));
    if (sheet.stakeholders.isEmpty()) {
        doc.addParagraph(tr("No stakeholder recorded yet."));
        return;
    }
    ReportFigure figure;
    figure.kind = ReportFigure::Kind::BuyingCentre;
    figure.title = tr("Stakeholders by influence and attitude (filled: contacted)");
    figure.stakeholders = sheet.stakeholders;
    doc.addFigure(figure);
    ReportTable table;
    table.key = QStringLiteral("stakeholders");
    table.title = tr("Stakeholders");
    table.header = {tr("Name"),
                    tr("Title"),
                    tr("Role"),
                    tr("Influence"),
                    tr("Attitude"),
                    tr("Contacted"),
                    tr("Organisational result"),
                    tr("Personal win"),
                    tr("Leans to"),
                    tr("Relationship")};
    for (const Stakeholder& s : sheet.stakeholders) {
        table.appendRow({s.name,
                         s.title,
                         stakeholderRoleDisplayName(s.role),
                         degreeDisplayName(s.influence),
                         attitudeDisplayName(s.attitude),
                         yes(s.contacted),
                         s.orgResult,
                         s.personalWin,
                         s.preferredVendor,
                         s.relationshipStrength ? ReportCell::integer(*s.relationshipStrength, l) : ReportCell()});
    }
    doc.addTable(table);
}

void addQualification(ReportDocument& doc, const StrategySheet& sheet, const QLocale& l)
{
    doc.addHeading(tr("Qualification and progress"));
    ReportTable checks;
    checks.key = QStringLiteral("qualification");
    checks.title = tr("Pursue or drop");
    checks.header = {tr("Pursue when"), tr("Drop when"), tr("Answer")};
    for (int i = 0; i < kQualificationChecks; ++i) {
        const auto check = static_cast<QualificationCheck>(i);
        const QualificationAnswer answer = sheet.qualification.at(std::size_t(i));
        const QString text = answer == QualificationAnswer::Pursue
                                 ? tr("pursue")
                                 : (answer == QualificationAnswer::Drop ? tr("drop") : QStringLiteral("–"));
        checks.appendRow({qualificationPursueText(check), qualificationDropText(check), text});
    }
    doc.addTable(checks);
    ReportTable milestones;
    milestones.key = QStringLiteral("milestones");
    milestones.title = tr("Decision milestones (%1 of %2 done)").arg(sheet.milestonesDone()).arg(kDecisionMilestones);
    milestones.header = {tr("Milestone"), tr("Due"), tr("Done")};
    for (int i = 0; i < kDecisionMilestones; ++i) {
        const MilestoneState& state = sheet.milestones.at(std::size_t(i));
        milestones.appendRow({decisionMilestoneDisplayName(static_cast<DecisionMilestone>(i)),
                              ReportCell::date(state.due, l),
                              ReportCell::date(state.done, l)});
    }
    doc.addTable(milestones);
}

void addLists(ReportDocument& doc, const StrategySheet& sheet, const QLocale& l)
{
    if (!sheet.openItems.isEmpty()) {
        ReportTable table;
        table.key = QStringLiteral("open-items");
        table.title = tr("Missing information and red flags");
        table.header = {tr("Kind"), tr("Item"), tr("Owner"), tr("Due"), tr("Resolved")};
        for (const OpenItem& item : sheet.openItems) {
            table.appendRow({openItemKindDisplayName(item.kind),
                             item.text,
                             item.owner,
                             ReportCell::date(item.due, l),
                             yes(item.resolved)});
        }
        doc.addTable(table);
    }
    doc.addHeading(tr("Competition"));
    if (sheet.competitors.isEmpty()) {
        doc.addParagraph(tr("No competitor recorded."));
    } else {
        ReportTable table;
        table.key = QStringLiteral("competitors");
        table.title = tr("Competitors");
        table.header = {
            tr("Competitor"), tr("Strengths"), tr("Weaknesses"), tr("Their supporters"), tr("Our strategy")};
        for (const Competitor& c : sheet.competitors) {
            table.appendRow(
                {c.name, c.strengths, c.weaknesses, c.supporters, competitiveStrategyDisplayName(c.strategy)});
        }
        doc.addTable(table);
    }
    doc.addHeading(tr("Action plan"));
    if (sheet.actions.isEmpty()) {
        doc.addParagraph(tr("No action planned."));
    } else {
        ReportTable table;
        table.key = QStringLiteral("actions");
        table.title = tr("Actions");
        table.header = {tr("Action"), tr("Owner"), tr("Due"), tr("Resource"), tr("Done")};
        for (const PlanAction& a : sheet.actions) {
            table.appendRow(
                {a.text, a.owner, ReportCell::date(a.due, l), actionResourceDisplayName(a.resource), yes(a.done)});
        }
        doc.addTable(table);
    }
    if (!sheet.promises.isEmpty()) {
        ReportTable table;
        table.key = QStringLiteral("promises");
        table.title = tr("Promises beyond standard terms");
        table.header = {tr("Kind"), tr("Promise"), tr("Approved by"), tr("On")};
        for (const Promise& p : sheet.promises) {
            table.appendRow(
                {promiseKindDisplayName(p.kind), p.description, p.approvedBy, ReportCell::date(p.approvedOn, l)});
        }
        doc.addTable(table);
    }
}
} // namespace

ReportDocument build(const Deal& deal,
                     const QString& accountName,
                     const StrategySheet& sheet,
                     const ReportNames& names,
                     const ReportRequest& request)
{
    const QLocale& l = request.locale;
    const QDate today = request.now.toTimeZone(request.zone).date();
    ReportDocument doc;
    doc.kind = ReportKind::DealStrategy;
    doc.title = ReportKinds::displayName(doc.kind) + QStringLiteral(": ") + deal.name;
    doc.workspaceName = names.workspaceName();
    doc.periodLabel = tr("As of %1").arg(l.toString(today, QLocale::ShortFormat));
    doc.generatedAt = request.now;

    const Stage* stage = names.stageById(deal.stageId);
    doc.addHeading(tr("The deal"));
    doc.addKeyFigure(tr("Account"), orNone(accountName));
    doc.addKeyFigure(tr("Owner"), orNone(names.owner(deal.ownerId)));
    doc.addKeyFigure(tr("Stage"), stage ? stage->name : QStringLiteral("–"));
    doc.addKeyFigure(tr("Amount"),
                     ReportCell::money(deal.amount.minor, deal.amount.currency, l).display + u' ' +
                         deal.amount.currency);
    doc.addKeyFigure(tr("Close date"), ReportCell::date(deal.expectedCloseDate, l).display);
    doc.addKeyFigure(tr("Milestones"), tr("%1 of %2").arg(sheet.milestonesDone()).arg(kDecisionMilestones));
    doc.addKeyFigure(tr("Win probability (rep / manager)"),
                     probability(sheet.repWinProbability, l) + QStringLiteral(" / ") +
                         probability(sheet.managerWinProbability, l));

    doc.addHeading(tr("Single sales objective"));
    QString objective = orNone(sheet.objective);
    if (sheet.objectiveAmountMinor) {
        objective += QStringLiteral(" — ") +
                     ReportCell::money(sheet.objectiveAmountMinor, sheet.objectiveCurrency, l).display + u' ' +
                     sheet.objectiveCurrency;
    }
    if (sheet.objectiveBy.isValid()) {
        objective += QStringLiteral(" — ") + tr("by %1").arg(l.toString(sheet.objectiveBy, QLocale::ShortFormat));
    }
    doc.addParagraph(objective);

    const bool open = stage && stage->isOpen();
    const QList<StrategyWarning> warnings = StrategyWarnings::evaluate(sheet, deal.expectedCloseDate, open, today);
    if (!warnings.isEmpty()) {
        doc.addHeading(tr("Warnings"), 2);
        for (StrategyWarning warning : warnings) {
            doc.addBullet(StrategyWarnings::displayText(warning));
        }
    }

    doc.addHeading(tr("Customer interest in us"), 2);
    doc.addBullet(tr("Compelling event: %1").arg(orNone(sheet.compellingEvent)));
    doc.addBullet(tr("Urgency: %1").arg(degreeDisplayName(sheet.urgency)));
    doc.addBullet(tr("Budgeted: %1").arg(yesNoDisplayName(sheet.budgeted)));
    doc.addBullet(
        tr("Decision process known: %1; timeline known: %2").arg(yes(sheet.processKnown), yes(sheet.timelineKnown)));

    addBuyingCentre(doc, sheet, l);
    addQualification(doc, sheet, l);
    addLists(doc, sheet, l);

    doc.addHeading(tr("Deal economics and manager assessment"));
    doc.addBullet(tr("Gross margin: %1; discount: %2")
                      .arg(ReportCell::number(sheet.grossMarginPct, 1, l).display,
                           ReportCell::number(sheet.discountPct, 1, l).display));
    doc.addBullet(tr("Custom work: %1").arg(orNone(sheet.customWork)));
    doc.addBullet(tr("Expansion potential: %1").arg(orNone(sheet.expansionPotential)));
    doc.addBullet(tr("Non-financial value: %1").arg(orNone(sheet.nonFinancialValue)));
    doc.addBullet(tr("Manager decision: %1").arg(managerDecisionDisplayName(sheet.managerDecision)));
    doc.addBullet(tr("Resources granted: %1").arg(orNone(sheet.resourcesGranted)));
    if (!sheet.managerNote.trimmed().isEmpty()) {
        doc.addParagraph(sheet.managerNote.trimmed());
    }
    return doc;
}

} // namespace DealStrategyReport
