// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/headless/GenerateCommand.h"
#include "tests/support/CommandRun.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
CommandRun generate(const QStringList& arguments)
{
    return runCommand(&GenerateCommand::run, QStringLiteral("generate"), arguments);
}

qint64 rawCount(const QString& path, const QString& sql)
{
    qint64 result = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next()) {
                result = query.value(0).toLongLong();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return result;
}
} // namespace

class TestGenerateCommand : public QObject
{
    Q_OBJECT
private slots:
    void writesTheRequestedWorkspace();
    void refusesAnExistingFile();
    void badUsage_data();
    void badUsage();

private:
    QTemporaryDir m_dir;
};

void TestGenerateCommand::writesTheRequestedWorkspace()
{
    const QString path = m_dir.filePath(QStringLiteral("g.dealbench"));
    const CommandRun run = generate({QStringLiteral("--out"),
                                     path,
                                     QStringLiteral("--deals"),
                                     QStringLiteral("30"),
                                     QStringLiteral("--reps"),
                                     QStringLiteral("3"),
                                     QStringLiteral("--managers"),
                                     QStringLiteral("1"),
                                     QStringLiteral("--seed"),
                                     QStringLiteral("5"),
                                     QStringLiteral("--today"),
                                     QStringLiteral("2026-03-31"),
                                     QStringLiteral("--interactions-per-deal"),
                                     QStringLiteral("2"),
                                     QStringLiteral("--currency"),
                                     QStringLiteral("eur")});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1); // the summary line, no progress for small runs
    QVERIFY(run.err.contains(QStringLiteral("30 deals")));
    QCOMPARE(rawCount(path, QStringLiteral("SELECT count(*) FROM deals")), 30);
    QCOMPARE(rawCount(path, QStringLiteral("SELECT count(*) FROM owners WHERE role = 'rep'")), 3);
    QCOMPARE(rawCount(path, QStringLiteral("SELECT count(*) FROM owners WHERE role = 'manager'")), 1);
    QCOMPARE(rawCount(path,
                      QStringLiteral("SELECT count(*) FROM workspace_meta WHERE key = 'base_currency' AND "
                                     "value = 'EUR'")),
             1);
    QCOMPARE(rawCount(path,
                      QStringLiteral("SELECT count(*) FROM deal_events WHERE occurred_at > "
                                     "'2026-03-31T12:00:00.000Z'")),
             0);
}

void TestGenerateCommand::refusesAnExistingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("exists.dealbench"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("mine");
    file.close();
    const CommandRun run = generate({QStringLiteral("--out"), path, QStringLiteral("--deals"), QStringLiteral("5")});
    QCOMPARE(run.code, 1);
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("mine"));

    const CommandRun unwritable = generate({QStringLiteral("--out"),
                                            m_dir.filePath(QStringLiteral("no/such/folder/x.dealbench")),
                                            QStringLiteral("--deals"),
                                            QStringLiteral("5")});
    QCOMPARE(unwritable.code, 1);
}

void TestGenerateCommand::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString out = QStringLiteral("--out");
    const QString file = QStringLiteral("bad.dealbench");
    QTest::addRow("no out") << QStringList{QStringLiteral("--deals"), QStringLiteral("5")};
    QTest::addRow("deals not a number") << QStringList{out, file, QStringLiteral("--deals"), QStringLiteral("many")};
    QTest::addRow("negative deals") << QStringList{out, file, QStringLiteral("--deals"), QStringLiteral("-3")};
    QTest::addRow("no reps") << QStringList{out, file, QStringLiteral("--reps"), QStringLiteral("0")};
    QTest::addRow("bad date") << QStringList{out, file, QStringLiteral("--today"), QStringLiteral("31.03.2026")};
    QTest::addRow("bad seed") << QStringList{out, file, QStringLiteral("--seed"), QStringLiteral("x")};
    QTest::addRow("bad currency") << QStringList{out, file, QStringLiteral("--currency"), QStringLiteral("euro")};
    QTest::addRow("unknown option") << QStringList{out, file, QStringLiteral("--colour")};
}

void TestGenerateCommand::badUsage()
{
    QFETCH(QStringList, arguments);
    const int outAt = static_cast<int>(arguments.indexOf(QStringLiteral("--out")));
    if (outAt >= 0) {
        arguments[outAt + 1] = m_dir.filePath(arguments[outAt + 1]);
    }
    const CommandRun run = generate(arguments);
    QCOMPARE(run.code, 2);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bad.dealbench"))));
}

QTEST_GUILESS_MAIN(TestGenerateCommand)
#include "TestGenerateCommand.moc"
