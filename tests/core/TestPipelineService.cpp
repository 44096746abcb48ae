// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/DefaultPipeline.h"
#include "core/services/DealService.h"
#include "core/services/PipelineService.h"
#include "core/storage/PipelineRepository.h"
#include "core/storage/StorageError.h"
#include "core/workspace/WorkspaceEvents.h"
#include "tests/support/DealBuilder.h"
#include "tests/support/TempWorkspace.h"

#include <QSignalSpy>
#include <QTest>

namespace {
QString stageId(int index)
{
    return DefaultPipeline::stageIds().at(index);
}

QString pipelineId()
{
    return QString::fromLatin1(DefaultPipeline::pipelineId);
}

// "name:order" of every stage, as stored.
QStringList layout(Workspace& workspace, const QString& pipeline = pipelineId())
{
    QStringList result;
    const Pipeline stored = *workspace.pipelines().pipeline(pipeline);
    for (const Stage& stage : stored.stages) {
        result.append(QStringLiteral("%1:%2").arg(stage.name).arg(stage.order));
    }
    return result;
}
} // namespace

class TestPipelineService : public QObject
{
    Q_OBJECT
private slots:
    void stageFieldsAreStoredAndAnnounced();
    void addStageGoesAfterTheLastOpenStage();
    void moveStageRenumbers();
    void badInputIsRefused_data();
    void badInputIsRefused();
    void stageWithDealsCannotBeDeleted();
    void addAndRemovePipeline();
};

void TestPipelineService::stageFieldsAreStoredAndAnnounced()
{
    TempWorkspace ws;
    QSignalSpy changed(&ws->events(), &WorkspaceEvents::pipelinesChanged);
    PipelineService& service = ws->pipelineService();
    service.renameStage(stageId(2), QStringLiteral("  Pain confirmed "));
    service.setProbability(stageId(2), 30);
    service.setMilestone(stageId(2), QStringLiteral("Customer wrote down the cost of the problem"));
    service.setRottingDays(stageId(2), 10);
    QCOMPARE(changed.size(), 4);
    const Stage stage = *ws->pipelines().stage(stageId(2));
    QCOMPARE(stage.name, QStringLiteral("Pain confirmed"));
    QCOMPARE(stage.probability, 30);
    QCOMPARE(stage.milestone, QStringLiteral("Customer wrote down the cost of the problem"));
    QCOMPARE(stage.rottingDays, 10);
}

void TestPipelineService::addStageGoesAfterTheLastOpenStage()
{
    TempWorkspace ws;
    const Stage stage = ws->pipelineService().addStage(pipelineId(), QStringLiteral("Legal review"));
    QVERIFY(stage.isOpen());
    QCOMPARE(layout(*ws),
             (QStringList{QStringLiteral("Lead:1"),
                          QStringLiteral("Qualified:2"),
                          QStringLiteral("Needs confirmed:3"),
                          QStringLiteral("Solution / POC:4"),
                          QStringLiteral("Proposal:5"),
                          QStringLiteral("Negotiation:6"),
                          QStringLiteral("Legal review:7"),
                          QStringLiteral("Won:8"),
                          QStringLiteral("Lost:9")}));
}

void TestPipelineService::moveStageRenumbers()
{
    TempWorkspace ws;
    ws->pipelineService().moveStage(stageId(4), 1); // Proposal becomes second
    QCOMPARE(layout(*ws),
             (QStringList{QStringLiteral("Lead:1"),
                          QStringLiteral("Proposal:2"),
                          QStringLiteral("Qualified:3"),
                          QStringLiteral("Needs confirmed:4"),
                          QStringLiteral("Solution / POC:5"),
                          QStringLiteral("Negotiation:6"),
                          QStringLiteral("Won:7"),
                          QStringLiteral("Lost:8")}));
    ws->pipelineService().moveStage(stageId(0), 5); // Lead last of the open stages
    QCOMPARE(layout(*ws).at(5), QStringLiteral("Lead:6"));
    QCOMPARE(layout(*ws).at(6), QStringLiteral("Won:7"));
}

