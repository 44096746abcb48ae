// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/headless/InfoCommand.h"
#include "core/domain/DefaultPipeline.h"
#include "core/services/DealService.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/InteractionRepository.h"
#include "core/storage/OwnerRepository.h"
#include "tests/support/CommandRun.h"
#include "tests/support/DealBuilder.h"
#include "tests/support/FileCrafting.h"
#include "tests/support/TempWorkspace.h"

#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

namespace {
CommandRun info(const QStringList& arguments)
{
    return runCommand(&InfoCommand::run, QStringLiteral("info"), arguments);
}
} // namespace

class TestInfoCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void jsonSummarisesTheWorkspace();
    void textIsReadableAndAligned();
    void badFilesFailWithOneLine_data();
    void badFilesFailWithOneLine();
    void badUsage_data();
    void badUsage();

private:
    TempWorkspace m_workspace;
};

void TestInfoCommand::initTestCase()
{
    // The text form formats through QLocale; the expectations below are written for en_US.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Workspace& ws = *m_workspace;
    Owner manager;
    manager.name = QStringLiteral("Mia Manager");
    manager.role = OwnerRole::Manager;
    manager = ws.owners().insert(manager);
    Owner rep;
    rep.name = QStringLiteral("Rick Rep");
    rep.managerId = manager.id;
    rep = ws.owners().insert(rep);

    Account acme;
    acme.name = QStringLiteral("Acme");
    acme = ws.accounts().insert(acme);
    Account beta;
    beta.name = QStringLiteral("Beta");
    beta = ws.accounts().insert(beta);
    for (const char* name : {"Carl", "Dora", "Eve"}) {
        Contact contact;
        contact.accountId = acme.id;
        contact.name = QString::fromLatin1(name);
        contact = ws.accounts().insertContact(contact);
        if (contact.name == QLatin1String("Eve")) {
            ws.accounts().removeContact(contact.id); // tombstoned: not counted
        }
    }

    DealService& deals = ws.dealService();
    deals.create(
        DealBuilder().name(QStringLiteral("A")).stage(0).amount(100000).owner(rep.id).account(acme.id).build());
    deals.create(DealBuilder().name(QStringLiteral("B")).stage(0).amount(250000).owner(rep.id).build());
    deals.create(DealBuilder().name(QStringLiteral("C")).stage(3).amount(50000).owner(rep.id).build());
    const Deal won =
        deals.create(DealBuilder().name(QStringLiteral("D")).stage(4).amount(80000, QStringLiteral("EUR")).build());
    const Deal lost = deals.create(DealBuilder().name(QStringLiteral("E")).stage(1).amount(30000).build());
    const Deal gone = deals.create(DealBuilder().name(QStringLiteral("F")).stage(2).amount(999).build());
    m_workspace.clock().advanceDays(3);
    // Won: stage, close date (to today) and forecast category change: 3 events.
    deals.move(won.id, DefaultPipeline::stageIds().at(6));
    // Lost: stage and forecast category: 2 events.
    MoveDetails why;
    why.lostReason = LostReason::Price;
    deals.move(lost.id, DefaultPipeline::stageIds().at(7), why);
    deals.remove(gone.id);

    for (int i = 0; i < 3; ++i) {
        Interaction interaction;
        interaction.ownerId = rep.id;
        interaction.accountId = acme.id;
        interaction.scheduledAt = QDateTime(QDate(2026, 11, 10 + i), QTime(10, 0), Qt::UTC);
        interaction = ws.interactions().insert(interaction);
        if (i == 2) {
            ws.interactions().remove(interaction.id);
        }
    }
    m_workspace.close();
}

