// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoDealFeed.h"

#include "DemoInteractions.h"
#include "DemoLeads.h"

namespace {
// Deals per hand-over, and hand-overs made ahead of the writer: enough to keep both threads
// busy, little memory.
constexpr int kBatchDeals = 64;
constexpr std::size_t kBatchesAhead = 8;
} // namespace

DemoDealFeed::DemoDealFeed(const DemoWorld& world, DemoRandom& random, int deals, int interactionsPerDeal)
    : m_world(world)
    , m_random(random)
    , m_deals(deals)
    , m_interactionsPerDeal(interactionsPerDeal)
    , m_thread([this] { run(); })
{}

DemoDealFeed::~DemoDealFeed()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

std::vector<DemoDealRows> DemoDealFeed::next()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_ready.empty() || m_finished; });
    if (m_ready.empty()) {
        if (m_error) {
            std::rethrow_exception(m_error);
        }
        return {};
    }
    std::vector<DemoDealRows> batch = std::move(m_ready.front());
    m_ready.pop_front();
    lock.unlock();
    m_changed.notify_all();
    return batch;
}

void DemoDealFeed::run()
{
    try {
        DemoLeads leads(m_world, m_random);
        for (int made = 0; made < m_deals;) {
            std::vector<DemoDealRows> batch;
            const int count = std::min(kBatchDeals, m_deals - made);
            batch.reserve(static_cast<std::size_t>(count));
            for (int n = 0; n < count; ++n) {
                DemoDealRows rows;
                rows.deal = DemoDealHistory::play(m_world, m_random);
                DemoInteractions::make(m_world, m_random, rows.deal, m_interactionsPerDeal, rows.interactions);
                leads.makeFor(rows.deal, rows.leads);
                batch.push_back(std::move(rows));
            }
            made += count;
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_ready.size() < kBatchesAhead || m_stopping; });
            if (m_stopping) {
                return;
            }
            m_ready.push_back(std::move(batch));
            lock.unlock();
            m_changed.notify_all();
        }
    } catch (...) {
        const std::lock_guard lock(m_mutex);
        m_error = std::current_exception();
    }
    {
        const std::lock_guard lock(m_mutex);
        m_finished = true;
    }
    m_changed.notify_all();
}
