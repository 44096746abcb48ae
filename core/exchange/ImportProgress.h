// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <functional>

// How far an import running on a worker thread has got, and whether the user asked it to
// stop. Both are used on the importing thread; `report` is called every few hundred rows,
// never per row, so a queued signal behind it does not flood the GUI's event loop.
struct ImportProgress
{
    enum class Phase
    {
        Planning, // reading the rows against the workspace
        Writing,  // writing the deals, inside the import's one transaction
    };

    std::function<void(Phase phase, int done, int total)> report;
    const std::atomic_bool* cancel = nullptr;

    // Rows between two reports and two looks at `cancel`.
    static constexpr int kStride = 512;

    bool cancelled() const { return cancel != nullptr && cancel->load(); }
    // Reports `done` when it is at a stride (or the end); throws Cancelled when asked to stop.
    void step(Phase phase, int done, int total) const
    {
        if (done % kStride != 0 && done != total) {
            return;
        }
        if (cancelled()) {
            throw Cancelled{};
        }
        if (report) {
            report(phase, done, total);
        }
    }

    // Thrown out of the planner and the writer when `cancel` is set; the import's
    // transaction is rolled back on the way out.
    struct Cancelled
    {};
};
