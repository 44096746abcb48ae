// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/V2momCascade.h"
#include "core/report/V2momMarkdown.h"
#include "core/services/V2momService.h"
#include "core/storage/DealRepository.h"
#include "core/storage/OwnerRepository.h"
#include "core/storage/Statement.h"
#include "core/storage/StorageError.h"
#include "core/storage/V2momRepository.h"
#include "core/workspace/WorkspaceEvents.h"
#include "tests/support/DealBuilder.h"
#include "tests/support/TempWorkspace.h"

#include <QSignalSpy>
#include <QTest>

class TestV2momService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sheetForPersonWithoutManager();
    void reorderPersists();
    void unchangedRowsKeepTheirStamp();
    void oneSheetPerPersonAndYear();
    void validation_data();
    void validation();
    void removedManagerMethodLeavesRepMethodsUnlinked();
    void removeMethodClearsLinksInsideTheSheet();
    void removeAndRevive();
    void snapshotKeepsSheetAndValues();
    void entriesPersist();

private:
    QString addOwner(const QString& name, const QString& managerId = {});
    V2momSheet fullSheet(const QString& ownerId);

    std::unique_ptr<TempWorkspace> m_ws;
};

void TestV2momService::init()
{
    m_ws = std::make_unique<TempWorkspace>();
}

void TestV2momService::cleanup()
{
    m_ws.reset();
}

QString TestV2momService::addOwner(const QString& name, const QString& managerId)
{
    Owner owner;
    owner.name = name;
    owner.managerId = managerId;
    owner.role = managerId.isEmpty() ? OwnerRole::Manager : OwnerRole::Rep;
    return (*m_ws)->owners().insert(owner).id;
}

V2momSheet TestV2momService::fullSheet(const QString& ownerId)
{
    V2momSheet sheet = (*m_ws)->v2momService().create(ownerId, FiscalYear{2026, 1});
    sheet.vision = QStringLiteral("Be the **trusted** partner of mid-market banks.");
    sheet.values = {V2momValue{{}, QStringLiteral("Customer outcomes first")},
                    V2momValue{{}, QStringLiteral("Candour")}};
    sheet.methods = {V2momMethod{{}, QStringLiteral("Land ten new banks"), QStringLiteral("Referrals first"), {}},
                     V2momMethod{{}, QStringLiteral("Run a pilot programme"), {}, {}},
                     V2momMethod{{}, QStringLiteral("Hire two SEs"), {}, {}}};
    sheet = (*m_ws)->v2momService().save(sheet); // method ids now known
    sheet.obstacles = {V2momObstacle{{}, QStringLiteral("Long security reviews"), sheet.methods[1].id}};
    V2momMeasure measure;
    measure.name = QStringLiteral("New logos revenue");
    measure.target = 1200000;
    measure.unit = QStringLiteral("USD");
    measure.dueDate = QDate(2026, 12, 31);
    measure.binding.kind = MeasureBindingKind::ClosedWonAmount;
    measure.methodId = sheet.methods[0].id;
    sheet.measures = {measure};
    return (*m_ws)->v2momService().save(sheet);
}

void TestV2momService::sheetForPersonWithoutManager()
{
    const QString solo = addOwner(QStringLiteral("Solo Founder"));
    const V2momSheet saved = fullSheet(solo);
    m_ws->reopen();
    const auto read = (*m_ws)->v2moms().sheetFor(solo, 2026);
    QVERIFY(read);
    QVERIFY(read->sameContent(saved));
    QCOMPARE(read->methods.size(), 3);
    QCOMPARE(read->obstacles.first().methodId, read->methods[1].id);
    QCOMPARE(read->measures.first().binding.kind, MeasureBindingKind::ClosedWonAmount);

    // Its cascade has no reports and nothing unlinked; the markdown names no manager.
    const MeasureEvaluator evaluator = MeasureEvaluator::of(**m_ws, QTimeZone::utc());
    const V2momCascade cascade = V2momCascade::load(**m_ws, evaluator, solo, 2026, QDate(2026, 11, 16));
    QCOMPARE(cascade.reports.size(), 0);
    QCOMPARE(cascade.unlinked.size(), 0);
    QCOMPARE(cascade.methods.size(), 3);
    V2momMarkdown::SheetContext context;
    context.ownerName = QStringLiteral("Solo Founder");
    const QString md = V2momMarkdown::sheet(*read, context, QLocale::c());
    QVERIFY(md.contains(QStringLiteral("# V2MOM FY2026 — Solo Founder")));
    QVERIFY(!md.contains(QStringLiteral("aligned to")));
}

