// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Strategy sheets are stored as documents: every field round-trips, and a save writes only
// the rows that changed (a merge compares updated_at), tombstones the rows that went away
// and revives a removed sheet.
#include "RepFixture.h"

#include "core/services/StrategySheetService.h"
#include "core/storage/StorageError.h"
#include "core/storage/StrategySheetRepository.h"
#include "core/workspace/WorkspaceEvents.h"
#include "tests/support/TempWorkspace.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

namespace {
StrategySheet fullSheet(const QString& dealId, const QString& contactId)
{
    StrategySheet s;
    s.dealId = dealId;
    s.objective = QStringLiteral("Sign the 3-year platform deal");
    s.objectiveAmountMinor = 12000000;
    s.objectiveCurrency = QStringLiteral("EUR");
    s.objectiveBy = QDate(2026, 12, 15);
    Stakeholder cfo;
    cfo.contactId = contactId;
    cfo.name = QStringLiteral("Dana CFO");
    cfo.title = QStringLiteral("Chief Financial Officer");
    cfo.orgLevel = OrgLevel::Executive;
    cfo.role = StakeholderRole::EconomicBuyer;
    cfo.influence = Degree::High;
    cfo.attitude = Attitude::Neutral;
    cfo.contacted = true;
    cfo.orgResult = QStringLiteral("Cut close time by 3 days");
    cfo.personalWin = QStringLiteral("Be seen as modernising finance");
    cfo.preferredVendor = QStringLiteral("Rival Inc");
    cfo.relationshipStrength = 3;
    Stakeholder it;
    it.name = QStringLiteral("Ivo IT");
    it.orgLevel = OrgLevel::Middle;
    it.role = StakeholderRole::TechnicalEvaluator;
    it.attitude = Attitude::Champion;
    s.stakeholders = {cfo, it};
    s.openItems = {
        {{}, OpenItemKind::Question, QStringLiteral("Who signs?"), QStringLiteral("Ann"), QDate(2026, 11, 30), false},
        {{}, OpenItemKind::RedFlag, QStringLiteral("Budget frozen?"), {}, {}, true}};
    s.compellingEvent = QStringLiteral("Audit in March");
    s.urgency = Degree::High;
    s.budgeted = YesNo::No;
    s.processKnown = true;
    s.timelineKnown = false;
    s.competitors = {{{},
                      QStringLiteral("Rival Inc"),
                      QStringLiteral("Price"),
                      QStringLiteral("Support"),
                      QStringLiteral("Procurement"),
                      CompetitiveStrategy::Reframe,
                      QStringLiteral("Push total cost")}};
    s.qualification = {QualificationAnswer::Pursue,
                       QualificationAnswer::Drop,
                       QualificationAnswer::Unanswered,
                       QualificationAnswer::Pursue,
                       QualificationAnswer::Drop};
    s.milestones[0] = {QDate(2026, 10, 1), QDate(2026, 10, 3)};
    s.milestones[3] = {QDate(2026, 12, 1), {}};
    s.grossMarginPct = 62.5;
    s.discountPct = 12;
    s.customWork = QStringLiteral("SSO connector");
    s.cacPaybackMonths = 9;
    s.expansionPotential = QStringLiteral("Two more plants");
    s.nonFinancialValue = QStringLiteral("Reference in automotive");
    s.promises = {
        {{}, PromiseKind::Roadmap, QStringLiteral("SAML by Q2"), QStringLiteral("VP Product"), QDate(2026, 11, 2)}};
    s.actions = {{{},
                  QStringLiteral("Workshop with IT"),
                  QStringLiteral("Raj"),
                  QDate(2026, 11, 20),
                  ActionResource::SolutionEngineer,
                  false}};
    s.repWinProbability = 60;
    s.managerWinProbability = 40;
    s.managerDecision = ManagerDecision::Invest;
    s.resourcesGranted = QStringLiteral("SE for two days");
    s.managerNote = QStringLiteral("Meet the CFO before the proposal");
    return s;
}

// updated_at of one row, read without the repository.
QString updatedAt(Workspace& workspace, const QString& table, const QString& id)
{
    QSqlQuery query(workspace.database().connection());
    query.exec(QStringLiteral("SELECT updated_at, deleted FROM %1 WHERE id = '%2'").arg(table, id));
    return query.next() ? query.value(0).toString() + (query.value(1).toInt() ? QStringLiteral(" deleted") : QString())
                        : QString();
}
} // namespace

