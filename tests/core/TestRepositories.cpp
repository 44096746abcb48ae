// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Round trips of every field for the repositories other than deals.
#include "core/storage/AccountRepository.h"
#include "core/storage/DealRepository.h"
#include "core/storage/ExchangeRateRepository.h"
#include "core/storage/InteractionRepository.h"
#include "core/storage/LeadRepository.h"
#include "core/storage/OwnerRepository.h"
#include "core/storage/PipelineRepository.h"
#include "core/storage/WorkspaceMetaRepository.h"
#include "tests/support/DealBuilder.h"
#include "tests/support/TempWorkspace.h"

#include <QTest>

class TestRepositories : public QObject
{
    Q_OBJECT
private slots:
    void owners();
    void accountsAndContacts();
    void interactions();
    void interactionContactsFollowEdits();
    void leads();
    void exchangeRates();
    void workspaceMeta();
    void stages();
};

void TestRepositories::owners()
{
    TempWorkspace ws;
    const Owner manager = ws->owners().insert(
        Owner{{}, QStringLiteral("Mia Manager"), QStringLiteral("mia@x.test"), OwnerRole::Manager, {}, {}, {}});
    Owner rep = ws->owners().insert(Owner{{}, QStringLiteral("Raj Rep"), {}, OwnerRole::Rep, manager.id, {}, {}});
    ws.reopen();
    const auto readRep = ws->owners().owner(rep.id);
    QVERIFY(readRep);
    QCOMPARE(readRep->name, QStringLiteral("Raj Rep"));
    QCOMPARE(readRep->managerId, manager.id);
    QCOMPARE(readRep->role, OwnerRole::Rep);
    QCOMPARE(ws->owners().owner(manager.id)->email, QStringLiteral("mia@x.test"));
    QCOMPARE(ws->owners().owner(manager.id)->role, OwnerRole::Manager);
    rep.name = QStringLiteral("Raj R.");
    ws->owners().update(rep);
    QCOMPARE(ws->owners().owner(rep.id)->name, QStringLiteral("Raj R."));
    ws->owners().remove(rep.id);
    QVERIFY(!ws->owners().owner(rep.id));
    QCOMPARE(ws->owners().owners().size(), 1);
}

void TestRepositories::accountsAndContacts()
{
    TempWorkspace ws;
    Account account;
    account.name = QStringLiteral("Initech");
    account.industry = QStringLiteral("Software");
    account.sizeBand = QStringLiteral("Enterprise");
    account.employees = 4200;
    account.region = QStringLiteral("EMEA");
    account.segment = QStringLiteral("Strategic");
    account = ws->accounts().insert(account);
    Contact contact;
    contact.accountId = account.id;
    contact.name = QStringLiteral("Peter Gibbons");
    contact.title = QStringLiteral("CIO");
    contact.orgLevel = OrgLevel::Executive;
    contact.email = QStringLiteral("p@initech.test");
    contact.phone = QStringLiteral("+1 555 0100");
    contact = ws->accounts().insertContact(contact);
    ws.reopen();
    const auto read = ws->accounts().account(account.id);
    QVERIFY(read);
    QCOMPARE(read->employees, std::optional<int>(4200));
    QCOMPARE(read->industry, QStringLiteral("Software"));
    QCOMPARE(read->sizeBand, QStringLiteral("Enterprise"));
    QCOMPARE(read->region, QStringLiteral("EMEA"));
    QCOMPARE(read->segment, QStringLiteral("Strategic"));
    const QList<Contact> contacts = ws->accounts().contacts(account.id);
    QCOMPARE(contacts.size(), 1);
    QCOMPARE(contacts[0], contact);
    Account noEmployees = *read;
    noEmployees.employees.reset();
    ws->accounts().update(noEmployees);
    QVERIFY(!ws->accounts().account(account.id)->employees);
    ws->accounts().removeContact(contact.id);
    QVERIFY(ws->accounts().contacts(account.id).isEmpty());
}

void TestRepositories::interactions()
{
    TempWorkspace ws;
    const Deal deal = ws->deals().insert(DealBuilder().build());
    Interaction i;
    i.dealId = deal.id;
    i.scheduledAt = QDateTime(QDate(2026, 11, 18), QTime(14, 0), Qt::UTC);
    i.type = InteractionType::Workshop;
    i.appointmentState = AppointmentState::Done;
    i.howSecured = QStringLiteral("Referral from CFO");
    i.objectiveBest = QStringLiteral("Agree to a technical workshop with IT");
    i.objectiveMinimum = QStringLiteral("Name the IT contact");
    i.conversationLogic = QStringLiteral("Situation → problem → implication → need-payoff");
    i.customerNeeds = QStringLiteral("Faster month-end close");
    i.advantages = QStringLiteral("Local data, offline");
    i.outcome = InteractionOutcome::Partly;
    i.commitment = QStringLiteral("IT lead named");
    i.nextStep = QStringLiteral("Send agenda");
    i.nextStepDate = QDate(2026, 11, 20);
    i.coachNote = QStringLiteral("Ask for the workshop earlier");
    i.ratings.planning = 4;
    i.ratings.gainingCommitment = 2;
    i.reviewedAt = QDateTime(QDate(2026, 11, 18), QTime(16, 0), Qt::UTC);
    const Interaction stored = ws->interactions().insert(i);
    ws.reopen();
    const auto read = ws->interactions().interaction(stored.id);
    QVERIFY(read);
    QCOMPARE(*read, stored);
    QCOMPARE(read->ratings.planning, std::optional<int>(4));
    QVERIFY(!read->ratings.questioning);
    QCOMPARE(ws->interactions().forDeal(deal.id).size(), 1);
}

