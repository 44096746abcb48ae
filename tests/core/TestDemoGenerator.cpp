// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoGenerator.h"
#include "core/storage/StorageError.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(DemoOptions)

namespace {
// An independent, read-only connection: the checks below never go through the code under test.
class RawFile final
{
public:
    explicit RawFile(const QString& path)
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.open();
    }
    ~RawFile()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }

    QList<QVariantList> rows(const QString& sql) const
    {
        QList<QVariantList> result;
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql)) {
            qWarning("query failed: %s", qPrintable(sql));
            return result;
        }
        while (query.next()) {
            QVariantList row;
            for (int c = 0; c < query.record().count(); ++c) {
                row.append(query.value(c));
            }
            result.append(row);
        }
        return result;
    }
    QVariant scalar(const QString& sql) const
    {
        const auto result = rows(sql);
        return result.isEmpty() ? QVariant() : result.first().value(0);
    }
    qint64 count(const QString& sql) const { return scalar(sql).toLongLong(); }

private:
    static inline int s_counter = 0;
    QString m_name;
};

// Every row of every table in storage order, values tagged with their type.
QStringList dump(const QString& path)
{
    RawFile file(path);
    QStringList lines;
    for (const QVariantList& table :
         file.rows(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"))) {
        const QString name = table.first().toString();
        for (const QVariantList& row : file.rows(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(name))) {
            QStringList cells;
            for (const QVariant& value : row) {
                cells.append(value.isNull()
                                 ? QStringLiteral("<null>")
                                 : QString::fromLatin1(value.typeName()) + QLatin1Char(':') + value.toString());
            }
            lines.append(name + QLatin1Char('|') + cells.join(QLatin1Char('|')));
        }
    }
    return lines;
}

DemoOptions smallOptions(quint64 seed)
{
    DemoOptions options;
    options.deals = 60;
    options.reps = 4;
    options.managers = 1;
    options.seed = seed;
    options.today = QDate(2026, 6, 15);
    options.interactionsPerDeal = 3;
    return options;
}

const QString kNow = QStringLiteral("2026-06-15T12:00:00.000Z");
} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sameSeedGivesTheSameRows();
    void otherSeedGivesOtherRows();
    void countsMatchOptions();
    void teamIsRepsUnderManagers();
    void stageIsTheLatestStageEvent();
    void closedDealsWinAndLoseAtPlausibleRates();
    void historyHasAdvancesRegressionsAndSlips();
    void openDealsCloseMostlyInTheFuture();
    void interactionsHavePlanAndReviewHalves();
    void leadSourcesConvertDifferently();
    void foreignCurrenciesHaveRates();
    void fileIsHealthy();
    void cancelRemovesTheFile();
    void existingFileIsRefusedUntouched();
    void badOptionsAreRefused_data();
    void badOptionsAreRefused();

private:
    QTemporaryDir m_dir;
    QString m_main;
    DemoOptions m_options;
    DemoResult m_result;
};

void TestDemoGenerator::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_main = m_dir.filePath(QStringLiteral("main.dealbench"));
    m_options.deals = 400;
    m_options.reps = 8;
    m_options.managers = 2;
    m_options.seed = 42;
    m_options.today = QDate(2026, 6, 15);
    m_options.interactionsPerDeal = 4;
    m_result = DemoGenerator::generate(m_main, m_options);
    QVERIFY(QFile::exists(m_main));
}

void TestDemoGenerator::sameSeedGivesTheSameRows()
{
    const QString a = m_dir.filePath(QStringLiteral("a.dealbench"));
    const QString b = m_dir.filePath(QStringLiteral("b.dealbench"));
    DemoGenerator::generate(a, smallOptions(7));
    DemoGenerator::generate(b, smallOptions(7));
    const QStringList rowsA = dump(a);
    const QStringList rowsB = dump(b);
    QVERIFY(rowsA.size() > 500);
    QCOMPARE(rowsA, rowsB);
}

void TestDemoGenerator::otherSeedGivesOtherRows()
{
    const QString a = m_dir.filePath(QStringLiteral("seed7.dealbench"));
    const QString b = m_dir.filePath(QStringLiteral("seed8.dealbench"));
    DemoGenerator::generate(a, smallOptions(7));
    DemoGenerator::generate(b, smallOptions(8));
    QVERIFY(dump(a) != dump(b));
    RawFile fileA(a);
    RawFile fileB(b);
    QVERIFY(fileA.rows(QStringLiteral("SELECT id FROM deals ORDER BY rowid")) !=
            fileB.rows(QStringLiteral("SELECT id FROM deals ORDER BY rowid")));
}

