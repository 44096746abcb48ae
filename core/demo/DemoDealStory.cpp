// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoDealStory.h"

#include "DemoNames.h"
#include "DemoRandom.h"
#include "DemoTeam.h"

#include "core/domain/Money.h"

#include <algorithm>
#include <cmath>

namespace {
// How long a deal typically sits in each open stage and what happens when it moves on.
// Tuned so that about a quarter of the closed deals are won (DOMAIN.md: ~20-30 %).
struct StageFlow
{
    double medianDays;
    double advance;
    double regress;
    double lose;
};
const StageFlow kFlow[DemoWorld::openStages] = {
    {20, 0.74, 0.00, 0.26}, // Lead
    {16, 0.76, 0.03, 0.21}, // Qualified
    {15, 0.80, 0.06, 0.14}, // Needs confirmed
    {18, 0.79, 0.09, 0.12}, // Solution / POC
    {15, 0.80, 0.08, 0.12}, // Proposal
    {13, 0.70, 0.06, 0.24}, // Negotiation: "advance" is the win
};

// Lost reasons (LostReason order without None) early (Lead..Needs) and late in the funnel.
const LostReason kReasons[] = {LostReason::Price,
                               LostReason::Competitor,
                               LostReason::NoDecision,
                               LostReason::NoBudget,
                               LostReason::Timing,
                               LostReason::ProductFit,
                               LostReason::Other};

QString minorText(qint64 minor)
{
    return QString::number(minor);
}
} // namespace

qint64 DemoDealStory::roundedMinor(double major, const QString& currency)
{
    const double step = major >= 10000 ? 100 : 10;
    const double rounded = std::max(step, std::round(major / step) * step);
    return Money::fromMajorUnits(rounded, currency).minor;
}

DemoDealStory::DemoDealStory(const DemoWorld& world, DemoRandom& random, DemoDeal& deal)
    : m_world(world)
    , m_random(random)
    , m_deal(deal)
{}

void DemoDealStory::event(qint64 at, DealEventField field, const QString& oldValue, const QString& newValue)
{
    m_deal.events.append(
        DealEvent{m_random.id(), m_deal.deal.id, DemoWorld::toDateTime(at), field, oldValue, newValue});
}

void DemoDealStory::setCategory(qint64 at, ForecastCategory category)
{
    if (category != m_deal.deal.forecastCategory) {
        event(at,
              DealEventField::ForecastCategory,
              forecastCategoryKey(m_deal.deal.forecastCategory),
              forecastCategoryKey(category));
        m_deal.deal.forecastCategory = category;
    }
}

void DemoDealStory::setCloseDate(qint64 at, const QDate& date)
{
    if (date != m_deal.deal.expectedCloseDate) {
        event(at,
              DealEventField::CloseDate,
              m_deal.deal.expectedCloseDate.toString(Qt::ISODate),
              date.toString(Qt::ISODate));
        m_deal.deal.expectedCloseDate = date;
    }
}

void DemoDealStory::setAmount(qint64 at, qint64 minor)
{
    if (minor != m_deal.deal.amount.minor) {
        event(at, DealEventField::Amount, minorText(m_deal.deal.amount.minor), minorText(minor));
        m_deal.deal.amount.minor = minor;
    }
}

// Stage, then amount, close date and category: the order DealRepository::update writes.
void DemoDealStory::moveTo(qint64 at, int stage)
{
    event(at, DealEventField::Stage, m_world.stageIds.at(m_deal.stages.back().second), m_world.stageIds.at(stage));
    m_deal.stages.emplace_back(at, stage);
    m_deal.deal.stageId = m_world.stageIds.at(stage);
    m_deal.deal.stageEnteredAt = DemoWorld::toDateTime(at);
}

double DemoDealStory::amountMajor() const
{
    return Money{m_deal.deal.amount.minor, m_deal.deal.amount.currency}.majorUnits();
}

// The rep pushes a passed close date out, mostly soon after noticing it.
void DemoDealStory::slipCloseDates(qint64 from, qint64 until)
{
    for (int round = 0; round < 4; ++round) {
        const qint64 due = DemoWorld::fromDate(m_deal.deal.expectedCloseDate, 17);
        if (due >= until) {
            return;
        }
        const qint64 noticed =
            DemoTeam::workingTime(std::max(from, due) + m_random.integer(0, 10) * DemoWorld::day, m_random);
        if (noticed >= until || !m_random.chance(0.85)) {
            return;
        }
        setCloseDate(noticed, DemoWorld::toDate(noticed).addDays(m_random.integer(14, 60)));
        from = noticed;
    }
}

