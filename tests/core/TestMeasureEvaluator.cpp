// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Each live V2MOM binding against a hand-built workspace; every expected value is worked out
// by hand in the comments beside it.
#include "core/analytics/MeasureEvaluator.h"
#include "core/domain/AccountPlan.h"
#include "core/domain/Collection.h"
#include "core/domain/Interaction.h"
#include "core/storage/AccountPlanRepository.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/CollectionRepository.h"
#include "core/storage/DealRepository.h"
#include "core/storage/ExchangeRateRepository.h"
#include "core/storage/InteractionRepository.h"
#include "core/storage/OwnerRepository.h"
#include "tests/support/DealBuilder.h"
#include "tests/support/TempWorkspace.h"

#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <memory>

namespace {
constexpr int kWon = 6;
constexpr int kLost = 7;

QDateTime utc(int y, int m, int d, int h = 10, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}
} // namespace

class TestMeasureEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void binding_data();
    void binding();
    void ownerWithoutData();
    void winRateWithoutClosedDeals();
    void measurePeriodFromStartDate();
    void manualEntries();
    void periodEdges_data();
    void periodEdges();

private:
    QString owner(const QString& name, const QString& managerId = {});
    QString account(const QString& name, const QString& segment, const QString& industry, const QString& ownerId);
    QString deal(const QString& ownerId,
                 const QString& accountId,
                 qint64 minor,
                 const QString& currency,
                 const QDateTime& created,
                 int stage,
                 const QDateTime& closed = {});
    void interaction(const QString& ownerId,
                     const QDateTime& at,
                     AppointmentState state,
                     const QString& best,
                     const QString& minimum = {});
    MeasureEvaluator evaluator(const QTimeZone& zone = QTimeZone::utc());

    std::unique_ptr<TempWorkspace> m_ws;
    QHash<QString, QString> m_ids; // name -> owner id
};

QString TestMeasureEvaluator::owner(const QString& name, const QString& managerId)
{
    Owner o;
    o.name = name;
    o.role = managerId.isEmpty() ? OwnerRole::Manager : OwnerRole::Rep;
    o.managerId = managerId;
    const QString id = (*m_ws)->owners().insert(o).id;
    m_ids.insert(name, id);
    return id;
}

QString TestMeasureEvaluator::account(const QString& name,
                                      const QString& segment,
                                      const QString& industry,
                                      const QString& ownerId)
{
    Account a;
    a.name = name;
    a.segment = segment;
    a.industry = industry;
    a.ownerId = ownerId;
    return (*m_ws)->accounts().insert(a).id;
}

QString TestMeasureEvaluator::deal(const QString& ownerId,
                                   const QString& accountId,
                                   qint64 minor,
                                   const QString& currency,
                                   const QDateTime& created,
                                   int stage,
                                   const QDateTime& closed)
{
    Deal d = DealBuilder().owner(ownerId).account(accountId).amount(minor, currency).stage(stage).build();
    d.createdAt = created;
    if (stage == kWon) {
        d.wonAt = closed;
    } else if (stage == kLost) {
        d.lostAt = closed;
        d.lostReason = LostReason::Price;
    }
    return (*m_ws)->deals().insert(d).id;
}

void TestMeasureEvaluator::interaction(
    const QString& ownerId, const QDateTime& at, AppointmentState state, const QString& best, const QString& minimum)
{
    Interaction i;
    i.ownerId = ownerId;
    i.scheduledAt = at;
    i.appointmentState = state;
    i.objectiveBest = best;
    i.objectiveMinimum = minimum;
    (*m_ws)->interactions().insert(i);
}

MeasureEvaluator TestMeasureEvaluator::evaluator(const QTimeZone& zone)
{
    return MeasureEvaluator::of(**m_ws, zone);
}