void TestInfoCommand::jsonSummarisesTheWorkspace()
{
    const CommandRun run = info({QStringLiteral("--workspace"), m_workspace.path(), QStringLiteral("--json")});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.err, QString());
    QJsonParseError parseError;
    const QJsonDocument actual = QJsonDocument::fromJson(run.out.toUtf8(), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);

    const int version = FileCrafting::rawScalar(m_workspace.path(), QStringLiteral("PRAGMA user_version")).toInt();
    QVERIFY(version >= 1);
    const QByteArray expected = QByteArrayLiteral(R"({
        "schema_version": VERSION,
        "deals": {"open": 3, "won": 1, "lost": 1},
        "amounts_minor": {"open": {"USD": 400000}, "won": {"EUR": 80000}, "lost": {"USD": 30000}},
        "accounts": 2,
        "contacts": 2,
        "owners": 2,
        "interactions": 2,
        "deal_events": 11,
        "stages": [
            {"pipeline": "Sales pipeline", "name": "Lead", "open_deals": 2},
            {"pipeline": "Sales pipeline", "name": "Qualified", "open_deals": 0},
            {"pipeline": "Sales pipeline", "name": "Needs confirmed", "open_deals": 0},
            {"pipeline": "Sales pipeline", "name": "Solution / POC", "open_deals": 1},
            {"pipeline": "Sales pipeline", "name": "Proposal", "open_deals": 0},
            {"pipeline": "Sales pipeline", "name": "Negotiation", "open_deals": 0}
        ]
    })")
                                    .replace("VERSION", QByteArray::number(version));
    const QJsonDocument want = QJsonDocument::fromJson(expected, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(actual.object(), want.object());
}

void TestInfoCommand::textIsReadableAndAligned()
{
    const CommandRun run = info({QStringLiteral("--workspace"), m_workspace.path()});
    QCOMPARE(run.code, 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'));
    QVERIFY(lines.contains(QStringLiteral("Workspace:      Test")));
    QVERIFY(lines.contains(QStringLiteral("Open deals:     3")));
    QVERIFY(lines.contains(QStringLiteral("Open amount:    4,000.00 USD")));
    QVERIFY(lines.contains(QStringLiteral("Won amount:     800.00 EUR")));
    QVERIFY(lines.contains(QStringLiteral("Deal events:    11")));
    // Stage names padded to the longest, "Sales pipeline / Needs confirmed" (32) + 2, counts right-aligned in 8.
    QVERIFY(lines.contains(QStringLiteral("  Sales pipeline / Lead") + QString(13 + 7, QLatin1Char(' ')) +
                           QLatin1Char('2')));
    QVERIFY(lines.contains(QStringLiteral("  Sales pipeline / Solution / POC") + QString(3 + 7, QLatin1Char(' ')) +
                           QLatin1Char('1')));
}

void TestInfoCommand::badFilesFailWithOneLine_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addRow("missing") << QStringLiteral("missing");
    QTest::addRow("text file") << QStringLiteral("text");
    QTest::addRow("foreign SQLite") << QStringLiteral("foreign");
    QTest::addRow("newer version") << QStringLiteral("newer");
}

void TestInfoCommand::badFilesFailWithOneLine()
{
    QFETCH(QString, kind);
    const QString path = m_workspace.dir() + QStringLiteral("/bad-") + kind + QStringLiteral(".dealbench");
    if (kind == QLatin1String("text")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("name,amount\nAcme,100\n").repeated(200));
    } else if (kind == QLatin1String("foreign")) {
        FileCrafting::rawScalar(path, QStringLiteral("CREATE TABLE t (x)"));
    } else if (kind == QLatin1String("newer")) {
        QVERIFY(QFile::copy(m_workspace.path(), path));
        FileCrafting::rawScalar(path, QStringLiteral("PRAGMA user_version = 999"));
    }
    const QByteArray before = [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    const CommandRun run = info({QStringLiteral("--workspace"), path, QStringLiteral("--json")});
    QCOMPARE(run.code, 1);
    QCOMPARE(run.out, QString());
    QVERIFY(!run.err.trimmed().isEmpty());
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QVERIFY(run.err.endsWith(QLatin1Char('\n')));
    QFile after(path);
    QCOMPARE(after.open(QIODevice::ReadOnly) ? after.readAll() : QByteArray(), before);
    QCOMPARE(QFile::exists(path), kind != QLatin1String("missing"));
}

void TestInfoCommand::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("no workspace") << QStringList{QStringLiteral("--json")};
    QTest::addRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
    QTest::addRow("stray argument") << QStringList{
        QStringLiteral("--workspace"), QStringLiteral("a"), QStringLiteral("b")};
}

void TestInfoCommand::badUsage()
{
    QFETCH(QStringList, arguments);
    const CommandRun run = info(arguments);
    QCOMPARE(run.code, 2);
    QVERIFY(!run.err.isEmpty());
    QCOMPARE(run.out, QString());
}

QTEST_GUILESS_MAIN(TestInfoCommand)
#include "TestInfoCommand.moc"
