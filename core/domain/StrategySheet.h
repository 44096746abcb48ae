// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Contact.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <optional>

// The strategy table (销售策略表, DOMAIN.md §3): one sheet per important deal, planned by rep
// and manager together. Enum keys are the storage text of 0002_rep_tables.sql.

enum class StakeholderRole
{
    None,
    EconomicBuyer, // economic buyer / decision maker
    TechnicalEvaluator,
    User,
    Champion, // coach-champion
    Gatekeeper,
    Influencer,
};

// Influence in the buying centre and urgency of the customer's need share one scale.
enum class Degree
{
    Unknown,
    High,
    Medium,
    Low,
};

enum class Attitude
{
    Unknown,
    Champion,
    Supporter,
    Neutral,
    Sceptic,
    Opponent,
};

enum class YesNo
{
    Unknown,
    Yes,
    No,
};

enum class OpenItemKind
{
    Question, // missing information
    RedFlag,
};

enum class CompetitiveStrategy
{
    None,
    Differentiate, // differentiate on our strength
    Reframe,       // reframe the buying criteria
    Price,
    Withdraw,
};

enum class QualificationAnswer
{
    Unanswered,
    Pursue,
    Drop,
};

// The five pursue-or-drop checks, in the order of DOMAIN.md §3.
enum class QualificationCheck
{
    Sponsor,
    Problem,
    Competition,
    Process,
    Fit,
};

// The five decision milestones (progress, not activity), in the order of DOMAIN.md §3.
enum class DecisionMilestone
{
    ProblemConfirmed,
    CriteriaSet,
    StakeholdersKnown,
    BudgetAndTimeline,
    BusinessCase,
};

enum class PromiseKind
{
    Other,
    Pricing,
    Customisation,
    Timeline,
    Roadmap,
};

enum class ActionResource
{
    None,
    SolutionEngineer,
    ExecutiveSponsor,
    Legal,
    DiscountApproval,
    Other,
};

enum class ManagerDecision
{
    Undecided,
    Invest,
    Hold,
    Drop,
};

inline constexpr int kQualificationChecks = 5;
inline constexpr int kDecisionMilestones = 5;

struct Stakeholder
{
    QString id;
    QString contactId; // empty: a person not (yet) in the contacts
    QString name;
    QString title;
    OrgLevel orgLevel = OrgLevel::Unknown;
    StakeholderRole role = StakeholderRole::None;
    Degree influence = Degree::Unknown;
    Attitude attitude = Attitude::Unknown;
    bool contacted = false;
    QString orgResult;   // the organisational result they need
    QString personalWin; // 个人期望: what they want for themselves
    QString preferredVendor;
    std::optional<int> relationshipStrength; // 1-5

    // A champion is anyone who sells for us inside: the coach-champion role or a champion attitude.
    bool isChampion() const { return role == StakeholderRole::Champion || attitude == Attitude::Champion; }
    friend bool operator==(const Stakeholder&, const Stakeholder&) = default;
};

struct OpenItem
{
    QString id;
    OpenItemKind kind = OpenItemKind::Question;
    QString text;
    QString owner;
    QDate due;
    bool resolved = false;

    friend bool operator==(const OpenItem&, const OpenItem&) = default;
};

struct Competitor
{
    QString id;
    QString name;
    QString strengths;
    QString weaknesses;
    QString supporters; // their supporters in the account
    CompetitiveStrategy strategy = CompetitiveStrategy::None;
    QString note;

    friend bool operator==(const Competitor&, const Competitor&) = default;
};

struct MilestoneState
{
    QDate due;
    QDate done; // null: not reached yet

    bool isDone() const { return done.isValid(); }
    friend bool operator==(const MilestoneState&, const MilestoneState&) = default;
};

// Anything promised beyond standard terms, logged with who approved it.
struct Promise
{
    QString id;
    PromiseKind kind = PromiseKind::Other;
    QString description;
    QString approvedBy;
    QDate approvedOn;

    friend bool operator==(const Promise&, const Promise&) = default;
};

