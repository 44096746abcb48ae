// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StrategySheet.h"

#include "EnumKeys.h"

#include <QCoreApplication>

#include <algorithm>

using EnumKeys::keyOf;
using EnumKeys::valueOf;

namespace {
template <typename Enum, std::size_t N>
QList<Enum> valuesOf(const std::array<std::pair<Enum, const char*>, N>& table)
{
    QList<Enum> values;
    for (const auto& entry : table) {
        values.append(entry.first);
    }
    return values;
}

const std::array<std::pair<StakeholderRole, const char*>, 7> kRoles = {{
    {StakeholderRole::None, ""},
    {StakeholderRole::EconomicBuyer, "economic_buyer"},
    {StakeholderRole::TechnicalEvaluator, "technical_evaluator"},
    {StakeholderRole::User, "user"},
    {StakeholderRole::Champion, "champion"},
    {StakeholderRole::Gatekeeper, "gatekeeper"},
    {StakeholderRole::Influencer, "influencer"},
}};
const std::array<std::pair<Degree, const char*>, 4> kDegrees = {{
    {Degree::Unknown, ""},
    {Degree::High, "high"},
    {Degree::Medium, "medium"},
    {Degree::Low, "low"},
}};
const std::array<std::pair<Attitude, const char*>, 6> kAttitudes = {{
    {Attitude::Unknown, ""},
    {Attitude::Champion, "champion"},
    {Attitude::Supporter, "supporter"},
    {Attitude::Neutral, "neutral"},
    {Attitude::Sceptic, "sceptic"},
    {Attitude::Opponent, "opponent"},
}};
const std::array<std::pair<YesNo, const char*>, 3> kYesNo = {{
    {YesNo::Unknown, ""},
    {YesNo::Yes, "yes"},
    {YesNo::No, "no"},
}};
const std::array<std::pair<OpenItemKind, const char*>, 2> kOpenItemKinds = {{
    {OpenItemKind::Question, "question"},
    {OpenItemKind::RedFlag, "red_flag"},
}};
const std::array<std::pair<CompetitiveStrategy, const char*>, 5> kStrategies = {{
    {CompetitiveStrategy::None, ""},
    {CompetitiveStrategy::Differentiate, "differentiate"},
    {CompetitiveStrategy::Reframe, "reframe"},
    {CompetitiveStrategy::Price, "price"},
    {CompetitiveStrategy::Withdraw, "withdraw"},
}};
const std::array<std::pair<QualificationAnswer, const char*>, 3> kAnswers = {{
    {QualificationAnswer::Unanswered, ""},
    {QualificationAnswer::Pursue, "pursue"},
    {QualificationAnswer::Drop, "drop"},
}};
const std::array<std::pair<PromiseKind, const char*>, 5> kPromiseKinds = {{
    {PromiseKind::Other, "other"},
    {PromiseKind::Pricing, "pricing"},
    {PromiseKind::Customisation, "customisation"},
    {PromiseKind::Timeline, "timeline"},
    {PromiseKind::Roadmap, "roadmap"},
}};
const std::array<std::pair<ActionResource, const char*>, 6> kResources = {{
    {ActionResource::None, ""},
    {ActionResource::SolutionEngineer, "solution_engineer"},
    {ActionResource::ExecutiveSponsor, "executive_sponsor"},
    {ActionResource::Legal, "legal"},
    {ActionResource::DiscountApproval, "discount_approval"},
    {ActionResource::Other, "other"},
}};
const std::array<std::pair<ManagerDecision, const char*>, 4> kDecisions = {{
    {ManagerDecision::Undecided, ""},
    {ManagerDecision::Invest, "invest"},
    {ManagerDecision::Hold, "hold"},
    {ManagerDecision::Drop, "drop"},
}};
} // namespace

int StrategySheet::milestonesDone() const
{
    return static_cast<int>(
        std::count_if(milestones.begin(), milestones.end(), [](const MilestoneState& m) { return m.isDone(); }));
}

int StrategySheet::answers(QualificationAnswer value) const
{
    return static_cast<int>(std::count(qualification.begin(), qualification.end(), value));
}

bool StrategySheet::sameContent(const StrategySheet& other) const
{
    StrategySheet a = *this;
    StrategySheet b = other;
    a.createdAt = b.createdAt = {};
    a.updatedAt = b.updatedAt = {};
    return a == b;
}

