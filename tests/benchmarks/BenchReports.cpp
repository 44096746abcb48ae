// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 8 case: the weekly pipeline review of the 100k-deal file written as a PDF, from opening
// the workspace to the closed file: the work `dealbench report weekly --format pdf` does.
#include "BenchHarness.h"

#include "core/report/ReportBuilder.h"
#include "core/util/Clock.h"
#include "core/util/Timestamp.h"
#include "core/workspace/Workspace.h"
#include "ui/report/ReportExport.h"
#include "ui/report/ReportPages.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QPageSize>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {
constexpr int kRuns = 5;

double median(QList<double> times)
{
    if (times.isEmpty()) {
        return 0;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

QString quoted(const QDateTime& time)
{
    return u'\'' + Timestamp::toStorage(time) + u'\'';
}
} // namespace

DEALBENCH_BENCHMARK(report_weekly_pdf)
{
    const QString path = bench.workspacePath();
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("weekly.pdf"));
    ReportRequest request;
    request.kind = ReportKind::WeeklyReview;
    request.now = QDateTime(bench.today(), QTime(18, 0)).toUTC();
    request.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    ReportExport::Options options;
    options.locale = request.locale;
    std::optional<ReportDocument> last;
    QList<double> buildTimes;  // opening and building the content (analytics)
    QList<double> renderTimes; // laying out and writing the PDF
    const double ms = BenchContext::medianMs(kRuns, [&] {
        QElapsedTimer timer;
        timer.start();
        auto workspace = Workspace::open(path, Database::Access::ReadOnly, Clock::system());
        const ReportBuilder::Outcome outcome = ReportBuilder::build(*workspace, request);
        buildTimes.append(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        QString error;
        if (!outcome.document || ReportExport::write(*outcome.document, options, out, &error).isEmpty()) {
            std::fprintf(stderr, "  report failed: %s %s\n", qPrintable(outcome.error), qPrintable(error));
            return;
        }
        renderTimes.append(double(timer.nsecsElapsed()) / 1e6);
        last = outcome.document;
    });
    const int pages = last ? ReportPages(*last, QPageSize(QPageSize::A4), request.locale).pageCount() : 0;
    // The main reads of the funnel table and of what changed over the week, in sqlite3.
    const ReportRange week = ReportBuilder::defaultRange(request);
    const QDateTime from = QDateTime(week.first, QTime(0, 0)).toUTC();
    const auto reference = BenchContext::sqlite3MedianMs(
        path,
        QStringLiteral(
            "SELECT d.id, d.name, d.owner_id, d.stage_id, d.amount_minor, d.currency, d.expected_close_date, "
            "d.forecast_category, d.stage_entered_at, d.created_at FROM deals d WHERE d.deleted = 0 AND "
            "(d.stage_id IN (SELECT id FROM stages WHERE kind = 'open') OR d.id IN (SELECT deal_id FROM "
            "deal_events WHERE occurred_at >= %1 AND deleted = 0)); SELECT deal_id, id, occurred_at, field, "
            "old_value, new_value FROM deal_events WHERE occurred_at >= %1 AND deleted = 0 ORDER BY "
            "occurred_at, rowid;")
            .arg(quoted(from)));
    BenchContext::report(QStringLiteral("report_weekly_pdf"), ms, reference);
    std::fprintf(stderr,
                 "  (%s, %d pages, %lld bytes; median %.0f ms opening and building the content, %.0f ms "
                 "rendering the PDF)\n",
                 qPrintable(week.key()),
                 pages,
                 static_cast<long long>(QFileInfo(out).size()),
                 median(buildTimes),
                 median(renderTimes));
}