struct PlanAction
{
    QString id;
    QString text;
    QString owner;
    QDate due;
    ActionResource resource = ActionResource::None;
    bool done = false;

    friend bool operator==(const PlanAction&, const PlanAction&) = default;
};

struct StrategySheet
{
    QString id;
    QString dealId;
    // single sales objective: what, how much, by when
    QString objective;
    std::optional<qint64> objectiveAmountMinor;
    QString objectiveCurrency;
    QDate objectiveBy;
    QList<Stakeholder> stakeholders;
    QList<OpenItem> openItems;
    // customer interest in us
    QString compellingEvent;
    Degree urgency = Degree::Unknown;
    YesNo budgeted = YesNo::Unknown;
    bool processKnown = false;
    bool timelineKnown = false;
    QList<Competitor> competitors;
    std::array<QualificationAnswer, kQualificationChecks> qualification{};
    std::array<MilestoneState, kDecisionMilestones> milestones{};
    // deal economics
    std::optional<double> grossMarginPct;
    std::optional<double> discountPct;
    QString customWork;
    std::optional<int> cacPaybackMonths;
    QString expansionPotential;
    QString nonFinancialValue; // reference customer, competitive displacement, new segment
    QList<Promise> promises;
    QList<PlanAction> actions;
    // manager assessment next to the rep's
    std::optional<int> repWinProbability;
    std::optional<int> managerWinProbability;
    ManagerDecision managerDecision = ManagerDecision::Undecided;
    QString resourcesGranted;
    QString managerNote;
    QDateTime createdAt;
    QDateTime updatedAt;

    int milestonesDone() const;
    int answers(QualificationAnswer answer) const;
    QualificationAnswer& answer(QualificationCheck check) { return qualification[static_cast<int>(check)]; }
    MilestoneState& milestone(DecisionMilestone m) { return milestones[static_cast<int>(m)]; }
    // Equal content, ignoring the timestamps the store sets.
    bool sameContent(const StrategySheet& other) const;
    friend bool operator==(const StrategySheet&, const StrategySheet&) = default;
};

QString stakeholderRoleKey(StakeholderRole role);
StakeholderRole stakeholderRoleFromKey(const QString& key);
QString stakeholderRoleDisplayName(StakeholderRole role);
QList<StakeholderRole> allStakeholderRoles();

QString degreeKey(Degree degree);
Degree degreeFromKey(const QString& key);
QString degreeDisplayName(Degree degree);
QList<Degree> allDegrees();

QString attitudeKey(Attitude attitude);
Attitude attitudeFromKey(const QString& key);
QString attitudeDisplayName(Attitude attitude);
QList<Attitude> allAttitudes();

QString yesNoKey(YesNo value);
YesNo yesNoFromKey(const QString& key);
QString yesNoDisplayName(YesNo value);

QString openItemKindKey(OpenItemKind kind);
OpenItemKind openItemKindFromKey(const QString& key);
QString openItemKindDisplayName(OpenItemKind kind);

QString competitiveStrategyKey(CompetitiveStrategy strategy);
CompetitiveStrategy competitiveStrategyFromKey(const QString& key);
QString competitiveStrategyDisplayName(CompetitiveStrategy strategy);

QString qualificationAnswerKey(QualificationAnswer answer);
QualificationAnswer qualificationAnswerFromKey(const QString& key);
// The pursue and the drop wording of a check, as in the table of DOMAIN.md §3.
QString qualificationPursueText(QualificationCheck check);
QString qualificationDropText(QualificationCheck check);
QString decisionMilestoneDisplayName(DecisionMilestone milestone);

QString promiseKindKey(PromiseKind kind);
PromiseKind promiseKindFromKey(const QString& key);
QString promiseKindDisplayName(PromiseKind kind);

QString actionResourceKey(ActionResource resource);
ActionResource actionResourceFromKey(const QString& key);
QString actionResourceDisplayName(ActionResource resource);

QString managerDecisionKey(ManagerDecision decision);
ManagerDecision managerDecisionFromKey(const QString& key);
QString managerDecisionDisplayName(ManagerDecision decision);

QString orgLevelDisplayName(OrgLevel level);