void TestDemoGenerator::countsMatchOptions()
{
    RawFile file(m_main);
    QCOMPARE(file.count(QStringLiteral("SELECT count(*) FROM deals")), 400);
    QCOMPARE(file.count(QStringLiteral("SELECT count(*) FROM owners")), 10);
    QCOMPARE(file.count(QStringLiteral("SELECT count(*) FROM accounts")), 100); // deals / 4
    const qint64 interactions = file.count(QStringLiteral("SELECT count(*) FROM interactions"));
    QVERIFY2(interactions >= 400 * 4 * 3 / 4 && interactions <= 400 * 4 * 5 / 4,
             qPrintable(QString::number(interactions)));
    QVERIFY(file.count(QStringLiteral("SELECT count(*) FROM contacts")) >= 2 * 100);
    QVERIFY(file.count(QStringLiteral("SELECT count(*) FROM leads")) > 200);

    QCOMPARE(m_result.deals, 400);
    QCOMPARE(m_result.owners, 10);
    QCOMPARE(m_result.accounts, 100);
    QCOMPARE(m_result.interactions, interactions);
    QCOMPARE(m_result.contacts, file.count(QStringLiteral("SELECT count(*) FROM contacts")));
    QCOMPARE(m_result.dealEvents, file.count(QStringLiteral("SELECT count(*) FROM deal_events")));
    QCOMPARE(m_result.leads, file.count(QStringLiteral("SELECT count(*) FROM leads")));
    QCOMPARE(m_result.exchangeRates, file.count(QStringLiteral("SELECT count(*) FROM exchange_rates")));
    QVERIFY(!m_result.cancelled);

    QCOMPARE(file.scalar(QStringLiteral("SELECT value FROM workspace_meta WHERE key = 'name'")).toString(),
             QStringLiteral("Demo workspace"));
    QCOMPARE(file.scalar(QStringLiteral("SELECT value FROM workspace_meta WHERE key = 'base_currency'")).toString(),
             QStringLiteral("USD"));
    // Every timestamp comes from "today", none from the wall clock.
    QCOMPARE(file.count(QStringLiteral("SELECT count(*) FROM deals WHERE created_at > '%1' OR updated_at > '%1' "
                                       "OR created_at < '2025-06-15'")
                            .arg(kNow)),
             0);
    QCOMPARE(file.count(QStringLiteral("SELECT count(*) FROM deal_events WHERE occurred_at > '%1'").arg(kNow)), 0);
    QCOMPARE(file.count(QStringLiteral("SELECT count(*) FROM pipelines WHERE created_at > '2025-06-15'")), 0);
}

void TestDemoGenerator::teamIsRepsUnderManagers()
{
    RawFile file(m_main);
    QCOMPARE(file.count(QStringLiteral("SELECT count(*) FROM owners WHERE role = 'manager' AND manager_id IS NULL")),
             2);
    // Eight reps, four under each manager.
    const auto teams = file.rows(QStringLiteral(
        "SELECT m.id, count(r.id) FROM owners r JOIN owners m ON m.id = r.manager_id AND m.role = 'manager' "
        "WHERE r.role = 'rep' GROUP BY m.id"));
    QCOMPARE(teams.size(), 2);
    QCOMPARE(teams[0][1].toInt(), 4);
    QCOMPARE(teams[1][1].toInt(), 4);
    QCOMPARE(file.count(QStringLiteral("SELECT count(*) FROM deals d JOIN owners o ON o.id = d.owner_id "
                                       "WHERE o.role = 'rep'")),
             400);
    // Contacts spread over the org chart.
    QCOMPARE(file.count(QStringLiteral("SELECT count(DISTINCT org_level) FROM contacts")), 4);
    QVERIFY(file.count(QStringLiteral("SELECT count(DISTINCT industry) FROM accounts")) >= 8);
    QCOMPARE(file.count(QStringLiteral("SELECT count(DISTINCT size_band) FROM accounts")), 3);
    QVERIFY(file.count(QStringLiteral("SELECT count(DISTINCT region) FROM accounts")) >= 3);
}