void TestRepositories::interactionContactsFollowEdits()
{
    TempWorkspace ws;
    Account account;
    account.name = QStringLiteral("A");
    account = ws->accounts().insert(account);
    Contact a;
    a.accountId = account.id;
    a.name = QStringLiteral("a");
    a = ws->accounts().insertContact(a);
    Contact b = a;
    b.id.clear();
    b.name = QStringLiteral("b");
    b = ws->accounts().insertContact(b);
    Interaction i;
    i.scheduledAt = QDateTime(QDate(2026, 11, 18), QTime(9, 0), Qt::UTC);
    i.contactIds = {a.id, b.id};
    i.contactIds.sort();
    i = ws->interactions().insert(i);
    QCOMPARE(ws->interactions().interaction(i.id)->contactIds, i.contactIds);
    i.contactIds = {b.id};
    ws->interactions().update(i);
    QCOMPARE(ws->interactions().interaction(i.id)->contactIds, QStringList{b.id});
    i.contactIds = {a.id, b.id};
    i.contactIds.sort();
    ws->interactions().update(i);
    QCOMPARE(ws->interactions().interaction(i.id)->contactIds, i.contactIds);
}

void TestRepositories::leads()
{
    TempWorkspace ws;
    const Deal deal = ws->deals().insert(DealBuilder().build());
    Lead lead;
    lead.name = QStringLiteral("Jane Doe");
    lead.company = QStringLiteral("Umbrella");
    lead.source = QStringLiteral("webinar");
    lead.status = LeadStatus::Converted;
    lead.convertedDealId = deal.id;
    lead.convertedAt = QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC);
    lead.createdAt = QDateTime(QDate(2026, 10, 1), QTime(10, 0), Qt::UTC);
    const Lead stored = ws->leads().insert(lead);
    ws.reopen();
    QCOMPARE(*ws->leads().lead(stored.id), stored);
}

void TestRepositories::exchangeRates()
{
    TempWorkspace ws;
    ws->exchangeRates().insert(ExchangeRate{{}, QStringLiteral("EUR"), 1.08, QDate(2026, 1, 1)});
    ws->exchangeRates().insert(ExchangeRate{{}, QStringLiteral("CNY"), 0.14, QDate(2026, 6, 1)});
    const QList<ExchangeRate> rates = ws->exchangeRates().rates();
    QCOMPARE(rates.size(), 2);
    QCOMPARE(rates[0].currency, QStringLiteral("CNY"));
    QCOMPARE(rates[1].rate, 1.08);
    QCOMPARE(rates[1].validFrom, QDate(2026, 1, 1));
}

void TestRepositories::workspaceMeta()
{
    TempWorkspace ws;
    QCOMPARE(ws->meta().baseCurrency(), QStringLiteral("USD"));
    QCOMPARE(ws->meta().name(), QStringLiteral("Test"));
    ws->meta().setBaseCurrency(QStringLiteral("PLN"));
    ws.reopen();
    QCOMPARE(ws->meta().baseCurrency(), QStringLiteral("PLN"));
}

void TestRepositories::stages()
{
    TempWorkspace ws;
    std::optional<Stage> stage = ws->pipelines().stage(DefaultPipeline::stageIds().at(2));
    QVERIFY(stage);
    stage->name = QStringLiteral("Pain confirmed");
    stage->rottingDays = 9;
    ws->pipelines().updateStage(*stage);
    QCOMPARE(ws->pipelines().stage(stage->id)->name, QStringLiteral("Pain confirmed"));
    QCOMPARE(ws->pipelines().stage(stage->id)->rottingDays, 9);
    // A renamed default stage is shown as the user wrote it, not translated.
    QCOMPARE(DefaultPipeline::displayName(stage->id, stage->name), QStringLiteral("Pain confirmed"));
    ws->deals().insert(DealBuilder().stage(2).build());
    QCOMPARE(ws->pipelines().dealCount(stage->id), 1);
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "TestRepositories.moc"
