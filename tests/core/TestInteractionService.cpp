// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Behaviour-table edits through the service (validation, review stamp, remove and restore,
// events) and the filtered listing the table shows.
#include "RepFixture.h"

#include "core/services/InteractionService.h"
#include "core/storage/InteractionRepository.h"
#include "core/storage/StorageError.h"
#include "core/workspace/WorkspaceEvents.h"
#include "tests/support/TempWorkspace.h"

#include <QSignalSpy>
#include <QTest>

class TestInteractionService : public QObject
{
    Q_OBJECT
private slots:
    void createUpdateRemoveRestore();
    void reviewTimeIsStampedOnce();
    void invalidInputIsRefused_data();
    void invalidInputIsRefused();
    void listFilters_data();
    void listFilters();
    void listCarriesNames();
};

void TestInteractionService::createUpdateRemoveRestore()
{
    TempWorkspace ws;
    QSignalSpy spy(&ws->events(), &WorkspaceEvents::interactionsChanged);
    const QString ann = RepFixture::owner(*ws, QStringLiteral("Ann"));
    Interaction draft = RepFixture::interaction(ann, QDateTime(QDate(2026, 11, 20), QTime(10, 0)));
    draft.id = QStringLiteral("00000000-0000-4000-8000-0000000000a1"); // kept, for a redo
    const Interaction created = ws->interactionService().create(draft);
    QCOMPARE(created.id, draft.id);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toStringList(), QStringList{draft.id});

    Interaction edited = created;
    edited.objectiveBest = QStringLiteral("Agree to a technical workshop with IT");
    edited.ratings.questioning = 4;
    const Interaction before = ws->interactionService().update(edited);
    QCOMPARE(before.objectiveBest, QString());
    QCOMPARE(ws->interactions().interaction(draft.id)->ratings.questioning, std::optional<int>(4));

    const Interaction removed = ws->interactionService().remove(draft.id);
    QCOMPARE(removed.objectiveBest, edited.objectiveBest);
    QVERIFY(!ws->interactions().interaction(draft.id));
    ws->interactionService().restore(removed);
    const std::optional<Interaction> back = ws->interactions().interaction(draft.id);
    QVERIFY(back);
    QCOMPARE(back->objectiveBest, edited.objectiveBest);
    QCOMPARE(spy.size(), 4);
    QVERIFY_THROWS_EXCEPTION(StorageError, ws->interactionService().remove(QStringLiteral("nope")));
}

void TestInteractionService::reviewTimeIsStampedOnce()
{
    TempWorkspace ws;
    Interaction i = ws->interactionService().create(RepFixture::interaction({}, ws.clock().nowUtc()));
    QVERIFY(!i.reviewedAt.isValid());
    i.outcome = InteractionOutcome::Partly;
    ws->interactionService().update(i);
    const QDateTime first = ws.clock().nowUtc();
    QCOMPARE(ws->interactions().interaction(i.id)->reviewedAt, first);
    ws.clock().advanceDays(1);
    i = *ws->interactions().interaction(i.id);
    i.outcome = InteractionOutcome::Yes;
    ws->interactionService().update(i);
    QCOMPARE(ws->interactions().interaction(i.id)->reviewedAt, first); // kept
    i.outcome = InteractionOutcome::NotReviewed;
    ws->interactionService().update(i);
    QVERIFY(!ws->interactions().interaction(i.id)->reviewedAt.isValid());
}

void TestInteractionService::invalidInputIsRefused_data()
{
    QTest::addColumn<bool>("withDate");
    QTest::addColumn<int>("rating");
    QTest::addRow("no date") << false << 3;
    QTest::addRow("rating 0") << true << 0;
    QTest::addRow("rating 6") << true << 6;
}

void TestInteractionService::invalidInputIsRefused()
{
    QFETCH(bool, withDate);
    QFETCH(int, rating);
    TempWorkspace ws;
    Interaction i = RepFixture::interaction({}, withDate ? ws.clock().nowUtc() : QDateTime());
    i.ratings.gainingCommitment = rating;
    try {
        ws->interactionService().create(i);
        QFAIL("must be refused");
    } catch (const StorageError& error) {
        QCOMPARE(error.kind(), StorageError::Kind::InvalidInput);
    }
    QVERIFY(ws->interactions().list({}).isEmpty());
}

void TestInteractionService::listFilters_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("expected");
    QTest::addRow("nothing") << QString() << 6;
    QTest::addRow("owner") << QStringLiteral("owner") << 4;
    QTest::addRow("owner and week") << QStringLiteral("owner week") << 2;
    QTest::addRow("deal") << QStringLiteral("deal") << 3;
    QTest::addRow("account") << QStringLiteral("account") << 2;
    QTest::addRow("type call") << QStringLiteral("type") << 1;
    QTest::addRow("outcome not reviewed") << QStringLiteral("unreviewed") << 3;
    QTest::addRow("outcome yes") << QStringLiteral("yes") << 2;
    QTest::addRow("limit") << QStringLiteral("limit") << 3;
}