void TestV2momService::reorderPersists()
{
    const QString id = addOwner(QStringLiteral("Rita"));
    V2momSheet sheet = fullSheet(id);
    const QStringList before{sheet.methods[0].id, sheet.methods[1].id, sheet.methods[2].id};
    sheet.methods.move(2, 0); // "Hire two SEs" becomes the first priority
    sheet.values.move(1, 0);
    (*m_ws)->v2momService().save(sheet);
    m_ws->reopen();
    const V2momSheet read = *(*m_ws)->v2moms().sheetFor(id, 2026);
    QCOMPARE(read.methods[0].id, before[2]);
    QCOMPARE(read.methods[1].id, before[0]);
    QCOMPARE(read.methods[2].id, before[1]);
    QCOMPARE(read.methods[0].title, QStringLiteral("Hire two SEs"));
    QCOMPARE(read.values[0].text, QStringLiteral("Candour"));
}

void TestV2momService::unchangedRowsKeepTheirStamp()
{
    const QString id = addOwner(QStringLiteral("Rita"));
    V2momSheet sheet = fullSheet(id);
    m_ws->clock().advanceDays(1);
    sheet.values[1].text = QStringLiteral("Candour, always");
    (*m_ws)->v2momService().save(sheet);
    // An independent look at the stored stamps: only the reworded value was written again.
    Statement query((*m_ws)->database(),
                    QStringLiteral("SELECT text, updated_at FROM v2mom_values ORDER BY sort_order"));
    query.exec();
    QVERIFY(query.next());
    QCOMPARE(query.text(1).left(10), QStringLiteral("2026-11-16"));
    QVERIFY(query.next());
    QCOMPARE(query.text(0), QStringLiteral("Candour, always"));
    QCOMPARE(query.text(1).left(10), QStringLiteral("2026-11-17"));
}

void TestV2momService::oneSheetPerPersonAndYear()
{
    const QString id = addOwner(QStringLiteral("Rita"));
    (*m_ws)->v2momService().create(id, FiscalYear{2026, 1});
    QVERIFY_THROWS_EXCEPTION(StorageError, (*m_ws)->v2momService().create(id, FiscalYear{2026, 1}));
    // Another year is fine.
    (*m_ws)->v2momService().create(id, FiscalYear{2027, 1});
    QCOMPARE((*m_ws)->v2moms().fiscalYears(), (QList<int>{2026, 2027}));
}

void TestV2momService::validation_data()
{
    QTest::addColumn<int>("breakage");
    QTest::addRow("obstacle on a foreign method") << 0;
    QTest::addRow("measure on a foreign method") << 1;
    QTest::addRow("measure without due date") << 2;
    QTest::addRow("measure starting after its due date") << 3;
    QTest::addRow("method supporting its own sheet") << 4;
    QTest::addRow("entry without a date") << 5;
    QTest::addRow("no owner") << 6;
}

void TestV2momService::validation()
{
    QFETCH(int, breakage);
    const QString id = addOwner(QStringLiteral("Rita"));
    const V2momSheet valid = fullSheet(id);
    V2momSheet sheet = valid;
    switch (breakage) {
    case 0:
        sheet.obstacles[0].methodId = QStringLiteral("not-a-method");
        break;
    case 1:
        sheet.measures[0].methodId = QStringLiteral("not-a-method");
        break;
    case 2:
        sheet.measures[0].dueDate = QDate();
        break;
    case 3:
        sheet.measures[0].startDate = QDate(2027, 1, 1);
        break;
    case 4:
        sheet.methods[1].parentMethodId = sheet.methods[0].id;
        break;
    case 5:
        sheet.measures[0].entries = {MeasureEntry{{}, QDate(), 1, {}}};
        break;
    case 6:
        sheet.ownerId.clear();
        break;
    }
    QSignalSpy spy(&(*m_ws)->events(), &WorkspaceEvents::goalsChanged);
    try {
        (*m_ws)->v2momService().save(sheet);
        QFAIL("saved an invalid sheet");
    } catch (const StorageError& error) {
        QCOMPARE(error.kind(), StorageError::Kind::InvalidInput);
    }
    QCOMPARE(spy.count(), 0);
    QVERIFY((*m_ws)->v2moms().sheetFor(id, 2026)->sameContent(valid)); // nothing was written
}

