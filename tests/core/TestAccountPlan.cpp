// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Account plans (DOMAIN.md §5): storage round trip, the product catalogue, and what a plan
// computes (penetration, revenue per year in the base currency, the relationship map).
#include "RepFixture.h"

#include "core/analytics/AccountPlanSummary.h"
#include "core/services/AccountPlanService.h"
#include "core/services/DealService.h"
#include "core/storage/AccountPlanRepository.h"
#include "core/storage/ExchangeRateRepository.h"
#include "core/storage/InteractionRepository.h"
#include "core/storage/StorageError.h"
#include "core/workspace/WorkspaceEvents.h"
#include "tests/support/DealBuilder.h"
#include "tests/support/TempWorkspace.h"

#include <QSignalSpy>
#include <QTest>

namespace {
// A deal of `accountId` won at `when` for `minor` units of `currency`.
void won(TempWorkspace& ws, const QString& accountId, const QDateTime& when, qint64 minor, const QString& currency)
{
    const QDateTime now = ws.clock().nowUtc();
    ws.clock().set(when);
    Deal deal = ws->dealService().create(DealBuilder().account(accountId).amount(minor, currency).build());
    ws->dealService().move(deal.id, DealBuilder().stage(6).build().stageId);
    ws.clock().set(now);
}
} // namespace

class TestAccountPlan : public QObject
{
    Q_OBJECT
private slots:
    void planRoundTripsAndCellsToggle();
    void productCatalogue();
    void serviceRules();
    void penetration();
    void revenuePerYear();
    void relationshipMap();
    void emptyPlan();
};

void TestAccountPlan::planRoundTripsAndCellsToggle()
{
    TempWorkspace ws;
    const QString acme = RepFixture::account(*ws, QStringLiteral("Acme"), 2000);
    const QString amy = RepFixture::contact(*ws, acme, QStringLiteral("Amy"), OrgLevel::Executive);
    const QList<Product> products = ws->accountPlans().saveProducts({{{}, QStringLiteral("Ledger")}});
    AccountPlan plan;
    plan.accountId = acme;
    plan.strategic = true;
    plan.customerStrategy = QStringLiteral("Consolidate ERPs by 2028");
    plan.goals = QStringLiteral("Become the finance platform");
    plan.seats = 300;
    plan.departments = {{{}, QStringLiteral("Finance")}, {{}, QStringLiteral("HR")}};
    plan.revenueTargets = {{{}, 2027, 50000000, QStringLiteral("USD")}};
    plan.jointActions = {{{},
                          QStringLiteral("Executive briefing"),
                          QStringLiteral("Ann"),
                          QStringLiteral("Amy"),
                          QDate(2027, 2, 1),
                          false}};
    plan.relationships = {{{}, amy, QStringLiteral("Ann"), 4, QStringLiteral("Golf")}};
    plan = ws->accountPlans().save(plan);
    plan.setCell(plan.departments[0].id, products[0].id, WhitespaceState::Using, QStringLiteral("c1"));
    plan = ws->accountPlans().save(plan);
    ws.reopen();
    AccountPlan read = *ws->accountPlans().forAccount(acme);
    QVERIFY(read.sameContent(plan));
    QCOMPARE(read.cell(read.departments[0].id, products[0].id), WhitespaceState::Using);
    QCOMPARE(read.cell(read.departments[1].id, products[0].id), WhitespaceState::NotAssessed);
    QCOMPARE(read.relationships[0].strength, std::optional<int>(4));
    QCOMPARE(read.jointActions[0].theirOwner, QStringLiteral("Amy"));

    read.setCell(read.departments[0].id, products[0].id, WhitespaceState::NotAssessed, {});
    QVERIFY(read.whitespace.isEmpty());
    ws->accountPlans().save(read);
    QVERIFY(ws->accountPlans().forAccount(acme)->whitespace.isEmpty());
    QCOMPARE(ws->accountPlans().plans().size(), 1);
}

void TestAccountPlan::productCatalogue()
{
    TempWorkspace ws;
    QList<Product> products =
        ws->accountPlans().saveProducts({{{}, QStringLiteral("Ledger")}, {{}, QStringLiteral("Payroll")}});
    QCOMPARE(products.size(), 2);
    QVERIFY(!products[0].id.isEmpty());
    std::swap(products[0], products[1]);
    products.append({{}, QStringLiteral("Analytics")});
    ws->accountPlans().saveProducts(products);
    QList<Product> read = ws->accountPlans().products();
    QCOMPARE(read.size(), 3);
    QCOMPARE(read[0].name, QStringLiteral("Payroll"));
    QCOMPARE(read[2].name, QStringLiteral("Analytics"));
    read.removeAt(1);
    ws->accountPlans().saveProducts(read);
    QCOMPARE(ws->accountPlans().products().size(), 2);
    QCOMPARE(ws->accountPlans().products()[1].name, QStringLiteral("Analytics"));
}

