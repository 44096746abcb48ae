// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoInteractions.h"

#include "DemoDealHistory.h"
#include "DemoNames.h"
#include "DemoRandom.h"
#include "DemoTeam.h"

#include "core/domain/Interaction.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace {
const InteractionType kTypes[] = {InteractionType::Visit,
                                  InteractionType::Call,
                                  InteractionType::Video,
                                  InteractionType::Demo,
                                  InteractionType::Workshop,
                                  InteractionType::Email,
                                  InteractionType::Event};
// Meeting types per open stage: early calls and mails, demos and workshops in the middle,
// visits when the money is discussed.
const double kTypeWeights[DemoWorld::openStages][7] = {
    {0.10, 0.40, 0.15, 0.02, 0.00, 0.30, 0.03},
    {0.15, 0.30, 0.25, 0.05, 0.05, 0.18, 0.02},
    {0.25, 0.15, 0.20, 0.10, 0.15, 0.13, 0.02},
    {0.20, 0.10, 0.15, 0.25, 0.20, 0.10, 0.00},
    {0.30, 0.20, 0.25, 0.05, 0.05, 0.15, 0.00},
    {0.30, 0.30, 0.20, 0.00, 0.00, 0.20, 0.00},
};

const QString& pick(DemoRandom& random, const QStringList& list)
{
    return list.at(random.integer(0, static_cast<int>(list.size()) - 1));
}

int rating(DemoRandom& random, double centre)
{
    return qBound(1, static_cast<int>(std::lround(centre + random.normal() * 0.8)), 5);
}

class Meeting final
{
public:
    Meeting(const DemoWorld& world, DemoRandom& random, const DemoDeal& deal)
        : m_world(world)
        , m_random(random)
        , m_deal(deal)
    {}

    Interaction make(qint64 at)
    {
        const int stage = std::min(m_deal.stageAt(at), DemoWorld::openStages - 1);
        const DemoWorld::Rep& rep = m_world.reps.at(static_cast<std::size_t>(m_deal.repAt(at)));
        const DemoWorld::Customer& customer = m_world.accounts.at(static_cast<std::size_t>(m_deal.accountIndex));
        Interaction i;
        i.id = m_random.id();
        i.ownerId = rep.id;
        i.dealId = m_deal.deal.id;
        i.accountId = customer.id;
        i.scheduledAt = DemoWorld::toDateTime(at);
        i.type = kTypes[m_random.weighted(kTypeWeights[stage], 7)];
        pickContacts(i, customer, stage);
        if (m_random.chance(0.85)) {
            i.howSecured = pick(m_random, DemoNames::howSecured());
        }
        plan(i, stage, rep);

        const bool past = at < m_world.now;
        const qint64 planned = std::max(m_deal.created, at - m_random.integer(1, 10) * DemoWorld::day);
        i.createdAt = DemoWorld::toDateTime(past ? planned : std::min(planned, m_world.now - DemoWorld::hour));
        i.updatedAt = i.createdAt;
        if (!past) {
            i.appointmentState = m_random.chance(0.55) ? AppointmentState::Planned : AppointmentState::Confirmed;
            return i;
        }
        const int state = m_random.weighted({0.84, 0.06, 0.04, 0.06});
        if (state == 3) {
            // Happened (or not) without anyone updating it: the week view flags these.
            i.appointmentState = m_random.chance(0.5) ? AppointmentState::Planned : AppointmentState::Confirmed;
            return i;
        }
        i.updatedAt = i.scheduledAt;
        if (state != 0) {
            i.appointmentState = state == 1 ? AppointmentState::Cancelled : AppointmentState::NoShow;
            return i;
        }
        i.appointmentState = AppointmentState::Done;
        const bool recent = at > m_world.now - 5 * DemoWorld::day;
        if (m_random.chance(recent ? rep.reviewRate * 0.5 : rep.reviewRate)) {
            review(i, at, rep);
        }
        return i;
    }

private:
    void pickContacts(Interaction& i, const DemoWorld::Customer& customer, int stage)
    {
        const int available = static_cast<int>(customer.contacts.size());
        const int wanted = std::min(available, 1 + m_random.weighted({0.76, 0.2, 0.04}));
        std::vector<int> chosen;
        // Later stages reach further up the customer's org chart.
        if (stage >= 4 && m_random.chance(0.5)) {
            int top = 0;
            for (int c = 1; c < available; ++c) {
                if (customer.contacts[std::size_t(c)].level < customer.contacts[std::size_t(top)].level) {
                    top = c;
                }
            }
            chosen.push_back(top);
        }
        while (static_cast<int>(chosen.size()) < wanted) {
            const int c = m_random.integer(0, available - 1);
            if (std::find(chosen.begin(), chosen.end(), c) == chosen.end()) {
                chosen.push_back(c);
            }
        }
        for (const int c : chosen) {
            i.contactIds.append(customer.contacts[std::size_t(c)].id);
        }
    }

