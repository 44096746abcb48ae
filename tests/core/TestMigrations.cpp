// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/DefaultPipeline.h"
#include "core/storage/Database.h"
#include "core/storage/DealRepository.h"
#include "core/storage/PipelineRepository.h"
#include "core/storage/StorageError.h"
#include "core/workspace/Workspace.h"
#include "tests/support/MockClock.h"
#include "tests/support/TempWorkspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
// The schema version this build writes; bump it with every new migration.
constexpr int kCurrentVersion = 15;

QByteArray sha256(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// An independent connection, to check the file without going through the code under test.
QVariant rawScalar(const QString& path, const QString& sql)
{
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery query(db);
        if (query.exec(sql) && query.next()) {
            result = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return result;
}
} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT
private slots:
    void newFileHasCurrentSchemaAndPragmas();
    void newFileSeedsDefaultPipelineWithWellKnownIds();
    void emptyFileIsUpgradedFromVersionZero();
    void version1FileIsUpgradedKeepingItsData();
    void newerVersionIsRefusedUntouched();
    void badFilesGiveClearErrors_data();
    void badFilesGiveClearErrors();
    void missingFileIsNotCreatedByOpen();
    void createRefusesExistingFile();
    void readOnlyOpenDoesNotWrite();

private:
    MockClock m_clock;
};

void TestMigrations::newFileHasCurrentSchemaAndPragmas()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.dealbench"));
    {
        auto workspace = Workspace::create(path, {}, m_clock);
        QCOMPARE(workspace->database().schemaVersion(), kCurrentVersion);
        QSqlQuery query(workspace->database().connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(QStringLiteral("PRAGMA synchronous")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1); // NORMAL
    }
    QCOMPARE(rawScalar(path, QStringLiteral("PRAGMA user_version")).toInt(), kCurrentVersion);
    QCOMPARE(rawScalar(path, QStringLiteral("PRAGMA application_id")).toInt(), 0x44424E43);
}

void TestMigrations::newFileSeedsDefaultPipelineWithWellKnownIds()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.dealbench"));
    auto workspace = Workspace::create(path, {QStringLiteral("Team"), QStringLiteral("EUR")}, m_clock);
    const auto pipelines = workspace->pipelines().pipelines();
    QCOMPARE(pipelines.size(), 1);
    QCOMPARE(pipelines[0].id, QStringLiteral("6a1d0b2e-0000-4000-8000-000000000001"));
    QCOMPARE(pipelines[0].stages.size(), 8);
    QCOMPARE(pipelines[0].stages[0].id, QStringLiteral("6a1d0b2e-0000-4000-8000-000000000101"));
    QCOMPARE(pipelines[0].stages[0].name, QStringLiteral("Lead"));
    QCOMPARE(pipelines[0].stages[0].probability, 5);
    QCOMPARE(pipelines[0].stages[3].name, QStringLiteral("Solution / POC"));
    QCOMPARE(pipelines[0].stages[3].probability, 50);
    QCOMPARE(pipelines[0].stages[5].probability, 85);
    QCOMPARE(pipelines[0].stages[6].kind, StageKind::Won);
    QCOMPARE(pipelines[0].stages[7].kind, StageKind::Lost);
    QCOMPARE(pipelines[0].stages[7].probability, 0);
}

void TestMigrations::emptyFileIsUpgradedFromVersionZero()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.dealbench"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QCOMPARE(file.size(), 0);
    auto workspace = Workspace::open(path, Database::Access::ReadWrite, m_clock);
    QCOMPARE(workspace->database().schemaVersion(), kCurrentVersion);
    QCOMPARE(workspace->pipelines().pipelines().size(), 1);
}

void TestMigrations::version1FileIsUpgradedKeepingItsData()
{
    // tests/fixtures/schema_v1.dealbench is written by make_schema_v1.sh with the sqlite3 tool.
    TempWorkspace ws(QStringLiteral(DEALBENCH_FIXTURES_DIR "/schema_v1.dealbench"));
    QCOMPARE(ws->database().schemaVersion(), kCurrentVersion);
    const auto deal = ws->deals().deal(QStringLiteral("0b9e4a55-3333-4c4c-8d8d-000000000001"));
    QVERIFY(deal);
    QCOMPARE(deal->name, QStringLiteral("Vistula fleet rollout"));
    QCOMPARE(deal->amount, (Money{4500000, QStringLiteral("EUR")}));
    QCOMPARE(deal->expectedCloseDate, QDate(2026, 3, 31));
    QCOMPARE(deal->stageEnteredAt, QDateTime(QDate(2026, 2, 1), QTime(10, 0), Qt::UTC));
    const QList<DealEvent> events = ws->deals().events(deal->id);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[1].newValue, QStringLiteral("6a1d0b2e-0000-4000-8000-000000000103"));
    QCOMPARE(ws->pipelines().pipelines().size(), 1);
    QCOMPARE(rawScalar(ws.path(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(rawScalar(ws.path(), QStringLiteral("PRAGMA foreign_key_check")), QVariant());
}

void TestMigrations::newerVersionIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.dealbench"));
    Workspace::create(path, {}, m_clock).reset();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));
    const QByteArray before = sha256(path);
    try {
        Workspace::open(path, Database::Access::ReadWrite, m_clock);
        QFAIL("a newer file must be refused");
    } catch (const StorageError& error) {
        QCOMPARE(error.kind(), StorageError::Kind::NewerSchema);
        QVERIFY2(error.message().contains(QStringLiteral("newer version")), qPrintable(error.message()));
    }
    QCOMPARE(sha256(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestMigrations::badFilesGiveClearErrors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("kind");
    QTest::addRow("text file") << QByteArray("opportunity_id,name\n1,Acme\n")
                               << static_cast<int>(StorageError::Kind::NotADatabase);
    QTest::addRow("random bytes") << QByteArray(4096, '\x5a') << static_cast<int>(StorageError::Kind::NotADatabase);
    QTest::addRow("truncated header") << QByteArray("SQLite format 3\0\x10\0", 19)
                                      << static_cast<int>(StorageError::Kind::NotADatabase);
}

void TestMigrations::badFilesGiveClearErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(int, kind);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.dealbench"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    try {
        Workspace::open(path, Database::Access::ReadWrite, m_clock);
        QFAIL("a bad file must be refused");
    } catch (const StorageError& error) {
        QCOMPARE(static_cast<int>(error.kind()), kind);
        QVERIFY(!error.message().isEmpty());
    }
    QFile check(path);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), content);
}

void TestMigrations::missingFileIsNotCreatedByOpen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.dealbench"));
    QVERIFY_THROWS_EXCEPTION(StorageError, Workspace::open(path, Database::Access::ReadWrite, m_clock));
    QVERIFY(!QFile::exists(path));
}

void TestMigrations::createRefusesExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.dealbench"));
    Workspace::create(path, {}, m_clock).reset();
    QVERIFY_THROWS_EXCEPTION(StorageError, Workspace::create(path, {}, m_clock));
}

void TestMigrations::readOnlyOpenDoesNotWrite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.dealbench"));
    Workspace::create(path, {}, m_clock).reset();
    auto workspace = Workspace::open(path, Database::Access::ReadOnly, m_clock);
    QVERIFY(workspace->isReadOnly());
    QCOMPARE(workspace->pipelines().pipelines().size(), 1);
    try {
        workspace->pipelines().removeStage(DefaultPipeline::stageIds().at(0));
        QFAIL("a read-only workspace must refuse writes");
    } catch (const StorageError& error) {
        QCOMPARE(error.kind(), StorageError::Kind::ReadOnly);
    }
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
