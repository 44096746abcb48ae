// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The deal editor's save: the deal's fields and its contacts (the buying centre of its
// strategy sheet) in one transaction, undone and redone as one. Expected rows are written
// here and read back with the test's own SQL.
#include "core/services/DealEditService.h"
#include "core/services/StrategySheetService.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/StorageError.h"
#include "core/storage/StrategySheetRepository.h"
#include "core/workspace/WorkspaceEvents.h"
#include "tests/support/DealBuilder.h"
#include "tests/support/QueryRows.h"
#include "tests/support/TempWorkspace.h"

#include <QSignalSpy>
#include <QTest>

namespace {
// The live buying centre of a deal: name|title|org level|contact id, in sheet order.
QStringList buyingCentre(Workspace& workspace, const QString& dealId)
{
    return queryRows(workspace,
                     QStringLiteral("SELECT p.name, p.title, p.org_level, ifnull(p.contact_id, '-') "
                                    "FROM strategy_stakeholders p JOIN strategy_sheets s ON s.id = p.sheet_id "
                                    "WHERE s.deal_id = ? AND s.deleted = 0 AND p.deleted = 0 ORDER BY p.sort_order"),
                     {dealId});
}

QStringList liveContacts(Workspace& workspace)
{
    return queryRows(
        workspace,
        QStringLiteral("SELECT name, ifnull(account_id, '-') FROM contacts WHERE deleted = 0 ORDER BY name"));
}

// Everything an edit may touch, as the app sees it (live rows; a removed deal's history goes with it),
// but the times the store moves forward on purpose.
QStringList snapshot(Workspace& workspace)
{
    QStringList all = queryRows(workspace,
                                QStringLiteral("SELECT id, name, account_id, stage_id, amount_minor, currency, "
                                               "expected_close_date FROM deals WHERE deleted = 0 ORDER BY id"));
    all += queryRows(
        workspace,
        QStringLiteral("SELECT e.id, e.deal_id, e.field, e.old_value, e.new_value FROM deal_events e "
                       "JOIN deals d ON d.id = e.deal_id AND d.deleted = 0 WHERE e.deleted = 0 ORDER BY e.id"));
    all +=
        queryRows(workspace, QStringLiteral("SELECT id, deal_id FROM strategy_sheets WHERE deleted = 0 ORDER BY id"));
    all +=
        queryRows(workspace,
                  QStringLiteral("SELECT p.id, p.sheet_id, p.sort_order, p.contact_id, p.name, p.title, p.org_level, "
                                 "p.role FROM strategy_stakeholders p JOIN strategy_sheets s ON s.id = p.sheet_id "
                                 "AND s.deleted = 0 WHERE p.deleted = 0 ORDER BY p.id"));
    all += queryRows(workspace,
                     QStringLiteral("SELECT id, account_id, name, title FROM contacts WHERE deleted = 0 ORDER BY id"));
    return all;
}
} // namespace

class TestDealEditService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void fieldsAndContactsAreSavedTogether();
    void undoAndRedoRestoreEveryRow();
    void firstContactStartsTheSheetAndUndoRemovesIt();
    void aListedContactAddsNothing();
    void aNewDealComesWithItsContacts();
    void refusedEditWritesNothing_data();
    void refusedEditWritesNothing();

private:
    Deal addDeal(const QString& name);

    std::unique_ptr<TempWorkspace> m_ws;
    QString m_acme;
    QString m_alice;
    QString m_bob;
};

void TestDealEditService::init()
{
    m_ws = std::make_unique<TempWorkspace>();
    Account acme;
    acme.name = QStringLiteral("Acme");
    m_acme = (*m_ws)->accounts().insert(acme).id;
    Contact alice;
    alice.accountId = m_acme;
    alice.name = QStringLiteral("Alice Ng");
    alice.title = QStringLiteral("CFO");
    alice.orgLevel = OrgLevel::Executive;
    m_alice = (*m_ws)->accounts().insertContact(alice).id;
    Contact bob;
    bob.accountId = m_acme;
    bob.name = QStringLiteral("Bob Li");
    m_bob = (*m_ws)->accounts().insertContact(bob).id;
}

void TestDealEditService::cleanup()
{
    m_ws.reset();
}

Deal TestDealEditService::addDeal(const QString& name)
{
    return (*m_ws)->dealService().create(DealBuilder().name(name).account(m_acme).build());
}