    void plan(Interaction& i, int stage, const DemoWorld::Rep& rep)
    {
        if (!m_random.chance(rep.planningRate)) {
            return;
        }
        const QStringList& pairs = DemoNames::objectives(stage);
        const int pair = m_random.integer(0, static_cast<int>(pairs.size()) / 2 - 1);
        i.objectiveBest = pairs.at(pair * 2);
        if (m_random.chance(0.75)) {
            i.objectiveMinimum = pairs.at(pair * 2 + 1);
        }
        if (m_random.chance(0.45)) {
            i.conversationLogic = QStringLiteral("Opening: %1. Ask %2. Show: %3.")
                                      .arg(pick(m_random, DemoNames::openings()),
                                           pick(m_random, DemoNames::questions()),
                                           pick(m_random, DemoNames::showings()));
        }
    }

    void review(Interaction& i, qint64 at, const DemoWorld::Rep& rep)
    {
        // Planned meetings hit their objective more often, and more so on deals that went on to win.
        double yes = i.hasObjective() ? 0.45 : 0.3;
        if (m_deal.won) {
            yes += 0.15;
        }
        const int outcome = m_random.weighted({yes, 0.33, 0.22 + (m_deal.won ? 0.0 : 0.08)});
        i.outcome = outcome == 0 ? InteractionOutcome::Yes
                                 : (outcome == 1 ? InteractionOutcome::Partly : InteractionOutcome::No);
        if (m_random.chance(0.8)) {
            i.customerNeeds = pick(m_random, DemoNames::customerNeeds());
            if (m_random.chance(0.3)) {
                i.customerNeeds += QStringLiteral("; ") + pick(m_random, DemoNames::customerNeeds());
            }
        }
        if (m_random.chance(0.55)) {
            i.advantages = pick(m_random, DemoNames::advantages());
        }
        if (i.outcome != InteractionOutcome::No && m_random.chance(0.8)) {
            i.commitment = pick(m_random, DemoNames::commitments());
        }
        if (m_random.chance(0.85)) {
            i.nextStep = pick(m_random, DemoNames::nextSteps());
            i.nextStepDate = DemoWorld::toDate(at).addDays(m_random.integer(2, 21));
        }
        const qint64 reviewed = std::min(at + m_random.integer(1, 36) * DemoWorld::hour, m_world.now - 60000);
        i.reviewedAt = DemoWorld::toDateTime(reviewed);
        i.updatedAt = i.reviewedAt;
        if (m_random.chance(0.12)) {
            i.coachNote = pick(m_random, DemoNames::coachNotes());
            auto rated = [&]() -> std::optional<int> {
                return m_random.chance(0.9) ? std::optional<int>(rating(m_random, rep.skill)) : std::nullopt;
            };
            i.ratings.planning = rated();
            i.ratings.questioning = rated();
            i.ratings.presentingValue = rated();
            i.ratings.handlingObjections = rated();
            i.ratings.gainingCommitment = rated();
            const qint64 coached = std::min(reviewed + m_random.integer(1, 5) * DemoWorld::day, m_world.now - 60000);
            i.updatedAt = DemoWorld::toDateTime(std::max(coached, reviewed));
        }
    }

    const DemoWorld& m_world;
    DemoRandom& m_random;
    const DemoDeal& m_deal;
};
} // namespace

namespace DemoInteractions {

qint64
make(const DemoWorld& world, DemoRandom& random, const DemoDeal& deal, int perDeal, std::vector<Interaction>& out)
{
    if (perDeal <= 0) {
        return 0;
    }
    const int count = std::max(1, perDeal + random.integer(-perDeal / 2, perDeal / 2));
    int ahead = 0;
    if (deal.open) {
        ahead = count >= 2 ? (random.chance(0.85) ? random.integer(1, std::min(2, count - 1)) : 0)
                           : (random.chance(0.3) ? 1 : 0);
    }
    std::vector<qint64> times;
    times.reserve(static_cast<std::size_t>(count));
    const double span = double(deal.end - deal.created);
    for (int n = 0; n < count - ahead; ++n) {
        const qint64 raw = deal.created + static_cast<qint64>(random.uniform() * span);
        const qint64 at = DemoTeam::workingTime(raw, random);
        times.push_back(at < deal.end ? at : raw);
    }
    for (int n = 0; n < ahead; ++n) {
        times.push_back(DemoTeam::workingTime(world.now + random.integer(1, 21) * DemoWorld::day, random));
    }
    std::sort(times.begin(), times.end());
    Meeting meeting(world, random, deal);
    for (const qint64 at : times) {
        out.push_back(meeting.make(at));
    }
    return count;
}

} // namespace DemoInteractions