class TestStrategySheetRepository : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void everyFieldRoundTrips();
    void emptySheetRoundTrips();
    void loadGeneratedStoresWhatSaveWould();
    void saveWritesOnlyChangedRows();
    void removedRowsAreTombstonedAndOrderKept();
    void removedSheetIsRevivedWithItsRows();
    void manyDealsAreReadTogether();
    void serviceEmitsAndRefusesASecondSheet();
    void serviceValidates_data();
    void serviceValidates();

private:
    std::unique_ptr<TempWorkspace> m_ws;
    QString m_dealId;
    QString m_contactId;
};

void TestStrategySheetRepository::init()
{
    m_ws = std::make_unique<TempWorkspace>();
    const QString rep = RepFixture::owner(**m_ws, QStringLiteral("Raj"));
    const QString account = RepFixture::account(**m_ws, QStringLiteral("Initech"));
    m_contactId = RepFixture::contact(**m_ws, account, QStringLiteral("Dana CFO"), OrgLevel::Executive);
    m_dealId = RepFixture::deal(**m_ws, QStringLiteral("Platform"), rep, account).id;
}

void TestStrategySheetRepository::cleanup()
{
    m_ws.reset();
}

void TestStrategySheetRepository::everyFieldRoundTrips()
{
    const StrategySheet written = (*m_ws)->strategySheets().save(fullSheet(m_dealId, m_contactId));
    m_ws->reopen();
    const std::optional<StrategySheet> read = (*m_ws)->strategySheets().forDeal(m_dealId);
    QVERIFY(read);
    QVERIFY(read->sameContent(written));
    QCOMPARE(read->stakeholders.size(), 2);
    QCOMPARE(read->stakeholders[0].personalWin, QStringLiteral("Be seen as modernising finance"));
    QCOMPARE(read->stakeholders[0].relationshipStrength, std::optional<int>(3));
    QCOMPARE(read->stakeholders[1].relationshipStrength, std::optional<int>());
    QCOMPARE(read->qualification[1], QualificationAnswer::Drop);
    QCOMPARE(read->milestones[0].done, QDate(2026, 10, 3));
    QVERIFY(!read->milestones[3].isDone());
    QCOMPARE(read->milestonesDone(), 1);
    QCOMPARE(read->answers(QualificationAnswer::Drop), 2);
    QCOMPARE(read->grossMarginPct, std::optional<double>(62.5));
    QCOMPARE(read->objectiveAmountMinor, std::optional<qint64>(12000000));
    QCOMPARE(read->createdAt, m_ws->clock().nowUtc());
}

// The generator's bulk path: the same rows as save() (ids, order, values, stamps), and a
// second load over the sheet overwrites it with the changed and added rows.
void TestStrategySheetRepository::loadGeneratedStoresWhatSaveWould()
{
    const QString rep = RepFixture::owner(**m_ws, QStringLiteral("Ann"));
    const QString account = RepFixture::account(**m_ws, QStringLiteral("Beta Corp"));
    const QString otherDeal = RepFixture::deal(**m_ws, QStringLiteral("Second"), rep, account).id;
    const StrategySheet saved = (*m_ws)->strategySheets().save(fullSheet(m_dealId, m_contactId));
    StrategySheet loaded = fullSheet(otherDeal, m_contactId);
    loaded.id = QStringLiteral("5a0c3b1e-0000-4000-8000-0000000000a1");
    loaded.stakeholders[0].id = QStringLiteral("5a0c3b1e-0000-4000-8000-0000000000a2");
    (*m_ws)->strategySheets().loadGenerated({loaded});
    m_ws->reopen();
    std::optional<StrategySheet> read = (*m_ws)->strategySheets().forDeal(otherDeal);
    QVERIFY(read);
    QCOMPARE(read->id, loaded.id);
    QCOMPARE(read->stakeholders[0].id, loaded.stakeholders[0].id);
    QCOMPARE(read->stakeholders.size(), 2);
    QCOMPARE(read->createdAt, m_ws->clock().nowUtc());
    QCOMPARE(read->updatedAt, m_ws->clock().nowUtc());
    // Same content as the sheet saved for the other deal, but for the deal and the ids.
    const auto withoutIds = [](StrategySheet sheet) {
        sheet.id.clear();
        sheet.dealId.clear();
        for (auto& item : sheet.stakeholders) {
            item.id.clear();
        }
        for (auto& item : sheet.openItems) {
            item.id.clear();
        }
        for (auto& item : sheet.competitors) {
            item.id.clear();
        }
        for (auto& item : sheet.promises) {
            item.id.clear();
        }
        for (auto& item : sheet.actions) {
            item.id.clear();
        }
        return sheet;
    };
    QVERIFY(withoutIds(*read).sameContent(withoutIds(saved)));

    read->objective = QStringLiteral("Sign two plants");
    read->actions.append({{}, QStringLiteral("Reference call"), QStringLiteral("Ann"), QDate(2026, 12, 1), {}, false});
    (*m_ws)->strategySheets().loadGenerated({*read});
    const std::optional<StrategySheet> again = (*m_ws)->strategySheets().forDeal(otherDeal);
    QVERIFY(again);
    QCOMPARE(again->objective, QStringLiteral("Sign two plants"));
    QCOMPARE(again->actions.size(), 2);
    QCOMPARE(again->actions[1].text, QStringLiteral("Reference call"));
    QCOMPARE(again->stakeholders.size(), 2);
}