void TestDemoGenerator::stageIsTheLatestStageEvent()
{
    RawFile file(m_main);
    const QString latest =
        QStringLiteral("(SELECT e.%1 FROM deal_events e WHERE e.deal_id = d.id AND e.field IN ('stage', 'created') "
                       "ORDER BY e.occurred_at DESC, e.rowid DESC LIMIT 1)");
    QCOMPARE(file.count(QStringLiteral("SELECT count(*) FROM deals d WHERE d.stage_id IS NOT ") +
                        latest.arg(QStringLiteral("new_value"))),
             0);
    QCOMPARE(file.count(QStringLiteral("SELECT count(*) FROM deals d WHERE d.stage_entered_at IS NOT ") +
                        latest.arg(QStringLiteral("occurred_at"))),
             0);
    // Exactly one "created" event per deal, and it is the deal's first.
    QCOMPARE(file.count(QStringLiteral("SELECT count(*) FROM deal_events WHERE field = 'created'")), 400);
    QCOMPARE(file.count(QStringLiteral(
                 "SELECT count(*) FROM deals d WHERE d.created_at IS NOT (SELECT min(occurred_at) FROM deal_events e "
                 "WHERE e.deal_id = d.id)")),
             0);
}

void TestDemoGenerator::closedDealsWinAndLoseAtPlausibleRates()
{
    RawFile file(m_main);
    const qint64 won = file.count(QStringLiteral("SELECT count(*) FROM deals d JOIN stages s ON s.id = d.stage_id "
                                                 "WHERE s.kind = 'won'"));
    const qint64 lost = file.count(QStringLiteral("SELECT count(*) FROM deals d JOIN stages s ON s.id = d.stage_id "
                                                  "WHERE s.kind = 'lost'"));
    QVERIFY(won + lost > 150);
    const double share = double(won) / double(won + lost);
    QVERIFY2(share >= 0.15 && share <= 0.40, qPrintable(QString::number(share)));
    QCOMPARE(file.count(QStringLiteral("SELECT count(*) FROM deals d JOIN stages s ON s.id = d.stage_id WHERE "
                                       "s.kind = 'lost' AND (d.lost_reason = '' OR d.lost_at IS NULL)")),
             0);
    QCOMPARE(file.count(QStringLiteral("SELECT count(*) FROM deals d JOIN stages s ON s.id = d.stage_id WHERE "
                                       "s.kind = 'won' AND (d.won_at IS NULL OR d.forecast_category <> 'closed')")),
             0);
    QCOMPARE(file.count(QStringLiteral("SELECT count(*) FROM deals d JOIN stages s ON s.id = d.stage_id WHERE "
                                       "s.kind = 'open' AND (d.won_at IS NOT NULL OR d.lost_at IS NOT NULL)")),
             0);
    QVERIFY(file.count(QStringLiteral("SELECT count(*) FROM deals WHERE competitor <> ''")) > 0);
    QVERIFY(file.count(QStringLiteral("SELECT count(DISTINCT lost_reason) FROM deals WHERE lost_reason <> ''")) >= 5);
}

void TestDemoGenerator::historyHasAdvancesRegressionsAndSlips()
{
    RawFile file(m_main);
    const QString stageMoves = QStringLiteral(
        "SELECT count(*) FROM deal_events e JOIN stages o ON o.id = e.old_value JOIN stages n ON n.id = e.new_value "
        "WHERE e.field = 'stage' AND n.kind = 'open' AND n.sort_order %1 o.sort_order");
    QVERIFY(file.count(stageMoves.arg(QLatin1Char('>'))) > 200);
    QVERIFY(file.count(stageMoves.arg(QLatin1Char('<'))) > 5);
    QVERIFY(file.count(QStringLiteral("SELECT count(*) FROM deal_events WHERE field = 'close_date'")) > 50);
    QVERIFY(file.count(QStringLiteral("SELECT count(*) FROM deal_events WHERE field = 'amount'")) > 20);
    QVERIFY(file.count(QStringLiteral("SELECT count(*) FROM deal_events WHERE field = 'forecast_category'")) > 100);
    QVERIFY(file.count(QStringLiteral("SELECT count(*) FROM deal_events WHERE field = 'owner'")) > 0);
    // Open deals show a spread of stage ages, some beyond the stage's rotting threshold.
    QVERIFY(file.count(QStringLiteral("SELECT count(DISTINCT stage_id) FROM deals d JOIN stages s ON s.id = "
                                      "d.stage_id WHERE s.kind = 'open'")) == 6);
    QVERIFY(file.count(QStringLiteral("SELECT count(*) FROM deals d JOIN stages s ON s.id = d.stage_id WHERE s.kind = "
                                      "'open' AND julianday('%1') - julianday(d.stage_entered_at) > s.rotting_days")
                           .arg(kNow)) > 0);
}