QString stakeholderRoleKey(StakeholderRole role)
{
    return keyOf(kRoles, role);
}
StakeholderRole stakeholderRoleFromKey(const QString& key)
{
    return valueOf(kRoles, key);
}
QList<StakeholderRole> allStakeholderRoles()
{
    return valuesOf(kRoles);
}
QString stakeholderRoleDisplayName(StakeholderRole role)
{
    switch (role) {
    case StakeholderRole::None:
        return {};
    case StakeholderRole::EconomicBuyer:
        return QCoreApplication::translate("StrategySheet", "Economic buyer");
    case StakeholderRole::TechnicalEvaluator:
        return QCoreApplication::translate("StrategySheet", "Technical evaluator");
    case StakeholderRole::User:
        return QCoreApplication::translate("StrategySheet", "User");
    case StakeholderRole::Champion:
        return QCoreApplication::translate("StrategySheet", "Coach / champion");
    case StakeholderRole::Gatekeeper:
        return QCoreApplication::translate("StrategySheet", "Gatekeeper");
    case StakeholderRole::Influencer:
        return QCoreApplication::translate("StrategySheet", "Influencer");
    }
    return {};
}

QString degreeKey(Degree degree)
{
    return keyOf(kDegrees, degree);
}
Degree degreeFromKey(const QString& key)
{
    return valueOf(kDegrees, key);
}
QList<Degree> allDegrees()
{
    return valuesOf(kDegrees);
}
QString degreeDisplayName(Degree degree)
{
    switch (degree) {
    case Degree::Unknown:
        return {};
    case Degree::High:
        return QCoreApplication::translate("StrategySheet", "High");
    case Degree::Medium:
        return QCoreApplication::translate("StrategySheet", "Medium");
    case Degree::Low:
        return QCoreApplication::translate("StrategySheet", "Low");
    }
    return {};
}

QString attitudeKey(Attitude attitude)
{
    return keyOf(kAttitudes, attitude);
}
Attitude attitudeFromKey(const QString& key)
{
    return valueOf(kAttitudes, key);
}
QList<Attitude> allAttitudes()
{
    return valuesOf(kAttitudes);
}
QString attitudeDisplayName(Attitude attitude)
{
    switch (attitude) {
    case Attitude::Unknown:
        return {};
    case Attitude::Champion:
        return QCoreApplication::translate("StrategySheet", "Champion");
    case Attitude::Supporter:
        return QCoreApplication::translate("StrategySheet", "Supporter");
    case Attitude::Neutral:
        return QCoreApplication::translate("StrategySheet", "Neutral");
    case Attitude::Sceptic:
        return QCoreApplication::translate("StrategySheet", "Sceptic");
    case Attitude::Opponent:
        return QCoreApplication::translate("StrategySheet", "Opponent");
    }
    return {};
}

QString yesNoKey(YesNo value)
{
    return keyOf(kYesNo, value);
}
YesNo yesNoFromKey(const QString& key)
{
    return valueOf(kYesNo, key);
}
QString yesNoDisplayName(YesNo value)
{
    switch (value) {
    case YesNo::Unknown:
        return QCoreApplication::translate("StrategySheet", "Unknown");
    case YesNo::Yes:
        return QCoreApplication::translate("StrategySheet", "Yes");
    case YesNo::No:
        return QCoreApplication::translate("StrategySheet", "No");
    }
    return {};
}

QString openItemKindKey(OpenItemKind kind)
{
    return keyOf(kOpenItemKinds, kind);
}
OpenItemKind openItemKindFromKey(const QString& key)
{
    return valueOf(kOpenItemKinds, key);
}
QString openItemKindDisplayName(OpenItemKind kind)
{
    return kind == OpenItemKind::RedFlag ? QCoreApplication::translate("StrategySheet", "Red flag")
                                         : QCoreApplication::translate("StrategySheet", "Missing information");
}

QString competitiveStrategyKey(CompetitiveStrategy strategy)
{
    return keyOf(kStrategies, strategy);
}
CompetitiveStrategy competitiveStrategyFromKey(const QString& key)
{
    return valueOf(kStrategies, key);
}
QString competitiveStrategyDisplayName(CompetitiveStrategy strategy)
{
    switch (strategy) {
    case CompetitiveStrategy::None:
        return {};
    case CompetitiveStrategy::Differentiate:
        return QCoreApplication::translate("StrategySheet", "Differentiate on our strength");
    case CompetitiveStrategy::Reframe:
        return QCoreApplication::translate("StrategySheet", "Reframe the criteria");
    case CompetitiveStrategy::Price:
        return QCoreApplication::translate("StrategySheet", "Compete on price");
    case CompetitiveStrategy::Withdraw:
        return QCoreApplication::translate("StrategySheet", "Withdraw");
    }
    return {};
}