void TestStrategySheetRepository::emptySheetRoundTrips()
{
    StrategySheet empty;
    empty.dealId = m_dealId;
    const StrategySheet written = (*m_ws)->strategySheets().save(empty);
    QVERIFY(!written.id.isEmpty());
    const StrategySheet read = *(*m_ws)->strategySheets().forDeal(m_dealId);
    QVERIFY(read.sameContent(written));
    QVERIFY(!read.objectiveAmountMinor);
    QVERIFY(!read.grossMarginPct);
    QCOMPARE(read.milestonesDone(), 0);
    QCOMPARE(read.answers(QualificationAnswer::Unanswered), 5);
}

void TestStrategySheetRepository::saveWritesOnlyChangedRows()
{
    StrategySheet sheet = (*m_ws)->strategySheets().save(fullSheet(m_dealId, m_contactId));
    const QString first = updatedAt(**m_ws, QStringLiteral("strategy_stakeholders"), sheet.stakeholders[0].id);
    m_ws->clock().advanceSeconds(60);
    sheet.stakeholders[1].contacted = true;
    sheet = (*m_ws)->strategySheets().save(sheet);
    QCOMPARE(updatedAt(**m_ws, QStringLiteral("strategy_stakeholders"), sheet.stakeholders[0].id), first);
    QCOMPARE(updatedAt(**m_ws, QStringLiteral("strategy_stakeholders"), sheet.stakeholders[1].id),
             QStringLiteral("2026-11-16T09:01:00.000Z"));
    // The header was not touched either.
    QCOMPARE(updatedAt(**m_ws, QStringLiteral("strategy_sheets"), sheet.id),
             QStringLiteral("2026-11-16T09:00:00.000Z"));
    QVERIFY((*m_ws)->strategySheets().forDeal(m_dealId)->stakeholders[1].contacted);
}

void TestStrategySheetRepository::removedRowsAreTombstonedAndOrderKept()
{
    StrategySheet sheet = (*m_ws)->strategySheets().save(fullSheet(m_dealId, m_contactId));
    const QString removedId = sheet.openItems[0].id;
    sheet.openItems.removeFirst();
    std::swap(sheet.stakeholders[0], sheet.stakeholders[1]);
    m_ws->clock().advanceSeconds(1);
    sheet = (*m_ws)->strategySheets().save(sheet);
    QCOMPARE(updatedAt(**m_ws, QStringLiteral("strategy_open_items"), removedId),
             QStringLiteral("2026-11-16T09:00:01.000Z deleted"));
    const StrategySheet read = *(*m_ws)->strategySheets().forDeal(m_dealId);
    QCOMPARE(read.openItems.size(), 1);
    QCOMPARE(read.openItems[0].text, QStringLiteral("Budget frozen?"));
    QCOMPARE(read.stakeholders[0].name, QStringLiteral("Ivo IT"));
    QCOMPARE(read.stakeholders[1].name, QStringLiteral("Dana CFO"));
}