void TestMeasureEvaluator::initTestCase()
{
    m_ws = std::make_unique<TempWorkspace>();
    Workspace& ws = **m_ws;
    // Base USD; EUR at 1.10 from January, 1.20 from July 2026.
    ws.exchangeRates().insert(ExchangeRate{{}, QStringLiteral("EUR"), 1.10, QDate(2026, 1, 1)});
    ws.exchangeRates().insert(ExchangeRate{{}, QStringLiteral("EUR"), 1.20, QDate(2026, 7, 1)});

    const QString usd = QStringLiteral("USD");
    const QString eur = QStringLiteral("EUR");
    const QString m = owner(QStringLiteral("Mia Manager"));
    const QString a = owner(QStringLiteral("Ann Rep"), m);
    const QString b = owner(QStringLiteral("Ben Rep"), m);
    const QString c = owner(QStringLiteral("Cid Solo"));
    owner(QStringLiteral("Eve Empty"));

    const QString acc1 =
        account(QStringLiteral("Acme Bank"), QStringLiteral("Enterprise"), QStringLiteral("Finance"), a);
    const QString acc2 = account(QStringLiteral("Shop"), QStringLiteral("SMB"), QStringLiteral("Retail"), b);
    const QString acc3 = account(QStringLiteral("MegaMart"), QStringLiteral("Enterprise"), QStringLiteral("Retail"), a);

    // Ann
    const QString d1 = deal(a, acc1, 10000000, usd, utc(2026, 2, 1), kWon, utc(2026, 3, 3)); // 100,000 USD, 30 days
    const QString d2 = deal(a, acc3, 5000000, eur, utc(2026, 5, 10), kWon, utc(2026, 8, 9)); // 50,000 EUR, 91 days
    deal(a, acc1, 2000000, usd, utc(2026, 6, 1), kLost, utc(2026, 9, 1));                    // 20,000 USD lost
    deal(a, acc1, 3000000, usd, utc(2026, 10, 1), 2);                                        // 30,000 USD open
    deal(a, acc1, 7000000, usd, utc(2025, 11, 1), kWon, utc(2025, 12, 30));                  // won last year
    // Ben
    deal(b, acc2, 4000000, usd, utc(2026, 4, 1), kWon, utc(2026, 6, 15));  // 40,000 USD, 75 days
    deal(b, acc2, 1000000, usd, utc(2026, 7, 1), kLost, utc(2026, 10, 1)); // 10,000 USD lost
    // Cid, outside the team
    deal(c, {}, 100000, usd, utc(2026, 3, 1), kWon, utc(2026, 4, 1));
    // Mia herself
    deal(m, {}, 500000, usd, utc(2026, 1, 15), kWon, utc(2026, 1, 20)); // 5,000 USD, 5 days

    // Collections: 60,000 USD received Apr 1 and 25,000 EUR received Sep 15 (at 1.20: 30,000 USD)
    // count; an expected payment and one received next year do not.
    CollectionRepository& collections = ws.collections();
    collections.save(Collection{{}, d1, usd, 6000000, QDate(2026, 4, 1), 6000000, QDate(2026, 4, 1), {}});
    collections.save(Collection{{}, d1, usd, 4000000, QDate(2026, 12, 1), std::nullopt, QDate(), {}});
    collections.save(Collection{{}, d2, eur, 2500000, QDate(2026, 9, 1), 2500000, QDate(2026, 9, 15), {}});
    collections.save(Collection{{}, d2, eur, 2500000, QDate(2026, 12, 1), 2500000, QDate(2027, 1, 5), {}});

    // Interactions of Ann: done with a best objective, done without, planned with one, done with
    // only a minimum objective, cancelled with one, done with a blank objective -> 2 count.
    interaction(a, utc(2026, 3, 1), AppointmentState::Done, QStringLiteral("Agree to a workshop with IT"));
    interaction(a, utc(2026, 3, 2), AppointmentState::Done, {});
    interaction(a, utc(2026, 11, 20), AppointmentState::Planned, QStringLiteral("Meet the CFO"));
    interaction(a, utc(2026, 6, 1), AppointmentState::Done, {}, QStringLiteral("Get the org chart"));
    interaction(a, utc(2026, 6, 2), AppointmentState::Cancelled, QStringLiteral("Demo"));
    interaction(a, utc(2026, 6, 3), AppointmentState::Done, QStringLiteral("   "));
    interaction(b, utc(2026, 5, 5), AppointmentState::Done, QStringLiteral("Close the pilot"));

    // Account plans: Acme (Ann) strategic, MegaMart (Ann) not, Shop (Ben) strategic.
    AccountPlan plan;
    plan.accountId = acc1;
    plan.strategic = true;
    ws.accountPlans().save(plan);
    plan = AccountPlan{};
    plan.accountId = acc3;
    ws.accountPlans().save(plan);
    plan = AccountPlan{};
    plan.accountId = acc2;
    plan.strategic = true;
    ws.accountPlans().save(plan);
}