void TestDemoGenerator::openDealsCloseMostlyInTheFuture()
{
    RawFile file(m_main);
    const QString open = QStringLiteral("SELECT count(*) FROM deals d JOIN stages s ON s.id = d.stage_id "
                                        "WHERE s.kind = 'open'");
    const qint64 all = file.count(open);
    const qint64 ahead = file.count(open + QStringLiteral(" AND d.expected_close_date >= '2026-06-15'"));
    QVERIFY(all > 40);
    QVERIFY2(double(ahead) / double(all) >= 0.6, qPrintable(QStringLiteral("%1 of %2").arg(ahead).arg(all)));
    QVERIFY(ahead < all); // some slipped into the past
}

void TestDemoGenerator::interactionsHavePlanAndReviewHalves()
{
    RawFile file(m_main);
    const double all = file.count(QStringLiteral("SELECT count(*) FROM interactions"));
    const double withObjective =
        file.count(QStringLiteral("SELECT count(*) FROM interactions WHERE objective_best <> ''"));
    QVERIFY(withObjective / all > 0.6 && withObjective / all < 1.0);
    QVERIFY(file.count(QStringLiteral("SELECT count(DISTINCT type) FROM interactions")) >= 6);
    QCOMPARE(file.count(QStringLiteral("SELECT count(DISTINCT outcome) FROM interactions")), 4); // '' yes partly no
    QVERIFY(file.count(QStringLiteral("SELECT count(*) FROM interactions WHERE scheduled_at < '%1' AND "
                                      "appointment_state = 'done' AND reviewed_at IS NULL")
                           .arg(kNow)) > 0);
    QVERIFY(file.count(QStringLiteral("SELECT count(*) FROM interactions WHERE rating_planning IS NOT NULL")) > 0);
    QVERIFY(file.count(QStringLiteral("SELECT count(*) FROM interactions WHERE next_step <> '' AND next_step_date "
                                      "IS NOT NULL")) > 0);
    // Meetings ahead belong to open deals and have no review yet.
    const QString ahead = QStringLiteral("SELECT count(*) FROM interactions i WHERE i.scheduled_at > '%1'").arg(kNow);
    QVERIFY(file.count(ahead) > 0);
    QCOMPARE(file.count(ahead + QStringLiteral(" AND (i.reviewed_at IS NOT NULL OR i.outcome <> '' OR "
                                               "i.appointment_state NOT IN ('planned', 'confirmed') OR EXISTS "
                                               "(SELECT 1 FROM deals d JOIN stages s ON s.id = d.stage_id WHERE "
                                               "d.id = i.deal_id AND s.kind <> 'open'))")),
             0);
    QCOMPARE(file.count(QStringLiteral("SELECT count(*) FROM interactions WHERE reviewed_at > '%1' OR created_at > "
                                       "'%1' OR updated_at > '%1'")
                            .arg(kNow)),
             0);
    // Everyone met works at the deal's account.
    QCOMPARE(file.count(QStringLiteral("SELECT count(*) FROM interaction_contacts l JOIN interactions i ON i.id = "
                                       "l.interaction_id JOIN contacts c ON c.id = l.contact_id WHERE c.account_id "
                                       "<> i.account_id")),
             0);
}