void TestAccountPlan::serviceRules()
{
    TempWorkspace ws;
    QSignalSpy plans(&ws->events(), &WorkspaceEvents::accountPlansChanged);
    QSignalSpy products(&ws->events(), &WorkspaceEvents::productsChanged);
    const QString acme = RepFixture::account(*ws, QStringLiteral("Acme"));
    AccountPlan plan;
    plan.accountId = acme;
    plan = ws->accountPlanService().save(plan);
    QCOMPARE(plans.size(), 1);
    AccountPlan second;
    second.accountId = acme;
    QVERIFY_THROWS_EXCEPTION(StorageError, ws->accountPlanService().save(second));
    AccountPlan twoTargets = plan;
    twoTargets.revenueTargets = {{{}, 2027, 1, QStringLiteral("USD")}, {{}, 2027, 2, QStringLiteral("USD")}};
    QVERIFY_THROWS_EXCEPTION(StorageError, ws->accountPlanService().save(twoTargets));
    AccountPlan noContact = plan;
    noContact.relationships = {{{}, {}, QStringLiteral("Ann"), 3, {}}};
    QVERIFY_THROWS_EXCEPTION(StorageError, ws->accountPlanService().save(noContact));
    QVERIFY_THROWS_EXCEPTION(StorageError, ws->accountPlanService().saveProducts({{{}, QStringLiteral("  ")}}));
    QCOMPARE(products.size(), 0);
    const AccountPlan removed = ws->accountPlanService().remove(acme);
    QCOMPARE(removed.id, plan.id);
    QVERIFY(!ws->accountPlans().forAccount(acme));
    ws->accountPlanService().save(removed); // undo of the removal
    QCOMPARE(ws->accountPlans().forAccount(acme)->id, plan.id);
    QCOMPARE(plans.size(), 3);
}

void TestAccountPlan::penetration()
{
    AccountPlan plan;
    plan.departments = {{QStringLiteral("fin"), QStringLiteral("Finance")},
                        {QStringLiteral("hr"), QStringLiteral("HR")},
                        {QStringLiteral("it"), QStringLiteral("IT")},
                        {QStringLiteral("sales"), QStringLiteral("Sales")}};
    const QString p1 = QStringLiteral("p1");
    const QString p2 = QStringLiteral("p2");
    plan.setCell(QStringLiteral("fin"), p1, WhitespaceState::Using, QStringLiteral("a"));
    plan.setCell(QStringLiteral("fin"), p2, WhitespaceState::Using, QStringLiteral("b"));
    plan.setCell(QStringLiteral("hr"), p2, WhitespaceState::Using, QStringLiteral("c"));
    plan.setCell(QStringLiteral("it"), p1, WhitespaceState::Opportunity, QStringLiteral("d"));
    plan.setCell(QStringLiteral("it"), p2, WhitespaceState::NotAFit, QStringLiteral("e"));
    plan.setCell(QStringLiteral("gone"), p1, WhitespaceState::Using, QStringLiteral("f")); // removed department
    plan.seats = 300;
    const AccountPlanFacts facts = AccountPlanSummary::compute(plan, 2000, {}, {}, {}, QStringLiteral("USD"), {});
    QCOMPARE(facts.departments, 4);
    QCOMPARE(facts.departmentsUsing, 2);
    QCOMPARE(facts.openCells, 1);
    QVERIFY(facts.topDownSignal);
    QCOMPARE(*facts.employeeShare, 0.15);

    plan.setCell(QStringLiteral("hr"), p2, WhitespaceState::NotAssessed, {});
    const AccountPlanFacts one = AccountPlanSummary::compute(plan, std::nullopt, {}, {}, {}, QStringLiteral("USD"), {});
    QCOMPARE(one.departmentsUsing, 1);
    QVERIFY(!one.topDownSignal);
    QVERIFY(!one.employeeShare); // employees unknown
}