void TestMeasureEvaluator::binding_data()
{
    QTest::addColumn<QString>("person");
    QTest::addColumn<int>("scope");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("segment");
    QTest::addColumn<QString>("industry");
    QTest::addColumn<double>("expected");
    QTest::addColumn<int>("samples");

    const int person = static_cast<int>(MeasureScope::Person);
    const int team = static_cast<int>(MeasureScope::Team);
    const auto k = [](MeasureBindingKind kind) {
        return static_cast<int>(kind);
    };
    const QString ann = QStringLiteral("Ann Rep");
    const QString ben = QStringLiteral("Ben Rep");
    const QString mia = QStringLiteral("Mia Manager");
    const QString none;

    // 100,000 + 50,000 EUR at 1.20 (won Aug 9) = 160,000
    QTest::addRow("won amount, Ann") << ann << person << k(MeasureBindingKind::ClosedWonAmount) << none << none
                                     << 160000.0 << 2;
    // Mia 5,000 + Ann 160,000 + Ben 40,000; Cid is not in the team
    QTest::addRow("won amount, team") << mia << team << k(MeasureBindingKind::ClosedWonAmount) << none << none
                                      << 205000.0 << 4;
    QTest::addRow("won amount, Mia alone")
        << mia << person << k(MeasureBindingKind::ClosedWonAmount) << none << none << 5000.0 << 1;
    // 60,000 USD + 25,000 EUR at 1.20 = 90,000
    QTest::addRow("collections, Ann") << ann << person << k(MeasureBindingKind::CollectionsReceived) << none << none
                                      << 90000.0 << 2;
    QTest::addRow("collections, team") << mia << team << k(MeasureBindingKind::CollectionsReceived) << none << none
                                       << 90000.0 << 2;
    // 100,000 + 50,000 EUR at 1.10 (created May 10) + 20,000 + 30,000 = 205,000
    QTest::addRow("new pipeline, Ann") << ann << person << k(MeasureBindingKind::NewPipelineCreated) << none << none
                                       << 205000.0 << 4;
    // + Ben 40,000 + 10,000 + Mia 5,000
    QTest::addRow("new pipeline, team") << mia << team << k(MeasureBindingKind::NewPipelineCreated) << none << none
                                        << 260000.0 << 7;
    QTest::addRow("won deals, Ann") << ann << person << k(MeasureBindingKind::WonDeals) << none << none << 2.0 << 2;
    QTest::addRow("won deals, team") << mia << team << k(MeasureBindingKind::WonDeals) << none << none << 4.0 << 4;
    // 2 won, 1 lost
    QTest::addRow("win rate, Ann") << ann << person << k(MeasureBindingKind::WinRate) << none << none << 200.0 / 3.0
                                   << 3;
    QTest::addRow("win rate, Ben") << ben << person << k(MeasureBindingKind::WinRate) << none << none << 50.0 << 2;
    // 4 won, 2 lost
    QTest::addRow("win rate, team") << mia << team << k(MeasureBindingKind::WinRate) << none << none << 400.0 / 6.0
                                    << 6;
    // (30 + 91) / 2
    QTest::addRow("cycle days, Ann") << ann << person << k(MeasureBindingKind::AverageCycleDays) << none << none << 60.5
                                     << 2;
    // (5 + 30 + 91 + 75) / 4
    QTest::addRow("cycle days, team") << mia << team << k(MeasureBindingKind::AverageCycleDays) << none << none << 50.25
                                      << 4;
    QTest::addRow("objectives, Ann") << ann << person << k(MeasureBindingKind::InteractionsWithObjective) << none
                                     << none << 2.0 << 2;
    QTest::addRow("objectives, team") << mia << team << k(MeasureBindingKind::InteractionsWithObjective) << none << none
                                      << 3.0 << 3;
    // Acme x3 (won, lost, open) + MegaMart x1 created in 2026
    QTest::addRow("segment Enterprise, Ann") << ann << person << k(MeasureBindingKind::DealsCreatedInSegment)
                                             << QStringLiteral("Enterprise") << none << 4.0 << 4;
    QTest::addRow("segment lower case") << ann << person << k(MeasureBindingKind::DealsCreatedInSegment)
                                        << QStringLiteral("enterprise") << none << 4.0 << 4;
    QTest::addRow("industry Finance, Ann") << ann << person << k(MeasureBindingKind::DealsCreatedInSegment) << none
                                           << QStringLiteral("Finance") << 3.0 << 3;
    QTest::addRow("Enterprise and Retail, Ann") << ann << person << k(MeasureBindingKind::DealsCreatedInSegment)
                                                << QStringLiteral("Enterprise") << QStringLiteral("Retail") << 1.0 << 1;
    QTest::addRow("industry Retail, team")
        << mia << team << k(MeasureBindingKind::DealsCreatedInSegment) << none << QStringLiteral("Retail") << 3.0 << 3;
    QTest::addRow("strategic plans, Ann")
        << ann << person << k(MeasureBindingKind::StrategicAccountsWithPlan) << none << none << 1.0 << 1;
    QTest::addRow("strategic plans, team")
        << mia << team << k(MeasureBindingKind::StrategicAccountsWithPlan) << none << none << 2.0 << 2;
}

