// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/demo/DemoGenerator.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// What a benchmark case gets: the cached 100k-deal workspace, timing with medians and the
// same SQL timed in the sqlite3 command-line tool on the same file, in the same run.
class BenchContext
{
public:
    BenchContext(QString dataDir, QDate today);
    ~BenchContext();
    BenchContext(const BenchContext&) = delete;
    BenchContext& operator=(const BenchContext&) = delete;

    // The 100k-deal / ~1M-interaction / ~1M-event workspace, generated on first use and
    // cached by seed, size, schema version and day.
    const QString& workspacePath();
    // A private copy of the workspace for cases that write; removed at exit.
    QString freshCopy();
    QDate today() const { return m_today; }
    const QString& dataDir() const { return m_dataDir; }
    // What the cached workspace is generated with.
    DemoOptions workspaceOptions() const;

    // Median wall time in milliseconds of `runs` calls (after one warm-up call).
    static double medianMs(int runs, const std::function<void()>& work);
    // Median of `runs` executions of `sql` in the sqlite3 tool on `path` (its .timer, so process
    // start-up is not counted; rows go to /dev/null). Empty when sqlite3 is not installed.
    static std::optional<double> sqlite3MedianMs(const QString& path, const QString& sql, int runs = 7);
    // Prints "case=NAME ms=X" and, with a sqlite3 figure, " sqlite3_ms=Y ratio=X/Y".
    static void report(const QString& name, double ms, std::optional<double> sqlite3Ms = std::nullopt);

private:
    QString m_dataDir;
    QString m_workspacePath;
    QDate m_today;
    int m_copies = 0;
    QStringList m_copyPaths;
};

struct BenchCase
{
    QString name;
    std::function<void(BenchContext&)> run;
};

namespace BenchRegistry {
bool add(const char* name, void (*run)(BenchContext&));
QList<BenchCase>& cases();
} // namespace BenchRegistry

#define DEALBENCH_BENCHMARK(caseName)                                                                                  \
    static void caseName##_bench(BenchContext&);                                                                       \
    [[maybe_unused]] static const bool caseName##_registered = BenchRegistry::add(#caseName, &caseName##_bench);       \
    static void caseName##_bench(BenchContext& bench)