void TestAccountPlan::revenuePerYear()
{
    TempWorkspace ws; // base currency USD, today 16 Nov 2026
    const QString acme = RepFixture::account(*ws, QStringLiteral("Acme"));
    const QString other = RepFixture::account(*ws, QStringLiteral("Other"));
    ws->exchangeRates().insert({{}, QStringLiteral("EUR"), 1.10, QDate(2026, 1, 1)});
    ws->exchangeRates().insert({{}, QStringLiteral("EUR"), 1.20, QDate(2026, 12, 1)});
    const QDateTime y2025(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
    won(ws, acme, y2025, 100000, QStringLiteral("USD"));
    won(ws, acme, y2025, 70000, QStringLiteral("GBP")); // no GBP rate
    won(ws, acme, ws.clock().nowUtc(), 250000, QStringLiteral("USD"));
    won(ws, acme, ws.clock().nowUtc(), 100000, QStringLiteral("EUR"));
    won(ws, other, ws.clock().nowUtc(), 999900, QStringLiteral("USD"));
    ws->dealService().create(DealBuilder().account(acme).amount(5000000).build()); // open: not revenue

    AccountPlan plan;
    plan.accountId = acme;
    plan.revenueTargets = {{{}, 2026, 400000, QStringLiteral("USD")}, {{}, 2027, 500000, QStringLiteral("EUR")}};
    plan = ws->accountPlans().save(plan);
    const AccountPlanFacts facts = AccountPlanSummary::compute(*ws, plan);
    QCOMPARE(facts.currency, QStringLiteral("USD"));
    QCOMPARE(facts.revenue.size(), 3);
    QCOMPARE(facts.revenue[0].year, 2025);
    QCOMPARE(facts.revenue[0].actualMinor, 100000);
    QVERIFY(facts.revenue[0].actualIncomplete);
    QVERIFY(!facts.revenue[0].targetMinor);
    QCOMPARE(facts.revenue[1].year, 2026);
    QCOMPARE(facts.revenue[1].actualMinor, 360000); // 2500.00 + 1000.00 EUR at 1.10
    QVERIFY(!facts.revenue[1].actualIncomplete);
    QCOMPARE(facts.revenue[1].targetMinor, std::optional<qint64>(400000));
    QCOMPARE(facts.revenue[2].year, 2027);
    QCOMPARE(facts.revenue[2].actualMinor, 0);
    QCOMPARE(facts.revenue[2].targetMinor, std::optional<qint64>(600000)); // 5000.00 EUR at 1.20
}

void TestAccountPlan::relationshipMap()
{
    TempWorkspace ws;
    const QString acme = RepFixture::account(*ws, QStringLiteral("Acme"));
    RepFixture::contact(*ws, acme, QStringLiteral("Zed"), OrgLevel::Staff);
    const QString amy = RepFixture::contact(*ws, acme, QStringLiteral("Amy"), OrgLevel::Executive);
    RepFixture::contact(*ws, acme, QStringLiteral("Bob"), OrgLevel::Unknown);
    const QString cat = RepFixture::contact(*ws, acme, QStringLiteral("Cat"), OrgLevel::Middle);
    RepFixture::contact(*ws, acme, QStringLiteral("Abe"), OrgLevel::Executive);
    Interaction met = RepFixture::interaction({}, QDateTime(QDate(2026, 11, 10), QTime(10, 0)));
    met.appointmentState = AppointmentState::Done;
    met.contactIds = {amy};
    ws->interactions().insert(met);
    Interaction planned = RepFixture::interaction({}, QDateTime(QDate(2026, 11, 30), QTime(10, 0)));
    planned.contactIds = {cat};
    ws->interactions().insert(planned);
    AccountPlan plan;
    plan.accountId = acme;
    plan.relationships = {{{}, amy, QStringLiteral("Ann"), 4, {}}};
    plan = ws->accountPlans().save(plan);

    const AccountPlanFacts facts = AccountPlanSummary::compute(*ws, plan);
    QStringList order;
    for (const AccountPlanFacts::MapPerson& person : facts.relationshipMap) {
        order << person.contact.name;
    }
    QCOMPARE(order,
             (QStringList{QStringLiteral("Abe"),
                          QStringLiteral("Amy"),
                          QStringLiteral("Cat"),
                          QStringLiteral("Zed"),
                          QStringLiteral("Bob")}));
    QCOMPARE(facts.relationshipMap[1].strength, std::optional<int>(4));
    QCOMPARE(facts.relationshipMap[1].ourPerson, QStringLiteral("Ann"));
    QCOMPARE(facts.relationshipMap[1].lastMet, met.scheduledAt.toUTC());
    QVERIFY(!facts.relationshipMap[2].lastMet.isValid()); // planned is not met
    QVERIFY(!facts.relationshipMap[0].strength);
}

void TestAccountPlan::emptyPlan()
{
    TempWorkspace ws;
    const QString acme = RepFixture::account(*ws, QStringLiteral("No contacts"));
    AccountPlan plan;
    plan.accountId = acme;
    const AccountPlanFacts facts = AccountPlanSummary::compute(*ws, ws->accountPlans().save(plan));
    QCOMPARE(facts.departments, 0);
    QCOMPARE(facts.departmentsUsing, 0);
    QVERIFY(!facts.seats);
    QVERIFY(!facts.employeeShare);
    QVERIFY(facts.revenue.isEmpty());
    QVERIFY(facts.relationshipMap.isEmpty());
}

QTEST_GUILESS_MAIN(TestAccountPlan)
#include "TestAccountPlan.moc"