void TestMeasureEvaluator::binding()
{
    QFETCH(QString, person);
    QFETCH(int, scope);
    QFETCH(int, kind);
    QFETCH(QString, segment);
    QFETCH(QString, industry);
    QFETCH(double, expected);
    QFETCH(int, samples);

    V2momSheet sheet;
    sheet.ownerId = m_ids.value(person);
    sheet.fiscalYear = FiscalYear{2026, 1};
    V2momMeasure measure;
    measure.dueDate = QDate(2026, 12, 31);
    measure.binding.kind = static_cast<MeasureBindingKind>(kind);
    measure.binding.scope = static_cast<MeasureScope>(scope);
    measure.binding.segment = segment;
    measure.binding.industry = industry;

    const MeasureValue value = evaluator().evaluate(sheet, measure, QDate(2026, 11, 16));
    QVERIFY(value.value.has_value());
    QVERIFY2(std::abs(*value.value - expected) < 1e-6, qPrintable(QString::number(*value.value, 'f', 4)));
    QCOMPARE(value.samples, samples);
    QVERIFY(value.unconverted.isEmpty());
}

void TestMeasureEvaluator::ownerWithoutData()
{
    const MeasureEvaluator eval = evaluator();
    const QStringList eve{m_ids.value(QStringLiteral("Eve Empty"))};
    const QDate first(2026, 1, 1);
    const QDate last(2026, 12, 31);
    for (MeasureBindingKind kind : allMeasureBindings()) {
        if (kind == MeasureBindingKind::None) {
            continue;
        }
        MeasureBinding binding;
        binding.kind = kind;
        const MeasureValue value = eval.bound(binding, eve, first, last);
        QCOMPARE(value.samples, 0);
        if (kind == MeasureBindingKind::WinRate || kind == MeasureBindingKind::AverageCycleDays) {
            QVERIFY2(!value.value, qPrintable(measureBindingKey(kind))); // a rate of nothing is no rate
        } else {
            QCOMPARE(value.value.value_or(-1), 0.0);
        }
    }
}

void TestMeasureEvaluator::winRateWithoutClosedDeals()
{
    MeasureBinding binding;
    binding.kind = MeasureBindingKind::WinRate;
    // Ann closed nothing in the first half of February.
    const MeasureValue value =
        evaluator().bound(binding, {m_ids.value(QStringLiteral("Ann Rep"))}, QDate(2026, 2, 1), QDate(2026, 2, 15));
    QVERIFY(!value.value);
}

void TestMeasureEvaluator::measurePeriodFromStartDate()
{
    V2momSheet sheet;
    sheet.ownerId = m_ids.value(QStringLiteral("Ann Rep"));
    sheet.fiscalYear = FiscalYear{2026, 1};
    V2momMeasure measure;
    measure.binding.kind = MeasureBindingKind::ClosedWonAmount;
    measure.startDate = QDate(2026, 7, 1); // second half only: the EUR deal won Aug 9 (60,000)
    measure.dueDate = QDate(2026, 12, 31);
    QCOMPARE(evaluator().evaluate(sheet, measure, QDate(2026, 11, 16)).value.value_or(-1), 60000.0);
    measure.dueDate = QDate(2026, 8, 8); // the day before it was won
    QCOMPARE(evaluator().evaluate(sheet, measure, QDate(2026, 11, 16)).value.value_or(-1), 0.0);
}

void TestMeasureEvaluator::manualEntries()
{
    V2momSheet sheet;
    sheet.fiscalYear = FiscalYear{2026, 1};
    V2momMeasure measure;
    measure.dueDate = QDate(2026, 12, 31);
    measure.entries = {MeasureEntry{QStringLiteral("e1"), QDate(2026, 2, 1), 3, {}},
                       MeasureEntry{QStringLiteral("e2"), QDate(2026, 5, 1), 4, {}},
                       MeasureEntry{QStringLiteral("e3"), QDate(2026, 3, 1), 2, {}}};
    const MeasureEvaluator eval = evaluator();
    // Sum: entries on or before the day asked for.
    QCOMPARE(eval.evaluate(sheet, measure, QDate(2026, 12, 31)).value.value_or(-1), 9.0);
    QCOMPARE(eval.evaluate(sheet, measure, QDate(2026, 3, 1)).value.value_or(-1), 5.0);
    QCOMPARE(eval.evaluate(sheet, measure, QDate(2026, 1, 1)).value.value_or(-1), 0.0);
    // Latest: the reading with the latest date, not the last row.
    measure.manualMode = ManualMode::Latest;
    QCOMPARE(eval.evaluate(sheet, measure, QDate(2026, 12, 31)).value.value_or(-1), 4.0);
    QCOMPARE(eval.evaluate(sheet, measure, QDate(2026, 4, 1)).value.value_or(-1), 2.0);
    QVERIFY(!eval.evaluate(sheet, measure, QDate(2026, 1, 1)).value);
}

