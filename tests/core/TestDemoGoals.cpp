// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The demo generator's V2MOM sheets: one per person for the fiscal year of "today", reps
// aligned to their manager, a mid-year snapshot, one link left pointing at a removed method,
// and the same sheets for the same seed.
#include "core/analytics/ReportingLine.h"
#include "core/demo/DemoGenerator.h"
#include "core/storage/OwnerRepository.h"
#include "core/storage/V2momRepository.h"
#include "core/workspace/Workspace.h"
#include "tests/support/MockClock.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
DemoOptions options()
{
    DemoOptions o;
    o.deals = 80;
    o.reps = 4;
    o.managers = 2;
    o.interactionsPerDeal = 3;
    o.today = QDate(2026, 11, 16);
    return o;
}

// Every goal row of a file, in a stable order, read without the code under test.
QStringList goalRows(const QString& path)
{
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            for (const char* sql :
                 {"SELECT id || owner_id || fiscal_year || vision FROM v2mom_sheets ORDER BY id",
                  "SELECT id || sheet_id || sort_order || title || coalesce(parent_method_id, '') || deleted "
                  "FROM v2mom_methods ORDER BY id",
                  "SELECT id || sheet_id || name || target || coalesce(method_id, '') FROM v2mom_measures ORDER BY id",
                  "SELECT id || sheet_id || taken_at || content FROM v2mom_snapshots ORDER BY id"}) {
                query.exec(QString::fromLatin1(sql));
                while (query.next()) {
                    rows << query.value(0).toString();
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return rows;
}
} // namespace

class TestDemoGoals : public QObject
{
    Q_OBJECT

private slots:
    void sheetsForEveryone();
    void sameSeedSameSheets();
};

void TestDemoGoals::sheetsForEveryone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.dealbench"));
    DemoGenerator::generate(path, options());
    MockClock clock;
    auto workspace = Workspace::open(path, Database::Access::ReadOnly, clock);
    const QList<Owner> owners = workspace->owners().owners();
    QCOMPARE(owners.size(), 6);
    int removedLinks = 0;
    int snapshots = 0;
    for (const Owner& owner : owners) {
        const auto sheet = workspace->v2moms().sheetFor(owner.id, 2026);
        QVERIFY2(sheet, qPrintable(owner.name));
        QVERIFY(!sheet->vision.isEmpty());
        QVERIFY(sheet->values.size() >= 2);
        QVERIFY(sheet->methods.size() >= 3);
        QVERIFY(sheet->measures.size() >= 3);
        snapshots += static_cast<int>(workspace->v2moms().snapshots(sheet->id).size());
        if (owner.managerId.isEmpty()) {
            QCOMPARE(sheet->methods.size(), 5); // the partner channel was dropped at mid-year
            continue;
        }
        const auto manager = workspace->v2moms().sheetFor(owner.managerId, 2026);
        QVERIFY(manager);
        QCOMPARE(sheet->methods.first().parentMethodId.isEmpty(), false);
        QVERIFY(manager->methodIndex(sheet->methods.first().parentMethodId) >= 0);
        for (const V2momMethod& method : sheet->methods) {
            if (!method.parentMethodId.isEmpty() && manager->methodIndex(method.parentMethodId) < 0) {
                QVERIFY(workspace->v2moms().methods({method.parentMethodId}).value(method.parentMethodId).removed);
                ++removedLinks;
            }
        }
    }
    QCOMPARE(removedLinks, 2); // the first rep of each team co-sells with a partner
    QCOMPARE(snapshots, 2);    // one mid-year snapshot per manager
}

void TestDemoGoals::sameSeedSameSheets()
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("a.dealbench"));
    const QString second = dir.filePath(QStringLiteral("b.dealbench"));
    DemoGenerator::generate(first, options());
    DemoGenerator::generate(second, options());
    const QStringList rows = goalRows(first);
    QVERIFY(rows.size() > 50);
    QCOMPARE(goalRows(second), rows);
}

QTEST_GUILESS_MAIN(TestDemoGoals)
#include "TestDemoGoals.moc"
