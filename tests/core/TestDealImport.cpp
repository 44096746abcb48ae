// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPlanFixture.h"

#include "core/domain/DefaultPipeline.h"
#include "core/exchange/DataExport.h"
#include "core/exchange/DealImport.h"
#include "core/exchange/ImportPresets.h"
#include "core/services/DealService.h"
#include "core/storage/DealRepository.h"
#include "core/storage/ImportDealWriter.h"
#include "core/storage/ImportStore.h"
#include "core/storage/InteractionRepository.h"
#include "core/storage/Statement.h"
#include "core/storage/StorageError.h"
#include "core/util/Ids.h"
#include "core/util/Timestamp.h"
#include "tests/support/TempWorkspace.h"

#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
using FieldColumns = QList<QPair<QString, QString>>; // field key -> header name

QString write(const TempWorkspace& workspace, const QString& name, const QByteArray& bytes)
{
    const QString path = workspace.dir() + u'/' + name;
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(bytes);
    }
    return path;
}

qint64 count(Workspace& workspace, const QString& sql)
{
    return Statement::scalar(workspace.database(), sql).toLongLong();
}

ImportReport
importBytes(TempWorkspace& workspace, const QByteArray& bytes, const QString& preset = {}, const QString& history = {})
{
    DealImport::Request request;
    request.file = write(workspace, QStringLiteral("in.csv"), bytes);
    request.preset = preset;
    request.historyFile = history;
    return DealImport::run(workspace->database(), request, workspace.clock().nowUtc());
}
} // namespace

