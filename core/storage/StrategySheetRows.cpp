// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StrategySheetRows.h"

#include "core/util/Timestamp.h"

using namespace RowSet;

namespace {
QStringList columns(std::initializer_list<const char*> names)
{
    QStringList list;
    for (const char* name : names) {
        list.append(QString::fromLatin1(name));
    }
    return list;
}

// Milestone columns in DecisionMilestone order: due, done.
const char* const kMilestoneColumns[kDecisionMilestones][2] = {
    {"m_problem_due", "m_problem_done"},
    {"m_criteria_due", "m_criteria_done"},
    {"m_stakeholders_due", "m_stakeholders_done"},
    {"m_budget_due", "m_budget_done"},
    {"m_business_case_due", "m_business_case_done"},
};

RowTable makeSheetTable()
{
    RowTable table{QStringLiteral("strategy_sheets"),
                   QStringLiteral("deal_id"),
                   columns({"objective",
                            "objective_amount_minor",
                            "objective_currency",
                            "objective_by",
                            "compelling_event",
                            "urgency",
                            "budgeted",
                            "process_known",
                            "timeline_known",
                            "q_sponsor",
                            "q_problem",
                            "q_competition",
                            "q_process",
                            "q_fit"}),
                   false};
    for (const auto& pair : kMilestoneColumns) {
        table.columns << QString::fromLatin1(pair[0]) << QString::fromLatin1(pair[1]);
    }
    table.columns << columns({"gross_margin_pct",
                              "discount_pct",
                              "custom_work",
                              "cac_payback_months",
                              "expansion_potential",
                              "non_financial_value",
                              "rep_win_probability",
                              "manager_win_probability",
                              "manager_decision",
                              "resources_granted",
                              "manager_note"});
    return table;
}
} // namespace