// The forecast call before each quarter closes: deals that will not make it are pushed
// into the next quarter, and late-stage deals are called in or out of the commit.
void DemoDealStory::quarterEndReviews(qint64 from, qint64 until, int stage)
{
    const QDate first = DemoWorld::toDate(from);
    QDate quarterEnd(first.year(), (first.month() - 1) / 3 * 3 + 3, 1);
    quarterEnd = quarterEnd.addDays(quarterEnd.daysInMonth() - 1);
    for (; DemoWorld::fromDate(quarterEnd, 16) < until; quarterEnd = quarterEnd.addMonths(3)) {
        quarterEnd = QDate(quarterEnd.year(), quarterEnd.month(), quarterEnd.daysInMonth());
        const qint64 at = DemoWorld::fromDate(quarterEnd, 16) - m_random.integer(1, 10) * DemoWorld::day;
        if (at <= from) {
            continue;
        }
        if (m_deal.deal.expectedCloseDate <= quarterEnd.addDays(14) && m_random.chance(0.6)) {
            setCloseDate(at, quarterEnd.addDays(m_random.integer(20, 75)));
        }
        if (stage >= 4 && m_random.chance(0.4)) {
            setCategory(at,
                        m_deal.deal.forecastCategory == ForecastCategory::Commit ? ForecastCategory::BestCase
                                                                                 : ForecastCategory::Commit);
        }
    }
}

void DemoDealStory::changeOwner(qint64 at)
{
    const int current = m_deal.owners.back().second;
    const int team = m_world.reps.at(static_cast<std::size_t>(current)).team;
    std::vector<int> candidates;
    for (std::size_t i = 0; i < m_world.reps.size(); ++i) {
        if (static_cast<int>(i) != current && m_world.reps[i].team == team) {
            candidates.push_back(static_cast<int>(i));
        }
    }
    if (candidates.empty()) {
        return;
    }
    const int next = candidates.at(static_cast<std::size_t>(m_random.integer(0, int(candidates.size()) - 1)));
    event(at, DealEventField::Owner, m_deal.deal.ownerId, m_world.reps.at(static_cast<std::size_t>(next)).id);
    m_deal.deal.ownerId = m_world.reps.at(static_cast<std::size_t>(next)).id;
    m_deal.owners.emplace_back(at, next);
}

void DemoDealStory::lose(qint64 at, int stage)
{
    const bool early = stage <= 2;
    const int reason = early ? m_random.weighted({0.05, 0.08, 0.30, 0.25, 0.20, 0.10, 0.02})
                             : m_random.weighted({0.25, 0.30, 0.20, 0.07, 0.08, 0.07, 0.03});
    Deal& deal = m_deal.deal;
    deal.lostReason = kReasons[reason];
    const QStringList& notes = DemoNames::lostNotes(lostReasonKey(deal.lostReason));
    if (m_random.chance(0.6)) {
        deal.lostNote = notes.at(m_random.integer(0, int(notes.size()) - 1));
    }
    const bool named = deal.lostReason == LostReason::Competitor ||
                       (deal.lostReason == LostReason::Price && m_random.chance(0.5)) ||
                       (deal.lostReason == LostReason::ProductFit && m_random.chance(0.3));
    if (named) {
        const QStringList& competitors = DemoNames::competitors();
        deal.competitor = competitors.at(m_random.integer(0, int(competitors.size()) - 1));
    }
    deal.lostAt = DemoWorld::toDateTime(at);
    moveTo(at, DemoWorld::lostStage);
    setCategory(at, m_world.stageCategories.at(DemoWorld::lostStage));
}

void DemoDealStory::win(qint64 at)
{
    const qint64 finalAmount =
        m_random.chance(0.4) ? roundedMinor(amountMajor() * m_random.uniform(0.85, 0.97), m_deal.deal.amount.currency)
                             : m_deal.deal.amount.minor;
    m_deal.deal.wonAt = DemoWorld::toDateTime(at);
    moveTo(at, DemoWorld::wonStage);
    setAmount(at, finalAmount);
    setCloseDate(at, DemoWorld::toDate(at));
    setCategory(at, m_world.stageCategories.at(DemoWorld::wonStage));
}

