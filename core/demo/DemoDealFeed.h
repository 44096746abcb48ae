// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoDealHistory.h"

#include "core/domain/Interaction.h"
#include "core/domain/Lead.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

class DemoRandom;
struct DemoWorld;

// One deal of the generator with everything drawn for it.
struct DemoDealRows
{
    DemoDeal deal;
    std::vector<Interaction> interactions;
    std::vector<Lead> leads;
};

/**
 * Makes the generator's deals, their interactions and leads on a thread of its own while the
 * caller writes the ones made before (on two cores the drawing and the SQLite inserts run
 * side by side). Every draw is made on that one thread in the order of a single-threaded
 * run, so the rows do not depend on the timing. `world` and `random` are the feed's until it
 * is destroyed.
 */
class DemoDealFeed final
{
    Q_DISABLE_COPY_MOVE(DemoDealFeed)
public:
    DemoDealFeed(const DemoWorld& world, DemoRandom& random, int deals, int interactionsPerDeal);
    ~DemoDealFeed(); // stops the thread if it still runs

    // The next deals in order, empty after the last; rethrows what the thread threw.
    std::vector<DemoDealRows> next();

private:
    void run();

    const DemoWorld& m_world;
    DemoRandom& m_random;
    const int m_deals;
    const int m_interactionsPerDeal;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<DemoDealRows>> m_ready;
    bool m_finished = false; // the thread made its last batch, or failed
    bool m_stopping = false;
    std::exception_ptr m_error;
    std::thread m_thread; // last: started once the rest is set up
};
