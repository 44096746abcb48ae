// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Migration 0004 (review and team merge): a file written at schema version 3 is upgraded in
// place, keeps its rows, gains the review tables, a workspace identity and the new indexes,
// and ends with exactly the schema of a new file (so the merge accepts upgraded files).
#include "core/storage/Database.h"
#include "core/storage/MergeSchema.h"
#include "core/storage/ReviewRepository.h"
#include "core/workspace/Workspace.h"
#include "tests/support/MockClock.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kNow = QStringLiteral("2026-01-05T10:00:00.000Z");
const QString kOwnerId = QStringLiteral("00000000-0000-4000-8000-00000000a001");
const QString kDealId = QStringLiteral("00000000-0000-4000-8000-00000000d001");

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

// A version-3 file as the release before the review wrote it, with one owner and one deal.
void writeVersionThreeFile(const QString& path)
{
    withRawConnection(path, [&](QSqlQuery& query) {
        runScript(query, QStringLiteral(":/migrations/0001_initial.sql"));
        runScript(query, QStringLiteral(":/migrations/0002_rep_tables.sql"));
        runScript(query, QStringLiteral(":/migrations/0003_board_indexes.sql"));
        exec(query, QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId));
        exec(query, QStringLiteral("PRAGMA user_version = 3"));
        exec(query, QStringLiteral("INSERT INTO pipelines VALUES ('p1', 'Sales', 0, '%1', '%1', 0)").arg(kNow));
        exec(query,
             QStringLiteral("INSERT INTO stages (id, pipeline_id, name, sort_order, probability, created_at, "
                            "updated_at) VALUES ('s1', 'p1', 'Lead', 0, 5, '%1', '%1')")
                 .arg(kNow));
        exec(query,
             QStringLiteral("INSERT INTO owners (id, name, created_at, updated_at) VALUES ('%2', 'Ana', '%1', '%1')")
                 .arg(kNow, kOwnerId));
        exec(query,
             QStringLiteral("INSERT INTO deals (id, name, owner_id, pipeline_id, stage_id, amount_minor, currency, "
                            "stage_entered_at, created_at, updated_at) VALUES ('%2', 'Old deal', '%3', 'p1', 's1', "
                            "500000, 'EUR', '%1', '%1', '%1')")
                 .arg(kNow, kDealId, kOwnerId));
    });
}

QVariant rawScalar(const QString& path, const QString& sql)
{
    QVariant result;
    withRawConnection(path, [&](QSqlQuery& query) {
        if (query.exec(sql) && query.next()) {
            result = query.value(0);
        }
    });
    return result;
}
} // namespace

class TestReviewMigration : public QObject
{
    Q_OBJECT
private slots:
    void versionThreeFileIsUpgraded();
    void upgradedFileHasTheSchemaOfANewFile();
    void oneLiveQuotaPerRepAndPeriod();

private:
    MockClock m_clock;
};

void TestReviewMigration::versionThreeFileIsUpgraded()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.dealbench"));
    writeVersionThreeFile(path);
    QCOMPARE(
        rawScalar(path, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'review_snapshots'")).toInt(),
        0);

    auto workspace = Workspace::open(path, Database::Access::ReadWrite, m_clock);
    QVERIFY(workspace->database().schemaVersion() >= 4);
    workspace.reset();

    // 0004's deals_won_at and deals_lost_at are gone again since 0015 (TestAnalyticsPlans).
    for (const char* name : {"review_snapshots",
                             "review_snapshot_deals",
                             "review_snapshot_forecasts",
                             "review_notes",
                             "quotas",
                             "merge_imports",
                             "merge_issues",
                             "interactions_time_deal",
                             "deal_events_close_date",
                             "quotas_owner_period"}) {
        QVERIFY2(
            rawScalar(path,
                      QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = '%1'").arg(QLatin1String(name)))
                    .toInt() == 1,
            name);
    }
    QCOMPARE(rawScalar(path, QStringLiteral("SELECT name FROM deals WHERE id = '%1'").arg(kDealId)).toString(),
             QStringLiteral("Old deal"));
    // The file now knows who it is: a UUID, kept across copies.
    const QString id =
        rawScalar(path, QStringLiteral("SELECT value FROM workspace_meta WHERE key = 'workspace_id'")).toString();
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$"));
    QVERIFY2(uuid.match(id).hasMatch(), qPrintable(id));
    // Opening again does not give it another one.
    Workspace::open(path, Database::Access::ReadWrite, m_clock).reset();
    QCOMPARE(rawScalar(path, QStringLiteral("SELECT value FROM workspace_meta WHERE key = 'workspace_id'")).toString(),
             id);
}

void TestReviewMigration::upgradedFileHasTheSchemaOfANewFile()
{
    QTemporaryDir dir;
    const QString old = dir.filePath(QStringLiteral("v3.dealbench"));
    writeVersionThreeFile(old);
    Workspace::open(old, Database::Access::ReadWrite, m_clock).reset();
    auto fresh = Workspace::create(dir.filePath(QStringLiteral("new.dealbench")), {}, m_clock);
    auto upgraded = Database::open(old, {Database::Access::ReadOnly, false});
    QCOMPARE(MergeSchema::difference(*upgraded, fresh->database()), QString());
    // Two new files have different identities.
    auto other = Workspace::create(dir.filePath(QStringLiteral("other.dealbench")), {}, m_clock);
    QVERIFY(rawScalar(fresh->path(), QStringLiteral("SELECT value FROM workspace_meta WHERE key = 'workspace_id'")) !=
            rawScalar(other->path(), QStringLiteral("SELECT value FROM workspace_meta WHERE key = 'workspace_id'")));
}

void TestReviewMigration::oneLiveQuotaPerRepAndPeriod()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.dealbench"));
    writeVersionThreeFile(path);
    auto workspace = Workspace::open(path, Database::Access::ReadWrite, m_clock);
    ReviewRepository& reviews = workspace->reviews();
    reviews.setQuota(kOwnerId, QStringLiteral("quarter"), QDate(2026, 1, 1), Money{100, QStringLiteral("EUR")});
    reviews.setQuota(kOwnerId, QStringLiteral("quarter"), QDate(2026, 1, 1), Money{200, QStringLiteral("EUR")});
    QCOMPARE(reviews.quotas(QStringLiteral("quarter"), QDate(2026, 1, 1)).size(), 1);
    QCOMPARE(reviews.quotas(QStringLiteral("quarter"), QDate(2026, 1, 1)).front().amount.minor, 200);
    reviews.setQuota(kOwnerId, QStringLiteral("quarter"), QDate(2026, 1, 1), std::nullopt);
    QVERIFY(reviews.quotas(QStringLiteral("quarter"), QDate(2026, 1, 1)).isEmpty());
    workspace.reset();
    // The rule is in the schema, not only in the repository.
    withRawConnection(path, [&](QSqlQuery& query) {
        const QString insert = QStringLiteral("INSERT INTO quotas (id, owner_id, period_kind, period_start, "
                                              "amount_minor, currency, created_at, updated_at) VALUES ('%1', '%2', "
                                              "'month', '2026-01-01', 5, 'EUR', '%3', '%3')");
        QVERIFY(query.exec(insert.arg(QStringLiteral("q1"), kOwnerId, kNow)));
        QVERIFY(!query.exec(insert.arg(QStringLiteral("q2"), kOwnerId, kNow)));
    });
}

QTEST_GUILESS_MAIN(TestReviewMigration)
#include "TestReviewMigration.moc"