namespace StrategySheetRows {

const RowTable& sheetTable()
{
    static const RowTable table = makeSheetTable();
    return table;
}

const RowTable& stakeholderTable()
{
    static const RowTable table{QStringLiteral("strategy_stakeholders"),
                                QStringLiteral("sheet_id"),
                                columns({"contact_id",
                                         "name",
                                         "title",
                                         "org_level",
                                         "role",
                                         "influence",
                                         "attitude",
                                         "contacted",
                                         "org_result",
                                         "personal_win",
                                         "preferred_vendor",
                                         "relationship_strength"})};
    return table;
}

const RowTable& openItemTable()
{
    static const RowTable table{QStringLiteral("strategy_open_items"),
                                QStringLiteral("sheet_id"),
                                columns({"kind", "text", "owner", "due_date", "resolved"})};
    return table;
}

const RowTable& competitorTable()
{
    static const RowTable table{QStringLiteral("strategy_competitors"),
                                QStringLiteral("sheet_id"),
                                columns({"name", "strengths", "weaknesses", "supporters", "strategy", "note"})};
    return table;
}

const RowTable& promiseTable()
{
    static const RowTable table{QStringLiteral("strategy_promises"),
                                QStringLiteral("sheet_id"),
                                columns({"kind", "description", "approved_by", "approved_on"})};
    return table;
}

const RowTable& actionTable()
{
    static const RowTable table{QStringLiteral("strategy_actions"),
                                QStringLiteral("sheet_id"),
                                columns({"text", "owner", "due_date", "resource", "done"})};
    return table;
}

RowValues encode(const StrategySheet& s)
{
    RowValues row{s.dealId, s.id, {}, {}, {}};
    QVariantList& v = row.values;
    v << text(s.objective) << optionalInt64(s.objectiveAmountMinor) << text(s.objectiveCurrency) << date(s.objectiveBy)
      << text(s.compellingEvent) << text(degreeKey(s.urgency)) << text(yesNoKey(s.budgeted)) << flag(s.processKnown)
      << flag(s.timelineKnown);
    for (QualificationAnswer answer : s.qualification) {
        v << text(qualificationAnswerKey(answer));
    }
    for (const MilestoneState& m : s.milestones) {
        v << date(m.due) << date(m.done);
    }
    v << optionalReal(s.grossMarginPct) << optionalReal(s.discountPct) << text(s.customWork)
      << optionalInt(s.cacPaybackMonths) << text(s.expansionPotential) << text(s.nonFinancialValue)
      << optionalInt(s.repWinProbability) << optionalInt(s.managerWinProbability)
      << text(managerDecisionKey(s.managerDecision)) << text(s.resourcesGranted) << text(s.managerNote);
    return row;
}

StrategySheet decodeSheet(const RowValues& row)
{
    const QVariantList& v = row.values;
    StrategySheet s;
    s.id = row.id;
    s.dealId = row.parentId;
    int i = 0;
    s.objective = v[i++].toString();
    s.objectiveAmountMinor = toOptionalInt64(v[i++]);
    s.objectiveCurrency = v[i++].toString();
    s.objectiveBy = toDate(v[i++]);
    s.compellingEvent = v[i++].toString();
    s.urgency = degreeFromKey(v[i++].toString());
    s.budgeted = yesNoFromKey(v[i++].toString());
    s.processKnown = v[i++].toInt() != 0;
    s.timelineKnown = v[i++].toInt() != 0;
    for (QualificationAnswer& answer : s.qualification) {
        answer = qualificationAnswerFromKey(v[i++].toString());
    }
    for (MilestoneState& m : s.milestones) {
        m.due = toDate(v[i++]);
        m.done = toDate(v[i++]);
    }
    s.grossMarginPct = toOptionalReal(v[i++]);
    s.discountPct = toOptionalReal(v[i++]);
    s.customWork = v[i++].toString();
    s.cacPaybackMonths = toOptionalInt(v[i++]);
    s.expansionPotential = v[i++].toString();
    s.nonFinancialValue = v[i++].toString();
    s.repWinProbability = toOptionalInt(v[i++]);
    s.managerWinProbability = toOptionalInt(v[i++]);
    s.managerDecision = managerDecisionFromKey(v[i++].toString());
    s.resourcesGranted = v[i++].toString();
    s.managerNote = v[i++].toString();
    s.createdAt = Timestamp::fromStorage(row.createdAt);
    s.updatedAt = Timestamp::fromStorage(row.updatedAt);
    return s;
}

RowValues encode(const QString& sheetId, const Stakeholder& p)
{
    return {sheetId,
            p.id,
            {nullableText(p.contactId),
             text(p.name),
             text(p.title),
             text(orgLevelKey(p.orgLevel)),
             text(stakeholderRoleKey(p.role)),
             text(degreeKey(p.influence)),
             text(attitudeKey(p.attitude)),
             flag(p.contacted),
             text(p.orgResult),
             text(p.personalWin),
             text(p.preferredVendor),
             optionalInt(p.relationshipStrength)},
            {},
            {}};
}

Stakeholder decodeStakeholder(const RowValues& row)
{
    const QVariantList& v = row.values;
    Stakeholder p;
    p.id = row.id;
    p.contactId = v[0].toString();
    p.name = v[1].toString();
    p.title = v[2].toString();
    p.orgLevel = orgLevelFromKey(v[3].toString());
    p.role = stakeholderRoleFromKey(v[4].toString());
    p.influence = degreeFromKey(v[5].toString());
    p.attitude = attitudeFromKey(v[6].toString());
    p.contacted = v[7].toInt() != 0;
    p.orgResult = v[8].toString();
    p.personalWin = v[9].toString();
    p.preferredVendor = v[10].toString();
    p.relationshipStrength = toOptionalInt(v[11]);
    return p;
}

RowValues encode(const QString& sheetId, const OpenItem& item)
{
    return {sheetId,
            item.id,
            {text(openItemKindKey(item.kind)), text(item.text), text(item.owner), date(item.due), flag(item.resolved)},
            {},
            {}};
}

OpenItem decodeOpenItem(const RowValues& row)
{
    const QVariantList& v = row.values;
    return {row.id,
            openItemKindFromKey(v[0].toString()),
            v[1].toString(),
            v[2].toString(),
            toDate(v[3]),
            v[4].toInt() != 0};
}

RowValues encode(const QString& sheetId, const Competitor& c)
{
    return {sheetId,
            c.id,
            {text(c.name),
             text(c.strengths),
             text(c.weaknesses),
             text(c.supporters),
             text(competitiveStrategyKey(c.strategy)),
             text(c.note)},
            {},
            {}};
}

Competitor decodeCompetitor(const RowValues& row)
{
    const QVariantList& v = row.values;
    return {row.id,
            v[0].toString(),
            v[1].toString(),
            v[2].toString(),
            v[3].toString(),
            competitiveStrategyFromKey(v[4].toString()),
            v[5].toString()};
}

RowValues encode(const QString& sheetId, const Promise& p)
{
    return {sheetId,
            p.id,
            {text(promiseKindKey(p.kind)), text(p.description), text(p.approvedBy), date(p.approvedOn)},
            {},
            {}};
}

Promise decodePromise(const RowValues& row)
{
    const QVariantList& v = row.values;
    return {row.id, promiseKindFromKey(v[0].toString()), v[1].toString(), v[2].toString(), toDate(v[3])};
}

RowValues encode(const QString& sheetId, const PlanAction& a)
{
    return {sheetId,
            a.id,
            {text(a.text), text(a.owner), date(a.due), text(actionResourceKey(a.resource)), flag(a.done)},
            {},
            {}};
}

PlanAction decodeAction(const RowValues& row)
{
    const QVariantList& v = row.values;
    return {row.id,
            v[0].toString(),
            v[1].toString(),
            toDate(v[2]),
            actionResourceFromKey(v[3].toString()),
            v[4].toInt() != 0};
}

} // namespace StrategySheetRows
