// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Migration 0005 (V2MOM goal sheets, collections): a file written at schema version 4 is
// upgraded in place, keeps its rows, and gains the goal tables with their rules.
#include "core/services/V2momService.h"
#include "core/storage/CollectionRepository.h"
#include "core/storage/V2momRepository.h"
#include "core/workspace/Workspace.h"
#include "tests/support/MockClock.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kNow = QStringLiteral("2026-01-05T10:00:00.000Z");
const QString kOwnerId = QStringLiteral("00000000-0000-4000-8000-0000000000a1");

template <typename Body>
void withRawConnection(const QString& path, Body body)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        body(query);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

void exec(QSqlQuery& query, const QString& sql)
{
    QVERIFY2(query.exec(sql), qPrintable(query.lastError().text() + QStringLiteral(": ") + sql));
}

void runScript(QSqlQuery& query, const QString& resource)
{
    QFile script(resource);
    QVERIFY(script.open(QIODevice::ReadOnly));
    QString statement;
    for (const QString& line : QString::fromUtf8(script.readAll()).split(u'\n')) {
        if (line.trimmed().startsWith(QLatin1String("--"))) {
            continue;
        }
        statement += line + u'\n';
        if (line.trimmed().endsWith(u';')) {
            exec(query, statement);
            statement.clear();
        }
    }
}

// A version-4 file: the first four scripts, plus one owner.
void writeVersionFourFile(const QString& path)
{
    withRawConnection(path, [&](QSqlQuery& query) {
        for (const char* name : {"0001_initial", "0002_rep_tables", "0003_board_indexes", "0004_review"}) {
            runScript(query, QStringLiteral(":/migrations/%1.sql").arg(QLatin1String(name)));
        }
        exec(query, QStringLiteral("PRAGMA application_id = %1").arg(0x44424E43));
        exec(query, QStringLiteral("PRAGMA user_version = 4"));
        exec(query,
             QStringLiteral("INSERT INTO owners (id, name, role, created_at, updated_at) VALUES ('%1', 'Old Owner', "
                            "'manager', '%2', '%2')")
                 .arg(kOwnerId, kNow));
    });
}

int scalar(const QString& path, const QString& sql)
{
    int value = -1;
    withRawConnection(path, [&](QSqlQuery& query) {
        exec(query, sql);
        if (query.next()) {
            value = query.value(0).toInt();
        }
    });
    return value;
}
} // namespace

class TestGoalsMigration : public QObject
{
    Q_OBJECT

private slots:
    void upgradesVersionFour();
    void schemaRules();
};

void TestGoalsMigration::upgradesVersionFour()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.dealbench"));
    writeVersionFourFile(path);
    MockClock clock;
    {
        auto workspace = Workspace::open(path, Database::Access::ReadWrite, clock);
        QVERIFY(workspace->database().schemaVersion() >= 5);
        const V2momSheet sheet = workspace->v2momService().create(kOwnerId, FiscalYear{2026, 1});
        QVERIFY(workspace->v2moms().sheet(sheet.id));
    }
    for (const char* table : {"v2mom_sheets",
                              "v2mom_values",
                              "v2mom_methods",
                              "v2mom_obstacles",
                              "v2mom_measures",
                              "v2mom_measure_entries",
                              "v2mom_snapshots",
                              "collections"}) {
        QCOMPARE(scalar(path,
                        QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '%1'")
                            .arg(QLatin1String(table))),
                 1);
    }
    QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM owners WHERE name = 'Old Owner'")), 1);
    QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM v2mom_sheets WHERE owner_id = '%1'").arg(kOwnerId)), 1);
}

void TestGoalsMigration::schemaRules()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.dealbench"));
    writeVersionFourFile(path);
    MockClock clock;
    Workspace::open(path, Database::Access::ReadWrite, clock).reset();
    withRawConnection(path, [&](QSqlQuery& query) {
        const QString sheet =
            QStringLiteral("INSERT INTO v2mom_sheets (id, owner_id, fiscal_year, start_month, created_at, updated_at) "
                           "VALUES ('%1', '%2', %3, %4, '%5', '%5')");
        exec(query, sheet.arg(QStringLiteral("s1"), kOwnerId).arg(2026).arg(4).arg(kNow));
        // One live sheet per owner and year; a removed one does not count.
        QVERIFY(!query.exec(sheet.arg(QStringLiteral("s2"), kOwnerId).arg(2026).arg(1).arg(kNow)));
        exec(query, QStringLiteral("UPDATE v2mom_sheets SET deleted = 1 WHERE id = 's1'"));
        exec(query, sheet.arg(QStringLiteral("s2"), kOwnerId).arg(2026).arg(1).arg(kNow));
        // The start month is a month.
        QVERIFY(!query.exec(sheet.arg(QStringLiteral("s3"), kOwnerId).arg(2027).arg(13).arg(kNow)));
        // A measure's scope and manual mode are from their lists.
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO v2mom_measures (id, sheet_id, due_date, scope, created_at, "
                                           "updated_at) VALUES ('x', 's2', '2026-12-31', 'galaxy', '%1', '%1')")
                                .arg(kNow)));
        // A rep method may point at a method that is not in this file (the manager's sheet
        // may arrive later): no foreign key on parent_method_id.
        exec(query,
             QStringLiteral("INSERT INTO v2mom_methods (id, sheet_id, parent_method_id, created_at, updated_at) "
                            "VALUES ('m1', 's2', 'elsewhere', '%1', '%1')")
                 .arg(kNow));
        // Collections cannot be negative.
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO collections (id, deal_id, currency, expected_amount_minor, "
                                           "created_at, updated_at) VALUES ('c1', 'd1', 'USD', -5, '%1', '%1')")
                                .arg(kNow)));
    });
}

QTEST_GUILESS_MAIN(TestGoalsMigration)
#include "TestGoalsMigration.moc"