void TestInteractionService::listFilters()
{
    QFETCH(QString, filter);
    QFETCH(int, expected);
    TempWorkspace ws;
    const QString ann = RepFixture::owner(*ws, QStringLiteral("Ann"));
    const QString ben = RepFixture::owner(*ws, QStringLiteral("Ben"));
    const QString acme = RepFixture::account(*ws, QStringLiteral("Acme"));
    const Deal deal = RepFixture::deal(*ws, QStringLiteral("Alpha"), ann, acme);
    const auto add = [&](const QString& owner,
                         int day,
                         const QString& dealId,
                         const QString& accountId,
                         InteractionType type,
                         InteractionOutcome outcome) {
        Interaction i = RepFixture::interaction(owner, QDateTime(QDate(2026, 11, day), QTime(10, 0)), dealId);
        i.accountId = accountId;
        i.type = type;
        i.outcome = outcome;
        ws->interactions().insert(i);
    };
    add(ann, 16, deal.id, acme, InteractionType::Visit, InteractionOutcome::Yes);
    add(ann, 18, deal.id, acme, InteractionType::Call, InteractionOutcome::NotReviewed);
    add(ann, 24, deal.id, {}, InteractionType::Visit, InteractionOutcome::NotReviewed);
    add(ann, 2, {}, {}, InteractionType::Email, InteractionOutcome::No);
    add(ben, 17, {}, {}, InteractionType::Visit, InteractionOutcome::Yes);
    add(ben, 19, {}, {}, InteractionType::Demo, InteractionOutcome::NotReviewed);
    const Interaction gone = ws->interactions().insert(RepFixture::interaction(ann, ws.clock().nowUtc()));
    ws->interactions().remove(gone.id);

    InteractionFilter f;
    if (filter.contains(QLatin1String("owner"))) {
        f.ownerId = ann;
    }
    if (filter.contains(QLatin1String("week"))) {
        f.from = QDateTime(QDate(2026, 11, 16), QTime(0, 0));
        f.to = QDateTime(QDate(2026, 11, 23), QTime(0, 0));
    }
    if (filter == QLatin1String("deal")) {
        f.dealId = deal.id;
    }
    if (filter == QLatin1String("account")) {
        f.accountId = acme;
    }
    if (filter == QLatin1String("type")) {
        f.type = InteractionType::Call;
    }
    if (filter == QLatin1String("unreviewed")) {
        f.outcome = InteractionOutcome::NotReviewed;
    }
    if (filter == QLatin1String("yes")) {
        f.outcome = InteractionOutcome::Yes;
    }
    if (filter == QLatin1String("limit")) {
        f.limit = 3;
    }
    const QList<InteractionListing> rows = ws->interactions().list(f);
    QCOMPARE(rows.size(), expected);
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QVERIFY(rows[i - 1].interaction.scheduledAt <= rows[i].interaction.scheduledAt);
    }
}

void TestInteractionService::listCarriesNames()
{
    TempWorkspace ws;
    const QString ann = RepFixture::owner(*ws, QStringLiteral("Ann"));
    const QString acme = RepFixture::account(*ws, QStringLiteral("Acme"));
    const QString zoe = RepFixture::contact(*ws, acme, QStringLiteral("Zoe"), OrgLevel::Staff);
    const QString adam = RepFixture::contact(*ws, acme, QStringLiteral("Adam"), OrgLevel::Executive);
    const Deal deal = RepFixture::deal(*ws, QStringLiteral("Alpha"), ann, acme);
    Interaction i = RepFixture::interaction(ann, ws.clock().nowUtc(), deal.id);
    i.accountId = acme;
    i.contactIds = {zoe, adam};
    ws->interactions().insert(i);
    ws->interactions().insert(RepFixture::interaction({}, ws.clock().nowUtc().addSecs(60))); // nobody's, no deal

    const QList<InteractionListing> rows = ws->interactions().list({});
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].ownerName, QStringLiteral("Ann"));
    QCOMPARE(rows[0].dealName, QStringLiteral("Alpha"));
    QCOMPARE(rows[0].accountName, QStringLiteral("Acme"));
    QCOMPARE(rows[0].interaction.contactIds.size(), 2);
    QStringList names = rows[0].contactNames;
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("Adam"), QStringLiteral("Zoe")}));
    // Names follow the ids pairwise.
    QCOMPARE(rows[0].contactNames.at(rows[0].interaction.contactIds.indexOf(zoe)), QStringLiteral("Zoe"));
    QCOMPARE(rows[1].ownerName, QString());
    QCOMPARE(rows[1].dealName, QString());
    QVERIFY(rows[1].contactNames.isEmpty());
}

QTEST_GUILESS_MAIN(TestInteractionService)
#include "TestInteractionService.moc"
