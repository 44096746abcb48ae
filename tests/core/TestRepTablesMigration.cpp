// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Migration 0002 (the rep's tables): a file written at schema version 1 is upgraded in place,
// keeps its rows, and gains the strategy-sheet and account-plan tables with their rules.
#include "core/services/StrategySheetService.h"
#include "core/storage/StrategySheetRepository.h"
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
const QString kDealId = QStringLiteral("00000000-0000-4000-8000-00000000d001");

// Runs `body` on a plain QSQLITE connection to `path`, independent of the code under test.
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

// A version-1 file as Dealbench 0.1 wrote it: the 0001 script alone, plus one deal.
void writeVersionOneFile(const QString& path)
{
    QFile script(QStringLiteral(":/migrations/0001_initial.sql"));
    QVERIFY(script.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(script.readAll());
    withRawConnection(path, [&](QSqlQuery& query) {
        QString statement;
        for (const QString& line : text.split(u'\n')) {
            if (line.trimmed().startsWith(QLatin1String("--"))) {
                continue;
            }
            statement += line + u'\n';
            if (line.trimmed().endsWith(u';')) {
                exec(query, statement);
                statement.clear();
            }
        }
        exec(query, QStringLiteral("PRAGMA application_id = %1").arg(0x44424E43));
        exec(query, QStringLiteral("PRAGMA user_version = 1"));
        exec(query, QStringLiteral("INSERT INTO pipelines VALUES ('p1', 'Sales', 0, '%1', '%1', 0)").arg(kNow));
        exec(query,
             QStringLiteral("INSERT INTO stages (id, pipeline_id, name, sort_order, probability, created_at, "
                            "updated_at) VALUES ('s1', 'p1', 'Lead', 0, 5, '%1', '%1')")
                 .arg(kNow));
        exec(query,
             QStringLiteral("INSERT INTO deals (id, name, pipeline_id, stage_id, amount_minor, currency, "
                            "stage_entered_at, created_at, updated_at) VALUES ('%2', 'Old deal', 'p1', 's1', "
                            "500000, 'EUR', '%1', '%1', '%1')")
                 .arg(kNow, kDealId));
    });
}

QStringList tablesOf(const QString& path)
{
    QStringList names;
    withRawConnection(path, [&](QSqlQuery& query) {
        exec(query, QStringLiteral("SELECT name FROM sqlite_schema WHERE type IN ('table', 'index') ORDER BY name"));
        while (query.next()) {
            names << query.value(0).toString();
        }
    });
    return names;
}
} // namespace

class TestRepTablesMigration : public QObject
{
    Q_OBJECT
private slots:
    void versionOneFileIsUpgraded();
    void newWorkspaceHasTheRepTables();
    void oneLiveSheetPerDeal();
    void schemaRefusesUnknownKeys_data();
    void schemaRefusesUnknownKeys();

private:
    MockClock m_clock;
};

void TestRepTablesMigration::versionOneFileIsUpgraded()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.dealbench"));
    writeVersionOneFile(path);
    QVERIFY(!tablesOf(path).contains(QStringLiteral("strategy_sheets")));

    auto workspace = Workspace::open(path, Database::Access::ReadWrite, m_clock);
    QVERIFY(workspace->database().schemaVersion() >= 2);
    const StrategySheet sheet = workspace->strategySheetService().create(kDealId);
    QCOMPARE(sheet.objectiveCurrency, QStringLiteral("EUR")); // from the deal written at version 1
    workspace.reset();

    const QStringList tables = tablesOf(path);
    for (const char* name : {"strategy_sheets",
                             "strategy_stakeholders",
                             "strategy_open_items",
                             "strategy_competitors",
                             "strategy_promises",
                             "strategy_actions",
                             "products",
                             "account_plans",
                             "account_departments",
                             "account_whitespace",
                             "account_revenue_targets",
                             "account_joint_actions",
                             "account_relationships",
                             "interactions_time"}) {
        QVERIFY2(tables.contains(QString::fromLatin1(name)), name);
    }
    withRawConnection(path, [&](QSqlQuery& query) {
        exec(query, QStringLiteral("PRAGMA user_version"));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toInt() >= 2);
        exec(query, QStringLiteral("SELECT name, amount_minor FROM deals WHERE id = '%1'").arg(kDealId));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("Old deal"));
        QCOMPARE(query.value(1).toLongLong(), 500000);
        exec(query, QStringLiteral("SELECT count(*) FROM strategy_sheets WHERE deal_id = '%1'").arg(kDealId));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    });
}