void TestDealEditService::fieldsAndContactsAreSavedTogether()
{
    Deal deal = addDeal(QStringLiteral("Platform"));
    // The buying centre already holds Carol (not a contact) and Bob.
    StrategySheet sheet = (*m_ws)->strategySheetService().create(deal.id);
    Stakeholder carol;
    carol.name = QStringLiteral("Carol");
    carol.role = StakeholderRole::Champion;
    Stakeholder bob;
    bob.contactId = m_bob;
    bob.name = QStringLiteral("Bob Li");
    sheet.stakeholders = {carol, bob};
    sheet = (*m_ws)->strategySheetService().save(sheet);
    const QString carolRow = sheet.stakeholders.at(0).id;

    QSignalSpy deals(&(*m_ws)->events(), &WorkspaceEvents::dealsChanged);
    QSignalSpy sheets(&(*m_ws)->events(), &WorkspaceEvents::strategySheetsChanged);
    QSignalSpy accounts(&(*m_ws)->events(), &WorkspaceEvents::accountsChanged);
    deal.name = QStringLiteral("Platform, 3 years");
    DealContactsEdit contacts;
    contacts.addContactIds = {m_alice};
    contacts.newContactNames = {QStringLiteral("  Dora Wu ")};
    contacts.removeStakeholderIds = {carolRow};
    const DealEdit edit = DealEditService(**m_ws).save(deal, contacts);

    QVERIFY(edit.deal.has_value());
    QVERIFY(edit.contactsChanged);
    QCOMPARE(queryRows(**m_ws, QStringLiteral("SELECT name FROM deals WHERE id = ?"), {deal.id}),
             QStringList{QStringLiteral("Platform, 3 years")});
    const QStringList dora = queryRows(**m_ws, QStringLiteral("SELECT id FROM contacts WHERE name = 'Dora Wu'"));
    QCOMPARE(dora.size(), 1);
    QCOMPARE(buyingCentre(**m_ws, deal.id),
             (QStringList{QStringLiteral("Bob Li||unknown|") + m_bob,
                          QStringLiteral("Alice Ng|CFO|executive|") + m_alice,
                          QStringLiteral("Dora Wu||unknown|") + dora.first()}));
    QCOMPARE(liveContacts(**m_ws),
             (QStringList{QStringLiteral("Alice Ng|") + m_acme,
                          QStringLiteral("Bob Li|") + m_acme,
                          QStringLiteral("Dora Wu|") + m_acme}));
    // Carol's row is kept as a tombstone, with her role, for an undo or a merge.
    QCOMPARE(queryRows(**m_ws, QStringLiteral("SELECT name, role FROM strategy_stakeholders WHERE deleted = 1")),
             QStringList{QStringLiteral("Carol|champion")});
    QCOMPARE(deals.count(), 1);
    QCOMPARE(sheets.count(), 1);
    QCOMPARE(sheets.first().first().toStringList(), QStringList{deal.id});
    QCOMPARE(accounts.count(), 1);
    QCOMPARE(accounts.first().first().toStringList(), QStringList{m_acme});
}

void TestDealEditService::undoAndRedoRestoreEveryRow()
{
    Deal deal = addDeal(QStringLiteral("Renewal"));
    StrategySheet sheet = (*m_ws)->strategySheetService().create(deal.id);
    Stakeholder bob;
    bob.contactId = m_bob;
    bob.name = QStringLiteral("Bob Li");
    bob.attitude = Attitude::Sceptic;
    sheet.stakeholders = {bob};
    sheet = (*m_ws)->strategySheetService().save(sheet);
    const QStringList before = snapshot(**m_ws);

    deal.name = QStringLiteral("Renewal and upsell");
    deal.amount.minor = 250000;
    DealContactsEdit contacts;
    contacts.addContactIds = {m_alice};
    contacts.newContactNames = {QStringLiteral("Eve Ko")};
    contacts.removeStakeholderIds = {sheet.stakeholders.first().id};
    DealEditService service(**m_ws);
    const DealEdit edit = service.save(deal, contacts);
    const QStringList after = snapshot(**m_ws);
    QVERIFY(after != before);

    service.revert(edit);
    QCOMPARE(snapshot(**m_ws), before);
    // Bob comes back as he was, attitude and all.
    QCOMPARE(
        queryRows(**m_ws, QStringLiteral("SELECT name, attitude FROM strategy_stakeholders WHERE deleted = 0"), {}),
        QStringList{QStringLiteral("Bob Li|sceptic")});
    service.reapply(edit);
    QCOMPARE(snapshot(**m_ws), after);
    service.revert(edit);
    QCOMPARE(snapshot(**m_ws), before);
}

void TestDealEditService::firstContactStartsTheSheetAndUndoRemovesIt()
{
    const Deal deal = addDeal(QStringLiteral("New logo"));
    QVERIFY(!(*m_ws)->strategySheets().forDeal(deal.id));
    DealContactsEdit contacts;
    contacts.addContactIds = {m_bob};
    DealEditService service(**m_ws);
    const DealEdit edit = service.save(deal, contacts);
    QVERIFY(!edit.deal); // the fields did not change
    QVERIFY(!edit.sheetBefore);
    QCOMPARE(queryRows(**m_ws,
                       QStringLiteral("SELECT count(*) FROM strategy_sheets WHERE deleted = 0 AND deal_id = ?"),
                       {deal.id}),
             QStringList{QStringLiteral("1")});
    QCOMPARE(buyingCentre(**m_ws, deal.id), QStringList{QStringLiteral("Bob Li||unknown|") + m_bob});
    service.revert(edit);
    QCOMPARE(queryRows(**m_ws,
                       QStringLiteral("SELECT count(*) FROM strategy_sheets WHERE deleted = 0 AND deal_id = ?"),
                       {deal.id}),
             QStringList{QStringLiteral("0")});
    service.reapply(edit);
    QCOMPARE(buyingCentre(**m_ws, deal.id), QStringList{QStringLiteral("Bob Li||unknown|") + m_bob});
}

