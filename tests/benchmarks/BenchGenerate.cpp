// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 2 case: the seeded generator writes the 100k-deal benchmark workspace (100k deals,
// ~1M interactions, ~1M events) "in well under a minute".
#include "BenchHarness.h"

#include "core/demo/DemoGenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

namespace {
// The whole process: the index sorter runs on helper threads as well.
double processCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval& time) {
        return static_cast<double>(time.tv_sec) * 1000.0 + static_cast<double>(time.tv_usec) / 1000.0;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

void removeWorkspace(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        QFile::remove(path + QLatin1String(suffix));
    }
}
} // namespace

DEALBENCH_BENCHMARK(generate_100k)
{
    // The same options as the cached workspace, into a scratch file of this process that is
    // removed after each run (2 GB each). A run takes tens of seconds: three runs, no warm-up.
    const DemoOptions options = bench.workspaceOptions();
    const QString path =
        QDir(bench.dataDir())
            .filePath(QStringLiteral("scratch-generate-%1.dealbench").arg(QCoreApplication::applicationPid()));
    QList<double> wall;
    QList<double> cpu;
    for (int run = 0; run < 3; ++run) {
        removeWorkspace(path);
        const double cpuBefore = processCpuMs();
        QElapsedTimer timer;
        timer.start();
        const DemoResult result = DemoGenerator::generate(path, options);
        wall.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        cpu.append(processCpuMs() - cpuBefore);
        std::fprintf(stderr,
                     "  run %d: %.0f ms wall, %.0f ms cpu: %lld deals, %lld interactions, %lld deal events\n",
                     run + 1,
                     wall.last(),
                     cpu.last(),
                     static_cast<long long>(result.deals),
                     static_cast<long long>(result.interactions),
                     static_cast<long long>(result.dealEvents));
        removeWorkspace(path);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    std::fprintf(stderr, "  (cpu median %.0f ms, wall median %.0f ms)\n", cpu[1], wall[1]);
    BenchContext::report(QStringLiteral("generate_100k"), wall[1]);
}