void TestStrategySheetRepository::removedSheetIsRevivedWithItsRows()
{
    const StrategySheet sheet = (*m_ws)->strategySheets().save(fullSheet(m_dealId, m_contactId));
    (*m_ws)->strategySheets().remove(sheet.id);
    QVERIFY(!(*m_ws)->strategySheets().forDeal(m_dealId));
    QVERIFY((*m_ws)->strategySheets().dealsWithSheets().isEmpty());
    (*m_ws)->strategySheets().save(sheet);
    const std::optional<StrategySheet> read = (*m_ws)->strategySheets().forDeal(m_dealId);
    QVERIFY(read);
    QVERIFY(read->sameContent(sheet));
    QCOMPARE((*m_ws)->strategySheets().dealsWithSheets(), QStringList{m_dealId});
}

void TestStrategySheetRepository::manyDealsAreReadTogether()
{
    // Over 50 sheets the rows are read table by table instead of by sheet id.
    const QString rep = RepFixture::owner(**m_ws, QStringLiteral("Zoe"));
    QStringList ids;
    for (int i = 0; i < 60; ++i) {
        const QString dealId = RepFixture::deal(**m_ws, QStringLiteral("D%1").arg(i), rep).id;
        StrategySheet sheet;
        sheet.dealId = dealId;
        Stakeholder person;
        person.name = QStringLiteral("P%1").arg(i);
        sheet.stakeholders = {person};
        (*m_ws)->strategySheets().save(sheet);
        ids << dealId;
    }
    const QList<StrategySheet> sheets = (*m_ws)->strategySheets().sheets(ids);
    QCOMPARE(sheets.size(), 60);
    for (const StrategySheet& sheet : sheets) {
        QCOMPARE(sheet.stakeholders.size(), 1);
        QCOMPARE(sheet.stakeholders[0].name, QStringLiteral("P%1").arg(ids.indexOf(sheet.dealId)));
    }
    QCOMPARE((*m_ws)->strategySheets().sheets().size(), 60);
}

void TestStrategySheetRepository::serviceEmitsAndRefusesASecondSheet()
{
    QSignalSpy spy(&(*m_ws)->events(), &WorkspaceEvents::strategySheetsChanged);
    const StrategySheet created = (*m_ws)->strategySheetService().create(m_dealId);
    QCOMPARE(created.objectiveCurrency, QStringLiteral("USD"));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toStringList(), QStringList{m_dealId});
    QVERIFY_THROWS_EXCEPTION(StorageError, (*m_ws)->strategySheetService().create(m_dealId));
    const StrategySheet removed = (*m_ws)->strategySheetService().remove(m_dealId);
    QCOMPARE(removed.id, created.id);
    QCOMPARE(spy.size(), 2);
    // Redo of a creation: the same id comes back.
    QCOMPARE((*m_ws)->strategySheetService().create(m_dealId, created.id).id, created.id);
}

void TestStrategySheetRepository::serviceValidates_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<double>("value");
    QTest::addRow("rep probability 101") << 0 << 101.0;
    QTest::addRow("manager probability -1") << 1 << -1.0;
    QTest::addRow("discount 120") << 2 << 120.0;
    QTest::addRow("strength 0") << 3 << 0.0;
}

void TestStrategySheetRepository::serviceValidates()
{
    QFETCH(int, field);
    QFETCH(double, value);
    StrategySheet sheet;
    sheet.dealId = m_dealId;
    switch (field) {
    case 0:
        sheet.repWinProbability = static_cast<int>(value);
        break;
    case 1:
        sheet.managerWinProbability = static_cast<int>(value);
        break;
    case 2:
        sheet.discountPct = value;
        break;
    default:
        sheet.stakeholders = {Stakeholder{}};
        sheet.stakeholders[0].relationshipStrength = static_cast<int>(value);
        break;
    }
    try {
        (*m_ws)->strategySheetService().save(sheet);
        QFAIL("an invalid sheet must be refused");
    } catch (const StorageError& error) {
        QCOMPARE(error.kind(), StorageError::Kind::InvalidInput);
    }
    QVERIFY(!(*m_ws)->strategySheets().forDeal(m_dealId));
}

QTEST_GUILESS_MAIN(TestStrategySheetRepository)
#include "TestStrategySheetRepository.moc"