void TestV2momService::removedManagerMethodLeavesRepMethodsUnlinked()
{
    const QString boss = addOwner(QStringLiteral("Bo Boss"));
    const QString rep = addOwner(QStringLiteral("Ria Rep"), boss);
    V2momSheet managerSheet = fullSheet(boss);
    const V2momMethod removed = managerSheet.methods[0];
    const V2momMethod kept = managerSheet.methods[1];

    V2momSheet repSheet = (*m_ws)->v2momService().create(rep, FiscalYear{2026, 1});
    repSheet.methods = {V2momMethod{{}, QStringLiteral("Prospect 40 banks"), {}, removed.id},
                        V2momMethod{{}, QStringLiteral("Pilot with two banks"), {}, kept.id}};
    repSheet = (*m_ws)->v2momService().save(repSheet);

    QSignalSpy spy(&(*m_ws)->events(), &WorkspaceEvents::goalsChanged);
    managerSheet.removeMethod(removed.id);
    QCOMPARE(managerSheet.measures[0].methodId, QString()); // its measure let go of it
    (*m_ws)->v2momService().save(managerSheet);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toStringList(), QStringList{managerSheet.id});

    // The rep's sheet is untouched: the link still points at the removed method.
    m_ws->reopen();
    const V2momSheet readRep = *(*m_ws)->v2moms().sheetFor(rep, 2026);
    QCOMPARE(readRep.methods[0].parentMethodId, removed.id);
    const auto refs = (*m_ws)->v2moms().methods({removed.id, kept.id});
    QVERIFY(refs.value(removed.id).removed);
    QCOMPARE(refs.value(removed.id).title, removed.title);
    QVERIFY(!refs.value(kept.id).removed);

    const MeasureEvaluator evaluator = MeasureEvaluator::of(**m_ws, QTimeZone::utc());
    const V2momCascade cascade = V2momCascade::load(**m_ws, evaluator, boss, 2026, QDate(2026, 11, 16));
    QCOMPARE(cascade.methods.size(), 2);
    QCOMPARE(cascade.methods[0].method.id, kept.id);
    QCOMPARE(cascade.methods[0].supporters.size(), 1);
    QCOMPARE(cascade.methods[0].supporters[0].method.title, QStringLiteral("Pilot with two banks"));
    QVERIFY(cascade.methods[1].unsupported()); // "Hire two SEs"
    QCOMPARE(cascade.unlinked.size(), 1);
    QCOMPARE(cascade.unlinked[0].reason, UnlinkedReason::LinkRemoved);
    QCOMPARE(cascade.unlinked[0].linkedTitle, removed.title);
    QCOMPARE(cascade.unlinked[0].support.method.title, QStringLiteral("Prospect 40 banks"));

    V2momMarkdown::SheetContext context;
    context.ownerName = QStringLiteral("Ria Rep");
    context.managerName = QStringLiteral("Bo Boss");
    context.links = refs;
    const QString md = V2momMarkdown::sheet(readRep, context, QLocale::c());
    QVERIFY(md.contains(QStringLiteral("1. **Prospect 40 banks**\n   - _Linked method was removed_\n")));
    QVERIFY(md.contains(QStringLiteral("2. **Pilot with two banks**\n   - Supports: Run a pilot programme\n")));

    // Removing the manager's whole sheet leaves the other link removed too.
    (*m_ws)->v2momService().remove(managerSheet.id);
    QVERIFY((*m_ws)->v2moms().methods({kept.id}).value(kept.id).removed);
}

