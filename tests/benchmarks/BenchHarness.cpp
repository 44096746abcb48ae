// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchHarness.h"

#include "core/demo/DemoGenerator.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace {
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

constexpr int kBenchDeals = 100000;
constexpr int kBenchReps = 40;
constexpr int kBenchManagers = 5;
constexpr quint64 kBenchSeed = 42;

double median(QList<double> values)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}
} // namespace

BenchContext::BenchContext(QString dataDir, QDate today)
    : m_dataDir(std::move(dataDir))
    , m_today(today)
{
    QDir().mkpath(m_dataDir);
}

BenchContext::~BenchContext()
{
    // Each copy is as big as the workspace (2.3 GB): a few runs of the write cases would
    // otherwise fill the disk.
    for (const QString& copy : std::as_const(m_copyPaths)) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(copy + suffix);
        }
    }
}

DemoOptions BenchContext::workspaceOptions() const
{
    DemoOptions options;
    options.deals = kBenchDeals;
    options.reps = kBenchReps;
    options.managers = kBenchManagers;
    options.seed = kBenchSeed;
    options.today = m_today;
    return options;
}

const QString& BenchContext::workspacePath()
{
    if (!m_workspacePath.isEmpty()) {
        return m_workspacePath;
    }
    const QString name = QStringLiteral("bench-%1deals-seed%2-v%3-%4.dealbench")
                             .arg(kBenchDeals)
                             .arg(kBenchSeed)
                             .arg(Database::currentSchemaVersion())
                             .arg(m_today.toString(Qt::ISODate));
    m_workspacePath = QDir(m_dataDir).filePath(name);
    if (!QFile::exists(m_workspacePath)) {
        std::fprintf(stderr, "generating the benchmark workspace %s ...\n", qPrintable(m_workspacePath));
        // Per process: two bench runs may generate at once (a new schema version changes the name).
        const QString partial = m_workspacePath + QStringLiteral(".partial-%1").arg(QCoreApplication::applicationPid());
        QFile::remove(partial);
        const DemoOptions options = workspaceOptions();
        QElapsedTimer timer;
        timer.start();
        DemoGenerator::generate(partial, options);
        QFile::rename(partial, m_workspacePath);
        std::fprintf(stderr, "generated in %.1f s\n", static_cast<double>(timer.elapsed()) / 1000.0);
    }
    return m_workspacePath;
}

QString BenchContext::freshCopy()
{
    const QString source = workspacePath();
    // Named by process too: two bench runs on one data folder must not write each other's copy.
    const QString copy = QDir(m_dataDir).filePath(
        QStringLiteral("scratch-%1-%2.dealbench").arg(QCoreApplication::applicationPid()).arg(++m_copies));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(copy + suffix);
    }
    QFile::copy(source, copy);
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    m_copyPaths.append(copy);
    return copy;
}

double BenchContext::medianMs(int runs, const std::function<void()>& work)
{
    work(); // warm-up: page cache, prepared statements
    QList<double> times;
    QList<double> cpuTimes;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const double cpuBefore = threadCpuMs();
        timer.start();
        work();
        times.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        cpuTimes.append(threadCpuMs() - cpuBefore);
    }
    // On a machine shared with other work the wall time is mostly waiting for a core; the
    // thread's own CPU time says what the work costs.
    std::fprintf(stderr, "  (cpu median %.1f ms, wall median %.1f ms)\n", median(cpuTimes), median(times));
    return median(times);
}

std::optional<double> BenchContext::sqlite3MedianMs(const QString& path, const QString& sql, int runs)
{
    runs = std::max(runs, 1);
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (tool.isEmpty()) {
        return std::nullopt;
    }
    QString script = QStringLiteral(".timer on\n.output /dev/null\n");
    QString statement = sql.trimmed();
    if (!statement.endsWith(u';')) {
        statement += u';';
    }
    for (int i = 0; i < runs + 1; ++i) { // the first run warms the cache, as medianMs does
        script += statement + u'\n';
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(tool, {QStringLiteral("-batch"), path});
    process.write(script.toUtf8());
    process.closeWriteChannel();
    process.waitForFinished(-1);
    const QString output = QString::fromUtf8(process.readAll());
    static const QRegularExpression timeLine(QStringLiteral("Run Time: real ([0-9.]+)"));
    QList<double> times;
    auto it = timeLine.globalMatch(output);
    while (it.hasNext()) {
        times.append(it.next().captured(1).toDouble() * 1000.0);
    }
    // sqlite3 times each input line, not each statement: a run on one line gives one timer line
    // however many statements it holds; a run spread over lines gives one per line, summed.
    const qsizetype perRun = times.size() / (runs + 1);
    if (perRun == 0 || times.size() != perRun * (runs + 1)) {
        std::fprintf(stderr, "sqlite3 gave no timing: %s\n", qPrintable(output.left(300)));
        return std::nullopt;
    }
    QList<double> runTimes;
    for (qsizetype run = 1; run <= runs; ++run) { // run 0 was the warm-up
        double sum = 0;
        for (qsizetype k = 0; k < perRun; ++k) {
            sum += times[run * perRun + k];
        }
        runTimes.append(sum);
    }
    return median(runTimes);
}

void BenchContext::report(const QString& name, double ms, std::optional<double> sqlite3Ms)
{
    QTextStream out(stdout);
    out << "case=" << name << " ms=" << QString::number(ms, 'f', 3);
    if (sqlite3Ms) {
        // sqlite3's timer has millisecond resolution: a 0 ms reading is shown as below 1 ms.
        const double reference = std::max(*sqlite3Ms, 0.5);
        out << " sqlite3_ms=" << QString::number(*sqlite3Ms, 'f', 3)
            << " ratio=" << QString::number(ms / reference, 'f', 2);
    }
    out << Qt::endl;
}

namespace BenchRegistry {

QList<BenchCase>& cases()
{
    static QList<BenchCase> all;
    return all;
}

bool add(const char* name, void (*run)(BenchContext&))
{
    cases().append(BenchCase{QString::fromLatin1(name), run});
    return true;
}

} // namespace BenchRegistry
