// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoStrategy.h"

#include "DemoDealHistory.h"
#include "DemoNames.h"

#include "core/domain/Collection.h"
#include "core/domain/StrategySheet.h"
#include "core/storage/BulkWriter.h"

#include <algorithm>
#include <cmath>

namespace {
// Why customers buy and what set them moving: a few recurring answers, as in real books.
const char* const kProblems[] = {"Cut order-to-cash time",
                                 "Reduce customer churn",
                                 "Consolidate suppliers",
                                 "Pass the next compliance audit",
                                 "Replace spreadsheets in planning",
                                 "Grow revenue per account",
                                 "Lower cost to serve"};
const char* const kTriggers[] = {"New CFO",
                                 "Regulatory deadline",
                                 "Incumbent contract up for renewal",
                                 "Merger or acquisition",
                                 "Expansion into a new region",
                                 "Cost-cutting programme",
                                 "End of support of the legacy system"};
// The stage a decision milestone is normally reached in (DecisionMilestone order).
constexpr int kMilestoneStage[kDecisionMilestones] = {2, 3, 3, 4, 5};

QString pick(DemoRandom& random, const char* const* list, int count)
{
    return QString::fromLatin1(list[random.integer(0, count - 1)]);
}

OrgLevel levelOf(int level)
{
    static const OrgLevel levels[] = {OrgLevel::Executive, OrgLevel::Senior, OrgLevel::Middle, OrgLevel::Staff};
    return levels[qBound(0, level, 3)];
}
} // namespace

DemoStrategy::DemoStrategy(const DemoWorld& world, quint64 seed)
    : m_world(world)
    , m_random(seed ^ 0x5348454554ULL) // "SHEET"
{}

void DemoStrategy::note(const DemoDeal& deal)
{
    int furthest = 0;
    for (const auto& [at, stage] : deal.stages) {
        if (stage < DemoWorld::openStages) {
            furthest = std::max(furthest, stage);
        }
    }
    Noted noted{deal.deal.id,
                deal.deal.amount.currency,
                deal.deal.amount.minor,
                deal.created,
                deal.end,
                deal.open,
                deal.won,
                deal.deal.competitor,
                deal.accountIndex,
                deal.stages};
    // Sheets are kept for the important deals: the big customers, and deals that got far.
    const int size = m_world.accounts.at(std::size_t(deal.accountIndex)).size;
    const double chance = furthest < 1 ? 0.0 : (size == 2 ? 0.8 : (furthest >= 3 ? 0.45 : 0.15));
    if (m_random.chance(chance)) {
        m_sheets.append(noted);
    }
    if (deal.won) {
        m_won.append(std::move(noted));
    }
}

QList<StrategySheet> DemoStrategy::sheets()
{
    QList<StrategySheet> sheets;
    sheets.reserve(m_sheets.size());
    for (const Noted& deal : std::as_const(m_sheets)) {
        sheets.append(sheetFor(deal));
    }
    return sheets;
}

QSet<QString> DemoStrategy::wonDeals() const
{
    QSet<QString> ids;
    ids.reserve(m_won.size());
    for (const Noted& deal : m_won) {
        ids.insert(deal.dealId);
    }
    return ids;
}

void DemoStrategy::writePayments(BulkWriter& writer, const QDateTime& stamp)
{
    for (const Noted& deal : std::as_const(m_won)) {
        writePayments(writer, stamp, deal);
    }
}

