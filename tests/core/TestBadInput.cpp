// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input everywhere a person types (issue 10): names and free text, amounts and dates,
// through every service that takes them. Each value is either refused (InvalidInput,
// nothing stored) or stored and read back exactly, after the file was closed and reopened.
#include "RepFixture.h"

#include "core/domain/FiscalYear.h"
#include "core/services/AccountPlanService.h"
#include "core/services/DealService.h"
#include "core/services/InteractionService.h"
#include "core/services/StrategySheetService.h"
#include "core/services/V2momService.h"
#include "core/storage/AccountPlanRepository.h"
#include "core/storage/DealRepository.h"
#include "core/storage/InteractionRepository.h"
#include "core/storage/StorageError.h"
#include "core/storage/StrategySheetRepository.h"
#include "core/storage/V2momRepository.h"
#include "core/workspace/Workspace.h"
#include "tests/support/TempWorkspace.h"

#include <QTest>

#include <functional>
#include <limits>

namespace {
// One field of one service: how to store a value and how to read it back.
template <typename Value>
struct Field
{
    QString name;
    bool accepted = false;
    std::function<void(Workspace&, const Value&)> store;
    std::function<Value(Workspace&)> read;
};

// Ids of the rows every field writes into.
struct Rows
{
    QString owner;
    QString account;
    QString deal;
    QString interaction;
    QString v2mom;
};

Rows makeRows(TempWorkspace& workspace)
{
    Rows rows;
    rows.owner = RepFixture::owner(*workspace, QStringLiteral("Rep"));
    rows.account = RepFixture::account(*workspace, QStringLiteral("Acme"));
    rows.deal = RepFixture::deal(*workspace, QStringLiteral("Deal"), rows.owner, rows.account).id;
    rows.interaction =
        workspace->interactionService()
            .create(RepFixture::interaction(rows.owner, QDateTime(QDate(2026, 11, 16), QTime(10, 0)), rows.deal))
            .id;
    workspace->strategySheetService().create(rows.deal);
    AccountPlan plan;
    plan.accountId = rows.account;
    workspace->accountPlanService().save(plan);
    V2momSheet sheet = workspace->v2momService().create(rows.owner, FiscalYear::containing(QDate(2026, 6, 1), 1));
    V2momMeasure measure;
    measure.name = QStringLiteral("Visits");
    measure.target = 10;
    measure.dueDate = QDate(2026, 12, 31);
    sheet.measures.append(measure);
    rows.v2mom = workspace->v2momService().save(sheet).id;
    return rows;
}

// Stores `value` through `field`; checks it was refused or comes back exactly after a reopen.
template <typename Value>
void check(TempWorkspace& workspace, const Field<Value>& field, const Value& value)
{
    const Value before = field.read(*workspace);
    bool refused = false;
    try {
        field.store(*workspace, value);
    } catch (const StorageError& error) {
        QVERIFY2(error.kind() == StorageError::Kind::InvalidInput, qPrintable(field.name + u": " + error.message()));
        QVERIFY2(!error.message().isEmpty(), qPrintable(field.name));
        refused = true;
    }
    QVERIFY2(refused != field.accepted,
             qPrintable(field.name + (field.accepted ? QStringLiteral(" refused") : QStringLiteral(" accepted"))));
    workspace.reopen();
    QVERIFY2(field.read(*workspace) == (refused ? before : value), qPrintable(field.name + u" read back differs"));
}
} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT
private slots:
    void text_data();
    void text();
    void amounts_data();
    void amounts();
    void dates_data();
    void dates();
};

void TestBadInput::text_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("dealNameAccepted");
    QTest::addColumn<bool>("freeTextAccepted");
    QTest::newRow("empty") << QString() << false << true;
    QTest::newRow("blank") << QStringLiteral("   ") << false << true;
    QTest::newRow("500 characters") << QString(500, u'x') << true << true;
    QTest::newRow("10k characters") << QString(10000, u'y') << false << true;
    QTest::newRow("100k characters") << QString(100000, u'z') << false << true;
    QTest::newRow("100k + 1 characters") << QString(100001, u'z') << false << false;
    QTest::newRow("right to left") << QStringLiteral("شركة الأمل للتجارة — עסקה") << true << true;
    QTest::newRow("emoji") << QStringLiteral("🚀 Launch 👩🏽‍💼 deal") << true << true;
    QTest::newRow("SQL") << QStringLiteral("Robert'); DROP TABLE deals;--") << true << true;
    QTest::newRow("quotes and percent") << QStringLiteral("50% \"off\" _ \\ '%'") << true << true;
    QTest::newRow("control characters") << QStringLiteral("tab\there\nnew line\r\n") << true << true;
    QTest::newRow("combining and zero width") << QStringLiteral("Cafe\u0301\u200b") << true << true;
}

