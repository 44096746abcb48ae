// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 8 case: import a 100k-row CSV into a new workspace, against `sqlite3 .import` of the
// same file into a plain table.
#include "BenchHarness.h"

#include "core/exchange/DealImport.h"
#include "core/util/Clock.h"
#include "core/workspace/Workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>

namespace {
constexpr int kRows = 100000;

void writeCsv(const QString& path)
{
    const char* const stages[] = {
        "Lead", "Qualified", "Needs confirmed", "Solution / POC", "Proposal", "Negotiation", "Won", "Lost"};
    std::mt19937 random(8);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return;
    }
    QByteArray out = "Record ID,Deal Name,Associated Company,Deal owner,Deal Stage,Amount,Close Date,Create Date\r\n";
    for (int i = 0; i < kRows; ++i) {
        const int account = static_cast<int>(random() % 5000);
        const auto cents = static_cast<int>(random() % 10000000);
        out += QByteArray::number(1000000 + i) + ",\"Deal " + QByteArray::number(i) + ", phase " +
               QByteArray::number(i % 3 + 1) + "\",Account " + QByteArray::number(account) + ",Rep " +
               QByteArray::number(account % 60) + ',' + stages[random() % 8] + ",\"" + QByteArray::number(cents / 100) +
               '.' + QByteArray::number(cents % 100).rightJustified(2, '0') + "\",2026-" +
               QByteArray::number(1 + random() % 12).rightJustified(2, '0') + '-' +
               QByteArray::number(1 + random() % 28).rightJustified(2, '0') + " 00:00,2025-" +
               QByteArray::number(1 + random() % 12).rightJustified(2, '0') + '-' +
               QByteArray::number(1 + random() % 28).rightJustified(2, '0') + " 09:30\r\n";
    }
    file.write(out);
}

// Wall time of the sqlite3 tool importing the file into a plain table of a new database,
// less the tool's start-up (a run that only creates the table).
std::optional<double> sqlite3ImportMs(const QString& csv, const QString& dir, int runs)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (tool.isEmpty()) {
        return std::nullopt;
    }
    const QString create = QStringLiteral(
        "CREATE TABLE t (id TEXT, name TEXT, account TEXT, owner TEXT, stage TEXT, amount TEXT, close TEXT, "
        "created TEXT);\n");
    auto timed = [&](const QString& script, int n) {
        const QString db = dir + QStringLiteral("/sqlite3-%1.db").arg(n);
        QFile::remove(db);
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(tool, {QStringLiteral("-batch"), db});
        process.write(script.toUtf8());
        process.closeWriteChannel();
        process.waitForFinished(-1);
        return double(timer.nsecsElapsed()) / 1e6;
    };
    QList<double> imports;
    QList<double> baselines;
    for (int i = 0; i < runs + 1; ++i) {
        baselines.append(timed(create, 2 * i));
        imports.append(timed(create + QStringLiteral(".import --csv --skip 1 %1 t\n").arg(csv), 2 * i + 1));
    }
    imports.removeFirst();
    baselines.removeFirst();
    std::sort(imports.begin(), imports.end());
    std::sort(baselines.begin(), baselines.end());
    return std::max(0.001, imports.at(imports.size() / 2) - baselines.at(baselines.size() / 2));
}
} // namespace

DEALBENCH_BENCHMARK(import_100k)
{
    Q_UNUSED(bench); // a new workspace per run, not the cached one
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("deals.csv"));
    writeCsv(csv);
    int run = 0;
    int created = 0;
    QString error;
    const double ms = BenchContext::medianMs(3, [&] {
        const QString path = dir.filePath(QStringLiteral("import-%1.dealbench").arg(run++));
        auto workspace = Workspace::create(path, {}, Clock::system());
        DealImport::Request request;
        request.file = csv;
        request.preset = QStringLiteral("hubspot");
        const ImportReport report = DealImport::run(workspace->database(), request, Clock::system().nowUtc());
        created = report.dealsCreated;
        error = report.error;
    });
    BenchContext::report(QStringLiteral("import_100k"), ms, sqlite3ImportMs(csv, dir.path(), 3));
    std::fprintf(stderr,
                 "  (%d deals created, %.0f rows/s%s%s)\n",
                 created,
                 kRows / (ms / 1000.0),
                 error.isEmpty() ? "" : ", error: ",
                 qPrintable(error));
}
