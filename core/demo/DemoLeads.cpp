// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoLeads.h"

#include "DemoDealHistory.h"
#include "DemoRandom.h"
#include "DemoTeam.h"

#include "core/domain/Lead.h"

#include <algorithm>

namespace {
// leadSourceKeys() order: referral, website, social, event, webinar, email campaign,
// purchased list, partner, outbound.
const double kConversion[] = {0.55, 0.22, 0.12, 0.30, 0.25, 0.10, 0.06, 0.45, 0.15};
// Typical days from lead to opportunity: a referral is ready, a bought list is not.
const double kDaysToConvert[] = {4, 10, 14, 12, 9, 15, 25, 6, 18};
const double kFromLead = 0.5;

const QStringList& sourceKeys()
{
    static const QStringList keys = leadSourceKeys();
    return keys;
}
} // namespace

DemoLeads::DemoLeads(const DemoWorld& world, DemoRandom& random)
    : m_world(world)
    , m_random(random)
{}

double DemoLeads::conversionRate(int sourceIndex)
{
    return kConversion[qBound(0, sourceIndex, 8)];
}

qint64 DemoLeads::makeFor(const DemoDeal& deal, std::vector<Lead>& out)
{
    if (!m_random.chance(kFromLead)) {
        return 0;
    }
    const int source = deal.sourceIndex;
    const DemoWorld::Customer& customer = m_world.accounts.at(static_cast<std::size_t>(deal.accountIndex));
    Lead lead;
    lead.id = m_random.id();
    const auto& person = customer.contacts.at(
        static_cast<std::size_t>(m_random.integer(0, static_cast<int>(customer.contacts.size()) - 1)));
    lead.name = person.name;
    lead.company = customer.name;
    lead.ownerId = m_world.reps.at(std::size_t(deal.owners.front().second)).id;
    lead.accountId = customer.id;
    lead.source = sourceKeys().at(source);
    lead.status = LeadStatus::Converted;
    lead.convertedDealId = deal.deal.id;
    lead.convertedAt = DemoWorld::toDateTime(deal.created);
    const double days = std::max(0.2, m_random.logNormal(kDaysToConvert[source], 0.5));
    lead.createdAt = DemoWorld::toDateTime(deal.created - static_cast<qint64>(days * DemoWorld::day));
    lead.updatedAt = lead.convertedAt;
    out.push_back(lead);

    m_owed[std::size_t(source)] += (1.0 - kConversion[source]) / kConversion[source];
    return 1 + makeUnconverted(source, out);
}

qint64 DemoLeads::makeUnconverted(int sourceIndex, std::vector<Lead>& out)
{
    qint64 written = 0;
    double& owed = m_owed[std::size_t(sourceIndex)];
    while (owed >= 1.0) {
        owed -= 1.0;
        Lead lead;
        lead.id = m_random.id();
        lead.name = DemoTeam::personName(m_random);
        lead.company = DemoTeam::companyName(m_random);
        lead.ownerId = m_world.reps.at(std::size_t(m_random.integer(0, int(m_world.reps.size()) - 1))).id;
        lead.source = sourceKeys().at(sourceIndex);
        const qint64 created =
            m_world.now - static_cast<qint64>(m_random.uniform() * double(m_world.now - m_world.historyStart));
        lead.createdAt = lead.updatedAt = DemoWorld::toDateTime(DemoTeam::workingTime(created, m_random));
        if (lead.createdAt.toMSecsSinceEpoch() >= m_world.now) {
            lead.createdAt = lead.updatedAt = DemoWorld::toDateTime(created);
        }
        // Old leads have mostly been worked and disqualified; recent ones are still open.
        const bool old = created < m_world.now - 45 * DemoWorld::day;
        if (m_random.chance(old ? 0.85 : 0.2)) {
            lead.status = LeadStatus::Disqualified;
            lead.updatedAt = DemoWorld::toDateTime(
                std::min(created + m_random.integer(3, 40) * DemoWorld::day, m_world.now - DemoWorld::hour));
            lead.updatedAt = std::max(lead.updatedAt, lead.createdAt);
        }
        out.push_back(lead);
        ++written;
    }
    return written;
}