void TestBadInput::text()
{
    QFETCH(QString, value);
    QFETCH(bool, dealNameAccepted);
    QFETCH(bool, freeTextAccepted);
    TempWorkspace workspace;
    const Rows rows = makeRows(workspace);
    const QList<Field<QString>> fields = {
        {QStringLiteral("deal name"),
         dealNameAccepted,
         [&](Workspace& w, const QString& v) {
             Deal deal = w.deals().deal(rows.deal).value();
             deal.name = v;
             w.dealService().update(deal);
         },
         [&](Workspace& w) {
             return w.deals().deal(rows.deal)->name;
         }},
        {QStringLiteral("deal note"),
         freeTextAccepted,
         [&](Workspace& w, const QString& v) {
             Deal deal = w.deals().deal(rows.deal).value();
             deal.lostNote = v;
             w.dealService().update(deal);
         },
         [&](Workspace& w) {
             return w.deals().deal(rows.deal)->lostNote;
         }},
        {QStringLiteral("interaction next step"),
         freeTextAccepted,
         [&](Workspace& w, const QString& v) {
             Interaction interaction = w.interactions().interaction(rows.interaction).value();
             interaction.nextStep = v;
             w.interactionService().update(interaction);
         },
         [&](Workspace& w) {
             return w.interactions().interaction(rows.interaction)->nextStep;
         }},
        {QStringLiteral("strategy objective"),
         freeTextAccepted,
         [&](Workspace& w, const QString& v) {
             StrategySheet sheet = w.strategySheets().forDeal(rows.deal).value();
             sheet.objective = v;
             w.strategySheetService().save(sheet);
         },
         [&](Workspace& w) {
             return w.strategySheets().forDeal(rows.deal)->objective;
         }},
        {QStringLiteral("account plan goals"),
         freeTextAccepted,
         [&](Workspace& w, const QString& v) {
             AccountPlan plan = w.accountPlans().forAccount(rows.account).value();
             plan.goals = v;
             w.accountPlanService().save(plan);
         },
         [&](Workspace& w) {
             return w.accountPlans().forAccount(rows.account)->goals;
         }},
        {QStringLiteral("V2MOM vision"),
         freeTextAccepted,
         [&](Workspace& w, const QString& v) {
             V2momSheet sheet = w.v2moms().sheet(rows.v2mom).value();
             sheet.vision = v;
             w.v2momService().save(sheet);
         },
         [&](Workspace& w) {
             return w.v2moms().sheet(rows.v2mom)->vision;
         }},
    };
    for (const auto& field : fields) {
        check(workspace, field, value);
        if (QTest::currentTestFailed()) {
            return;
        }
    }
}

void TestBadInput::amounts_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("negative") << qint64(-1) << false;
    QTest::newRow("zero") << qint64(0) << true;
    QTest::newRow("one cent") << qint64(1) << true;
    QTest::newRow("ten billion") << qint64(1'000'000'000'000LL) << true;
    QTest::newRow("ten billion and a cent") << qint64(1'000'000'000'001LL) << false;
    QTest::newRow("largest 64-bit") << std::numeric_limits<qint64>::max() << false;
    QTest::newRow("smallest 64-bit") << std::numeric_limits<qint64>::min() << false;
}