void DemoDealStory::play(int stage, double winFactor)
{
    const qint64 now = m_world.now;
    const bool ownerChanges = m_world.reps.size() > 1 && m_random.chance(0.04);
    const qint64 ownerChangeAt =
        m_deal.created + static_cast<qint64>(m_random.uniform(0.1, 1.0) * 120) * DemoWorld::day;
    qint64 t = m_deal.created;
    for (;;) {
        const StageFlow& flow = kFlow[stage];
        double days = m_random.logNormal(flow.medianDays, 0.55);
        if (m_random.chance(0.12)) {
            days *= m_random.uniform(2.5, 5.0); // stuck: the deals the funnel review flags
        }
        qint64 next = DemoTeam::workingTime(t + static_cast<qint64>(days * DemoWorld::day), m_random);
        next = std::max(next, t + DemoWorld::hour);
        const qint64 until = std::min(next, now);

        if (ownerChanges && ownerChangeAt >= t && ownerChangeAt < until && m_deal.owners.size() == 1) {
            changeOwner(ownerChangeAt);
        }
        if (stage >= 1 && m_random.chance(0.6)) {
            // The number is revised as the scope firms up: once in most stages, now and then
            // twice (in time order: the second in the later part of the stay).
            const int revisions = m_random.chance(0.35) ? 2 : 1;
            for (int r = 0; r < revisions; ++r) {
                const double low = r == 0 ? 0.2 : 0.55;
                const double high = r + 1 < revisions ? 0.55 : 0.9;
                const qint64 at = t + static_cast<qint64>(m_random.uniform(low, high) * double(until - t));
                setAmount(at, roundedMinor(amountMajor() * m_random.uniform(0.82, 1.25), m_deal.deal.amount.currency));
            }
        }
        if (stage == 4 && m_random.chance(0.35)) {
            const qint64 at = t + m_random.integer(1, 4) * DemoWorld::day;
            if (at < until) {
                setCategory(at, ForecastCategory::Commit); // the rep calls it early
            }
        } else if (stage == 3 && m_random.chance(0.12)) {
            const qint64 at = t + m_random.integer(2, 8) * DemoWorld::day;
            if (at < until) {
                setCategory(at, ForecastCategory::Pipeline); // the POC is shaky
            }
        } else if (stage == 5 && m_random.chance(0.12)) {
            const qint64 at = t + m_random.integer(2, 6) * DemoWorld::day;
            if (at < until) {
                setCategory(at, ForecastCategory::BestCase); // legal trouble: not commit after all
            }
        }
        slipCloseDates(t, until);
        if (stage >= 2) {
            quarterEndReviews(t, until, stage);
        }
        if (next >= now) {
            return; // still open
        }

        double advance = flow.advance;
        double regress = flow.regress;
        double lost = flow.lose / winFactor;
        const double total = advance + regress + lost;
        const int outcome = m_random.weighted({advance / total, regress / total, lost / total});
        if (outcome == 2) {
            lose(next, stage);
            m_deal.end = next;
            m_deal.open = false;
            return;
        }
        if (outcome == 1) {
            stage = std::max(0, stage - (stage >= 2 && m_random.chance(0.2) ? 2 : 1));
            moveTo(next, stage);
            setCategory(next, m_world.stageCategories.at(stage));
        } else if (stage == DemoWorld::openStages - 1 || (stage == 4 && m_random.chance(0.05))) {
            win(next);
            m_deal.end = next;
            m_deal.open = false;
            m_deal.won = true;
            return;
        } else {
            ++stage;
            moveTo(next, stage);
            if (stage == 4 && m_random.chance(0.35)) {
                // The proposal puts a firmer number on it.
                setAmount(next, roundedMinor(amountMajor() * m_random.uniform(0.85, 1.2), m_deal.deal.amount.currency));
            }
            if (m_random.chance(stage >= 3 ? 0.55 : 0.45)) {
                // Re-forecast on the way: mostly later, now and then sooner.
                const QDate earliest = DemoWorld::toDate(next).addDays(7);
                const QDate moved = m_deal.deal.expectedCloseDate.addDays(m_random.integer(-10, 45));
                setCloseDate(next, std::max(earliest, moved));
            }
            setCategory(next, m_world.stageCategories.at(stage));
        }
        t = next;
    }
}