QString qualificationAnswerKey(QualificationAnswer answer)
{
    return keyOf(kAnswers, answer);
}
QualificationAnswer qualificationAnswerFromKey(const QString& key)
{
    return valueOf(kAnswers, key);
}
QString qualificationPursueText(QualificationCheck check)
{
    switch (check) {
    case QualificationCheck::Sponsor:
        return QCoreApplication::translate("StrategySheet", "Executive sponsor with budget authority");
    case QualificationCheck::Problem:
        return QCoreApplication::translate("StrategySheet", "Quantified business problem with urgency");
    case QualificationCheck::Competition:
        return QCoreApplication::translate("StrategySheet", "Competition fought on our strengths");
    case QualificationCheck::Process:
        return QCoreApplication::translate("StrategySheet", "Defined buying process and timeline");
    case QualificationCheck::Fit:
        return QCoreApplication::translate("StrategySheet", "Strategic fit with our core value");
    }
    return {};
}
QString qualificationDropText(QualificationCheck check)
{
    switch (check) {
    case QualificationCheck::Sponsor:
        return QCoreApplication::translate("StrategySheet", "No champion above middle management");
    case QualificationCheck::Problem:
        return QCoreApplication::translate("StrategySheet", "Vague pain, no timeline or consequence");
    case QualificationCheck::Competition:
        return QCoreApplication::translate("StrategySheet", "Feature comparison where we are at parity");
    case QualificationCheck::Process:
        return QCoreApplication::translate("StrategySheet", "\"Just looking at options\"");
    case QualificationCheck::Fit:
        return QCoreApplication::translate("StrategySheet", "Heavy customisation needed");
    }
    return {};
}
QString decisionMilestoneDisplayName(DecisionMilestone milestone)
{
    switch (milestone) {
    case DecisionMilestone::ProblemConfirmed:
        return QCoreApplication::translate("StrategySheet", "Problem and business impact confirmed");
    case DecisionMilestone::CriteriaSet:
        return QCoreApplication::translate("StrategySheet", "Evaluation criteria set");
    case DecisionMilestone::StakeholdersKnown:
        return QCoreApplication::translate("StrategySheet", "All stakeholders and decision makers known");
    case DecisionMilestone::BudgetAndTimeline:
        return QCoreApplication::translate("StrategySheet", "Budget and timeline set");
    case DecisionMilestone::BusinessCase:
        return QCoreApplication::translate("StrategySheet", "Business case built with the customer");
    }
    return {};
}

QString promiseKindKey(PromiseKind kind)
{
    return keyOf(kPromiseKinds, kind);
}
PromiseKind promiseKindFromKey(const QString& key)
{
    return valueOf(kPromiseKinds, key);
}
QString promiseKindDisplayName(PromiseKind kind)
{
    switch (kind) {
    case PromiseKind::Other:
        return QCoreApplication::translate("StrategySheet", "Other");
    case PromiseKind::Pricing:
        return QCoreApplication::translate("StrategySheet", "Pricing");
    case PromiseKind::Customisation:
        return QCoreApplication::translate("StrategySheet", "Customisation");
    case PromiseKind::Timeline:
        return QCoreApplication::translate("StrategySheet", "Implementation timeline");
    case PromiseKind::Roadmap:
        return QCoreApplication::translate("StrategySheet", "Roadmap");
    }
    return {};
}

QString actionResourceKey(ActionResource resource)
{
    return keyOf(kResources, resource);
}
ActionResource actionResourceFromKey(const QString& key)
{
    return valueOf(kResources, key);
}
QString actionResourceDisplayName(ActionResource resource)
{
    switch (resource) {
    case ActionResource::None:
        return {};
    case ActionResource::SolutionEngineer:
        return QCoreApplication::translate("StrategySheet", "Solution engineer");
    case ActionResource::ExecutiveSponsor:
        return QCoreApplication::translate("StrategySheet", "Executive sponsor");
    case ActionResource::Legal:
        return QCoreApplication::translate("StrategySheet", "Legal");
    case ActionResource::DiscountApproval:
        return QCoreApplication::translate("StrategySheet", "Discount approval");
    case ActionResource::Other:
        return QCoreApplication::translate("StrategySheet", "Other");
    }
    return {};
}

QString managerDecisionKey(ManagerDecision decision)
{
    return keyOf(kDecisions, decision);
}
ManagerDecision managerDecisionFromKey(const QString& key)
{
    return valueOf(kDecisions, key);
}
QString managerDecisionDisplayName(ManagerDecision decision)
{
    switch (decision) {
    case ManagerDecision::Undecided:
        return QCoreApplication::translate("StrategySheet", "Undecided");
    case ManagerDecision::Invest:
        return QCoreApplication::translate("StrategySheet", "Invest");
    case ManagerDecision::Hold:
        return QCoreApplication::translate("StrategySheet", "Hold");
    case ManagerDecision::Drop:
        return QCoreApplication::translate("StrategySheet", "Drop");
    }
    return {};
}

QString orgLevelDisplayName(OrgLevel level)
{
    switch (level) {
    case OrgLevel::Unknown:
        return QCoreApplication::translate("StrategySheet", "Unknown level");
    case OrgLevel::Executive:
        return QCoreApplication::translate("StrategySheet", "Executive");
    case OrgLevel::Senior:
        return QCoreApplication::translate("StrategySheet", "Senior management");
    case OrgLevel::Middle:
        return QCoreApplication::translate("StrategySheet", "Middle management");
    case OrgLevel::Staff:
        return QCoreApplication::translate("StrategySheet", "Staff");
    }
    return {};
}