void TestV2momService::removeMethodClearsLinksInsideTheSheet()
{
    const QString id = addOwner(QStringLiteral("Rita"));
    V2momSheet sheet = fullSheet(id);
    const QString pilot = sheet.methods[1].id;
    sheet.removeMethod(pilot);
    QCOMPARE(sheet.obstacles[0].methodId, QString());
    const V2momSheet stored = (*m_ws)->v2momService().save(sheet);
    QCOMPARE(stored.methods.size(), 2);
    QCOMPARE(stored.obstacles[0].methodId, QString());
}

void TestV2momService::removeAndRevive()
{
    const QString id = addOwner(QStringLiteral("Rita"));
    const V2momSheet sheet = fullSheet(id);
    const V2momSheet removed = (*m_ws)->v2momService().remove(sheet.id);
    QVERIFY(removed.sameContent(sheet));
    QVERIFY(!(*m_ws)->v2moms().sheetFor(id, 2026));
    // Undo of the removal: the same document comes back with all its rows.
    const V2momSheet revived = (*m_ws)->v2momService().save(removed);
    QVERIFY(revived.sameContent(sheet));
    m_ws->reopen();
    QVERIFY((*m_ws)->v2moms().sheetFor(id, 2026)->sameContent(sheet));
}

void TestV2momService::snapshotKeepsSheetAndValues()
{
    const QString id = addOwner(QStringLiteral("Rita"));
    V2momSheet sheet = fullSheet(id);
    // One deal of 250,000 USD won in March gives the bound measure a value.
    Deal deal = DealBuilder().owner(id).amount(25000000).stage(6).build();
    deal.createdAt = QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC);
    deal.wonAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    (*m_ws)->deals().insert(deal);

    const V2momSnapshot taken =
        (*m_ws)->v2momService().takeSnapshot(sheet.id, QStringLiteral("Mid-year"), QTimeZone::utc());
    QCOMPARE(taken.measureValues.value(sheet.measures[0].id), 250000.0);
    QCOMPARE(taken.takenAt, m_ws->clock().nowUtc());

    sheet.values[0].text = QStringLiteral("Outcomes over output");
    (*m_ws)->v2momService().save(sheet);
    m_ws->reopen();
    const QList<V2momSnapshot> snapshots = (*m_ws)->v2moms().snapshots(sheet.id);
    QCOMPARE(snapshots.size(), 1);
    QCOMPARE(snapshots[0].title, QStringLiteral("Mid-year"));
    QCOMPARE(snapshots[0].sheet.values[0].text, QStringLiteral("Customer outcomes first"));
    QVERIFY(snapshots[0].sheet.sameContent(taken.sheet));
    QCOMPARE(snapshots[0].measureValues, taken.measureValues);

    // Undo and redo of the snapshot.
    (*m_ws)->v2momService().removeSnapshot(taken.id);
    QCOMPARE((*m_ws)->v2moms().snapshots(sheet.id).size(), 0);
    (*m_ws)->v2momService().restoreSnapshot(snapshots[0]);
    QCOMPARE((*m_ws)->v2moms().snapshots(sheet.id), snapshots);
}

void TestV2momService::entriesPersist()
{
    const QString id = addOwner(QStringLiteral("Rita"));
    V2momSheet sheet = fullSheet(id);
    V2momMeasure manual;
    manual.name = QStringLiteral("Customer workshops");
    manual.target = 12;
    manual.dueDate = QDate(2026, 12, 31);
    manual.entries = {MeasureEntry{{}, QDate(2026, 3, 5), 2, QStringLiteral("Acme, Globex")},
                      MeasureEntry{{}, QDate(2026, 6, 9), 1.5, {}}};
    sheet.measures.append(manual);
    sheet = (*m_ws)->v2momService().save(sheet);
    sheet.measures[1].entries.removeFirst();
    (*m_ws)->v2momService().save(sheet);
    m_ws->reopen();
    const V2momSheet read = *(*m_ws)->v2moms().sheetFor(id, 2026);
    QCOMPARE(read.measures[1].entries.size(), 1);
    QCOMPARE(read.measures[1].entries[0].value, 1.5);
    QCOMPARE(read.measures[1].entries[0].date, QDate(2026, 6, 9));
    QVERIFY(read.sameContent(sheet));
}

QTEST_GUILESS_MAIN(TestV2momService)
#include "TestV2momService.moc"
