// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/headless/ImportCommand.h"
#include "app/headless/InfoCommand.h"
#include "tests/support/CommandRun.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {
CommandRun importFile(const QStringList& arguments)
{
    return runCommand(&ImportCommand::run, QStringLiteral("import"), arguments);
}

QJsonObject infoJson(const QString& workspace)
{
    QString text;
    QString errors;
    QTextStream out(&text);
    QTextStream err(&errors);
    const int code = InfoCommand::run(
        {QStringLiteral("info"), QStringLiteral("--workspace"), workspace, QStringLiteral("--json")}, out, err);
    out.flush();
    return code == 0 ? QJsonDocument::fromJson(text.toUtf8()).object() : QJsonObject();
}

QByteArray sha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(bytes);
    }
    return path;
}

// The Maven files have no quoted fields (checked below), so a plain split is an honest,
// independent reading of them.
QList<QStringList> plainRows(const QString& path)
{
    QFile file(path);
    QList<QStringList> rows;
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return rows;
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (!line.isEmpty()) {
            rows.append(line.split(u','));
        }
    }
    return rows;
}
} // namespace

class TestImportCommand final : public QObject
{
    Q_OBJECT

private slots:
    void mavenDatasetImportsCompletely()
    {
        const QString data = QStringLiteral(DEALBENCH_SHARED_DATA_DIR "/real/maven-crm-sales-opportunities");
        if (!QFileInfo::exists(data + QStringLiteral("/sales_pipeline.csv"))) {
            QSKIP("../shared/data is not beside the repository");
        }
        // Independent figures, straight from the CSV text.
        const QList<QStringList> pipeline = plainRows(data + QStringLiteral("/sales_pipeline.csv"));
        const QList<QStringList> teams = plainRows(data + QStringLiteral("/sales_teams.csv"));
        const QList<QStringList> accountRows = plainRows(data + QStringLiteral("/accounts.csv"));
        QCOMPARE(pipeline.size(), 8800);
        qint64 won = 0;
        qint64 lost = 0;
        qint64 open = 0;
        qint64 wonCents = 0;
        QSet<QString> owners;
        QSet<QString> accounts;
        for (const QStringList& row : pipeline) {
            QCOMPARE(row.size(), 8);
            owners.insert(row.at(1));
            if (!row.at(3).isEmpty()) {
                accounts.insert(row.at(3));
            }
            if (row.at(4) == QLatin1String("Won")) {
                ++won;
                wonCents += row.at(7).toLongLong() * 100;
            } else if (row.at(4) == QLatin1String("Lost")) {
                ++lost;
            } else {
                ++open;
            }
        }
        for (const QStringList& row : teams) {
            owners.insert(row.at(0));
            owners.insert(row.at(1));
        }
        for (const QStringList& row : accountRows) {
            accounts.insert(row.at(0));
        }

        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("maven.dealbench"));
        for (const QString& file : {QStringLiteral("sales_teams.csv"),
                                    QStringLiteral("accounts.csv"),
                                    QStringLiteral("sales_pipeline.csv")}) {
            const CommandRun run = importFile({QStringLiteral("--workspace"),
                                               workspace,
                                               QStringLiteral("--preset"),
                                               QStringLiteral("generic"),
                                               data + u'/' + file});
            QVERIFY2(run.code == 0, qPrintable(run.err));
        }
        const QJsonObject info = infoJson(workspace);
        QCOMPARE(info.value(QStringLiteral("deals")).toObject().value(QStringLiteral("won")).toInteger(), won);
        QCOMPARE(info.value(QStringLiteral("deals")).toObject().value(QStringLiteral("lost")).toInteger(), lost);
        QCOMPARE(info.value(QStringLiteral("deals")).toObject().value(QStringLiteral("open")).toInteger(), open);
        const QJsonObject amounts = info.value(QStringLiteral("amounts_minor")).toObject();
        QCOMPARE(amounts.value(QStringLiteral("won")).toObject().value(QStringLiteral("USD")).toInteger(), wonCents);
        QCOMPARE(info.value(QStringLiteral("owners")).toInteger(), qint64(owners.size()));
        QCOMPARE(info.value(QStringLiteral("accounts")).toInteger(), qint64(accounts.size()));
        QCOMPARE(won, 4238);
        QCOMPARE(wonCents, qint64(1000553400));
    }

    void refusedFileLeavesWorkspaceUnchanged_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("preset");
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0", 18) << QStringLiteral("generic");
        QTest::newRow("no known columns") << QByteArray("foo,bar\n1,2\n") << QStringLiteral("generic");
        QTest::newRow("header only") << QByteArray("Deal Name,Amount\n") << QStringLiteral("generic");
        QTest::newRow("wrong preset") << QByteArray("Deal Name,Amount\nA,10\n") << QStringLiteral("salesforce");
    }

    void refusedFileLeavesWorkspaceUnchanged()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, preset);
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("w.dealbench"));
        const QString good = writeFile(dir, QStringLiteral("good.csv"), "Deal Name,Amount,Stage\nFirst,100,Won\n");
        QCOMPARE(importFile({QStringLiteral("--workspace"), workspace, good}).code, 0);
        const QByteArray before = sha256(workspace);
        QVERIFY(!before.isEmpty());
        const QString bad = writeFile(dir, QStringLiteral("bad.csv"), bytes);
        const CommandRun run =
            importFile({QStringLiteral("--workspace"), workspace, QStringLiteral("--preset"), preset, bad});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(QStringLiteral("not imported")));
        QCOMPARE(sha256(workspace), before);
    }

    void refusedFileCreatesNoWorkspace()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("new.dealbench"));
        const QString bad = writeFile(dir, QStringLiteral("bad.csv"), "foo,bar\n1,2\n");
        QCOMPARE(importFile({QStringLiteral("--workspace"), workspace, bad}).code, 1);
        QVERIFY(!QFileInfo::exists(workspace));
    }

    void currencyOfNewWorkspace()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("eur.dealbench"));
        const QString file =
            writeFile(dir,
                      QStringLiteral("deals.csv"),
                      "Name;Amount;Stage;Close date\nA;1.234,50;Won;05.03.2026\nB;10;Lost;06.03.2026\n");
        const CommandRun run = importFile(
            {QStringLiteral("--workspace"), workspace, QStringLiteral("--currency"), QStringLiteral("EUR"), file});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("2 created")));
        const QJsonObject info = infoJson(workspace);
        QCOMPARE(info.value(QStringLiteral("amounts_minor"))
                     .toObject()
                     .value(QStringLiteral("won"))
                     .toObject()
                     .value(QStringLiteral("EUR"))
                     .toInteger(),
                 qint64(123450));
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no workspace") << QStringList{QStringLiteral("x.csv")};
        QTest::newRow("no file") << QStringList{QStringLiteral("--workspace"), QStringLiteral("w.dealbench")};
        QTest::newRow("unknown preset") << QStringList{QStringLiteral("--workspace"),
                                                       QStringLiteral("w"),
                                                       QStringLiteral("--preset"),
                                                       QStringLiteral("zoho"),
                                                       QStringLiteral("x.csv")};
        QTest::newRow("bad currency") << QStringList{QStringLiteral("--workspace"),
                                                     QStringLiteral("w"),
                                                     QStringLiteral("--currency"),
                                                     QStringLiteral("dollars"),
                                                     QStringLiteral("x.csv")};
    }

    void badUsage()
    {
        QFETCH(QStringList, arguments);
        QCOMPARE(importFile(arguments).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestImportCommand)
#include "TestImportCommand.moc"