StrategySheet DemoStrategy::sheetFor(const Noted& deal)
{
    const DemoWorld::Customer& customer = m_world.accounts.at(std::size_t(deal.accountIndex));
    StrategySheet sheet;
    sheet.id = m_random.id();
    sheet.dealId = deal.dealId;
    sheet.objective = QStringLiteral("Signed order before the end of the quarter");
    sheet.compellingEvent = m_random.chance(0.8) ? pick(m_random, kTriggers, 7) : QString();
    sheet.urgency = m_random.chance(0.5) ? Degree::High : Degree::Medium;
    sheet.budgeted = m_random.chance(0.6) ? YesNo::Yes : YesNo::Unknown;

    // Milestones: reached near the first entry into their stage; a few are never ticked off,
    // and a deal that has stalled ticks off nothing new.
    for (int m = 0; m < kDecisionMilestones; ++m) {
        MilestoneState& state = sheet.milestones[std::size_t(m)];
        state.due = DemoWorld::toDate(deal.created + (14 + 14 * m) * DemoWorld::day);
        for (const auto& [at, stage] : deal.stages) {
            if (stage >= kMilestoneStage[m] && stage < DemoWorld::openStages + 1 && m_random.chance(0.85)) {
                const qint64 early = m_random.integer(0, 6) * DemoWorld::day;
                state.done = DemoWorld::toDate(std::max(deal.created, at - early));
                break;
            }
        }
    }

    const bool strongChampion = deal.won ? m_random.chance(0.75) : m_random.chance(0.35);
    const int people = std::min<int>(int(customer.contacts.size()), m_random.integer(2, 5));
    static const StakeholderRole roles[] = {StakeholderRole::EconomicBuyer,
                                            StakeholderRole::TechnicalEvaluator,
                                            StakeholderRole::User,
                                            StakeholderRole::Gatekeeper,
                                            StakeholderRole::Influencer};
    for (int i = 0; i < people; ++i) {
        const DemoWorld::Person& person = customer.contacts.at(std::size_t(i));
        Stakeholder s;
        s.id = m_random.id();
        s.contactId = person.id;
        s.name = person.name;
        s.orgLevel = levelOf(person.level);
        s.role = roles[i % 5];
        s.influence = i == 0 ? Degree::High : (m_random.chance(0.5) ? Degree::Medium : Degree::Low);
        s.attitude = m_random.chance(0.5) ? Attitude::Supporter : Attitude::Neutral;
        s.contacted = m_random.chance(0.8);
        s.orgResult = i == 0 || m_random.chance(0.3) ? pick(m_random, kProblems, 7) : QString();
        sheet.stakeholders.append(s);
    }
    if (strongChampion && !sheet.stakeholders.isEmpty()) {
        // Who sells for us inside: often the economic buyer or a technical evaluator, else a coach.
        const int who = m_random.weighted({0.3, 0.35, 0.15, 0.2});
        if (who < 3 && who < sheet.stakeholders.size()) {
            sheet.stakeholders[who].attitude = Attitude::Champion;
        } else {
            sheet.stakeholders.last().role = StakeholderRole::Champion;
            sheet.stakeholders.last().attitude = Attitude::Champion;
        }
    }

    const QStringList& names = DemoNames::competitors();
    const int rivals = m_random.weighted({0.25, 0.5, 0.25});
    for (int i = 0; i < rivals; ++i) {
        Competitor c;
        c.id = m_random.id();
        c.name = names.at(m_random.integer(0, int(names.size()) - 1));
        c.strategy = m_random.chance(0.6) ? CompetitiveStrategy::Differentiate : CompetitiveStrategy::Reframe;
        if (std::none_of(sheet.competitors.cbegin(), sheet.competitors.cend(), [&c](const Competitor& other) {
                return other.name == c.name;
            })) {
            sheet.competitors.append(c);
        }
    }
    if (!deal.lostTo.isEmpty() && std::none_of(sheet.competitors.cbegin(),
                                               sheet.competitors.cend(),
                                               [&deal](const Competitor& c) { return c.name == deal.lostTo; })) {
        Competitor c;
        c.id = m_random.id();
        c.name = deal.lostTo;
        sheet.competitors.append(c);
    }
    return sheet;
}

void DemoStrategy::writePayments(BulkWriter& writer, const QDateTime& stamp, const Noted& deal)
{
    // One to three instalments after the win; those due before today mostly arrived, a little late.
    const int parts = m_random.weighted({0.5, 0.3, 0.2}) + 1;
    qint64 left = deal.amountMinor;
    for (int i = 0; i < parts; ++i) {
        Collection payment;
        payment.id = m_random.id();
        payment.dealId = deal.dealId;
        payment.currency = deal.currency;
        payment.expectedMinor = i + 1 == parts ? left : deal.amountMinor / parts;
        left -= payment.expectedMinor;
        const qint64 due = deal.end + (30 + 30 * i) * DemoWorld::day;
        payment.expectedDate = DemoWorld::toDate(due);
        const qint64 arrived = due + m_random.integer(-5, 25) * DemoWorld::day;
        if (arrived < m_world.now && m_random.chance(0.9)) {
            payment.receivedMinor = payment.expectedMinor;
            payment.receivedDate = DemoWorld::toDate(arrived);
        }
        writer.insertCollection(payment, stamp);
    }
}