void TestDealEditService::aListedContactAddsNothing()
{
    const Deal deal = addDeal(QStringLiteral("Expansion"));
    DealEditService service(**m_ws);
    DealContactsEdit contacts;
    contacts.addContactIds = {m_alice};
    QVERIFY(!service.save(deal, contacts).isEmpty());
    const QStringList before = snapshot(**m_ws);
    QSignalSpy sheets(&(*m_ws)->events(), &WorkspaceEvents::strategySheetsChanged);
    QVERIFY(service.save(deal, contacts).isEmpty());
    QVERIFY(service.save(deal, {}).isEmpty());
    QCOMPARE(snapshot(**m_ws), before);
    QCOMPARE(sheets.count(), 0);
}

void TestDealEditService::aNewDealComesWithItsContacts()
{
    const QStringList before = snapshot(**m_ws);
    DealContactsEdit contacts;
    contacts.addContactIds = {m_bob};
    contacts.newContactNames = {QStringLiteral("Gus Ho")};
    DealEditService service(**m_ws);
    const DealEdit edit = service.create(DealBuilder().name(QStringLiteral("Fresh")).account(m_acme).build(), contacts);
    QVERIFY(edit.created.has_value());
    const QStringList gus = queryRows(**m_ws, QStringLiteral("SELECT id FROM contacts WHERE name = 'Gus Ho'"));
    QCOMPARE(gus.size(), 1);
    QCOMPARE(queryRows(**m_ws, QStringLiteral("SELECT name, account_id FROM deals WHERE deleted = 0")),
             QStringList{QStringLiteral("Fresh|") + m_acme});
    QCOMPARE(
        buyingCentre(**m_ws, edit.created->id),
        (QStringList{QStringLiteral("Bob Li||unknown|") + m_bob, QStringLiteral("Gus Ho||unknown|") + gus.first()}));
    const QStringList after = snapshot(**m_ws);
    service.revert(edit);
    QCOMPARE(snapshot(**m_ws), before);
    service.reapply(edit);
    QCOMPARE(snapshot(**m_ws), after);
}

void TestDealEditService::refusedEditWritesNothing_data()
{
    QTest::addColumn<QString>("newName");
    QTest::addColumn<QString>("addId");
    QTest::addColumn<bool>("withAccount");
    QTest::addColumn<bool>("blankDealName");
    QTest::addRow("blank new contact") << "   "
                                       << "" << true << false;
    QTest::addRow("new contact without an account") << "Fay"
                                                    << "" << false << false;
    QTest::addRow("contact that does not exist") << ""
                                                 << "no-such-contact" << true << false;
    QTest::addRow("contact written after a bad one") << "Fay"
                                                     << "no-such-contact" << true << false;
    QTest::addRow("deal without a name") << "Fay"
                                         << "" << true << true;
    QTest::addRow("10k-char contact name") << QString(100001, u'x') << "" << true << false;
}

void TestDealEditService::refusedEditWritesNothing()
{
    QFETCH(QString, newName);
    QFETCH(QString, addId);
    QFETCH(bool, withAccount);
    QFETCH(bool, blankDealName);
    Deal deal = addDeal(QStringLiteral("Pilot"));
    const QStringList before = snapshot(**m_ws);
    // A rename rides along: a refusal must not keep it either (one transaction).
    deal.name = blankDealName ? QString() : QStringLiteral("Pilot renamed");
    if (!withAccount) {
        deal.accountId.clear();
    }
    DealContactsEdit contacts;
    if (!newName.isEmpty()) {
        contacts.newContactNames = {newName};
    }
    if (!addId.isEmpty()) {
        contacts.addContactIds = {addId};
    }
    QSignalSpy deals(&(*m_ws)->events(), &WorkspaceEvents::dealsChanged);
    try {
        DealEditService(**m_ws).save(deal, contacts);
        QFAIL("the edit must be refused");
    } catch (const StorageError& error) {
        QCOMPARE(error.kind(), StorageError::Kind::InvalidInput);
        QVERIFY(!error.message().isEmpty());
    }
    QCOMPARE(snapshot(**m_ws), before);
    QCOMPARE(deals.count(), 0);
}

QTEST_GUILESS_MAIN(TestDealEditService)
#include "TestDealEditService.moc"