void TestDemoGenerator::leadSourcesConvertDifferently()
{
    RawFile file(m_main);
    QCOMPARE(file.count(QStringLiteral("SELECT count(DISTINCT source) FROM leads")), 9);
    QCOMPARE(file.count(QStringLiteral("SELECT count(DISTINCT source) FROM deals")), 9);
    auto rate = [&](const QString& where) {
        const double converted =
            file.count(QStringLiteral("SELECT count(*) FROM leads WHERE status = 'converted' AND %1").arg(where));
        const double all = file.count(QStringLiteral("SELECT count(*) FROM leads WHERE %1").arg(where));
        return converted / all;
    };
    const double referral = rate(QStringLiteral("source = 'referral'"));
    QVERIFY(referral > rate(QStringLiteral("1 = 1")));
    QVERIFY(referral > rate(QStringLiteral("source = 'purchased_list'")) * 3);
    // A converted lead points at its deal, with the same source and account.
    QCOMPARE(file.count(QStringLiteral("SELECT count(*) FROM leads l LEFT JOIN deals d ON d.id = "
                                       "l.converted_deal_id WHERE l.status = 'converted' AND (d.id IS NULL OR "
                                       "d.source <> l.source OR d.account_id <> l.account_id)")),
             0);
    QCOMPARE(file.count(QStringLiteral("SELECT count(*) FROM leads WHERE status <> 'converted' AND "
                                       "converted_deal_id IS NOT NULL")),
             0);
}

void TestDemoGenerator::foreignCurrenciesHaveRates()
{
    RawFile file(m_main);
    const qint64 foreign = file.count(QStringLiteral("SELECT count(*) FROM deals WHERE currency <> 'USD'"));
    QVERIFY(foreign > 0);
    QVERIFY(foreign < 400 / 4); // mostly the base currency
    QCOMPARE(file.count(QStringLiteral("SELECT count(*) FROM deals d WHERE d.currency <> 'USD' AND NOT EXISTS "
                                       "(SELECT 1 FROM exchange_rates r WHERE r.currency = d.currency)")),
             0);
    QCOMPARE(file.count(QStringLiteral("SELECT count(DISTINCT currency) FROM exchange_rates")), 2);
}

void TestDemoGenerator::fileIsHealthy()
{
    RawFile file(m_main);
    QCOMPARE(file.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(file.rows(QStringLiteral("PRAGMA foreign_key_check")).size(), 0);
    QCOMPARE(file.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    // The indexes dropped for the load are all back.
    QVERIFY(file.count(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN "
                                      "('deals_owner', 'deal_events_deal', 'interactions_deal_time', "
                                      "'leads_source', 'contacts_account')")) == 5);
}

void TestDemoGenerator::cancelRemovesTheFile()
{
    const QString path = m_dir.filePath(QStringLiteral("cancelled.dealbench"));
    DemoOptions options = smallOptions(1);
    options.deals = 1000;
    int calls = 0;
    bool visibleWhileWritten = false;
    const DemoResult result = DemoGenerator::generate(path, options, [&](double share) {
        ++calls;
        visibleWhileWritten = visibleWhileWritten || QFile::exists(path);
        return share < 0.3;
    });
    QVERIFY(result.cancelled);
    QVERIFY(calls > 1);
    // The file is written under another name: nothing is at `path` before it is complete, and
    // nothing of the partial file (nor its lock) is left after a cancel.
    QVERIFY(!visibleWhileWritten);
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    const QStringList left =
        QDir(m_dir.path()).entryList({QStringLiteral("*cancelled.dealbench*")}, QDir::Files | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
}

void TestDemoGenerator::existingFileIsRefusedUntouched()
{
    const QString path = m_dir.filePath(QStringLiteral("existing.dealbench"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    QVERIFY_THROWS_EXCEPTION(StorageError, DemoGenerator::generate(path, smallOptions(1)));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep me"));
}

void TestDemoGenerator::badOptionsAreRefused_data()
{
    QTest::addColumn<DemoOptions>("options");
    DemoOptions noReps = smallOptions(1);
    noReps.reps = 0;
    QTest::addRow("no reps") << noReps;
    DemoOptions noToday = smallOptions(1);
    noToday.today = QDate();
    QTest::addRow("no today") << noToday;
    DemoOptions negative = smallOptions(1);
    negative.deals = -1;
    QTest::addRow("negative deals") << negative;
    DemoOptions currency = smallOptions(1);
    currency.baseCurrency = QStringLiteral("dollar");
    QTest::addRow("bad currency") << currency;
}

void TestDemoGenerator::badOptionsAreRefused()
{
    QFETCH(DemoOptions, options);
    const QString path = m_dir.filePath(QStringLiteral("bad.dealbench"));
    try {
        DemoGenerator::generate(path, options);
        QFAIL("no error");
    } catch (const StorageError& error) {
        QCOMPARE(error.kind(), StorageError::Kind::InvalidInput);
    }
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "TestDemoGenerator.moc"