void TestPipelineService::badInputIsRefused_data()
{
    QTest::addColumn<int>("operation");
    QTest::addRow("empty name") << 0;
    QTest::addRow("probability above 100") << 1;
    QTest::addRow("negative probability") << 2;
    QTest::addRow("negative rotting days") << 3;
    QTest::addRow("move won") << 4;
    QTest::addRow("move beyond the open stages") << 5;
    QTest::addRow("delete lost") << 6;
    QTest::addRow("unknown stage") << 7;
}

void TestPipelineService::badInputIsRefused()
{
    QFETCH(int, operation);
    TempWorkspace ws;
    const QStringList before = layout(*ws);
    QSignalSpy changed(&ws->events(), &WorkspaceEvents::pipelinesChanged);
    PipelineService& service = ws->pipelineService();
    try {
        switch (operation) {
        case 0:
            service.renameStage(stageId(0), QStringLiteral("   "));
            break;
        case 1:
            service.setProbability(stageId(0), 101);
            break;
        case 2:
            service.setProbability(stageId(0), -1);
            break;
        case 3:
            service.setRottingDays(stageId(0), -1);
            break;
        case 4:
            service.moveStage(stageId(6), 0);
            break;
        case 5:
            service.moveStage(stageId(0), 6);
            break;
        case 6:
            service.removeStage(stageId(7));
            break;
        default:
            service.renameStage(QStringLiteral("nope"), QStringLiteral("x"));
            break;
        }
        QFAIL("not refused");
    } catch (const StorageError& error) {
        QCOMPARE(error.kind(), StorageError::Kind::InvalidInput);
        QVERIFY(!error.message().isEmpty());
    }
    QCOMPARE(layout(*ws), before);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(ws->pipelines().stage(stageId(0))->probability, 5);
}

void TestPipelineService::stageWithDealsCannotBeDeleted()
{
    TempWorkspace ws;
    const Deal deal = ws->dealService().create(DealBuilder().stage(2).build());
    QVERIFY_THROWS_EXCEPTION(StorageError, ws->pipelineService().removeStage(stageId(2)));
    QVERIFY(ws->pipelines().stage(stageId(2)).has_value());
    ws->dealService().move(deal.id, stageId(3));
    ws->pipelineService().removeStage(stageId(2));
    QVERIFY(!ws->pipelines().stage(stageId(2)).has_value());
    QCOMPARE(layout(*ws).at(2), QStringLiteral("Solution / POC:3"));
}

void TestPipelineService::addAndRemovePipeline()
{
    TempWorkspace ws;
    QVERIFY_THROWS_EXCEPTION(StorageError, ws->pipelineService().removePipeline(pipelineId())); // the only one
    const Pipeline added = ws->pipelineService().addPipeline(QStringLiteral("Renewals"));
    QCOMPARE(added.stages.size(), 8);
    QVERIFY(added.wonStage() && added.lostStage());
    for (const Stage& stage : added.stages) {
        QVERIFY(!DefaultPipeline::stageIds().contains(stage.id));
    }
    QCOMPARE(ws->pipelines().pipelines().size(), 2);
    ws->pipelineService().renamePipeline(added.id, QStringLiteral("Renewals 2027"));
    QCOMPARE(ws->pipelines().pipeline(added.id)->name, QStringLiteral("Renewals 2027"));

    Deal deal = DealBuilder().build();
    deal.pipelineId = added.id;
    deal.stageId = added.stages.first().id;
    deal = ws->dealService().create(deal);
    QVERIFY_THROWS_EXCEPTION(StorageError, ws->pipelineService().removePipeline(added.id));
    ws->dealService().remove(deal.id);
    ws->pipelineService().removePipeline(added.id);
    QCOMPARE(ws->pipelines().pipelines().size(), 1);
}

QTEST_GUILESS_MAIN(TestPipelineService)
#include "TestPipelineService.moc"
