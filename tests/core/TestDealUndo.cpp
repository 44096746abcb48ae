// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/DefaultPipeline.h"
#include "core/services/DealService.h"
#include "core/storage/DealRepository.h"
#include "tests/support/DealBuilder.h"
#include "tests/support/TempWorkspace.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

namespace {
// The deal row as text, every column but updated_at (which an undo moves forward on purpose,
// see DealService::revert), read past the code under test.
QString dealRow(Workspace& workspace, const QString& id)
{
    QSqlQuery query(workspace.database().connection());
    query.prepare(QStringLiteral("SELECT * FROM deals WHERE id = ?"));
    query.addBindValue(id);
    query.exec();
    if (!query.next()) {
        return QStringLiteral("<missing>");
    }
    QStringList fields;
    for (int i = 0; i < query.record().count(); ++i) {
        if (query.record().fieldName(i) != QLatin1String("updated_at")) {
            fields.append(query.record().fieldName(i) + u'=' +
                          (query.isNull(i) ? QStringLiteral("<null>") : query.value(i).toString()));
        }
    }
    return fields.join(u'|');
}

// The non-deleted history rows, all columns but updated_at, in time order.
QStringList visibleEvents(Workspace& workspace, const QString& dealId)
{
    QSqlQuery query(workspace.database().connection());
    query.prepare(QStringLiteral("SELECT id, deal_id, occurred_at, field, old_value, new_value, created_at, deleted "
                                 "FROM deal_events WHERE deal_id = ? AND deleted = 0 ORDER BY occurred_at, id"));
    query.addBindValue(dealId);
    query.exec();
    QStringList rows;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < 8; ++i) {
            fields.append(query.isNull(i) ? QStringLiteral("<null>") : query.value(i).toString());
        }
        rows.append(fields.join(u'|'));
    }
    return rows;
}

QString stageId(int index)
{
    return DefaultPipeline::stageIds().at(index);
}
} // namespace

class TestDealUndo : public QObject
{
    Q_OBJECT
private slots:
    void undoRedoOfMoves_data();
    void undoRedoOfMoves();
    void undoRedoOfAnEdit();
    void undoRedoOfACreation();
};

void TestDealUndo::undoRedoOfMoves_data()
{
    QTest::addColumn<int>("target");
    QTest::addRow("next stage") << 2;
    QTest::addRow("back a stage") << 0;
    QTest::addRow("won") << 6;
    QTest::addRow("lost") << 7;
}

void TestDealUndo::undoRedoOfMoves()
{
    QFETCH(int, target);
    TempWorkspace ws;
    const Deal deal = ws->dealService().create(DealBuilder().stage(1).build());
    ws.clock().advanceDays(3);
    const QString rowBefore = dealRow(*ws, deal.id);
    const QStringList eventsBefore = visibleEvents(*ws, deal.id);

    MoveDetails details;
    details.lostReason = LostReason::Timing;
    details.competitor = QStringLiteral("Globex");
    details.wonAmount = Money{123456, QStringLiteral("USD")};
    const DealChange change = ws->dealService().move(deal.id, stageId(target), details);
    QVERIFY(!change.eventIds.isEmpty());
    const QString rowAfter = dealRow(*ws, deal.id);
    const QStringList eventsAfter = visibleEvents(*ws, deal.id);
    QVERIFY(rowAfter != rowBefore);
    QCOMPARE(eventsAfter.size(), eventsBefore.size() + change.eventIds.size());

    ws.clock().advanceSeconds(30);
    ws->dealService().revert(change);
    QCOMPARE(dealRow(*ws, deal.id), rowBefore);
    QCOMPARE(visibleEvents(*ws, deal.id), eventsBefore);

    ws.clock().advanceSeconds(30);
    ws->dealService().reapply(change);
    QCOMPARE(dealRow(*ws, deal.id), rowAfter);
    QCOMPARE(visibleEvents(*ws, deal.id), eventsAfter);

    ws->dealService().revert(change); // and undo once more
    QCOMPARE(dealRow(*ws, deal.id), rowBefore);
    QCOMPARE(visibleEvents(*ws, deal.id), eventsBefore);
}

void TestDealUndo::undoRedoOfAnEdit()
{
    TempWorkspace ws;
    const Deal deal = ws->dealService().create(DealBuilder().stage(3).build());
    const QString rowBefore = dealRow(*ws, deal.id);
    const QStringList eventsBefore = visibleEvents(*ws, deal.id);
    ws.clock().advanceDays(1);
    Deal edited = deal;
    edited.name = QStringLiteral("Renamed");
    edited.amount = Money{999, QStringLiteral("EUR")};
    edited.expectedCloseDate = QDate(2027, 2, 1);
    const DealChange change = ws->dealService().update(edited);
    QCOMPARE(change.eventIds.size(), 3); // amount, currency, close date
    const QString rowAfter = dealRow(*ws, deal.id);
    const QStringList eventsAfter = visibleEvents(*ws, deal.id);
    ws->dealService().revert(change);
    QCOMPARE(dealRow(*ws, deal.id), rowBefore);
    QCOMPARE(visibleEvents(*ws, deal.id), eventsBefore);
    ws->dealService().reapply(change);
    QCOMPARE(dealRow(*ws, deal.id), rowAfter);
    QCOMPARE(visibleEvents(*ws, deal.id), eventsAfter);
}

void TestDealUndo::undoRedoOfACreation()
{
    TempWorkspace ws;
    const Deal deal = ws->dealService().create(DealBuilder().build());
    const QString row = dealRow(*ws, deal.id);
    ws->dealService().remove(deal.id);
    QVERIFY(!ws->deals().deal(deal.id).has_value());
    ws->dealService().restore(deal.id);
    QCOMPARE(dealRow(*ws, deal.id), row);
    QCOMPARE(*ws->deals().deal(deal.id), deal);
}

QTEST_GUILESS_MAIN(TestDealUndo)
#include "TestDealUndo.moc"
