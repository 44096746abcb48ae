// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 4 cases: the behaviour table opened on one rep's week of the ~1M-interaction file, and
// the per-rep coaching summary over 12 weeks for all reps. Each is compared with the SQL it
// runs, in sqlite3 on the same file.
#include "BenchHarness.h"

#include "core/analytics/BehaviourSummary.h"
#include "core/storage/BehaviourQuery.h"
#include "core/util/Clock.h"
#include "core/util/Timestamp.h"
#include "core/workspace/Workspace.h"
#include "ui/tables/BehaviourTableModel.h"

#include <QSqlQuery>

#include <cstdio>

namespace {
constexpr int kRuns = 7;

QString quoted(const QString& text)
{
    return u'\'' + text + u'\'';
}

// A busy rep-week: the rep with the most interactions in the last full week before today.
std::pair<QString, QDate> busiestRepWeek(Workspace& workspace, const QDate& today)
{
    const QDate week = BehaviourSummary::weekStartOf(today).addDays(-7);
    QSqlQuery query(workspace.database().connection());
    query.prepare(QStringLiteral("SELECT owner_id FROM interactions WHERE deleted = 0 AND scheduled_at >= :from "
                                 "AND scheduled_at < :to GROUP BY owner_id ORDER BY count(*) DESC LIMIT 1"));
    query.bindValue(QStringLiteral(":from"), Timestamp::toStorage(QDateTime(week, QTime(0, 0))));
    query.bindValue(QStringLiteral(":to"), Timestamp::toStorage(QDateTime(week.addDays(7), QTime(0, 0))));
    query.exec();
    query.next();
    return {query.value(0).toString(), week};
}
} // namespace

DEALBENCH_BENCHMARK(behaviour_rep_week)
{
    const QString path = bench.workspacePath();
    auto workspace = Workspace::open(path, Database::Access::ReadOnly, Clock::system());
    const auto [ownerId, week] = busiestRepWeek(*workspace, bench.today());
    InteractionFilter filter;
    filter.ownerId = ownerId;
    filter.from = QDateTime(week, QTime(0, 0));
    filter.to = QDateTime(week.addDays(7), QTime(0, 0));
    int rows = 0;
    // What opening the table does (BehaviourTableWidget::setWorkspace): a model on the
    // workspace with the rep-week scope, rows and week groups built (the view then asks only
    // for the visible cells). The widget used to read the first 20k interactions of the
    // whole workspace before narrowing to its scope; that read is gone from the open path.
    const double ms = BenchContext::medianMs(kRuns, [&] {
        BehaviourTableModel model;
        model.setWorkspace(workspace.get(), filter);
        model.setGroupByWeek(true);
        rows = model.interactionCount();
    });
    // The same two reads in sqlite3: the rows with their names, then their contacts.
    const QString from = quoted(Timestamp::toStorage(filter.from));
    const QString to = quoted(Timestamp::toStorage(filter.to));
    const QString where = QStringLiteral("i.deleted = 0 AND i.owner_id = %1 AND i.scheduled_at >= %2 AND "
                                         "i.scheduled_at < %3")
                              .arg(quoted(ownerId), from, to);
    const QString sql =
        QStringLiteral("SELECT i.*, o.name, d.name, a.name FROM interactions i LEFT JOIN owners o ON o.id = i.owner_id "
                       "LEFT JOIN deals d ON d.id = i.deal_id LEFT JOIN accounts a ON a.id = i.account_id WHERE %1 "
                       "ORDER BY i.scheduled_at, i.id; SELECT ic.interaction_id, ic.contact_id, c.name FROM "
                       "interaction_contacts ic LEFT JOIN contacts c ON c.id = ic.contact_id WHERE ic.deleted = 0 AND "
                       "ic.interaction_id IN (SELECT i.id FROM interactions i WHERE %1) ORDER BY ic.interaction_id, "
                       "ic.contact_id")
            .arg(where);
    BenchContext::report(QStringLiteral("behaviour_rep_week"), ms, BenchContext::sqlite3MedianMs(path, sql));
    std::fprintf(
        stderr, "  (%d interactions of one rep in the week of %s)\n", rows, qPrintable(week.toString(Qt::ISODate)));
}

DEALBENCH_BENCHMARK(behaviour_summary_12w)
{
    const QString path = bench.workspacePath();
    auto workspace = Workspace::open(path, Database::Access::ReadOnly, Clock::system());
    QList<RepBehaviour> reps;
    const double ms = BenchContext::medianMs(
        kRuns, [&] { reps = BehaviourSummary::compute(workspace->database(), bench.today(), 12); });
    // The read the code runs, with its bounds written in; and, for the record, the SQL
    // aggregate the counting replaced.
    const QList<QDateTime> bounds = BehaviourSummary::weekBounds(bench.today(), 12);
    const QString rows = QString::fromLatin1(BehaviourQuery::weeklyRowsSql(false))
                             .replace(QLatin1String("?1"), quoted(Timestamp::toStorage(bounds.constFirst())))
                             .replace(QLatin1String("?2"), quoted(Timestamp::toStorage(bounds.constLast())));
    BenchContext::report(QStringLiteral("behaviour_summary_12w"), ms, BenchContext::sqlite3MedianMs(path, rows));
    QString sql = BehaviourQuery::weeklySql(12, false);
    for (int k = 12; k >= 0; --k) { // :b12 before :b1
        sql.replace(QStringLiteral(":b%1").arg(k), quoted(Timestamp::toStorage(bounds[k])));
    }
    if (const auto aggregate = BenchContext::sqlite3MedianMs(path, sql)) {
        std::fprintf(stderr, "  (the same counts as one SQL aggregate in sqlite3: %.1f ms)\n", *aggregate);
    }
    qint64 interactions = 0;
    for (const RepBehaviour& rep : reps) {
        interactions += rep.interactions;
    }
    std::fprintf(stderr,
                 "  (%lld reps, %lld interactions in 12 weeks)\n",
                 static_cast<long long>(reps.size()),
                 static_cast<long long>(interactions));
}