class TestDealImport final : public QObject
{
    Q_OBJECT

private slots:
    // The headers of ../shared/data/real/README.md, as the real exports write them.
    void presetsReadRealHeaders_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<FieldColumns>("expected");
        QTest::newRow("salesforce")
            << QStringLiteral(
                   "\"Id\",\"IsDeleted\",\"AccountId\",\"IsPrivate\",\"Name\",\"Description\",\"StageName\","
                   "\"StageSortOrder\","
                   "\"Amount\",\"Probability\",\"ExpectedRevenue\",\"TotalOpportunityQuantity\",\"CloseDate\",\"Type\","
                   "\"NextStep\",\"LeadSource\",\"IsClosed\",\"IsWon\",\"ForecastCategory\",\"ForecastCategoryName\","
                   "\"CurrencyIsoCode\",\"CampaignId\",\"OwnerId\",\"CreatedDate\",\"LastStageChangeDate\","
                   "\"FiscalYear\","
                   "\"FiscalQuarter\"")
            << QStringLiteral("salesforce")
            << FieldColumns{{u"external_id"_s, u"Id"_s},
                            {u"deal_name"_s, u"Name"_s},
                            {u"stage"_s, u"StageName"_s},
                            {u"amount"_s, u"Amount"_s},
                            {u"probability"_s, u"Probability"_s},
                            {u"is_won"_s, u"IsWon"_s},
                            {u"is_closed"_s, u"IsClosed"_s},
                            {u"forecast_category"_s, u"ForecastCategoryName"_s},
                            {u"currency"_s, u"CurrencyIsoCode"_s},
                            {u"owner"_s, u"OwnerId"_s},
                            {u"stage_changed"_s, u"LastStageChangeDate"_s},
                            {u"is_deleted"_s, u"IsDeleted"_s}};
        QTest::newRow("salesforce report")
            << QStringLiteral("\"Opportunity Name\",\"Account Name\",\"Stage\",\"Amount\",\"Probability (%)\","
                              "\"Close Date\",\"Forecast Category\"")
            << QStringLiteral("salesforce-report")
            << FieldColumns{{u"deal_name"_s, u"Opportunity Name"_s},
                            {u"account"_s, u"Account Name"_s},
                            {u"stage"_s, u"Stage"_s},
                            {u"probability"_s, u"Probability (%)"_s},
                            {u"close_date"_s, u"Close Date"_s},
                            {u"forecast_category"_s, u"Forecast Category"_s}};
        QTest::newRow("hubspot") << QStringLiteral("Record ID,Deal Name,Deal Stage,Close Date,Deal owner,Amount,Closed "
                                                   "Lost Reason,Last Modified Date,Create Date")
                                 << QStringLiteral("hubspot")
                                 << FieldColumns{{u"external_id"_s, u"Record ID"_s},
                                                 {u"deal_name"_s, u"Deal Name"_s},
                                                 {u"stage"_s, u"Deal Stage"_s},
                                                 {u"owner"_s, u"Deal owner"_s},
                                                 {u"lost_reason"_s, u"Closed Lost Reason"_s},
                                                 {u"created_date"_s, u"Create Date"_s}};
        QTest::newRow("pipedrive")
            << QStringLiteral("Deal - ID,Deal - Title,Deal - Owner,Deal - Pipeline,Deal - Stage,Deal - Status,Deal - "
                              "Value,Deal - Currency of Value,Deal - Probability,Deal - Organization,Deal - Contact "
                              "person,Deal - Expected close date,Deal - Deal created,Deal - Last stage change,Deal - "
                              "Won time,Deal - Lost time,Deal - Lost reason")
            << QStringLiteral("pipedrive")
            << FieldColumns{{u"status"_s, u"Deal - Status"_s},
                            {u"amount"_s, u"Deal - Value"_s},
                            {u"currency"_s, u"Deal - Currency of Value"_s},
                            {u"account"_s, u"Deal - Organization"_s},
                            {u"contact_name"_s, u"Deal - Contact person"_s},
                            {u"won_date"_s, u"Deal - Won time"_s},
                            {u"lost_date"_s, u"Deal - Lost time"_s}};
        QTest::newRow("maven generic")
            << QStringLiteral(
                   "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value")
            << QStringLiteral("generic")
            << FieldColumns{{u"external_id"_s, u"opportunity_id"_s},
                            {u"owner"_s, u"sales_agent"_s},
                            {u"product"_s, u"product"_s},
                            {u"account"_s, u"account"_s},
                            {u"stage"_s, u"deal_stage"_s},
                            {u"created_date"_s, u"engage_date"_s},
                            {u"close_date"_s, u"close_date"_s},
                            {u"amount"_s, u"close_value"_s}};
    }

    void presetsReadRealHeaders()
    {
        QFETCH(QString, header);
        QFETCH(QString, preset);
        QFETCH(FieldColumns, expected);
        const CsvDocument document = CsvDocument::fromBytes(header.toUtf8() + "\r\n");
        QVERIFY(document.ok());
        QCOMPARE(ImportPresets::detect(document.header), preset);
        const ImportMapping mapping = ImportPresets::mapping(preset, document.header);
        for (const auto& [field, column] : expected) {
            const auto key = ImportFields::fromKey(field);
            QVERIFY2(key, qPrintable(field));
            QCOMPARE(document.header.value(mapping.column(*key)), column);
        }
    }

    void pipedriveWonDealKeepsItsLastStage()
    {
        TempWorkspace workspace;
        const ImportReport report = importBytes(
            workspace,
            "Deal - ID,Deal - Title,Deal - Owner,Deal - Stage,Deal - Status,Deal - Value,Deal - Currency of Value,"
            "Deal - Organization,Deal - Deal created,Deal - Won time,Deal - Lost time\n"
            "7,Big one,Ann Lee,Negotiation,won,\"12,000\",EUR,ACME GmbH,2026-01-05 10:00:00,2026-02-01 09:00:00,\n"
            "8,Small,ann lee ,Proposal,lost,500,EUR,Acme  GmbH,2026-01-06 10:00:00,,2026-01-20 09:00:00\n"
            "9,Gone,Ann Lee,Proposal,deleted,1,EUR,Acme GmbH,2026-01-06 10:00:00,,\n");
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.dealsCreated, 2);
        QCOMPARE(report.skipped.size(), 1);
        QCOMPARE(report.accountsCreated, 1); // "ACME GmbH" and "Acme  GmbH" are one account
        QCOMPARE(report.ownersCreated, 1);
        QCOMPARE(count(*workspace,
                       u"SELECT COUNT(*) FROM deals WHERE stage_id = '%1' AND amount_minor = 1200000 AND "
                       "currency = 'EUR' AND won_at = '2026-02-01T09:00:00.000Z'"_s.arg(
                           QLatin1String("6a1d0b2e-0000-4000-8000-000000000107"))),
                 qint64(1));
        // created in Negotiation, then won
        QCOMPARE(count(*workspace,
                       u"SELECT COUNT(*) FROM deal_events e JOIN deals d ON d.id = e.deal_id WHERE "
                       "d.external_id = '7' AND e.field = 'stage' AND e.old_value = "
                       "'6a1d0b2e-0000-4000-8000-000000000106'"_s),
                 qint64(1));
    }

    void reimportUpdatesAndRevertRestores()
    {
        TempWorkspace workspace;
        const QByteArray first = "Record ID,Deal Name,Deal Stage,Amount,Close Date,Deal owner\n"
                                 "101,Alpha,Proposal,1000,2026-12-01 00:00,Kim\n"
                                 "102,Beta,Qualified,2000,2026-12-02 00:00,Kim\n";
        const ImportReport one = importBytes(workspace, first, QStringLiteral("hubspot"));
        QVERIFY2(one.ok, qPrintable(one.error));
        QCOMPARE(one.dealsCreated, 2);
        workspace.clock().advanceSeconds(3600);
        const QByteArray second = "Record ID,Deal Name,Deal Stage,Amount,Close Date,Deal owner\n"
                                  "101,Alpha,Negotiation,1500,2026-12-01 00:00,Kim\n"
                                  "102,Beta,Qualified,2000,2026-12-02 00:00,Kim\n"
                                  "103,Gamma,Lead,300,2026-12-03 00:00,Kim\n";
        const ImportReport two = importBytes(workspace, second, QStringLiteral("hubspot"));
        QVERIFY2(two.ok, qPrintable(two.error));
        QCOMPARE(two.dealsCreated, 1);
        QCOMPARE(two.dealsUpdated, 2);
        QCOMPARE(count(*workspace, u"SELECT COUNT(*) FROM deals WHERE deleted = 0"_s), qint64(3));
        QCOMPARE(count(*workspace, u"SELECT amount_minor FROM deals WHERE external_id = '101'"_s), qint64(150000));

        // Gamma is edited by hand after the import: the revert must leave it.
        workspace.clock().advanceSeconds(60);
        const QString gammaId =
            Statement::scalar(workspace->database(), u"SELECT id FROM deals WHERE external_id = '103'"_s).toString();
        Deal gamma = *workspace->deals().deal(gammaId);
        gamma.amount.minor = 99900;
        workspace->deals().update(gamma);

        workspace.clock().advanceSeconds(60);
        ImportStore store(workspace->database());
        const QList<ImportBatchInfo> batches = store.batches();
        QCOMPARE(batches.size(), 2);
        QCOMPARE(batches.first().id, two.batch.id);
        const ImportRevertResult result = store.revert(two.batch.id, workspace.clock().nowUtc());
        QCOMPARE(result.rowsKept, 1);      // Gamma
        QVERIFY(result.rowsReverted >= 1); // Alpha put back (Beta was unchanged)
        QCOMPARE(count(*workspace, u"SELECT amount_minor FROM deals WHERE external_id = '101'"_s), qint64(100000));
        QCOMPARE(count(*workspace,
                       u"SELECT stage_id = '6a1d0b2e-0000-4000-8000-000000000105' FROM deals WHERE "
                       "external_id = '101'"_s),
                 qint64(1));
        QCOMPARE(count(*workspace, u"SELECT deleted FROM deals WHERE external_id = '103'"_s), qint64(0));
        QVERIFY(store.batches().first().revertedAt.isValid());

        // Reverting the first import takes Beta away. Alpha was changed since (by the second import
        // and its revert, which moved its updated_at on, as a merge needs), so it stays, and so
        // does Kim, whom Alpha still refers to.
        const ImportRevertResult firstRevert = store.revert(one.batch.id, workspace.clock().nowUtc());
        QCOMPARE(firstRevert.rowsReverted, 1);
        QCOMPARE(firstRevert.rowsKept, 2);
        QCOMPARE(count(*workspace, u"SELECT COUNT(*) FROM deals WHERE deleted = 0"_s), qint64(2));
        QCOMPARE(count(*workspace, u"SELECT deleted FROM deals WHERE external_id = '102'"_s), qint64(1));
        QCOMPARE(count(*workspace,
                       u"SELECT COUNT(*) FROM deal_events e JOIN deals d ON d.id = e.deal_id WHERE "
                       "d.external_id = '102' AND e.deleted = 0"_s),
                 qint64(0));
    }

    // A re-import that moves a deal to another stage writes the stage event, so flow
    // analytics see the move: dated when the file says (a stage-change or close date, never
    // before the deal entered its stage), otherwise at the import. Importing the same file
    // again writes nothing.
    void reimportStageChangeWritesStageEvent()
    {
        TempWorkspace workspace;
        const QString proposal = u"6a1d0b2e-0000-4000-8000-000000000105"_s;
        const QString negotiation = u"6a1d0b2e-0000-4000-8000-000000000106"_s;
        const QString won = u"6a1d0b2e-0000-4000-8000-000000000107"_s;
        const ImportReport one = importBytes(workspace,
                                             "ID,Name,Stage,Amount,Last stage change,Close date\n"
                                             "101,Alpha,Proposal,1000,2026-01-10 09:00:00,2026-06-30\n"
                                             "102,Beta,Proposal,2000,2026-01-11 09:00:00,2026-06-30\n"
                                             "103,Gamma,Proposal,500,2026-01-12 09:00:00,2026-06-30\n"
                                             "104,Delta,Proposal,700,2026-03-01 09:00:00,2026-06-30\n",
                                             QStringLiteral("generic"));
        QVERIFY2(one.ok, qPrintable(one.error));
        QCOMPARE(one.dealsCreated, 4);
        QCOMPARE(count(*workspace, u"SELECT COUNT(*) FROM deal_events WHERE field = 'stage'"_s), qint64(0));

        workspace.clock().advanceSeconds(86400);
        const QString importedAt = Timestamp::toStorage(workspace.clock().nowUtc());
        // Alpha: moved on 20 January. Beta: won, closed on its close date. Gamma: moved, the
        // file does not say when. Delta: the file's date lies before Delta entered Proposal.
        const QByteArray second = "ID,Name,Stage,Amount,Last stage change,Close date\n"
                                  "101,Alpha,Negotiation,1000,2026-01-20 09:00:00,2026-06-30\n"
                                  "102,Beta,Won,2000,,2026-02-15\n"
                                  "103,Gamma,Negotiation,500,,\n"
                                  "104,Delta,Negotiation,700,2026-02-01 09:00:00,2026-06-30\n";
        const ImportReport two = importBytes(workspace, second, QStringLiteral("generic"));
        QVERIFY2(two.ok, qPrintable(two.error));
        QCOMPARE(two.dealsUpdated, 4);
        const QString events = u"SELECT group_concat(x, '|') FROM (SELECT d.external_id || ':' || e.old_value || '>' "
                               "|| e.new_value || '@' || e.occurred_at || '=' || d.stage_entered_at AS x FROM "
                               "deal_events e JOIN deals d ON d.id = e.deal_id WHERE e.field = 'stage' AND "
                               "e.deleted = 0 ORDER BY d.external_id)"_s;
        const QString expected =
            u"101:%1>%2@2026-01-20T09:00:00.000Z=2026-01-20T09:00:00.000Z|"
            "102:%1>%3@2026-02-15T00:00:00.000Z=2026-02-15T00:00:00.000Z|"
            "103:%1>%2@%4=%4|"
            "104:%1>%2@2026-03-01T09:00:00.000Z=2026-03-01T09:00:00.000Z"_s.arg(proposal, negotiation, won, importedAt);
        QCOMPARE(Statement::scalar(workspace->database(), events).toString(), expected);
        // The events are the batch's: a revert takes them out with the update.
        QCOMPARE(count(*workspace,
                       u"SELECT COUNT(*) FROM import_batch_rows r JOIN deal_events e ON e.id = r.row_id WHERE "
                       "r.table_name = 'deal_events' AND e.field = 'stage' AND r.batch_id = '"_s +
                           two.batch.id + u'\''),
                 qint64(4));

        workspace.clock().advanceSeconds(60);
        const ImportReport three = importBytes(workspace, second, QStringLiteral("generic"));
        QVERIFY2(three.ok, qPrintable(three.error));
        QCOMPARE(Statement::scalar(workspace->database(), events).toString(), expected);
        QCOMPARE(count(*workspace, u"SELECT COUNT(*) FROM deal_events WHERE field = 'stage'"_s), qint64(4));
    }

    // A file large next to the workspace takes the bulk path (indexes dropped and built again
    // inside the transaction): the file must end up with every index, sound, with every
    // reference resolved, and a revert must still take it all out.
    void largeImportKeepsIndexesAndReferences()
    {
        TempWorkspace workspace;
        const QString indexSql = u"SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_schema WHERE "
                                 "type = 'index' AND tbl_name IN ('deals', 'deal_events') ORDER BY name)"_s;
        const QString indexesBefore = Statement::scalar(workspace->database(), indexSql).toString();
        QVERIFY(!indexesBefore.isEmpty());
        constexpr int kRows = 6000;
        QByteArray csv = "Record ID,Deal Name,Associated Company,Deal owner,Deal Stage,Amount,Close Date\n";
        for (int i = 0; i < kRows; ++i) {
            csv += QByteArray::number(500000 + i) + ",Deal " + QByteArray::number(i) + ",Account " +
                   QByteArray::number(i % 70) + ",Rep " + QByteArray::number(i % 7) + ',' +
                   (i % 3 == 0 ? "Proposal" : "Qualified") + ',' + QByteArray::number(100 + i) +
                   ".50,2026-12-01 00:00\n";
        }
        const ImportReport report = importBytes(workspace, csv, QStringLiteral("hubspot"));
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.dealsCreated, kRows);
        QCOMPARE(report.accountsCreated, 70);
        QCOMPARE(report.ownersCreated, 7);
        QCOMPARE(Statement::scalar(workspace->database(), indexSql).toString(), indexesBefore);
        QCOMPARE(count(*workspace, u"SELECT COUNT(*) FROM deals WHERE deleted = 0"_s), qint64(kRows));
        QCOMPARE(count(*workspace, u"SELECT COUNT(*) FROM deal_events WHERE field = 'created'"_s), qint64(kRows));
        // Amounts 100.50 ... 6099.50, in cents: (100 * 6000 + 5999 * 6000 / 2) * 100 + 50 * 6000.
        QCOMPARE(count(*workspace, u"SELECT SUM(amount_minor) FROM deals"_s), qint64(1859700000) + 300000);
        QCOMPARE(count(*workspace,
                       u"SELECT COUNT(*) FROM deals d JOIN accounts a ON a.id = d.account_id JOIN owners o ON "
                       "o.id = d.owner_id WHERE a.name = 'Account ' || ((CAST(d.external_id AS INTEGER) - 500000) "
                       "% 70) AND o.name = 'Rep ' || ((CAST(d.external_id AS INTEGER) - 500000) % 7)"_s),
                 qint64(kRows));
        QCOMPARE(count(*workspace, u"SELECT COUNT(*) FROM pragma_foreign_key_check"_s), qint64(0));
        QCOMPARE(Statement::scalar(workspace->database(), u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        QCOMPARE(count(*workspace,
                       u"SELECT COUNT(*) FROM import_batch_rows WHERE table_name = 'deals' AND batch_id = '"_s +
                           report.batch.id + u'\''),
                 qint64(kRows));

        workspace.clock().advanceSeconds(60);
        const ImportRevertResult reverted =
            ImportStore(workspace->database()).revert(report.batch.id, workspace.clock().nowUtc());
        QCOMPARE(reverted.rowsKept, 0);
        QCOMPARE(count(*workspace, u"SELECT COUNT(*) FROM deals WHERE deleted = 0"_s), qint64(0));
    }

    // The bulk path checks references once for the whole load instead of row by row: a
    // plan whose deal names an owner that does not exist is still refused as a whole, and
    // the connection checks foreign keys again afterwards.
    void bulkImportRefusesADanglingReference()
    {
        TempWorkspace workspace;
        ImportStore store(workspace->database());
        const ImportLookup lookup = store.lookup();
        const QDateTime now = workspace.clock().nowUtc();
        ImportPlan plan = plainImportPlan(lookup, now, 5000, true);
        plan.deals[4321].deal.ownerId = Ids::newId(); // nobody
        QVERIFY(ImportDealWriter::isBulk(workspace->database(), plan.deals));
        try {
            store.apply(plan, ImportBatchInfo{}, now);
            QFAIL("a deal with a missing owner was written");
        } catch (const StorageError& error) {
            QCOMPARE(error.kind(), StorageError::Kind::Constraint);
        }
        QCOMPARE(count(*workspace, u"SELECT COUNT(*) FROM deals"_s), qint64(0));
        QCOMPARE(count(*workspace, u"SELECT COUNT(*) FROM import_batches"_s), qint64(0));
        QCOMPARE(count(*workspace, u"PRAGMA foreign_keys"_s), qint64(1));
        // Without the stray owner the same plan goes in.
        plan.deals[4321].deal.ownerId.clear();
        store.apply(plan, ImportBatchInfo{}, now);
        QCOMPARE(count(*workspace, u"SELECT COUNT(*) FROM deals"_s), qint64(5000));
        QCOMPARE(count(*workspace, u"SELECT COUNT(*) FROM pragma_foreign_key_check"_s), qint64(0));
    }

    void exportImportRoundTrip()
    {
        TempWorkspace source;
        const ImportReport report =
            importBytes(source,
                        "Name,Account,Owner,Stage,Amount,Currency,Close date,Created\n"
                        "\"Deal, with comma\",Acme,Ann,Proposal,1234.56,USD,2026-12-01,2026-10-01\n"
                        "=cmd|' /C calc'!A0,Beta Corp,Bob,Won,99,EUR,2026-11-01,2026-09-01\n"
                        "\"Multi\nline\",,Ann,Lost,0,USD,2026-11-15,2026-09-15\n");
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.dealsCreated, 3);
        const QByteArray exported = DataExport::csv(source->database(), ExportQuery::Table::Deals);
        QVERIFY(exported.contains("'=cmd|"));

        TempWorkspace target;
        const ImportReport back = importBytes(target, exported, QStringLiteral("generic"));
        QVERIFY2(back.ok, qPrintable(back.error));
        QCOMPARE(back.dealsCreated, 3);
        const QString sql = u"SELECT group_concat(x, '|') FROM (SELECT d.name || ';' || COALESCE(a.name, '') || ';' || "
                            "o.name || ';' || s.name || ';' || d.amount_minor || ';' || d.currency || ';' || "
                            "COALESCE(d.expected_close_date, '') AS x FROM deals d JOIN stages s ON s.id = d.stage_id "
                            "LEFT JOIN accounts a ON a.id = d.account_id LEFT JOIN owners o ON o.id = d.owner_id "
                            "ORDER BY d.amount_minor, d.name)"_s;
        const QString before = Statement::scalar(source->database(), sql).toString();
        QString after = Statement::scalar(target->database(), sql).toString();
        // The neutralised formula comes back with its apostrophe: the one intended difference.
        after.replace(u"'=cmd"_s, u"=cmd"_s);
        QCOMPARE(after, before);
    }

    void salesforceStageHistoryBecomesEvents()
    {
        TempWorkspace workspace;
        const QString history =
            write(workspace,
                  QStringLiteral("OpportunityHistory.csv"),
                  "\"Id\",\"OpportunityId\",\"CreatedById\",\"CreatedDate\",\"StageName\",\"Amount\",\"IsDeleted\"\r\n"
                  "\"h1\",\"006A\",\"u\",\"2026-01-02 10:00:00\",\"Prospecting\",\"100\",\"false\"\r\n"
                  "\"h2\",\"006A\",\"u\",\"2026-01-20 10:00:00\",\"Proposal\",\"100\",\"false\"\r\n"
                  "\"h3\",\"006A\",\"u\",\"2026-02-03 10:00:00\",\"Closed Won\",\"100\",\"false\"\r\n");
        // Windows-1252 bytes (é = E9), as real Salesforce exports are.
        const ImportReport report =
            importBytes(workspace,
                        "\"Id\",\"IsDeleted\",\"AccountId\",\"Name\",\"StageName\",\"Amount\",\"Probability\","
                        "\"CloseDate\",\"IsClosed\",\"IsWon\",\"OwnerId\",\"CreatedDate\"\r\n"
                        "\"006A\",\"false\",\"001X\",\"Caf\xE9 deal\",\"Closed Won\",\"100\",\"100\",\"2026-02-03\","
                        "\"true\",\"true\",\"005U\",\"2026-01-02 10:00:00\"\r\n"
                        "\"006B\",\"true\",\"001X\",\"Deleted\",\"Prospecting\",\"5\",\"10\",\"2026-02-03\",\"false\","
                        "\"false\",\"005U\",\"2026-01-02 10:00:00\"\r\n",
                        QStringLiteral("salesforce"),
                        history);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.dealsCreated, 1);
        QCOMPARE(report.skipped.size(), 1);
        QCOMPARE(Statement::scalar(workspace->database(), u"SELECT name FROM deals"_s).toString(), u"Café deal"_s);
        // created (Prospecting), Proposal, Won
        QCOMPARE(count(*workspace, u"SELECT COUNT(*) FROM deal_events"_s), qint64(3));
        QCOMPARE(count(*workspace,
                       u"SELECT COUNT(*) FROM deal_events WHERE field = 'stage' AND occurred_at = "
                       "'2026-02-03T10:00:00.000Z' AND new_value = '%1'"_s.arg(
                           QLatin1String("6a1d0b2e-0000-4000-8000-000000000107"))),
                 qint64(1));
    }

    void calendarAndVCard()
    {
        TempWorkspace workspace;
        const ImportReport report = importBytes(workspace,
                                                "Deal - Title,Deal - Organization,Deal - Contact person,Deal - Stage\n"
                                                "Rollout,\"Acme, Inc.\",Jane Roe,Proposal\n",
                                                QStringLiteral("pipedrive"));
        QVERIFY2(report.ok, qPrintable(report.error));
        const QString dealId = Statement::scalar(workspace->database(), u"SELECT id FROM deals"_s).toString();
        const QString accountId = Statement::scalar(workspace->database(), u"SELECT id FROM accounts"_s).toString();
        Interaction visit;
        visit.dealId = dealId;
        visit.accountId = accountId;
        visit.scheduledAt = QDateTime(QDate(2026, 11, 20), QTime(14, 30), Qt::UTC);
        visit.objectiveBest = u"Agree on pilot; scope, dates"_s;
        visit.nextStep = u"Send proposal"_s;
        visit.nextStepDate = QDate(2026, 11, 25);
        workspace->interactions().insert(visit);

        const QByteArray ics =
            DataExport::calendar(workspace->database(), workspace.clock().nowUtc(), workspace.clock().nowUtc());
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        QCOMPARE(ics.count("BEGIN:VEVENT"), 2); // the planned visit and its next step
        QVERIFY(ics.contains("DTSTART:20261120T143000Z\r\n"));
        QVERIFY(ics.contains("DTSTART;VALUE=DATE:20261125\r\n"));
        QVERIFY(ics.contains("DESCRIPTION:Agree on pilot\\; scope\\, dates\\nAccount: Acme\\, Inc."));

        const QByteArray cards = DataExport::vcards(workspace->database(), dealId);
        QCOMPARE(cards.count("BEGIN:VCARD"), 1);
        QVERIFY(cards.contains("FN:Jane Roe\r\n"));
        QVERIFY(cards.contains("ORG:Acme\\, Inc.\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestDealImport)
#include "TestDealImport.moc"