void TestRepTablesMigration::newWorkspaceHasTheRepTables()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.dealbench"));
    Workspace::create(path, {}, m_clock).reset();
    const QStringList tables = tablesOf(path);
    QVERIFY(tables.contains(QStringLiteral("strategy_sheets")));
    QVERIFY(tables.contains(QStringLiteral("account_relationships")));
    QVERIFY(tables.contains(QStringLiteral("strategy_sheets_deal")));
}

void TestRepTablesMigration::oneLiveSheetPerDeal()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.dealbench"));
    writeVersionOneFile(path);
    Workspace::open(path, Database::Access::ReadWrite, m_clock).reset();
    withRawConnection(path, [&](QSqlQuery& query) {
        const QString insert = QStringLiteral("INSERT INTO strategy_sheets (id, deal_id, created_at, updated_at, "
                                              "deleted) VALUES ('%1', '%2', '%3', '%3', %4)");
        exec(query, insert.arg(QStringLiteral("a"), kDealId, kNow, QStringLiteral("1")));
        exec(query, insert.arg(QStringLiteral("b"), kDealId, kNow, QStringLiteral("0")));
        // A second live sheet for the same deal breaks the partial unique index.
        QVERIFY(!query.exec(insert.arg(QStringLiteral("c"), kDealId, kNow, QStringLiteral("0"))));
    });
}

void TestRepTablesMigration::schemaRefusesUnknownKeys_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addRow("attitude") << QStringLiteral(
        "INSERT INTO strategy_stakeholders (id, sheet_id, attitude, created_at, updated_at) "
        "VALUES ('x', 's', 'friendly', 'n', 'n')");
    QTest::addRow("strength 6") << QStringLiteral(
        "INSERT INTO strategy_stakeholders (id, sheet_id, relationship_strength, created_at, updated_at) "
        "VALUES ('x', 's', 6, 'n', 'n')");
    QTest::addRow("qualification") << QStringLiteral(
        "INSERT INTO strategy_sheets (id, deal_id, q_fit, created_at, updated_at) VALUES ('x', 'd', 'maybe', 'n', "
        "'n')");
    QTest::addRow("win probability") << QStringLiteral(
        "INSERT INTO strategy_sheets (id, deal_id, manager_win_probability, created_at, updated_at) "
        "VALUES ('x', 'd', 101, 'n', 'n')");
    QTest::addRow("whitespace state") << QStringLiteral(
        "INSERT INTO account_whitespace (id, plan_id, department_id, product_id, state, created_at, updated_at) "
        "VALUES ('x', 'p', 'd', 'q', 'maybe', 'n', 'n')");
    QTest::addRow("target currency") << QStringLiteral(
        "INSERT INTO account_revenue_targets (id, plan_id, year, currency, created_at, updated_at) "
        "VALUES ('x', 'p', 2026, 'EURO', 'n', 'n')");
}

void TestRepTablesMigration::schemaRefusesUnknownKeys()
{
    QFETCH(QString, sql);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.dealbench"));
    Workspace::create(path, {}, m_clock).reset();
    withRawConnection(path, [&](QSqlQuery& query) { QVERIFY(!query.exec(sql)); });
}

QTEST_GUILESS_MAIN(TestRepTablesMigration)
#include "TestRepTablesMigration.moc"