void TestBadInput::amounts()
{
    QFETCH(qint64, minor);
    QFETCH(bool, accepted);
    TempWorkspace workspace;
    const Rows rows = makeRows(workspace);
    const QList<Field<qint64>> fields = {
        {QStringLiteral("deal amount"),
         accepted,
         [&](Workspace& w, const qint64& v) {
             Deal deal = w.deals().deal(rows.deal).value();
             deal.amount.minor = v;
             w.dealService().update(deal);
         },
         [&](Workspace& w) {
             return w.deals().deal(rows.deal)->amount.minor;
         }},
        {QStringLiteral("strategy objective amount"),
         accepted,
         [&](Workspace& w, const qint64& v) {
             StrategySheet sheet = w.strategySheets().forDeal(rows.deal).value();
             sheet.objectiveAmountMinor = v;
             w.strategySheetService().save(sheet);
         },
         [&](Workspace& w) {
             return w.strategySheets().forDeal(rows.deal)->objectiveAmountMinor.value_or(-7);
         }},
        {QStringLiteral("account revenue target"),
         accepted,
         [&](Workspace& w, const qint64& v) {
             AccountPlan plan = w.accountPlans().forAccount(rows.account).value();
             RevenueTarget target;
             target.year = 2027;
             target.currency = QStringLiteral("EUR");
             target.targetMinor = v;
             plan.revenueTargets = {target};
             w.accountPlanService().save(plan);
         },
         [&](Workspace& w) {
             const AccountPlan plan = w.accountPlans().forAccount(rows.account).value();
             return plan.revenueTargets.isEmpty() ? qint64(-7) : plan.revenueTargets.constFirst().targetMinor;
         }},
    };
    for (const auto& field : fields) {
        check(workspace, field, minor);
        if (QTest::currentTestFailed()) {
            return;
        }
    }
}

void TestBadInput::dates_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("dealAccepted");  // close dates: 1970 to 2200
    QTest::addColumn<bool>("otherAccepted"); // every other date: 1900 to 2200
    QTest::newRow("year 1") << QDate(1, 1, 1) << false << false;
    QTest::newRow("44 BC") << QDate(-44, 3, 15) << false << false;
    QTest::newRow("1899-12-31") << QDate(1899, 12, 31) << false << false;
    QTest::newRow("1900-01-01") << QDate(1900, 1, 1) << false << true;
    QTest::newRow("1970-01-01") << QDate(1970, 1, 1) << true << true;
    QTest::newRow("29 February 2028") << QDate(2028, 2, 29) << true << true;
    QTest::newRow("2200-12-31") << QDate(2200, 12, 31) << true << true;
    QTest::newRow("2201-01-01") << QDate(2201, 1, 1) << false << false;
    QTest::newRow("9999-12-31") << QDate(9999, 12, 31) << false << false;
}

void TestBadInput::dates()
{
    QFETCH(QDate, date);
    QFETCH(bool, dealAccepted);
    QFETCH(bool, otherAccepted);
    TempWorkspace workspace;
    const Rows rows = makeRows(workspace);
    const QList<Field<QDate>> fields = {
        {QStringLiteral("deal close date"),
         dealAccepted,
         [&](Workspace& w, const QDate& v) {
             Deal deal = w.deals().deal(rows.deal).value();
             deal.expectedCloseDate = v;
             w.dealService().update(deal);
         },
         [&](Workspace& w) {
             return w.deals().deal(rows.deal)->expectedCloseDate;
         }},
        {QStringLiteral("interaction next step date"),
         otherAccepted,
         [&](Workspace& w, const QDate& v) {
             Interaction interaction = w.interactions().interaction(rows.interaction).value();
             interaction.nextStepDate = v;
             w.interactionService().update(interaction);
         },
         [&](Workspace& w) {
             return w.interactions().interaction(rows.interaction)->nextStepDate;
         }},
        {QStringLiteral("interaction time"),
         otherAccepted,
         [&](Workspace& w, const QDate& v) {
             Interaction interaction = w.interactions().interaction(rows.interaction).value();
             interaction.scheduledAt = QDateTime(v, QTime(9, 30), Qt::UTC);
             w.interactionService().update(interaction);
         },
         [&](Workspace& w) {
             return w.interactions().interaction(rows.interaction)->scheduledAt.toUTC().date();
         }},
        {QStringLiteral("strategy objective date"),
         otherAccepted,
         [&](Workspace& w, const QDate& v) {
             StrategySheet sheet = w.strategySheets().forDeal(rows.deal).value();
             sheet.objectiveBy = v;
             w.strategySheetService().save(sheet);
         },
         [&](Workspace& w) {
             return w.strategySheets().forDeal(rows.deal)->objectiveBy;
         }},
        {QStringLiteral("V2MOM measure due date"),
         otherAccepted,
         [&](Workspace& w, const QDate& v) {
             V2momSheet sheet = w.v2moms().sheet(rows.v2mom).value();
             sheet.measures.first().dueDate = v;
             sheet.measures.first().startDate = v;
             w.v2momService().save(sheet);
         },
         [&](Workspace& w) {
             return w.v2moms().sheet(rows.v2mom)->measures.constFirst().dueDate;
         }},
    };
    for (const auto& field : fields) {
        check(workspace, field, date);
        if (QTest::currentTestFailed()) {
            return;
        }
    }
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "TestBadInput.moc"