void TestMeasureEvaluator::periodEdges_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<int>("startMonth");
    QTest::addColumn<int>("fiscalYear");
    QTest::addColumn<QDateTime>("wonLocal"); // local wall time in `zone`
    QTest::addColumn<bool>("inside");

    const auto local = [](const char* zone, int y, int m, int d, int h, int min) {
        return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(QByteArray(zone)));
    };
    // Fiscal year from April: FY2026 = 2026-04-01 .. 2027-03-31. Berlin is UTC+2 then.
    QTest::addRow("April FY, last day 22:00 Berlin (20:00Z)")
        << QByteArray("Europe/Berlin") << 4 << 2026 << local("Europe/Berlin", 2027, 3, 31, 22, 0) << true;
    QTest::addRow("April FY, next day 00:30 Berlin (Mar 31 22:30Z)")
        << QByteArray("Europe/Berlin") << 4 << 2026 << local("Europe/Berlin", 2027, 4, 1, 0, 30) << false;
    QTest::addRow("April FY, first day 00:15 Berlin (Mar 31 22:15Z)")
        << QByteArray("Europe/Berlin") << 4 << 2026 << local("Europe/Berlin", 2026, 4, 1, 0, 15) << true;
    QTest::addRow("April FY, day before 23:45 Berlin")
        << QByteArray("Europe/Berlin") << 4 << 2026 << local("Europe/Berlin", 2026, 3, 31, 23, 45) << false;
    // Calendar fiscal year, won on the last day.
    QTest::addRow("calendar FY, Dec 31 23:59 Shanghai (15:59Z)")
        << QByteArray("Asia/Shanghai") << 1 << 2026 << local("Asia/Shanghai", 2026, 12, 31, 23, 59) << true;
    QTest::addRow("calendar FY, Jan 1 00:30 Shanghai (Dec 31 16:30Z)")
        << QByteArray("Asia/Shanghai") << 1 << 2026 << local("Asia/Shanghai", 2027, 1, 1, 0, 30) << false;
    QTest::addRow("calendar FY, Dec 31 20:00 New York (Jan 1 01:00Z)")
        << QByteArray("America/New_York") << 1 << 2026 << local("America/New_York", 2026, 12, 31, 20, 0) << true;
    QTest::addRow("calendar FY, Dec 31 23:59:59 UTC")
        << QByteArray("UTC") << 1 << 2026 << QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59), QTimeZone::utc())
        << true;
    QTest::addRow("calendar FY, Jan 1 00:00 UTC")
        << QByteArray("UTC") << 1 << 2026 << QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc()) << false;
}

void TestMeasureEvaluator::periodEdges()
{
    QFETCH(QByteArray, zone);
    QFETCH(int, startMonth);
    QFETCH(int, fiscalYear);
    QFETCH(QDateTime, wonLocal);
    QFETCH(bool, inside);

    const QTimeZone timeZone(zone);
    QVERIFY(timeZone.isValid());
    TempWorkspace ws;
    Owner rep;
    rep.name = QStringLiteral("Edge");
    rep.id = ws->owners().insert(rep).id;
    Deal d = DealBuilder().owner(rep.id).amount(123400).stage(kWon).build();
    d.createdAt = wonLocal.toUTC().addDays(-10);
    d.wonAt = wonLocal.toUTC();
    ws->deals().insert(d);

    const FiscalYear year{fiscalYear, startMonth};
    V2momSheet sheet;
    sheet.ownerId = rep.id;
    sheet.fiscalYear = year;
    V2momMeasure measure;
    measure.binding.kind = MeasureBindingKind::ClosedWonAmount;
    measure.dueDate = year.last();
    const MeasureValue value = MeasureEvaluator::of(*ws, timeZone).evaluate(sheet, measure, year.last());
    QCOMPARE(value.value.value_or(-1), inside ? 1234.0 : 0.0);
    measure.binding.kind = MeasureBindingKind::WonDeals;
    QCOMPARE(MeasureEvaluator::of(*ws, timeZone).evaluate(sheet, measure, year.last()).value.value_or(-1),
             inside ? 1.0 : 0.0);
}

QTEST_GUILESS_MAIN(TestMeasureEvaluator)
#include "TestMeasureEvaluator.moc"
